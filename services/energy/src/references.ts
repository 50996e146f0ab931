// Entities other subgraphs own. This subgraph only holds their keys and returns them as
// references, which the gateway resolves against the owning subgraph.

/** A reference to a Country: its ISO 3166-1 alpha-3 code. */
export interface CountryRef {
  code: string;
}

/** A reference to an Organization, Place or SourceDocument: its id. */
export interface EntityRef {
  id: string;
}
