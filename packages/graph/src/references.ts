// Entities another subgraph owns. A subgraph stores only their keys and returns these
// references; the gateway resolves them against the owning subgraph.

/** A reference to a Country: its ISO 3166-1 alpha-3 code. */
export interface CountryRef {
  code: string;
}

/** A reference to an entity keyed by `id` (most entities; countries are keyed by `code`). */
export interface EntityRef {
  id: string;
}
