import { requireAuth } from '@pamir/auth';
import { requireRange } from '@pamir/graph';
import { exportAcled } from '../acled/export.js';
import { importAcled } from '../acled/import.js';
import type { MutationResolvers, QueryResolvers } from '../generated/graphql.js';

export const acledExport: QueryResolvers['acledExport'] = (_, { filter }, { db, auth, peers }) => {
  requireAuth(auth, 'admin');
  requireRange(filter);
  return exportAcled(db, peers, filter);
};

export const acledMutations: Pick<MutationResolvers, 'importAcled'> = {
  importAcled: async (_, { csv, dryRun }, context) => {
    const report = await importAcled(context, csv, dryRun ?? false);
    return {
      ...report,
      referenceRecords: report.referenceRecords.map(({ typename, ...record }) => ({
        type: typename,
        ...record,
      })),
    };
  },
};
