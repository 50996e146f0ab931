import { useQuery } from '@apollo/client/react';
import { Citations } from '../../components/Citations';
import { CountryLink, LinkList, OrganizationLink, PlaceLink } from '../../components/EntityLinks';
import { MissingSection } from '../../components/PartialNotice';
import { FormLink } from '../../components/Session';
import { graphql } from '../../generated';
import { formatDate, formatMw, label } from '../../lib/format';
import { qualified } from '../../lib/qualifiers';
import { agreementLinks, RecordArticle, RecordShell, type RecordProps } from './RecordShell';

const ProjectRecordQuery = graphql(`
  query ProjectRecord($id: ID!) {
    energyProject(id: $id) {
      ...ProjectRow
      ...ProjectShareFields
      aliases
      summary
      kind
      capacityQualifier
      storageMwh
      place {
        id
        name
      }
      milestones {
        date
        datePrecision
        description
        citations {
          ...CitationFields
        }
      }
      agreements {
        ...AgreementLinkFields
      }
    }
  }
`);

export function ProjectRecord({ id, level = 1 }: RecordProps) {
  const { data, loading, error } = useQuery(ProjectRecordQuery, { variables: { id } });
  return (
    <RecordShell what="energy project" id={id} loading={loading} error={error} record={data?.energyProject}>
      {(project) => (
        <RecordArticle
          eyebrow="Energy project"
          title={project.name}
          level={level}
          summary={project.summary}
          citations={project.citations}
          facts={[
            ['Kind', label(project.kind)],
            [
              'Status',
              <>
                {label(project.status)}{' '}
                <FormLink href={`/projects/${encodeURIComponent(project.id)}/status`} className="small-action">
                  Change status
                </FormLink>
              </>,
            ],
            ['Capacity', qualified(project.capacityMw, project.capacityQualifier, formatMw) ?? formatMw(project.capacityMw)],
            ['Storage', project.storageMwh !== null ? `${project.storageMwh} MWh` : null],
            ['Technologies', project.technologies.map(label).join(', ') || 'not given'],
            ['Where', project.place ? <PlaceLink place={project.place} /> : null],
            [
              'Countries',
              <ul className="plain">
                {project.countries.map((share, i) => (
                  <li key={i}>
                    <CountryLink country={share.country} /> <span className="muted">({label(share.role).toLowerCase()}{share.capacityMw !== null ? `, ${formatMw(share.capacityMw)}` : ''})</span>
                  </li>
                ))}
              </ul>,
            ],
            [
              'Stakeholders',
              <LinkList items={project.stakeholders} render={(s) => <><OrganizationLink organization={s.organization} /> <span className="muted">({label(s.role).toLowerCase()})</span></>} />,
            ],
            // Null when the diplomacy subgraph did not answer: said so, rather than shown as none.
            ['Agreements', project.agreements === null ? <MissingSection part="diplomacy" /> : agreementLinks(project.agreements)],
            ['Also known as', project.aliases.join(', ')],
          ]}
        >
          {project.milestones.length ? (
            <section>
              <h3>Milestones</h3>
              <ol className="milestones">
                {project.milestones.map((milestone, i) => (
                  <li key={i}>
                    <time dateTime={milestone.date}>{formatDate(milestone.date, milestone.datePrecision)}</time>: {milestone.description}
                    <Citations citations={milestone.citations} heading="Sources for this milestone" />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </RecordArticle>
      )}
    </RecordShell>
  );
}
