import type { PlaceResolvers } from '../generated/graphql.js';

export const Place: PlaceResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.place.load(ref.id),
  country: async (place, _, { loaders }) => (await loaders.country.load(place.countryCode))!,
  location: (place) =>
    place.latitude === null || place.longitude === null ? null : { latitude: place.latitude, longitude: place.longitude },
  citations: (place, _, { loaders }) => loaders.citations.place.load(place.id),
};
