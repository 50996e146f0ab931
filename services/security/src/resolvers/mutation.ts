import type { MutationResolvers } from '../generated/graphql.js';
import { importAcled } from '../acled/import.js';

// The mutations beyond the record types' own (create/update/archive/restore come from Kit).

export const Mutation: Pick<MutationResolvers, 'importAcled'> = {
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
