import type { CitationResolvers, SourceDocumentResolvers } from '../generated/graphql.js';

export const SourceDocument: SourceDocumentResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.sourceDocument.load(ref.id),
};

/** Citations here point at this subgraph's own source documents: resolve them locally. */
export const Citation: CitationResolvers = {
  source: async (citation, _, { loaders }) => (await loaders.sourceDocument.load(citation.source.id))!,
};
