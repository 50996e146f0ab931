// Entities other subgraphs own: this subgraph stores only their keys and hands the gateway
// references to resolve.

/** A reference to an entity keyed by `id` (organisation, person, place, energy project, source). */
export interface EntityRef {
  id: string;
}

/** A reference to a country, keyed by its ISO 3166-1 alpha-3 `code`. */
export interface CountryRef {
  code: string;
}
