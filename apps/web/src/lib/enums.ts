import type {
  AgreementStatus,
  EnergyProjectStatus,
  EnergyTechnology,
  EngagementKind,
  EventType,
  InstrumentType,
} from '../generated/graphql';

// The enum values the client offers in filters and charts. Written as records so the compiler
// says so when the schema gains a value that is missing here.
const eventTypeRecord: Record<EventType, true> = {
  BATTLES: true,
  EXPLOSIONS_REMOTE_VIOLENCE: true,
  VIOLENCE_AGAINST_CIVILIANS: true,
  PROTESTS: true,
  RIOTS: true,
  STRATEGIC_DEVELOPMENTS: true,
};
const projectStatusRecord: Record<EnergyProjectStatus, true> = {
  ANNOUNCED: true,
  PRE_CONSTRUCTION: true,
  CONSTRUCTION: true,
  OPERATING: true,
  SHELVED: true,
  CANCELLED: true,
  MOTHBALLED: true,
  RETIRED: true,
};
const technologyRecord: Record<EnergyTechnology, true> = {
  SOLAR_PV: true,
  FLOATING_SOLAR: true,
  WIND: true,
  HYDRO: true,
  BATTERY_STORAGE: true,
  HVDC_TRANSMISSION: true,
  HVAC_TRANSMISSION: true,
  GAS: true,
  COAL: true,
  OTHER: true,
};
const agreementStatusRecord: Record<AgreementStatus, true> = {
  INITIALLED: true,
  SIGNED: true,
  IN_FORCE: true,
  TERMINATED: true,
  EXPIRED: true,
};
const instrumentTypeRecord: Record<InstrumentType, true> = {
  TREATY: true,
  AGREEMENT: true,
  MOU: true,
  PROTOCOL: true,
  JOINT_STATEMENT: true,
  CONTRACT: true,
  OTHER: true,
};
const engagementKindRecord: Record<EngagementKind, true> = {
  STATE_VISIT: true,
  OFFICIAL_VISIT: true,
  SUMMIT: true,
  MINISTERIAL_MEETING: true,
  MEETING: true,
  CALL: true,
  DELEGATION: true,
  AWARD: true,
  STATEMENT: true,
  MEDIATION: true,
};

const keys = <K extends string>(record: Record<K, true>) => Object.keys(record) as K[];

export const eventTypes = keys(eventTypeRecord);
export const projectStatuses = keys(projectStatusRecord);
export const technologies = keys(technologyRecord);
export const agreementStatuses = keys(agreementStatusRecord);
export const instrumentTypes = keys(instrumentTypeRecord);
export const engagementKinds = keys(engagementKindRecord);

/** Narrows a string from the URL to one of an enum's values. */
export function oneOf<K extends string>(values: readonly K[], value: string | null): K | undefined {
  return values.find((v) => v === value);
}
