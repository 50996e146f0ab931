import { Link } from '../../router';
import { EventRecord } from '../records/EventRecord';
import { FacilityRecord } from '../records/FacilityRecord';
import { ProjectRecord } from '../records/ProjectRecord';
import type { MarkerKind } from './markers';

const pages: Record<MarkerKind, string> = { event: 'events', facility: 'facilities', project: 'projects' };

/** The record behind a marker, in the panel beside the map. */
export function MarkerDetail({ kind, id, onClose }: { kind: MarkerKind; id: string; onClose: () => void }) {
  return (
    <aside className="map-detail" aria-label="Selected record">
      <div className="map-detail-actions">
        <Link href={`/${pages[kind]}/${encodeURIComponent(id)}`}>Open the full record</Link>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {kind === 'event' ? <EventRecord id={id} level={2} /> : null}
      {kind === 'facility' ? <FacilityRecord id={id} level={2} /> : null}
      {kind === 'project' ? <ProjectRecord id={id} level={2} /> : null}
    </aside>
  );
}
