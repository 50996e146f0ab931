import type { Database } from '@pamir/db';
import { pageRequest, requireRange } from '@pamir/graph';
import type { AgreementFilter, EngagementFilter } from '../generated/graphql.js';
import { listAgreements, type AgreementScope } from '../store/agreements.js';
import { listEngagements, type EngagementScope } from '../store/engagements.js';

// The arguments every agreements or engagements list takes, checked the same way wherever the list
// appears: top-level, or contributed to a country, organisation or person.

interface ListArgs<F> {
  filter?: F | null;
  first?: number | null;
  after?: string | null;
}

export function agreementsPage(db: Database, args: ListArgs<AgreementFilter>, scope?: AgreementScope) {
  requireRange(args.filter);
  return listAgreements(db, args.filter, pageRequest(args), scope);
}

export function engagementsPage(db: Database, args: ListArgs<EngagementFilter>, scope?: EngagementScope) {
  requireRange(args.filter);
  return listEngagements(db, args.filter, pageRequest(args), scope);
}
