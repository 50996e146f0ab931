import type { EnergyTargetsQuery } from '../../generated/graphql';

type Target = NonNullable<EnergyTargetsQuery['energyTargets']>[number];
type Project = NonNullable<Target['country']['energyProjects']>['nodes'][number];

export interface CountedProject {
  project: Project;
  countedMw: number;
}

/**
 * The projects in a target's country that could count towards it: hosted there, sharing at least
 * one of the target's technologies (any technology when the target names none), with the capacity
 * that falls to that country where the graph gives it, else the project's whole capacity.
 */
export function projectsTowards(target: Target): CountedProject[] {
  const code = target.country.code;
  return (target.country.energyProjects?.nodes ?? []).flatMap((project) => {
    const hosts = project.countries.filter((share) => share.role === 'HOST');
    const host = hosts.find((share) => share.country.code === code);
    if (!host) return [];
    const matches = !target.technologies.length || project.technologies.some((tech) => target.technologies.includes(tech));
    if (!matches) return [];
    const countedMw = host.capacityMw ?? (hosts.length === 1 ? project.capacityMw : null);
    return countedMw ? [{ project, countedMw }] : [];
  });
}

/** How far along: operating capacity, capacity being built, and capacity only planned. */
export function progressOf(counted: readonly CountedProject[]) {
  const sum = (statuses: readonly string[]) =>
    counted.filter((c) => statuses.includes(c.project.status)).reduce((total, c) => total + c.countedMw, 0);
  return {
    operating: sum(['OPERATING']),
    building: sum(['CONSTRUCTION']),
    planned: sum(['ANNOUNCED', 'PRE_CONSTRUCTION']),
  };
}
