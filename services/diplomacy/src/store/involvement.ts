import type { InvolvementSource } from '@pamir/db';
import * as schema from '../db/schema.js';

// How a country, organisation or person takes part in each record type: the one place the roles
// are declared. A list's `involving` filter and a record's `involvement(of:)` both read these, so
// every record the filter returns says how the entity takes part. A country counts as itself and
// through the home country of an organisation the record names.

const parties = schema.agreementParties;
const witnesses = schema.agreementWitnesses;
const participants = schema.engagementParticipants;

/** An agreement's parties, the people who signed for them, and its witnesses, in that order. */
export const agreementInvolvement: readonly InvolvementSource[] = [
  {
    table: parties,
    record: parties.agreementId,
    role: 'PARTY',
    names: {
      country: [parties.countryCode, parties.organizationCountryCode],
      organization: [parties.organizationId],
    },
    organization: parties.organizationId,
    person: parties.signatoryId,
    position: parties.position,
  },
  {
    table: parties,
    record: parties.agreementId,
    role: 'SIGNATORY',
    names: { person: [parties.signatoryId] },
    organization: parties.organizationId,
    person: parties.signatoryId,
    position: parties.position,
  },
  {
    table: witnesses,
    record: witnesses.agreementId,
    role: 'WITNESS',
    names: { person: [witnesses.personId] },
    person: witnesses.personId,
    position: witnesses.position,
  },
];

/** An engagement's participants, each in its own role (host, guest, participant, mediator, recipient). */
export const engagementInvolvement: readonly InvolvementSource[] = [
  {
    table: participants,
    record: participants.engagementId,
    role: participants.role,
    names: {
      country: [participants.countryCode, participants.organizationCountryCode],
      organization: [participants.organizationId],
      person: [participants.personId],
    },
    organization: participants.organizationId,
    person: participants.personId,
    position: participants.position,
  },
];
