import { RecordTable } from '../../components/RecordTable';
import { CitationsDisclosure } from '../../components/Citations';
import { CountryLink, LinkList, OrganizationLink } from '../../components/EntityLinks';
import type { EnergyProjectsPageQuery } from '../../generated/graphql';
import { formatMw, label } from '../../lib/format';
import { Link } from '../../router';

type Project = NonNullable<EnergyProjectsPageQuery['energyProjects']>['nodes'][number];

export function ProjectsTable({ projects }: { projects: readonly Project[] }) {
  return (
    <RecordTable caption="Energy projects with capacity, status, technologies, countries and their shares, and stakeholders" columns={['Project', { title: 'Capacity', number: true }, 'Status', 'Technologies', 'Countries (share)', 'Stakeholders', 'Sources']}>
      {projects.map((project) => (
        <tr key={project.id}>
          <th scope="row">
            <Link href={`/projects/${project.id}`}>{project.name}</Link>
            <span className="muted small"> {label(project.kind).toLowerCase()}</span>
          </th>
          <td className="number nowrap">
            {formatMw(project.capacityMw)}
            {project.storageMwh !== null ? <span className="muted small"> + {project.storageMwh} MWh storage</span> : null}
          </td>
          <td>
            <span className={`status status-${project.status.toLowerCase()}`}>{label(project.status)}</span>
          </td>
          <td>{project.technologies.map(label).join(', ') || <span className="muted">not given</span>}</td>
          <td>
            <ul className="plain">
              {project.countries.map((share, i) => (
                <li key={i}>
                  <CountryLink country={share.country} />{' '}
                  <span className="muted small">
                    {label(share.role).toLowerCase()}
                    {share.capacityMw !== null ? `, ${formatMw(share.capacityMw)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </td>
          <td>
            <LinkList
              items={project.stakeholders}
              render={(s) => (
                <>
                  <OrganizationLink organization={s.organization} /> <span className="muted small">({label(s.role).toLowerCase()})</span>
                </>
              )}
            />
          </td>
          <td>
            <CitationsDisclosure citations={project.citations} />
          </td>
        </tr>
      ))}
    </RecordTable>
  );
}
