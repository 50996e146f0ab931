import { requireId } from '@pamir/graph';
import type { QueryResolvers } from '../generated/graphql.js';
import { acledExport } from './acled.js';
import { securityAuditLog } from './audit.js';
import { militaryFacilitiesPage, securityEventsPage } from './pages.js';

export const Query: QueryResolvers = {
  securityEvent: (_, { id }, { loaders }) => loaders.securityEvent.load(requireId(id)),
  securityEvents: (_, args, { db }) => securityEventsPage(db, args),
  militaryFacility: (_, { id }, { loaders }) => loaders.militaryFacility.load(requireId(id)),
  militaryFacilities: (_, args, { db }) => militaryFacilitiesPage(db, args),
  securityAuditLog,
  acledExport,
};
