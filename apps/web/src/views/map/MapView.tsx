import { RecordTable } from '../../components/RecordTable';
import { useQuery } from '@apollo/client/react';
import { CountrySelect } from '../../components/CountrySelect';
import { Field } from '../../components/Field';
import { MissingSection } from '../../components/PartialNotice';
import { colourOf } from '../../lib/colours';
import { label } from '../../lib/format';
import { Link, useSearchParams } from '../../router';
import { shapeOf } from './borders';
import { MapCanvas } from './MapCanvas';
import { buildMarkers, type Marker, type MarkerKind } from './markers';
import { MarkerDetail } from './MarkerDetail';
import { MapCountryQuery, MapEventsQuery, MapFacilitiesQuery, MapProjectsQuery } from './queries';

const kinds: { kind: MarkerKind; label: string; shape: string }[] = [
  { kind: 'event', label: 'Security events', shape: '●' },
  { kind: 'facility', label: 'Military facilities', shape: '■' },
  { kind: 'project', label: 'Energy projects', shape: '▲' },
];

/** The map (loaded on demand): events, facilities and projects over country borders, offline. */
export default function MapView() {
  const [params, setParams] = useSearchParams();
  // Tajikistan unless chosen otherwise; `all` (no country filter) is a choice of its own.
  const chosen = params.get('country') ?? 'TJK';
  const code = chosen === 'all' ? '' : chosen;
  const hidden = new Set((params.get('hide') ?? '').split(','));
  const selected = params.get('selected') ?? undefined;
  const countries = code ? { countries: [code] } : {};

  const country = useQuery(MapCountryQuery, { variables: { code }, skip: !code });
  const events = useQuery(MapEventsQuery, { variables: { filter: countries } });
  const facilities = useQuery(MapFacilitiesQuery, { variables: { filter: countries } });
  const projects = useQuery(MapProjectsQuery, { variables: { filter: countries } });

  const { markers, unplaced } = buildMarkers(
    hidden.has('event') ? [] : (events.data?.securityEvents?.nodes ?? []),
    hidden.has('facility') ? [] : (facilities.data?.militaryFacilities?.nodes ?? []),
    hidden.has('project') ? [] : (projects.data?.energyProjects?.nodes ?? []),
    code,
  );
  const focus = shapeOf(country.data?.country?.isoNumeric);
  const select = (marker: Marker | undefined) => setParams({ selected: marker?.key });
  const [selectedKind, ...selectedId] = (selected ?? '').split(':') as [MarkerKind, ...string[]];
  const loading = events.loading || facilities.loading || projects.loading;
  const toggle = (kind: MarkerKind) => {
    const next = kinds.map((k) => k.kind).filter((k) => (k === kind ? !hidden.has(k) : hidden.has(k)));
    setParams({ hide: next.join(',') || undefined });
  };

  return (
    <>
      <h1>Map{country.data?.country ? `: ${country.data.country.name}` : ''}</h1>
      <form className="filters" aria-label="Map filters" onSubmit={(event) => event.preventDefault()}>
        <Field label="Country">
          <CountrySelect value={code} anyLabel="All countries" onChange={(value) => setParams({ country: value || 'all', selected: undefined })} />
        </Field>
        <fieldset className="checkboxes">
          <legend>Show</legend>
          {kinds.map(({ kind, label: text, shape }) => (
            <label key={kind}>
              <input type="checkbox" checked={!hidden.has(kind)} onChange={() => toggle(kind)} /> <span aria-hidden="true">{shape}</span> {text}
            </label>
          ))}
        </fieldset>
      </form>
      {loading ? (
        <p role="status" className="loading">
          Loading records for the map…
        </p>
      ) : null}
      {events.error && !events.data?.securityEvents ? <MissingSection part="security" /> : null}
      {facilities.error && !facilities.data?.militaryFacilities && !events.error ? <MissingSection part="security" /> : null}
      {projects.error && !projects.data?.energyProjects ? <MissingSection part="energy" /> : null}

      <div className="map-layout">
        <div className="map-frame">
          <MapCanvas markers={markers} focus={focus} selected={selected} onSelect={select} />
          <MapLegend markers={markers} />
          <p className="muted small">
            Borders: Natural Earth 1:50m, bundled with the client. Hollow symbols sit at the centre of the host country because
            the sources give no site.
          </p>
        </div>
        {selected && selectedId.length ? (
          <MarkerDetail kind={selectedKind} id={selectedId.join(':')} onClose={() => select(undefined)} />
        ) : (
          <aside className="map-detail empty-detail" aria-label="Selected record">
            <p>Choose a marker (click it, or Tab to it and press Enter) to see its record and sources here.</p>
          </aside>
        )}
      </div>

      <section aria-labelledby="map-records-heading">
        <h2 id="map-records-heading">Records on the map ({markers.length})</h2>
        <RecordTable caption="Every record drawn on the map" columns={['Record', 'Kind', 'Detail']} plain>
          {markers.map((marker) => (
            <tr key={marker.key}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => select(marker)} aria-pressed={selected === marker.key}>
                  {marker.title}
                </button>
              </th>
              <td>{label(marker.kind)}</td>
              <td>
                {marker.detail}
                {marker.approximate ? ' (country centre)' : ''}
              </td>
            </tr>
          ))}
        </RecordTable>
        {unplaced.length ? (
          <>
            <h3>Not on the map: no place given ({unplaced.length})</h3>
            <ul>
              {unplaced.map((record) => (
                <li key={record.key}>
                  <Link href={`/${record.kind === 'event' ? 'events' : record.kind === 'facility' ? 'facilities' : 'projects'}/${encodeURIComponent(record.id)}`}>{record.title}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}

function MapLegend({ markers }: { markers: readonly Marker[] }) {
  const categories = [...new Map(markers.map((m) => [`${m.kind}:${m.category}`, m])).values()];
  if (!categories.length) return null;
  const symbol = (kind: MarkerKind) => kinds.find((k) => k.kind === kind)?.shape;
  return (
    <ul className="legend map-legend" aria-label="Legend">
      {categories.map((m) => (
        <li key={`${m.kind}:${m.category}`}>
          <span style={{ color: colourOf(m.category) }} aria-hidden="true">
            {symbol(m.kind)}
          </span>{' '}
          {label(m.category)}
        </li>
      ))}
      <li className="muted">Size: fatalities (events), capacity (projects)</li>
    </ul>
  );
}
