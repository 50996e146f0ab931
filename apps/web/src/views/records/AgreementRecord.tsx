import { useQuery } from '@apollo/client/react';
import { LinkList, PersonLink, PlaceLink } from '../../components/EntityLinks';
import { MissingSection } from '../../components/PartialNotice';
import { graphql } from '../../generated';
import { formatDate, formatMw, label } from '../../lib/format';
import { Link } from '../../router';
import { RecordArticle, RecordShell, type RecordProps } from './RecordShell';
import { PartyLabel } from './parties';

const AgreementRecordQuery = graphql(`
  query AgreementRecord($id: ID!) {
    agreement(id: $id) {
      ...AgreementRow
      summary
      form
      enteredIntoForceOn
      place {
        id
        name
      }
      parties {
        ...AgreementPartyFields
      }
      witnesses {
        id
        name
      }
      subjects
      engagement {
        id
        title
      }
    }
    energy: agreement(id: $id) {
      id
      energyProjects {
        id
        name
        status
        capacityMw
      }
    }
  }
`);

/**
 * The projects' names and statuses come from the energy subgraph, so they sit under their own alias:
 * with energy down, that alias is null and the agreement itself still shows. Aliases of one field
 * share a cache entry, so this query skips the cache.
 */
export function AgreementRecord({ id, level = 1 }: RecordProps) {
  const { data, loading, error } = useQuery(AgreementRecordQuery, { variables: { id }, fetchPolicy: 'no-cache' });
  const projects = data?.energy?.energyProjects;
  return (
    <RecordShell what="agreement" id={id} loading={loading} error={error} record={data?.agreement}>
      {(agreement) => (
        <RecordArticle
          eyebrow="Agreement"
          title={agreement.title}
          level={level}
          summary={agreement.summary}
          citations={agreement.citations}
          facts={[
            ['Instrument', `${label(agreement.instrumentType)}, ${label(agreement.form).toLowerCase()}`],
            ['Status', label(agreement.status)],
            ['Signed', agreement.signedOn ? formatDate(agreement.signedOn, agreement.datePrecision) : 'not recorded'],
            ['In force since', agreement.enteredIntoForceOn ? formatDate(agreement.enteredIntoForceOn) : null],
            ['Where', agreement.place ? <PlaceLink place={agreement.place} /> : null],
            ['Parties', <ul className="plain">{agreement.parties.map((party, i) => <li key={i}><PartyLabel party={party} /></li>)}</ul>],
            ['Witnesses', agreement.witnesses.length ? <LinkList items={agreement.witnesses} render={(p) => <PersonLink person={p} />} /> : null],
            ['Subjects', agreement.subjects.map(label).join(', ')],
            ['Energy projects', !projects && error ? <MissingSection part="energy" /> : projects?.length ? <LinkList items={projects} render={(p) => <><Link href={`/projects/${p.id}`}>{p.name}</Link> <span className="muted">({label(p.status).toLowerCase()}, {formatMw(p.capacityMw)})</span></>} /> : null],
            ['Signed during', agreement.engagement ? <Link href={`/engagements/${agreement.engagement.id}`}>{agreement.engagement.title}</Link> : null],
          ]}
        />
      )}
    </RecordShell>
  );
}
