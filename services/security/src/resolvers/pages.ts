import type { Database } from '@pamir/db';
import { pageRequest, requireRange } from '@pamir/graph';
import type {
  MilitaryFacilityFilter,
  SecurityEventFilter,
  SecurityEventOrder,
} from '../generated/graphql.js';
import {
  listMilitaryFacilities,
  listSecurityEvents,
  type EventScope,
  type FacilityScope,
} from '../store/lists.js';

// The arguments every list of events or facilities takes, checked once here, so the top-level
// queries and the fields contributed to other subgraphs' entities refuse the same input the same way.

interface EventListArgs {
  filter?: SecurityEventFilter | null;
  first?: number | null;
  after?: string | null;
  orderBy?: SecurityEventOrder | null;
}

interface FacilityListArgs {
  filter?: MilitaryFacilityFilter | null;
  first?: number | null;
  after?: string | null;
}

export function securityEventsPage(db: Database, args: EventListArgs, scope?: EventScope) {
  const page = pageRequest(args);
  requireRange(args.filter);
  return listSecurityEvents(db, args.filter, page, args.orderBy, scope);
}

export function militaryFacilitiesPage(db: Database, args: FacilityListArgs, scope?: FacilityScope) {
  return listMilitaryFacilities(db, args.filter, pageRequest(args), scope);
}
