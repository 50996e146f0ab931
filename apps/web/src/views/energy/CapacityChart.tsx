import { useQuery } from '@apollo/client/react';
import { BarChart } from '../../components/BarChart';
import { ErrorNotice, Loading } from '../../components/QueryState';
import type { EnergyProjectFilter } from '../../generated/graphql';
import { enumValues } from '../../lib/enums';
import { formatMw, label } from '../../lib/format';
import { EnergyCapacityChartQuery } from './queries';

/** Capacity per technology, stacked by status: each bar is the projects that use that technology. */
export function CapacityChart({ filter }: { filter: EnergyProjectFilter }) {
  const { data, loading, error } = useQuery(EnergyCapacityChartQuery, { variables: { filter } });
  if (loading && !data) return <Loading what="the capacity chart" />;
  if (error && !data?.energyProjects) return <ErrorNotice error={error} what="the capacity chart" />;
  const projects = data?.energyProjects?.nodes ?? [];
  if (!projects.length) return null;

  const totals = new Map<string, number>();
  for (const project of projects) {
    if (!project.capacityMw) continue;
    const techs = project.technologies.length ? project.technologies : ['OTHER'];
    // The graph does not split a mixed project's capacity by technology, so it counts under each.
    for (const tech of techs) totals.set(`${tech}|${project.status}`, (totals.get(`${tech}|${project.status}`) ?? 0) + project.capacityMw);
  }
  const used = enumValues.EnergyTechnology.filter((tech) => enumValues.EnergyProjectStatus.some((status) => totals.has(`${tech}|${status}`)));
  const withoutCapacity = projects.filter((p) => !p.capacityMw).length;
  return (
    <BarChart
      caption="Capacity by technology and status (MW)"
      categories={used.map((tech) => ({ key: tech, label: label(tech) }))}
      series={enumValues.EnergyProjectStatus.map((status) => ({ key: status, label: label(status) }))}
      value={(tech, status) => totals.get(`${tech}|${status}`) ?? 0}
      format={formatMw}
      note={`Each bar is the capacity of the projects that use that technology, coloured by status; a project with several technologies appears in each of their bars.${withoutCapacity ? ` ${withoutCapacity} project(s) without a stated capacity are left out.` : ''}`}
    />
  );
}
