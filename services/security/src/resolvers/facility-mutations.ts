import { parseInput, performWrite } from '@pamir/server';
import { facilityReferences, inPatch } from '../data/references.js';
import { militaryFacilityRecord, type MilitaryFacilityRecord } from '../data/records.js';
import type { MutationResolvers } from '../generated/graphql.js';
import {
  archiveMilitaryFacility,
  loadMilitaryFacility,
  readMilitaryFacility,
  writeMilitaryFacility,
} from '../store/facility-writes.js';
import { applyPatch, Checked, startingPoint } from './write-steps.js';

const target = { scope: 'write:security', recordType: 'MilitaryFacility' } as const;

type FacilityMutations = Pick<
  MutationResolvers,
  'createMilitaryFacility' | 'updateMilitaryFacility' | 'archiveMilitaryFacility' | 'restoreMilitaryFacility'
>;

export const facilityMutations: FacilityMutations = {
  createMilitaryFacility: async (_, { input }, { db, auth, peers }) => {
    const facility = new Checked<MilitaryFacilityRecord>();
    await performWrite(db, auth, {
      ...target,
      mutation: 'createMilitaryFacility',
      operation: 'CREATE',
      recordId: input.id,
      validate: async () => {
        const record = facility.set(parseInput(militaryFacilityRecord, input, 'input'));
        await peers.requireReferences(facilityReferences(record, 'input'));
      },
      read: (tx) => readMilitaryFacility(tx, input.id),
      apply: (tx, version) => writeMilitaryFacility(tx, facility.value, version, false),
    });
    return loadMilitaryFacility(db, input.id);
  },

  updateMilitaryFacility: async (_, { id, version, patch }, { db, auth, peers }) => {
    const facility = new Checked<MilitaryFacilityRecord>();
    await performWrite(db, auth, {
      ...target,
      mutation: 'updateMilitaryFacility',
      operation: 'UPDATE',
      recordId: id,
      expectedVersion: version,
      validate: async () => {
        const current = startingPoint(await readMilitaryFacility(db, id), target.recordType, id, version);
        const record = facility.set(parseInput(militaryFacilityRecord, applyPatch(current, patch), 'patch'));
        await peers.requireReferences(inPatch(facilityReferences(record, 'patch'), patch));
      },
      read: (tx) => readMilitaryFacility(tx, id),
      apply: (tx, next) => writeMilitaryFacility(tx, facility.value, next, true),
    });
    return loadMilitaryFacility(db, id);
  },

  archiveMilitaryFacility: async (_, { id, version }, { db, auth }) => {
    await performWrite(db, auth, {
      ...target,
      mutation: 'archiveMilitaryFacility',
      operation: 'ARCHIVE',
      recordId: id,
      expectedVersion: version,
      read: (tx) => readMilitaryFacility(tx, id),
      apply: (tx, next, current) => archiveMilitaryFacility(tx, id, next, true, current),
    });
    return loadMilitaryFacility(db, id);
  },

  restoreMilitaryFacility: async (_, { id, version }, { db, auth }) => {
    await performWrite(db, auth, {
      ...target,
      mutation: 'restoreMilitaryFacility',
      operation: 'RESTORE',
      recordId: id,
      expectedVersion: version,
      read: (tx) => readMilitaryFacility(tx, id),
      apply: (tx, next, current) => archiveMilitaryFacility(tx, id, next, false, current),
    });
    return loadMilitaryFacility(db, id);
  },
};
