import { agreementReferences, inPatch } from '../data/references.js';
import { agreementRecord } from '../data/records.js';
import { readAgreement, setAgreementArchived, writeAgreement } from '../store/agreement-writes.js';
import { requireEngagement } from '../store/engagement-writes.js';
import { requireAll } from './checks.js';
import { recordWrites } from './record-writes.js';

/** Writes to agreements. Their engagement is one of ours, checked here; the rest are checked with peers. */
export const agreementWrites = recordWrites({
  type: 'Agreement',
  schema: agreementRecord,
  read: readAgreement,
  write: writeAgreement,
  setArchived: setAgreementArchived,
  checkReferences: (db, peers, record, argument, patch) => {
    const named = agreementReferences(record, argument);
    const engagementNamed = !!record.engagement && (!patch || 'engagement' in patch);
    return requireAll([
      peers.requireReferences(patch ? inPatch(named, patch) : named),
      ...(engagementNamed && record.engagement ? [requireEngagement(db, record.engagement, `${argument}.engagement`)] : []),
    ]);
  },
});
