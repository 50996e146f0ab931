import type { Resolvers } from '../generated/graphql.js';
import { Country } from './country.js';
import { Claim, Estimate } from './estimate.js';
import { Organization } from './organization.js';
import { Person, PersonRole } from './person.js';
import { Place } from './place.js';
import { Query } from './query.js';
import { Citation, SourceDocument } from './source-document.js';

// The read resolvers; the record types' mutations and `revisions` fields come from their declarations.

export const resolvers: Resolvers = {
  Query,
  Country,
  Place,
  Organization,
  Person,
  PersonRole,
  SourceDocument,
  Citation,
  Estimate,
  Claim,
};
