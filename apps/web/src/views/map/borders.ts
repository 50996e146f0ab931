import type { ExtendedFeature, ExtendedFeatureCollection } from 'd3-geo';
import { feature } from 'topojson-client';
// Natural Earth's 1:50m country borders, installed from npm and bundled: no tile server, no network.
import world from 'world-atlas/countries-50m.json';

export type CountryShape = ExtendedFeature<GeoJSON.Geometry | null, { name: string }> & { id?: string | number };

let shapes: CountryShape[] | undefined;

/** Every country's outline; `id` is the ISO 3166-1 numeric code, as the graph's `Country.isoNumeric`. */
export function countryShapes(): CountryShape[] {
  if (!shapes) {
    const topology = world as unknown as Parameters<typeof feature>[0];
    const collection = feature(topology, (topology.objects as Record<string, never>)['countries']!) as unknown as ExtendedFeatureCollection<CountryShape>;
    shapes = collection.features;
  }
  return shapes;
}

/** The outline of a country by its ISO numeric code ("762" is Tajikistan). */
export function shapeOf(isoNumeric: string | undefined): CountryShape | undefined {
  if (!isoNumeric) return undefined;
  return countryShapes().find((shape) => String(shape.id) === isoNumeric);
}
