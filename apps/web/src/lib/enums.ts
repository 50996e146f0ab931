import { enumValues, subEventTypesByEventType } from '../generated/enums';
import type { EventType, SubEventType } from '../generated/graphql';

// Every enum's values, their labels and ACLED's taxonomy are generated from the API schema by
// `pnpm codegen` (scripts/enums-codegen.mjs): nothing here copies a list from the schema.
export { enumValues };

/** The sub-event types ACLED files under an event type (none until one is chosen). */
export function subEventTypesOf(eventType: EventType | undefined): readonly SubEventType[] {
  return eventType ? subEventTypesByEventType[eventType] : [];
}

/** Narrows a string from the URL to one of an enum's values. */
export function oneOf<K extends string>(values: readonly K[], value: string | null): K | undefined {
  return values.find((v) => v === value);
}
