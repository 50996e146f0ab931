import { requireAuth } from '@pamir/auth';
import { listAuditLog } from '@pamir/db';
import { pageRequest, requireBatch, requireId, requireRange } from '@pamir/graph';
import type { QueryResolvers } from '../generated/graphql.js';
import {
  listCountries,
  listEstimates,
  listOrganizations,
  listPeople,
  listPlaces,
  listSourceDocuments,
} from '../store/lists.js';
import { countriesByIsoNumeric, organizationsNamed, placesNamed } from '../store/lookups.js';

export const Query: QueryResolvers = {
  country: (_, { code }, { loaders }) => loaders.country.load(requireId(code, 'code').toUpperCase()),
  countries: (_, args, { db }) => listCountries(db, args.filter, pageRequest(args)),
  place: (_, { id }, { loaders }) => loaders.place.load(requireId(id)),
  places: (_, args, { db }) => listPlaces(db, args.filter, pageRequest(args)),
  organization: (_, { id }, { loaders }) => loaders.organization.load(requireId(id)),
  organizations: (_, args, { db }) => listOrganizations(db, args.filter, pageRequest(args)),
  person: (_, { id }, { loaders }) => loaders.person.load(requireId(id)),
  people: (_, args, { db }) => listPeople(db, args.filter, pageRequest(args)),
  sourceDocument: (_, { id }, { loaders }) => loaders.sourceDocument.load(requireId(id)),
  sourceDocuments: (_, args, { db }) => {
    requireRange(args.filter);
    return listSourceDocuments(db, args.filter, pageRequest(args));
  },
  placesNamed: (_, { names }, { db }) => placesNamed(db, requireBatch(names, 'names')),
  organizationsNamed: (_, { names }, { db }) => organizationsNamed(db, requireBatch(names, 'names')),
  countriesByIsoNumeric: (_, { codes }, { db }) => countriesByIsoNumeric(db, requireBatch(codes, 'codes')),
  referenceAuditLog: (_, args, { db, auth }) => {
    requireAuth(auth, 'admin');
    return listAuditLog(db, pageRequest(args));
  },
  estimate: (_, { id }, { loaders }) => loaders.estimate.load(requireId(id)),
  estimates: (_, args, { db }) => listEstimates(db, args.filter, pageRequest(args)),
};
