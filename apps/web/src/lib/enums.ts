import type {
  ActorRole,
  ActorType,
  AgreementStatus,
  DatePrecision,
  DisorderType,
  EnergyProjectStatus,
  EnergyTechnology,
  EngagementKind,
  EventType,
  InstrumentType,
  SubEventType,
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

// ACLED's codebook files each sub-event type under one event type (the schema says which in each
// value's description). The form offers only the sub-event types of the chosen event type; the
// security subgraph is still the one that checks the pair.
const subEventTypeRecord: Record<SubEventType, EventType> = {
  ARMED_CLASH: 'BATTLES',
  GOVERNMENT_REGAINS_TERRITORY: 'BATTLES',
  NON_STATE_ACTOR_OVERTAKES_TERRITORY: 'BATTLES',
  CHEMICAL_WEAPON: 'EXPLOSIONS_REMOTE_VIOLENCE',
  AIR_DRONE_STRIKE: 'EXPLOSIONS_REMOTE_VIOLENCE',
  SUICIDE_BOMB: 'EXPLOSIONS_REMOTE_VIOLENCE',
  SHELLING_ARTILLERY_MISSILE_ATTACK: 'EXPLOSIONS_REMOTE_VIOLENCE',
  REMOTE_EXPLOSIVE_LANDMINE_IED: 'EXPLOSIONS_REMOTE_VIOLENCE',
  GRENADE: 'EXPLOSIONS_REMOTE_VIOLENCE',
  SEXUAL_VIOLENCE: 'VIOLENCE_AGAINST_CIVILIANS',
  ATTACK: 'VIOLENCE_AGAINST_CIVILIANS',
  ABDUCTION_FORCED_DISAPPEARANCE: 'VIOLENCE_AGAINST_CIVILIANS',
  PEACEFUL_PROTEST: 'PROTESTS',
  PROTEST_WITH_INTERVENTION: 'PROTESTS',
  EXCESSIVE_FORCE_AGAINST_PROTESTERS: 'PROTESTS',
  VIOLENT_DEMONSTRATION: 'RIOTS',
  MOB_VIOLENCE: 'RIOTS',
  AGREEMENT: 'STRATEGIC_DEVELOPMENTS',
  ARRESTS: 'STRATEGIC_DEVELOPMENTS',
  CHANGE_TO_GROUP_ACTIVITY: 'STRATEGIC_DEVELOPMENTS',
  DISRUPTED_WEAPONS_USE: 'STRATEGIC_DEVELOPMENTS',
  HEADQUARTERS_OR_BASE_ESTABLISHED: 'STRATEGIC_DEVELOPMENTS',
  LOOTING_PROPERTY_DESTRUCTION: 'STRATEGIC_DEVELOPMENTS',
  NON_VIOLENT_TRANSFER_OF_TERRITORY: 'STRATEGIC_DEVELOPMENTS',
  OTHER: 'STRATEGIC_DEVELOPMENTS',
};
const datePrecisionRecord: Record<DatePrecision, true> = { DAY: true, WEEK: true, MONTH: true, YEAR: true };
const disorderTypeRecord: Record<DisorderType, true> = {
  POLITICAL_VIOLENCE: true,
  DEMONSTRATIONS: true,
  POLITICAL_VIOLENCE_DEMONSTRATIONS: true,
  STRATEGIC_DEVELOPMENTS: true,
};
const actorRoleRecord: Record<ActorRole, true> = { ACTOR1: true, ASSOC_ACTOR1: true, ACTOR2: true, ASSOC_ACTOR2: true };
const actorTypeRecord: Record<ActorType, true> = {
  STATE_FORCES: true,
  REBEL_GROUP: true,
  POLITICAL_MILITIA: true,
  IDENTITY_MILITIA: true,
  RIOTERS: true,
  PROTESTERS: true,
  CIVILIANS: true,
  EXTERNAL_OTHER_FORCES: true,
};

const keys = <K extends string>(record: Record<K, true>) => Object.keys(record) as K[];

export const eventTypes = keys(eventTypeRecord);
export const projectStatuses = keys(projectStatusRecord);
export const technologies = keys(technologyRecord);
export const agreementStatuses = keys(agreementStatusRecord);
export const instrumentTypes = keys(instrumentTypeRecord);
export const engagementKinds = keys(engagementKindRecord);
export const datePrecisions = keys(datePrecisionRecord);
export const disorderTypes = keys(disorderTypeRecord);
export const actorRoles = keys(actorRoleRecord);
export const actorTypes = keys(actorTypeRecord);

/** The sub-event types ACLED files under an event type (none until one is chosen). */
export function subEventTypesOf(eventType: EventType | undefined): SubEventType[] {
  return (Object.keys(subEventTypeRecord) as SubEventType[]).filter((sub) => subEventTypeRecord[sub] === eventType);
}

/** Narrows a string from the URL to one of an enum's values. */
export function oneOf<K extends string>(values: readonly K[], value: string | null): K | undefined {
  return values.find((v) => v === value);
}
