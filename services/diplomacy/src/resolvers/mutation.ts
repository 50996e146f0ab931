import type { MutationResolvers } from '../generated/graphql.js';
import { loadAgreement } from '../store/agreement-writes.js';
import { loadEngagement } from '../store/engagement-writes.js';
import { agreementWrites } from '../writes/agreements.js';
import { engagementWrites } from '../writes/engagements.js';

// Each mutation goes through the shared pipeline, then answers with the record read afresh: a
// loader primed earlier in the request would still hold the state before the write.

/** After a successful write the record is there; its absence would be a server fault. */
async function written<T>(row: Promise<T | undefined>, what: string): Promise<T> {
  const found = await row;
  if (!found) throw new Error(`${what} vanished after it was written`);
  return found;
}

export const Mutation: MutationResolvers = {
  createAgreement: async (_, { input }, context) => {
    await agreementWrites.create(context, input);
    return written(loadAgreement(context.db, input.id), `Agreement ${input.id}`);
  },
  updateAgreement: async (_, { id, version, patch }, context) => {
    await agreementWrites.update(context, id, version, patch);
    return written(loadAgreement(context.db, id), `Agreement ${id}`);
  },
  archiveAgreement: async (_, { id, version }, context) => {
    await agreementWrites.archive(context, id, version);
    return written(loadAgreement(context.db, id), `Agreement ${id}`);
  },
  restoreAgreement: async (_, { id, version }, context) => {
    await agreementWrites.restore(context, id, version);
    return written(loadAgreement(context.db, id), `Agreement ${id}`);
  },
  createDiplomaticEngagement: async (_, { input }, context) => {
    await engagementWrites.create(context, input);
    return written(loadEngagement(context.db, input.id), `DiplomaticEngagement ${input.id}`);
  },
  updateDiplomaticEngagement: async (_, { id, version, patch }, context) => {
    await engagementWrites.update(context, id, version, patch);
    return written(loadEngagement(context.db, id), `DiplomaticEngagement ${id}`);
  },
  archiveDiplomaticEngagement: async (_, { id, version }, context) => {
    await engagementWrites.archive(context, id, version);
    return written(loadEngagement(context.db, id), `DiplomaticEngagement ${id}`);
  },
  restoreDiplomaticEngagement: async (_, { id, version }, context) => {
    await engagementWrites.restore(context, id, version);
    return written(loadEngagement(context.db, id), `DiplomaticEngagement ${id}`);
  },
};
