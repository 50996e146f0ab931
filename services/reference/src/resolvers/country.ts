import type { CountryResolvers } from '../generated/graphql.js';

export const Country: CountryResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.country.load(ref.code),
  citations: (country, _, { loaders }) => loaders.citations.country.load(country.code),
};
