import { requireId } from '@pamir/graph';
import type { MutationResolvers } from '../generated/graphql.js';
import { countries } from '../store/records/country.js';
import { organizations } from '../store/records/organization.js';
import { people } from '../store/records/person.js';
import { places } from '../store/records/place.js';
import { sourceDocuments } from '../store/records/source-document.js';
import { archiveRecord, createRecord, updateRecord } from './write-operations.js';

// Country codes are matched upper-case, as the `country` query does.
const code = (value: string) => requireId(value, 'code').toUpperCase();

export const Mutation: MutationResolvers = {
  createCountry: (_, { input }, ctx) => createRecord(ctx, countries, input, input.code),
  updateCountry: (_, args, ctx) => updateRecord(ctx, countries, code(args.code), args.version, args.patch),
  archiveCountry: (_, args, ctx) => archiveRecord(ctx, countries, code(args.code), args.version, true),
  restoreCountry: (_, args, ctx) => archiveRecord(ctx, countries, code(args.code), args.version, false),

  createPlace: (_, { input }, ctx) => createRecord(ctx, places, input, input.id),
  updatePlace: (_, args, ctx) => updateRecord(ctx, places, requireId(args.id), args.version, args.patch),
  archivePlace: (_, args, ctx) => archiveRecord(ctx, places, requireId(args.id), args.version, true),
  restorePlace: (_, args, ctx) => archiveRecord(ctx, places, requireId(args.id), args.version, false),

  createOrganization: (_, { input }, ctx) => createRecord(ctx, organizations, input, input.id),
  updateOrganization: (_, args, ctx) => updateRecord(ctx, organizations, requireId(args.id), args.version, args.patch),
  archiveOrganization: (_, args, ctx) => archiveRecord(ctx, organizations, requireId(args.id), args.version, true),
  restoreOrganization: (_, args, ctx) => archiveRecord(ctx, organizations, requireId(args.id), args.version, false),

  createPerson: (_, { input }, ctx) => createRecord(ctx, people, input, input.id),
  updatePerson: (_, args, ctx) => updateRecord(ctx, people, requireId(args.id), args.version, args.patch),
  archivePerson: (_, args, ctx) => archiveRecord(ctx, people, requireId(args.id), args.version, true),
  restorePerson: (_, args, ctx) => archiveRecord(ctx, people, requireId(args.id), args.version, false),

  createSourceDocument: (_, { input }, ctx) => createRecord(ctx, sourceDocuments, input, input.id),
  updateSourceDocument: (_, args, ctx) => updateRecord(ctx, sourceDocuments, requireId(args.id), args.version, args.patch),
  archiveSourceDocument: (_, args, ctx) => archiveRecord(ctx, sourceDocuments, requireId(args.id), args.version, true),
  restoreSourceDocument: (_, args, ctx) => archiveRecord(ctx, sourceDocuments, requireId(args.id), args.version, false),
};
