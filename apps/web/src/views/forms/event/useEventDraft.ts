import type { ActorRole, ActorType, DatePrecision, DisorderType, EventType, SecurityEventInput, SubEventType } from '../../../generated/graphql';
import { enumValues, oneOf, subEventTypesOf } from '../../../lib/enums';
import { rowKey, useDraft } from '../useDraft';

export interface ActorRow {
  key: string;
  organization: string;
  role: ActorRole | '';
  actorType: ActorType | '';
}
export interface CitationRow {
  key: string;
  source: string;
  quote: string;
  note: string;
}
export interface EventDraft {
  id: string;
  title: string;
  summary: string;
  date: string;
  dateEnd: string;
  datePrecision: DatePrecision;
  disorderType: DisorderType | '';
  eventType: EventType | '';
  subEventType: SubEventType | '';
  country: string;
  place: string;
  actors: ActorRow[];
  fatalities: string;
  civilianTargeting: boolean;
  tags: string;
  citations: CitationRow[];
}

export const emptyActor = (): ActorRow => ({ key: rowKey(), organization: '', role: '', actorType: '' });
export const emptyCitation = (): CitationRow => ({ key: rowKey(), source: '', quote: '', note: '' });

const initialDraft = (): EventDraft => ({
  id: '',
  title: '',
  summary: '',
  date: '',
  dateEnd: '',
  datePrecision: 'DAY',
  disorderType: '',
  eventType: '',
  subEventType: '',
  country: 'TJK',
  place: '',
  actors: [emptyActor()],
  fatalities: '',
  civilianTargeting: false,
  tags: '',
  citations: [emptyCitation()],
});

/**
 * The mutation's input, as the reader filled it in. Nothing is checked here beyond what the browser
 * does for required fields: the security subgraph checks every rule and answers with all problems.
 */
export function toInput(draft: EventDraft): SecurityEventInput {
  return {
    id: draft.id,
    title: draft.title,
    summary: draft.summary,
    date: draft.date,
    ...(draft.dateEnd ? { dateEnd: draft.dateEnd } : {}),
    datePrecision: draft.datePrecision,
    disorderType: draft.disorderType as DisorderType,
    eventType: draft.eventType as EventType,
    subEventType: draft.subEventType as SubEventType,
    country: draft.country,
    ...(draft.place ? { place: draft.place } : {}),
    actors: draft.actors.map(({ organization, role, actorType }) => ({ organization, role: role as ActorRole, actorType: actorType as ActorType })),
    fatalities: draft.fatalities.trim() === '' ? null : Number(draft.fatalities),
    civilianTargeting: draft.civilianTargeting,
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    citations: draft.citations.map(({ source, quote, note }) => ({ source, quote, ...(note ? { note } : {}) })),
  };
}

/** The new event as the reader fills it in, the rules that tie its fields, and what it sends. */
export function useEventDraft() {
  const { draft, set, update, setRow, addRow, removeRow, markSent, rowPath } = useDraft(initialDraft, 'input');

  /** A sub-event type belongs to one event type: it is kept only if it still fits. */
  const setEventType = (next: EventType | '') =>
    update((d) => ({
      eventType: next,
      subEventType: subEventTypesOf(oneOf(enumValues.EventType, next)).includes(d.subEventType as SubEventType) ? d.subEventType : '',
    }));
  /** The places offered are the country's: another country clears the place. */
  const setCountry = (country: string) => update(() => ({ country, place: '' }));

  const actorPath = (row: ActorRow) => rowPath('actors', row.key);
  const citationPath = (row: CitationRow) => rowPath('citations', row.key);

  // Every path the form shows a control for, with the label an error summary names it by.
  const shown: Record<string, string> = {
    'input.id': 'Id',
    'input.title': 'Title',
    'input.summary': 'Summary',
    'input.date': 'Date',
    'input.dateEnd': 'End date',
    'input.datePrecision': 'Date precision',
    'input.disorderType': 'Disorder type',
    'input.eventType': 'Event type',
    'input.subEventType': 'Sub-event type',
    'input.country': 'Country',
    'input.place': 'Place',
    'input.actors': 'Actors',
    ...rowLabels(draft.actors, actorPath, 'Actor', { organization: 'organisation', role: 'role', actorType: 'actor type' }),
    'input.fatalities': 'Fatalities',
    'input.civilianTargeting': 'Civilians were the target',
    'input.tags': 'Tags',
    'input.citations': 'Sources',
    ...rowLabels(draft.citations, citationPath, 'Source', { source: 'document', quote: 'quote', note: 'note' }),
  };

  /** The input to send; the rows' keys are kept, so the server's row numbers find their rows. */
  const send = () => {
    markSent(['actors', 'citations']);
    return toInput(draft);
  };

  return {
    draft,
    set,
    setRow,
    addRow,
    removeRow,
    setEventType,
    setCountry,
    actorPath,
    citationPath,
    shown,
    send,
  };
}

export type EventDraftEditor = ReturnType<typeof useEventDraft>;

/** `Actor 2: organisation` for each field of each row, by the row's path. */
function rowLabels<R extends { key: string }>(rows: readonly R[], path: (row: R) => string, noun: string, fields: Partial<Record<keyof R, string>>) {
  return Object.fromEntries(
    rows.flatMap((row, i) => Object.entries(fields).map(([field, name]) => [`${path(row)}.${field}`, `${noun} ${i + 1}: ${name as string}`])),
  );
}
