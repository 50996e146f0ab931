import { useQuery } from '@apollo/client/react';
import { Citations } from '../../components/Citations';
import { CountryLink } from '../../components/EntityLinks';
import { EmptyState, ErrorNotice, Loading } from '../../components/QueryState';
import { formatMw, label } from '../../lib/format';
import { Link } from '../../router';
import { EnergyTargetsQuery } from './queries';
import { progressOf, projectsTowards } from './targetProgress';

/** National capacity targets set against the projects that could meet them. */
export function TargetsSection({ country }: { country: string }) {
  const { data, loading, error } = useQuery(EnergyTargetsQuery, { variables: { filter: country ? { countries: [country] } : {} } });
  return (
    <section aria-labelledby="targets-heading">
      <h2 id="targets-heading">National targets against projects</h2>
      {loading && !data ? <Loading what="energy targets" /> : null}
      {error && !data?.energyTargets ? <ErrorNotice error={error} what="energy targets" /> : null}
      {data?.energyTargets?.length === 0 ? <EmptyState>No national energy targets recorded{country ? ' for this country' : ''}.</EmptyState> : null}
      {data?.energyTargets?.map((target) => {
        const counted = projectsTowards(target);
        const progress = progressOf(counted);
        const percent = (mw: number) => `${Math.min(100, (mw / target.capacityMw) * 100)}%`;
        const techs = target.technologies.map(label).join(' and ') || 'any technology';
        return (
          <article className="target" key={target.id}>
            <h3>
              <CountryLink country={target.country} />: {formatMw(target.capacityMw)} of {techs}
              {target.byYear ? ` by ${target.byYear}` : ''}
            </h3>
            {target.description ? <p>{target.description}</p> : null}
            <div
              className="target-bar"
              role="img"
              aria-label={`Towards ${formatMw(target.capacityMw)}: ${formatMw(progress.operating)} operating, ${formatMw(progress.building)} under construction, ${formatMw(progress.planned)} announced or in pre-construction`}
            >
              <span className="target-operating" style={{ width: percent(progress.operating) }} />
              <span className="target-building" style={{ width: percent(progress.building) }} />
              <span className="target-planned" style={{ width: percent(progress.planned) }} />
            </div>
            <ul className="legend">
              <li><span className="swatch target-operating" aria-hidden="true" /> Operating {formatMw(progress.operating)}</li>
              <li><span className="swatch target-building" aria-hidden="true" /> Under construction {formatMw(progress.building)}</li>
              <li><span className="swatch target-planned" aria-hidden="true" /> Announced or pre-construction {formatMw(progress.planned)}</li>
            </ul>
            {counted.length ? (
              <div className="table-scroll">
                <table>
                  <caption>Projects hosted in {target.country.name} that share a technology with the target</caption>
                  <thead>
                    <tr>
                      <th scope="col">Project</th>
                      <th scope="col">Status</th>
                      <th scope="col">Technologies</th>
                      <th scope="col" className="number">Counted</th>
                    </tr>
                  </thead>
                  <tbody>
                    {counted.map(({ project, countedMw }) => (
                      <tr key={project.id}>
                        <th scope="row"><Link href={`/projects/${project.id}`}>{project.name}</Link></th>
                        <td>{label(project.status)}</td>
                        <td>{project.technologies.map(label).join(', ')}</td>
                        <td className="number">{formatMw(countedMw)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <EmptyState>No project in the graph shares a technology with this target yet.</EmptyState>
            )}
            <p className="muted small">A project counts with the share of its capacity that falls to the host country where the graph gives one; a project that also uses other technologies counts in full, so this is an upper bound.</p>
            <Citations citations={target.citations} heading="Sources for this target" />
          </article>
        );
      })}
    </section>
  );
}
