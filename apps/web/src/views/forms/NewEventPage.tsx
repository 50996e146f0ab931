import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, type FormEvent } from 'react';
import { FormErrors, useFieldErrors } from '../../components/FormErrors';
import { errorWithCode } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useSession } from '../../lib/session';
import { Link, navigate } from '../../router';
import { ActorsSection, KindSection, SourcesSection, TollSection, WhatSection, WhenSection, WhereSection } from './event/sections';
import { useEventDraft } from './event/useEventDraft';
import { CreateSecurityEventMutation, EventFormOptionsQuery, EventFormPlacesQuery } from './queries';
import { SignInFirst } from './SignInFirst';

const form = 'new-event';

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
  const editor = useEventDraft();
  const { draft } = editor;
  const options = useQuery(EventFormOptionsQuery);
  const places = useQuery(EventFormPlacesQuery, { variables: { country: draft.country }, skip: !draft.country });
  const [create, { loading, error }] = useMutation(CreateSecurityEventMutation);
  const submitting = useRef(false);

  const errors = useFieldErrors(error, form, editor.shown);
  // CONFLICT on a create: the id is taken (by an earlier event, or a write that came first).
  const idTaken = errorWithCode(error, 'CONFLICT')?.message;
  const field = (path: string) => {
    const shown = errors.field(path);
    return path === 'input.id' && idTaken ? { ...shown, error: [...(shown.error ?? []), idTaken] } : shown;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting.current) return;
    submitting.current = true;
    try {
      const input = editor.send();
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

  const organizations = (options.data?.organizations?.nodes ?? []).map((organization) => [organization.id, organization.name] as const);
  const sources = (options.data?.sourceDocuments?.nodes ?? []).map(
    (source) => [source.id, `${source.publisher}, ${formatDate(source.publishedOn, source.datePrecision)}: ${source.title}`] as const,
  );
  const placeChoices = places.data?.places?.nodes.map(
    (place) => [place.id, place.admin1 && place.admin1 !== place.name ? `${place.name} (${place.admin1})` : place.name] as const,
  );
  const sections = { editor, field };

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
      <WhatSection {...sections} />
      <WhenSection {...sections} />
      <KindSection {...sections} />
      <WhereSection {...sections} places={placeChoices} />
      <ActorsSection {...sections} organizations={organizations} />
      <TollSection {...sections} />
      <SourcesSection {...sections} sources={sources} />
      <p className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Recording…' : 'Record the event'}
        </button>
        <Link href="/security">Cancel</Link>
      </p>
    </form>
  );
}
