import { parseInput, performWrite } from '@pamir/server';
import { eventReferences, inPatch } from '../data/references.js';
import { securityEventRecord, type SecurityEventRecord } from '../data/records.js';
import type { MutationResolvers } from '../generated/graphql.js';
import {
  archiveSecurityEvent,
  loadSecurityEvent,
  readSecurityEvent,
  writeSecurityEvent,
} from '../store/event-writes.js';
import { applyPatch, Checked, startingPoint } from './write-steps.js';

const target = { scope: 'write:security', recordType: 'SecurityEvent' } as const;

type EventMutations = Pick<
  MutationResolvers,
  'createSecurityEvent' | 'updateSecurityEvent' | 'archiveSecurityEvent' | 'restoreSecurityEvent'
>;

export const eventMutations: EventMutations = {
  createSecurityEvent: async (_, { input }, { db, auth, peers }) => {
    const event = new Checked<SecurityEventRecord>();
    await performWrite(db, auth, {
      ...target,
      mutation: 'createSecurityEvent',
      operation: 'CREATE',
      recordId: input.id,
      validate: async () => {
        const record = event.set(parseInput(securityEventRecord, input, 'input'));
        await peers.requireReferences(eventReferences(record, 'input'));
      },
      read: (tx) => readSecurityEvent(tx, input.id),
      apply: (tx, version) => writeSecurityEvent(tx, event.value, version, false),
    });
    return loadSecurityEvent(db, input.id);
  },

  updateSecurityEvent: async (_, { id, version, patch }, { db, auth, peers }) => {
    const event = new Checked<SecurityEventRecord>();
    await performWrite(db, auth, {
      ...target,
      mutation: 'updateSecurityEvent',
      operation: 'UPDATE',
      recordId: id,
      expectedVersion: version,
      validate: async () => {
        const current = startingPoint(await readSecurityEvent(db, id), target.recordType, id, version);
        const record = event.set(parseInput(securityEventRecord, applyPatch(current, patch), 'patch'));
        await peers.requireReferences(inPatch(eventReferences(record, 'patch'), patch));
      },
      read: (tx) => readSecurityEvent(tx, id),
      apply: (tx, next) => writeSecurityEvent(tx, event.value, next, true),
    });
    return loadSecurityEvent(db, id);
  },

  archiveSecurityEvent: async (_, { id, version }, { db, auth }) => {
    await performWrite(db, auth, {
      ...target,
      mutation: 'archiveSecurityEvent',
      operation: 'ARCHIVE',
      recordId: id,
      expectedVersion: version,
      read: (tx) => readSecurityEvent(tx, id),
      apply: (tx, next, current) => archiveSecurityEvent(tx, id, next, true, current),
    });
    return loadSecurityEvent(db, id);
  },

  restoreSecurityEvent: async (_, { id, version }, { db, auth }) => {
    await performWrite(db, auth, {
      ...target,
      mutation: 'restoreSecurityEvent',
      operation: 'RESTORE',
      recordId: id,
      expectedVersion: version,
      read: (tx) => readSecurityEvent(tx, id),
      apply: (tx, next, current) => archiveSecurityEvent(tx, id, next, false, current),
    });
    return loadSecurityEvent(db, id);
  },
};
