import { ChoiceSelect, enumChoices } from '../../components/ChoiceSelect';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { CountrySelect } from '../../components/CountrySelect';
import { Field } from '../../components/Field';
import { FieldGroup } from '../../components/FieldGroup';
import { FormErrors, useFieldErrors } from '../../components/FormErrors';
import type { ActorRole, ActorType, DatePrecision, DisorderType, EventType, SecurityEventInput, SubEventType } from '../../generated/graphql';
import { enumValues, oneOf, subEventTypesOf } from '../../lib/enums';
import { errorWithCode } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useSession } from '../../lib/session';
import { Link, navigate } from '../../router';
import { CreateSecurityEventMutation, EventFormOptionsQuery, EventFormPlacesQuery } from './queries';
import { SignInFirst } from './SignInFirst';

const form = 'new-event';

interface ActorRow {
  key: string;
  organization: string;
  role: ActorRole | '';
  actorType: ActorType | '';
}
interface CitationRow {
  key: string;
  source: string;
  quote: string;
  note: string;
}
interface Draft {
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

let rowCount = 0;
const rowKey = () => `row${++rowCount}`;
const emptyActor = (): ActorRow => ({ key: rowKey(), organization: '', role: '', actorType: '' });
const emptyCitation = (): CitationRow => ({ key: rowKey(), source: '', quote: '', note: '' });

const initialDraft = (): Draft => ({
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
function toInput(draft: Draft): SecurityEventInput {
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

/** A new security event (createSecurityEvent), with the server's messages next to each field. */
export function NewEventPage() {
  const { session } = useSession();
  return (
    <div className="form-page">
      <p className="eyebrow">
        <Link href="/security">Security events</Link>
      </p>
      <h1>New security event</h1>
      {session ? <NewEventForm /> : <SignInFirst toDo="record a security event" scope="write:security" />}
    </div>
  );
}

function NewEventForm() {
  const [draft, setDraft] = useState(initialDraft);
  // The row keys as last sent: the server's paths count rows as they were sent (`input.actors.1`),
  // so a row added or removed since keeps its own messages and no one else's.
  const [sent, setSent] = useState<{ actors: string[]; citations: string[] }>({ actors: [], citations: [] });
  const options = useQuery(EventFormOptionsQuery);
  const places = useQuery(EventFormPlacesQuery, { variables: { country: draft.country }, skip: !draft.country });
  const [create, { loading, error }] = useMutation(CreateSecurityEventMutation);
  const submitting = useRef(false);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setRow = <L extends 'actors' | 'citations'>(list: L, key: string, changes: Partial<Draft[L][number]>) =>
    setDraft((d) => ({ ...d, [list]: (d[list] as Draft[L][number][]).map((row) => (row.key === key ? { ...row, ...changes } : row)) }));
  const removeRow = (list: 'actors' | 'citations', key: string) =>
    setDraft((d) => ({ ...d, [list]: (d[list] as { key: string }[]).filter((row) => row.key !== key) }));

  const actorPath = (row: ActorRow) => `input.actors.${indexOrKey(sent.actors, row.key)}`;
  const citationPath = (row: CitationRow) => `input.citations.${indexOrKey(sent.citations, row.key)}`;

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
    ...Object.fromEntries(
      draft.actors.flatMap((row, i) => [
        [`${actorPath(row)}.organization`, `Actor ${i + 1}: organisation`],
        [`${actorPath(row)}.role`, `Actor ${i + 1}: role`],
        [`${actorPath(row)}.actorType`, `Actor ${i + 1}: actor type`],
      ]),
    ),
    'input.fatalities': 'Fatalities',
    'input.civilianTargeting': 'Civilians were the target',
    'input.tags': 'Tags',
    'input.citations': 'Sources',
    ...Object.fromEntries(
      draft.citations.flatMap((row, i) => [
        [`${citationPath(row)}.source`, `Source ${i + 1}: document`],
        [`${citationPath(row)}.quote`, `Source ${i + 1}: quote`],
        [`${citationPath(row)}.note`, `Source ${i + 1}: note`],
      ]),
    ),
  };
  const errors = useFieldErrors(error, form, shown);
  // CONFLICT on a create: the id is taken (by an earlier event, or a write that came first).
  const idTaken = errorWithCode(error, 'CONFLICT')?.message;
  const f = (path: string) => {
    const field = errors.field(path);
    return path === 'input.id' && idTaken ? { ...field, error: [...(field.error ?? []), idTaken] } : field;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting.current) return;
    submitting.current = true;
    setSent({ actors: draft.actors.map((row) => row.key), citations: draft.citations.map((row) => row.key) });
    try {
      const input = toInput(draft);
      const result = await create({
        variables: { input },
        // The lists that now include the event (all events, and those of its country, place and
        // actors) are read afresh when next shown.
        update(cache) {
          const holders = [
            'ROOT_QUERY',
            cache.identify({ __typename: 'Country', code: input.country }),
            input.place ? cache.identify({ __typename: 'Place', id: input.place }) : undefined,
            ...input.actors.map((actor) => cache.identify({ __typename: 'Organization', id: actor.organization })),
          ];
          for (const id of holders) if (id) cache.evict({ id, fieldName: 'securityEvents' });
          cache.gc();
        },
      });
      const created = result.data?.createSecurityEvent;
      if (created) navigate(`/events/${encodeURIComponent(created.id)}`);
    } catch {
      // Refused: `error` holds the server's answer, shown by the fields and the summary.
    } finally {
      submitting.current = false;
    }
  };

  const eventType = oneOf(enumValues.EventType, draft.eventType);
  const subEventTypes = subEventTypesOf(eventType);
  const organizations = options.data?.organizations?.nodes ?? [];
  const sources = options.data?.sourceDocuments?.nodes ?? [];

  return (
    <form className="write-form" onSubmit={(event) => void submit(event)} aria-label="New security event">
      <FormErrors
        error={error}
        fields={errors}
        what="the event"
        conflictTitle="Not saved: an event with this id already exists"
        conflict={() => (
          <p>
            Choose another id, or{' '}
            <Link href={`/events/${encodeURIComponent(draft.id)}`}>open the event that has it</Link>.
          </p>
        )}
      />
      {options.error ? (
        <p className="notice warning" role="alert">
          The lists of organisations and sources did not load, so those choices are empty. Reload the page to try again.
        </p>
      ) : null}
      <p className="muted small">
        Fields marked “required” must be filled in. The security service checks everything else and names each problem next to its field.
      </p>

      <section aria-labelledby="what-heading">
        <h2 id="what-heading">What happened</h2>
        <Field label="Title" required {...f('input.title')} hint="A short headline, in your own words.">
          <input type="text" value={draft.title} onChange={(e) => set('title', e.target.value)} />
        </Field>
        <Field label="Summary" required {...f('input.summary')} hint="What happened, in your own words.">
          <textarea rows={4} value={draft.summary} onChange={(e) => set('summary', e.target.value)} />
        </Field>
        <Field label="Id" required {...f('input.id')} hint="A readable id that stays with the event for good: a lowercase slug such as 2024-06-01-darvaz-clash.">
          <input type="text" value={draft.id} spellCheck={false} autoCapitalize="off" onChange={(e) => set('id', e.target.value)} />
        </Field>
      </section>

      <section aria-labelledby="when-heading">
        <h2 id="when-heading">When</h2>
        <div className="field-row">
          <Field label="Date" required {...f('input.date')} hint="When it happened, or began.">
            <input type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} />
          </Field>
          <Field label="End date" {...f('input.dateEnd')} hint="For events that span days.">
            <input type="date" value={draft.dateEnd} onChange={(e) => set('dateEnd', e.target.value)} />
          </Field>
          <Field label="Date precision" required {...f('input.datePrecision')} hint="How precise the dates are.">
            <ChoiceSelect value={draft.datePrecision} onChange={(value) => set('datePrecision', value as DatePrecision)} choices={enumChoices(enumValues.DatePrecision)} />
          </Field>
        </div>
      </section>

      <section aria-labelledby="kind-heading">
        <h2 id="kind-heading">What kind of event</h2>
        <p className="muted small">ACLED’s categories. The sub-event types offered are those ACLED files under the chosen event type.</p>
        <div className="field-row">
          <Field label="Disorder type" required {...f('input.disorderType')}>
            <ChoiceSelect value={draft.disorderType} onChange={(value) => set('disorderType', value as DisorderType)} none="Choose…" choices={enumChoices(enumValues.DisorderType)} />
          </Field>
          <Field label="Event type" required {...f('input.eventType')}>
            <ChoiceSelect
              value={draft.eventType}
              onChange={(value) => {
                const next = value as EventType | '';
                setDraft((d) => ({
                  ...d,
                  eventType: next,
                  // A sub-event type belongs to one event type: keep it only if it still fits.
                  subEventType: subEventTypesOf(oneOf(enumValues.EventType, next)).includes(d.subEventType as SubEventType) ? d.subEventType : '',
                }));
              }}
              none="Choose…"
              choices={enumChoices(enumValues.EventType)}
            />
          </Field>
          <Field label="Sub-event type" required {...f('input.subEventType')}>
            <ChoiceSelect
              value={draft.subEventType}
              onChange={(value) => set('subEventType', value as SubEventType)}
              none={eventType ? 'Choose…' : 'Choose an event type first'}
              choices={enumChoices(subEventTypes)}
            />
          </Field>
        </div>
      </section>

      <section aria-labelledby="where-heading">
        <h2 id="where-heading">Where</h2>
        <div className="field-row">
          <Field label="Country" required {...f('input.country')}>
            <CountrySelect value={draft.country} onChange={(code) => setDraft((d) => ({ ...d, country: code, place: '' }))} />
          </Field>
          <Field label="Place" {...f('input.place')} hint="Places the graph knows in the chosen country.">
            <ChoiceSelect
              value={draft.place}
              onChange={(value) => set('place', value)}
              none="No place (the country only)"
              choices={places.data?.places?.nodes.map((place) => [
                place.id,
                place.admin1 && place.admin1 !== place.name ? `${place.name} (${place.admin1})` : place.name,
              ])}
            />
          </Field>
        </div>
      </section>

      <FieldGroup id={f('input.actors').id} legend="Actors" error={f('input.actors').error} hint="Who took part, and on which side (ACLED’s actor 1 and actor 2, and their associates).">
        <ol className="rows">
          {draft.actors.map((row, i) => (
            <li key={row.key} className="row">
              <fieldset className="row-fields">
                <legend className="row-legend">Actor {i + 1}</legend>
                <Field label="Organisation" required {...f(`${actorPath(row)}.organization`)}>
                  <ChoiceSelect
                    value={row.organization}
                    onChange={(organization) => setRow('actors', row.key, { organization })}
                    none="Choose…"
                    choices={organizations.map((organization) => [organization.id, organization.name])}
                  />
                </Field>
                <Field label="Role" required {...f(`${actorPath(row)}.role`)}>
                  <ChoiceSelect value={row.role} onChange={(role) => setRow('actors', row.key, { role: role as ActorRole })} none="Choose…" choices={enumChoices(enumValues.ActorRole)} />
                </Field>
                <Field label="Actor type" required {...f(`${actorPath(row)}.actorType`)}>
                  <ChoiceSelect
                    value={row.actorType}
                    onChange={(actorType) => setRow('actors', row.key, { actorType: actorType as ActorType })}
                    none="Choose…"
                    choices={enumChoices(enumValues.ActorType)}
                  />
                </Field>
                <button type="button" className="remove-row" onClick={() => removeRow('actors', row.key)}>
                  Remove actor {i + 1}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => set('actors', [...draft.actors, emptyActor()])}>
          Add an actor
        </button>
      </FieldGroup>

      <section aria-labelledby="toll-heading">
        <h2 id="toll-heading">Toll</h2>
        <div className="field-row">
          <Field label="Fatalities" {...f('input.fatalities')} hint="Reported deaths; leave empty when the sources give no figure.">
            <input type="number" inputMode="numeric" value={draft.fatalities} onChange={(e) => set('fatalities', e.target.value)} />
          </Field>
          <Field label="Civilians were the target" inline {...f('input.civilianTargeting')}>
            <input type="checkbox" checked={draft.civilianTargeting} onChange={(e) => set('civilianTargeting', e.target.checked)} />
          </Field>
        </div>
        <Field label="Tags" {...f('input.tags')} hint="Free tags, separated by commas.">
          <input type="text" value={draft.tags} onChange={(e) => set('tags', e.target.value)} />
        </Field>
      </section>

      <FieldGroup
        id={f('input.citations').id}
        legend="Sources"
        required
        error={f('input.citations').error}
        hint="The documents that report the event, each with a short quote that stands in it word for word. At least one."
      >
        <ol className="rows">
          {draft.citations.map((row, i) => (
            <li key={row.key} className="row">
              <fieldset className="row-fields">
                <legend className="row-legend">Source {i + 1}</legend>
                <Field label="Document" required {...f(`${citationPath(row)}.source`)}>
                  <ChoiceSelect
                    value={row.source}
                    onChange={(source) => setRow('citations', row.key, { source })}
                    none="Choose…"
                    choices={sources.map((source) => [
                      source.id,
                      `${source.publisher}, ${formatDate(source.publishedOn, source.datePrecision)}: ${source.title}`,
                    ])}
                  />
                </Field>
                <Field label="Quote" required {...f(`${citationPath(row)}.quote`)} hint="A sentence or less, exactly as the source has it.">
                  <textarea rows={2} value={row.quote} onChange={(e) => setRow('citations', row.key, { quote: e.target.value })} />
                </Field>
                <Field label="Note" {...f(`${citationPath(row)}.note`)} hint="What the quote supports, if not plain.">
                  <input type="text" value={row.note} onChange={(e) => setRow('citations', row.key, { note: e.target.value })} />
                </Field>
                <button type="button" className="remove-row" onClick={() => removeRow('citations', row.key)}>
                  Remove source {i + 1}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => set('citations', [...draft.citations, emptyCitation()])}>
          Add a source
        </button>
      </FieldGroup>

      <p className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Recording…' : 'Record the event'}
        </button>
        <Link href="/security">Cancel</Link>
      </p>
    </form>
  );
}

/** A row's index in the list as last sent, or a path segment no server message can name. */
function indexOrKey(sentKeys: readonly string[], key: string): string {
  const index = sentKeys.indexOf(key);
  return index >= 0 ? String(index) : `new-${key}`;
}
