import { engagementReferences, inPatch } from '../data/references.js';
import { engagementRecord } from '../data/records.js';
import { readEngagement, setEngagementArchived, writeEngagement } from '../store/engagement-writes.js';
import { recordWrites } from './record-writes.js';

/** Writes to engagements; every reference they hold is another subgraph's, checked with peers. */
export const engagementWrites = recordWrites({
  type: 'DiplomaticEngagement',
  schema: engagementRecord,
  read: readEngagement,
  write: writeEngagement,
  setArchived: setEngagementArchived,
  checkReferences: (_db, peers, record, argument, patch) => {
    const named = engagementReferences(record, argument);
    return peers.requireReferences(patch ? inPatch(named, patch) : named);
  },
});
