import { geoCentroid } from 'd3-geo';
import type { MapEventsQuery, MapFacilitiesQuery, MapProjectsQuery } from '../../generated/graphql';
import { formatDate, formatMw, label } from '../../lib/format';
import { shapeOf } from './borders';

export type MarkerKind = 'event' | 'facility' | 'project';

export interface Marker {
  key: string;
  kind: MarkerKind;
  id: string;
  title: string;
  /** What sort of record: the colour key and the legend entry. */
  category: string;
  detail: string;
  longitude: number;
  latitude: number;
  /** Drawn at the host country's centre because the sources give no site. */
  approximate: boolean;
  /** 0–1, for the marker's size: fatalities for events, capacity for projects. */
  weight: number;
}

export interface Unplaced {
  key: string;
  kind: MarkerKind;
  id: string;
  title: string;
}

/** Turns the three subgraphs' records into markers, and lists those that cannot be placed. */
export function buildMarkers(
  events: NonNullable<MapEventsQuery['securityEvents']>['nodes'],
  facilities: NonNullable<MapFacilitiesQuery['militaryFacilities']>['nodes'],
  projects: NonNullable<MapProjectsQuery['energyProjects']>['nodes'],
  preferredHost?: string,
): { markers: Marker[]; unplaced: Unplaced[] } {
  const markers: Marker[] = [];
  const unplaced: Unplaced[] = [];
  const maxFatalities = Math.max(1, ...events.map((e) => e.fatalities ?? 0));
  const maxCapacity = Math.max(1, ...projects.map((p) => p.capacityMw ?? 0));

  for (const event of events) {
    const at = event.place?.location;
    if (!at) {
      unplaced.push({ key: `event:${event.id}`, kind: 'event', id: event.id, title: event.title });
      continue;
    }
    markers.push({
      key: `event:${event.id}`,
      kind: 'event',
      id: event.id,
      title: event.title,
      category: event.eventType,
      detail: `${label(event.eventType)}, ${formatDate(event.date, event.datePrecision)}${event.place ? `, ${event.place.name}` : ''}`,
      longitude: at.longitude,
      latitude: at.latitude,
      approximate: false,
      weight: (event.fatalities ?? 0) / maxFatalities,
    });
  }
  for (const facility of facilities) {
    const at = facility.place?.location ?? centreOf(facility.hostCountry.isoNumeric);
    if (!at) {
      unplaced.push({ key: `facility:${facility.id}`, kind: 'facility', id: facility.id, title: facility.name });
      continue;
    }
    markers.push({
      key: `facility:${facility.id}`,
      kind: 'facility',
      id: facility.id,
      title: facility.name,
      category: facility.kind,
      detail: `${label(facility.kind)}, ${label(facility.status).toLowerCase()}${facility.place ? `, ${facility.place.name}` : ''}`,
      longitude: at.longitude,
      latitude: at.latitude,
      approximate: !facility.place?.location,
      weight: 0,
    });
  }
  for (const project of projects) {
    const hosts = project.countries.filter((share) => share.role === 'HOST').map((share) => share.country);
    const host = hosts.find((country) => country.code === preferredHost) ?? hosts[0];
    const at = project.place?.location ?? centreOf(host?.isoNumeric);
    if (!at) {
      unplaced.push({ key: `project:${project.id}`, kind: 'project', id: project.id, title: project.name });
      continue;
    }
    markers.push({
      key: `project:${project.id}`,
      kind: 'project',
      id: project.id,
      title: project.name,
      category: project.status,
      detail: `${label(project.status)}, ${formatMw(project.capacityMw)}${project.place ? `, ${project.place.name}` : host ? `, ${host.name} (no site given)` : ''}`,
      longitude: at.longitude,
      latitude: at.latitude,
      approximate: !project.place?.location,
      weight: (project.capacityMw ?? 0) / maxCapacity,
    });
  }
  return { markers, unplaced };
}

function centreOf(isoNumeric: string | undefined): { longitude: number; latitude: number } | undefined {
  const shape = shapeOf(isoNumeric);
  if (!shape) return undefined;
  const [longitude, latitude] = geoCentroid(shape);
  return { longitude, latitude };
}
