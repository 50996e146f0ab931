import { fields } from '@pamir/db';
import { z } from 'zod';
import { agreementSubjects } from '../db/schema.js';

// The shapes of the curated data files in ../../data; every record is checked on load.

/** A list of ids in which no id appears twice. */
const distinctIds = (what: string) =>
  z
    .array(fields.slug)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, { message: `names the same ${what} twice` });

const agreementParty = z
  .object({
    country: fields.countryCode.nullish(),
    organization: fields.slug.nullish(),
    organizationCountry: fields.countryCode.nullish(),
    signatory: fields.slug.nullish(),
  })
  .refine((party) => party.country || party.organization, { message: 'a party names a country or an organisation' })
  .refine((party) => !party.organizationCountry || party.organization, {
    message: "organizationCountry is the home country of the party's organisation, so needs one",
    path: ['organizationCountry'],
  });

export const agreementRecord = z
  .object({
    id: fields.slug,
    title: fields.text,
    summary: z.string().nullish(),
    instrumentType: z.enum(['TREATY', 'AGREEMENT', 'MOU', 'PROTOCOL', 'JOINT_STATEMENT', 'CONTRACT', 'OTHER']),
    form: z.enum(['BILATERAL', 'MULTILATERAL']),
    status: z.enum(['INITIALLED', 'SIGNED', 'IN_FORCE', 'TERMINATED', 'EXPIRED']),
    signedOn: fields.isoDate.nullish(),
    datePrecision: fields.datePrecision,
    enteredIntoForceOn: fields.isoDate.nullish(),
    place: fields.slug.nullish(),
    parties: z.array(agreementParty).default([]),
    witnesses: distinctIds('witness'),
    subjects: z
      .array(z.enum(agreementSubjects))
      .default([])
      .refine((subjects) => new Set(subjects).size === subjects.length, { message: 'names the same subject twice' }),
    energyProjects: distinctIds('energy project'),
    engagement: fields.slug.nullish(),
    citations: fields.citations,
  })
  .refine((agreement) => fields.rangeInOrder(agreement.signedOn, agreement.enteredIntoForceOn), {
    message: 'enters into force before it was signed',
    path: ['enteredIntoForceOn'],
  });

const engagementParticipant = z
  .object({
    country: fields.countryCode.nullish(),
    organization: fields.slug.nullish(),
    organizationCountry: fields.countryCode.nullish(),
    person: fields.slug.nullish(),
    role: z.enum(['HOST', 'GUEST', 'PARTICIPANT', 'MEDIATOR', 'RECIPIENT']),
  })
  .refine((participant) => participant.country || participant.organization || participant.person, {
    message: 'a participant names a country, an organisation or a person',
  })
  .refine((participant) => !participant.organizationCountry || participant.organization, {
    message: "organizationCountry is the home country of the participant's organisation, so needs one",
    path: ['organizationCountry'],
  });

export const engagementRecord = z
  .object({
    id: fields.slug,
    title: fields.text,
    summary: z.string().nullish(),
    kind: z.enum([
      'STATE_VISIT',
      'OFFICIAL_VISIT',
      'SUMMIT',
      'MINISTERIAL_MEETING',
      'MEETING',
      'CALL',
      'DELEGATION',
      'AWARD',
      'STATEMENT',
      'MEDIATION',
    ]),
    cameoCode: z.string().regex(/^[0-9]{2,4}$/, 'must be a CAMEO code of 2 to 4 digits such as 042'),
    startDate: fields.isoDate,
    endDate: fields.isoDate.nullish(),
    datePrecision: fields.datePrecision,
    dateQualifier: z.enum(['ON', 'WITHIN', 'BY', 'BEFORE', 'AFTER', 'ABOUT']).default('ON'),
    status: z.enum(['REPORTED', 'CLAIMED', 'SCHEDULED', 'PLANNED', 'INVITED']).default('REPORTED'),
    place: fields.slug.nullish(),
    placePrecision: z.enum(['EXACT', 'NEAR', 'WITHIN', 'COUNTRY']).nullish(),
    participants: z.array(engagementParticipant).default([]),
    citations: fields.citations,
  })
  .refine((engagement) => fields.rangeInOrder(engagement.startDate, engagement.endDate), {
    message: 'ends before it starts',
    path: ['endDate'],
  });

export type AgreementRecord = z.infer<typeof agreementRecord>;
export type EngagementRecord = z.infer<typeof engagementRecord>;
