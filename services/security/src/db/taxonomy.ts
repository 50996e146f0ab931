// ACLED's closed lists, as the SDL names them. The database schema and the data-file validation
// both read these, so the two can never disagree about which sub-event belongs to which event type.

export const disorderTypes = [
  'POLITICAL_VIOLENCE',
  'DEMONSTRATIONS',
  'POLITICAL_VIOLENCE_DEMONSTRATIONS',
  'STRATEGIC_DEVELOPMENTS',
] as const;

/** ACLED's six event types, each with the sub-event types that belong to it. */
export const subEventTypesByEventType = {
  BATTLES: ['ARMED_CLASH', 'GOVERNMENT_REGAINS_TERRITORY', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY'],
  EXPLOSIONS_REMOTE_VIOLENCE: [
    'CHEMICAL_WEAPON',
    'AIR_DRONE_STRIKE',
    'SUICIDE_BOMB',
    'SHELLING_ARTILLERY_MISSILE_ATTACK',
    'REMOTE_EXPLOSIVE_LANDMINE_IED',
    'GRENADE',
  ],
  VIOLENCE_AGAINST_CIVILIANS: ['SEXUAL_VIOLENCE', 'ATTACK', 'ABDUCTION_FORCED_DISAPPEARANCE'],
  PROTESTS: ['PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION', 'EXCESSIVE_FORCE_AGAINST_PROTESTERS'],
  RIOTS: ['VIOLENT_DEMONSTRATION', 'MOB_VIOLENCE'],
  STRATEGIC_DEVELOPMENTS: [
    'AGREEMENT',
    'ARRESTS',
    'CHANGE_TO_GROUP_ACTIVITY',
    'DISRUPTED_WEAPONS_USE',
    'HEADQUARTERS_OR_BASE_ESTABLISHED',
    'LOOTING_PROPERTY_DESTRUCTION',
    'NON_VIOLENT_TRANSFER_OF_TERRITORY',
    'OTHER',
  ],
} as const;

export type EventTypeName = keyof typeof subEventTypesByEventType;
export type SubEventTypeName = (typeof subEventTypesByEventType)[EventTypeName][number];

export const eventTypes = Object.keys(subEventTypesByEventType) as [EventTypeName, ...EventTypeName[]];
export const subEventTypes = Object.values(subEventTypesByEventType).flat() as [
  SubEventTypeName,
  ...SubEventTypeName[],
];

/** True when ACLED files the sub-event type under the event type. */
export function subEventBelongs(eventType: EventTypeName, subEventType: SubEventTypeName): boolean {
  return (subEventTypesByEventType[eventType] as readonly string[]).includes(subEventType);
}

/**
 * ACLED's strategic developments are their own disorder type: an event is of that disorder type
 * exactly when it is of that event type.
 */
export function disorderMatches(
  disorderType: (typeof disorderTypes)[number],
  eventType: EventTypeName,
): boolean {
  return (disorderType === 'STRATEGIC_DEVELOPMENTS') === (eventType === 'STRATEGIC_DEVELOPMENTS');
}

export const actorRoles = ['ACTOR1', 'ASSOC_ACTOR1', 'ACTOR2', 'ASSOC_ACTOR2'] as const;
/** The roles ACLED fills with one actor at most per event. */
export const mainActorRoles = ['ACTOR1', 'ACTOR2'] as const;

export const actorTypes = [
  'STATE_FORCES',
  'REBEL_GROUP',
  'POLITICAL_MILITIA',
  'IDENTITY_MILITIA',
  'RIOTERS',
  'PROTESTERS',
  'CIVILIANS',
  'EXTERNAL_OTHER_FORCES',
] as const;

export const facilityKinds = [
  'BASE',
  'OUTPOST',
  'BORDER_POST',
  'ARMS_FACTORY',
  'TRAINING_CENTRE',
  'OTHER',
] as const;
export const facilityStatuses = [
  'PROPOSED',
  'PLANNED',
  'UNDER_CONSTRUCTION',
  'OPERATIONAL',
  'CLOSED',
] as const;
/** How an organisation stands to a facility. */
export const facilityOrganizationKinds = ['OPERATOR', 'FINANCIER'] as const;

/** Whether an event is reported as having taken place, or only announced or claimed. */
export const eventStatuses = ['REPORTED', 'CLAIMED', 'SCHEDULED', 'PLANNED'] as const;
/** How a date relates to the moment: on it, within a window, by it, before or after it, about then. */
export const dateQualifiers = ['ON', 'WITHIN', 'BY', 'BEFORE', 'AFTER', 'ABOUT'] as const;
/** How a reported figure relates to the true one. */
export const figureQualifiers = ['EXACT', 'AT_LEAST', 'AT_MOST', 'ABOUT', 'UNKNOWN'] as const;
/** How precisely an event is placed by its place (UCDP's where_prec, in words). */
export const placePrecisions = ['EXACT', 'NEAR', 'WITHIN', 'COUNTRY'] as const;
/** The record types a claim can be about. */
export const claimRecordTypes = ['SecurityEvent', 'MilitaryFacility'] as const;
