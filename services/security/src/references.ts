// Entities other subgraphs own. This subgraph stores only their keys and hands the gateway a
// reference; the owning subgraph resolves the rest.

/** A reference to a Country, by ISO alpha-3 code. */
export interface CountryRef {
  code: string;
}

/** A reference to a Place, Organization or SourceDocument, by id. */
export interface EntityRef {
  id: string;
}

export const countryRef = (code: string): CountryRef => ({ code });
export const entityRef = (id: string): EntityRef => ({ id });
