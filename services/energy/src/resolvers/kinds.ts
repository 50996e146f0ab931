import * as schema from '../db/schema.js';
import {
  energyProjectRecord,
  energyTargetRecord,
  type EnergyProjectRecord,
  type EnergyTargetRecord,
} from '../data/records.js';
import { projectReferences, targetReferences } from '../data/references.js';
import { readEnergyProject, readEnergyTarget } from '../store/snapshots.js';
import { writeEnergyProject, writeEnergyTarget } from '../store/writes.js';
import type { WritableKind } from './writable.js';

// The writable records of this subgraph: their schema, table, reads, writes and references.

export const energyProjectKind: WritableKind<EnergyProjectRecord, typeof schema.energyProjects> = {
  recordType: 'EnergyProject',
  record: energyProjectRecord,
  table: schema.energyProjects,
  read: readEnergyProject,
  write: writeEnergyProject,
  references: projectReferences,
};

export const energyTargetKind: WritableKind<EnergyTargetRecord, typeof schema.energyTargets> = {
  recordType: 'EnergyTarget',
  record: energyTargetRecord,
  table: schema.energyTargets,
  read: readEnergyTarget,
  write: writeEnergyTarget,
  references: targetReferences,
};
