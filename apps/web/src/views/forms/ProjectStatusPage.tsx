import { ChoiceSelect } from '../../components/ChoiceSelect';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';
import { FormErrors, useFieldErrors } from '../../components/FormErrors';
import { Facts } from '../../components/Heading';
import type { EnergyProjectStatus, ProjectStatusQuery as ProjectStatusQueryData } from '../../generated/graphql';
import { enumValues } from '../../lib/enums';
import { label } from '../../lib/format';
import { useSession } from '../../lib/session';
import { Link } from '../../router';
import { RecordShell } from '../records/RecordShell';
import { ProjectStatusQuery, UpdateProjectStatusMutation } from './queries';
import { SignInFirst } from './SignInFirst';

const form = 'project-status';
const shown = { 'patch.status': 'New status' };

/**
 * Changes an energy project's status (updateEnergyProject with `patch: { status }`), naming the
 * version the reader saw: if someone changed the project since, the server refuses with CONFLICT
 * and the page offers to reload the current state.
 */
export function ProjectStatusPage({ id }: { id: string }) {
  // Always from the server: the version shown is the one the change will name.
  const { data, loading, error, refetch } = useQuery(ProjectStatusQuery, { variables: { id }, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  return (
    <RecordShell what="energy project" id={id} loading={loading} error={error} record={data?.energyProject}>
      {(project) => <StatusForm project={project} reloading={loading} reload={refetch} />}
    </RecordShell>
  );
}

function StatusForm({ project, reloading, reload: refetch }: { project: NonNullable<ProjectStatusQueryData['energyProject']>; reloading: boolean; reload: () => Promise<unknown> }) {
  const { session } = useSession();
  const [choice, setChoice] = useState<EnergyProjectStatus | ''>('');
  const [update, { loading: saving, error: saveError, data: saved, reset }] = useMutation(UpdateProjectStatusMutation);
  const errors = useFieldErrors(saveError, form, shown);

  const chosen = choice || project.status;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await update({
        variables: { id: project.id, version: project.version, patch: { status: chosen } },
        // The project itself updates in place (same id); lists filtered by status are read afresh.
        update(cache) {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'energyProjects' });
          cache.gc();
        },
      });
    } catch {
      // Refused: shown by FormErrors and next to the field.
    }
  };
  const reload = async () => {
    reset();
    await refetch();
  };
  const lastChange = project.revisions.at(-1);
  const justSaved = saved?.updateEnergyProject;

  return (
    <div className="form-page">
      <p className="eyebrow">
        Energy project: <Link href={`/projects/${encodeURIComponent(project.id)}`}>{project.name}</Link>
      </p>
      <h1>Change the status of {project.name}</h1>

      <section aria-labelledby="current-heading" className="current-state">
        <h2 id="current-heading">Now</h2>
        <Facts
          rows={[
            ['Status', <strong className={`status status-${project.status.toLowerCase()}`}>{label(project.status)}</strong>],
            ['Version', String(project.version)],
            [
              'Last change',
              lastChange ? (
                <>
                  {label(lastChange.operation).toLowerCase()} by {lastChange.changedBy}, <time dateTime={lastChange.changedAt}>{formatTime(lastChange.changedAt)}</time>
                  {lastChange.changedFields.length ? ` (${lastChange.changedFields.join(', ')})` : ''}
                </>
              ) : (
                'none since the curated data was loaded'
              ),
            ],
          ]}
        />
      </section>

      {justSaved && !saveError ? (
        <div className="notice success" role="status">
          <p>
            <strong>Saved.</strong> The status is now {label(justSaved.status)}, at version {justSaved.version}.{' '}
            <Link href={`/projects/${encodeURIComponent(project.id)}`}>Back to the project</Link>
          </p>
        </div>
      ) : null}

      {session ? (
        <form className="write-form" onSubmit={(event) => void submit(event)} aria-label={`Change the status of ${project.name}`}>
          <FormErrors
            error={saveError}
            fields={errors}
            what="the status change"
            conflict={(current) => (
              <>
                <p>
                  You changed version {project.version}
                  {current !== undefined ? `; the project is now at version ${current}` : ''}. Reload to see its current status, then choose again.
                </p>
                <p>
                  <button type="button" className="primary" onClick={() => void reload()} disabled={reloading}>
                    Reload the current status
                  </button>
                </p>
              </>
            )}
          />
          <Field label="New status" required {...errors.field('patch.status')}>
            <ChoiceSelect
              value={chosen}
              onChange={(value) => setChoice(value as EnergyProjectStatus)}
              choices={enumValues.EnergyProjectStatus.map((status) => [status, status === project.status ? `${label(status)} (current)` : label(status)])}
            />
          </Field>
          <p className="muted small">The change names version {project.version}, the one shown above: if someone has changed the project since, the server refuses it.</p>
          <p className="form-actions">
            <button type="submit" className="primary" disabled={saving}>
              {saving ? 'Saving…' : 'Change status'}
            </button>
            <Link href={`/projects/${encodeURIComponent(project.id)}`}>Cancel</Link>
          </p>
        </form>
      ) : (
        <SignInFirst toDo="change this project’s status" scope="write:energy" />
      )}
    </div>
  );
}

function formatTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
