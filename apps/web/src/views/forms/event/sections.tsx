import { ChoiceSelect, enumChoices, type Choice } from '../../../components/ChoiceSelect';
import { CountrySelect } from '../../../components/CountrySelect';
import { Field } from '../../../components/Field';
import type { ActorRole, ActorType, DatePrecision, DisorderType, EventType, SubEventType } from '../../../generated/graphql';
import { enumValues, oneOf, subEventTypesOf } from '../../../lib/enums';
import { RowList } from '../RowList';
import { emptyActor, emptyCitation, type EventDraftEditor } from './useEventDraft';

// The new-event form's sections, in the order the form shows them. Each takes the draft's editor
// and `field`, which gives a path's control id and the server's messages about it.

export type FieldProps = (path: string) => { id: string; error: string[] | undefined; announce: false };

interface SectionProps {
  editor: EventDraftEditor;
  field: FieldProps;
}

export function WhatSection({ editor: { draft, set }, field }: SectionProps) {
  return (
    <section aria-labelledby="what-heading">
      <h2 id="what-heading">What happened</h2>
      <Field label="Title" required {...field('input.title')} hint="A short headline, in your own words.">
        <input type="text" value={draft.title} onChange={(e) => set('title', e.target.value)} />
      </Field>
      <Field label="Summary" required {...field('input.summary')} hint="What happened, in your own words.">
        <textarea rows={4} value={draft.summary} onChange={(e) => set('summary', e.target.value)} />
      </Field>
      <Field label="Id" required {...field('input.id')} hint="A readable id that stays with the event for good: a lowercase slug such as 2024-06-01-darvaz-clash.">
        <input type="text" value={draft.id} spellCheck={false} autoCapitalize="off" onChange={(e) => set('id', e.target.value)} />
      </Field>
    </section>
  );
}

export function WhenSection({ editor: { draft, set }, field }: SectionProps) {
  return (
    <section aria-labelledby="when-heading">
      <h2 id="when-heading">When</h2>
      <div className="field-row">
        <Field label="Date" required {...field('input.date')} hint="When it happened, or began.">
          <input type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} />
        </Field>
        <Field label="End date" {...field('input.dateEnd')} hint="For events that span days.">
          <input type="date" value={draft.dateEnd} onChange={(e) => set('dateEnd', e.target.value)} />
        </Field>
        <Field label="Date precision" required {...field('input.datePrecision')} hint="How precise the dates are.">
          <ChoiceSelect value={draft.datePrecision} onChange={(value) => set('datePrecision', value as DatePrecision)} choices={enumChoices(enumValues.DatePrecision)} />
        </Field>
      </div>
    </section>
  );
}

export function KindSection({ editor: { draft, set, setEventType }, field }: SectionProps) {
  const eventType = oneOf(enumValues.EventType, draft.eventType);
  return (
    <section aria-labelledby="kind-heading">
      <h2 id="kind-heading">What kind of event</h2>
      <p className="muted small">ACLED’s categories. The sub-event types offered are those ACLED files under the chosen event type.</p>
      <div className="field-row">
        <Field label="Disorder type" required {...field('input.disorderType')}>
          <ChoiceSelect value={draft.disorderType} onChange={(value) => set('disorderType', value as DisorderType)} none="Choose…" choices={enumChoices(enumValues.DisorderType)} />
        </Field>
        <Field label="Event type" required {...field('input.eventType')}>
          <ChoiceSelect value={draft.eventType} onChange={(value) => setEventType(value as EventType | '')} none="Choose…" choices={enumChoices(enumValues.EventType)} />
        </Field>
        <Field label="Sub-event type" required {...field('input.subEventType')}>
          <ChoiceSelect
            value={draft.subEventType}
            onChange={(value) => set('subEventType', value as SubEventType)}
            none={eventType ? 'Choose…' : 'Choose an event type first'}
            choices={enumChoices(subEventTypesOf(eventType))}
          />
        </Field>
      </div>
    </section>
  );
}

export function WhereSection({ editor: { draft, set, setCountry }, field, places }: SectionProps & { places: readonly Choice[] | undefined }) {
  return (
    <section aria-labelledby="where-heading">
      <h2 id="where-heading">Where</h2>
      <div className="field-row">
        <Field label="Country" required {...field('input.country')}>
          <CountrySelect value={draft.country} onChange={setCountry} />
        </Field>
        <Field label="Place" {...field('input.place')} hint="Places the graph knows in the chosen country.">
          <ChoiceSelect value={draft.place} onChange={(value) => set('place', value)} none="No place (the country only)" choices={places} />
        </Field>
      </div>
    </section>
  );
}

export function ActorsSection({ editor: { draft, setRow, addRow, removeRow, actorPath }, field, organizations }: SectionProps & { organizations: readonly Choice[] }) {
  return (
    <RowList
      group={{ ...field('input.actors'), legend: 'Actors', hint: 'Who took part, and on which side (ACLED’s actor 1 and actor 2, and their associates).' }}
      rows={draft.actors}
      noun="Actor"
      add="Add an actor"
      onAdd={() => addRow('actors', emptyActor())}
      onRemove={(key) => removeRow('actors', key)}
    >
      {(row) => (
        <>
          <Field label="Organisation" required {...field(`${actorPath(row)}.organization`)}>
            <ChoiceSelect value={row.organization} onChange={(organization) => setRow('actors', row.key, { organization })} none="Choose…" choices={organizations} />
          </Field>
          <Field label="Role" required {...field(`${actorPath(row)}.role`)}>
            <ChoiceSelect value={row.role} onChange={(role) => setRow('actors', row.key, { role: role as ActorRole })} none="Choose…" choices={enumChoices(enumValues.ActorRole)} />
          </Field>
          <Field label="Actor type" required {...field(`${actorPath(row)}.actorType`)}>
            <ChoiceSelect
              value={row.actorType}
              onChange={(actorType) => setRow('actors', row.key, { actorType: actorType as ActorType })}
              none="Choose…"
              choices={enumChoices(enumValues.ActorType)}
            />
          </Field>
        </>
      )}
    </RowList>
  );
}

export function TollSection({ editor: { draft, set }, field }: SectionProps) {
  return (
    <section aria-labelledby="toll-heading">
      <h2 id="toll-heading">Toll</h2>
      <div className="field-row">
        <Field label="Fatalities" {...field('input.fatalities')} hint="Reported deaths; leave empty when the sources give no figure.">
          <input type="number" inputMode="numeric" value={draft.fatalities} onChange={(e) => set('fatalities', e.target.value)} />
        </Field>
        <Field label="Civilians were the target" inline {...field('input.civilianTargeting')}>
          <input type="checkbox" checked={draft.civilianTargeting} onChange={(e) => set('civilianTargeting', e.target.checked)} />
        </Field>
      </div>
      <Field label="Tags" {...field('input.tags')} hint="Free tags, separated by commas.">
        <input type="text" value={draft.tags} onChange={(e) => set('tags', e.target.value)} />
      </Field>
    </section>
  );
}

export function SourcesSection({ editor: { draft, setRow, addRow, removeRow, citationPath }, field, sources }: SectionProps & { sources: readonly Choice[] }) {
  return (
    <RowList
      group={{
        ...field('input.citations'),
        legend: 'Sources',
        required: true,
        hint: 'The documents that report the event, each with a short quote that stands in it word for word. At least one.',
      }}
      rows={draft.citations}
      noun="Source"
      add="Add a source"
      onAdd={() => addRow('citations', emptyCitation())}
      onRemove={(key) => removeRow('citations', key)}
    >
      {(row) => (
        <>
          <Field label="Document" required {...field(`${citationPath(row)}.source`)}>
            <ChoiceSelect value={row.source} onChange={(source) => setRow('citations', row.key, { source })} none="Choose…" choices={sources} />
          </Field>
          <Field label="Quote" required {...field(`${citationPath(row)}.quote`)} hint="A sentence or less, exactly as the source has it.">
            <textarea rows={2} value={row.quote} onChange={(e) => setRow('citations', row.key, { quote: e.target.value })} />
          </Field>
          <Field label="Note" {...field(`${citationPath(row)}.note`)} hint="What the quote supports, if not plain.">
            <input type="text" value={row.note} onChange={(e) => setRow('citations', row.key, { note: e.target.value })} />
          </Field>
        </>
      )}
    </RowList>
  );
}
