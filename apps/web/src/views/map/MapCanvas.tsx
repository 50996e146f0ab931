import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { useMemo, type KeyboardEvent } from 'react';
import { useElementWidth } from './useElementWidth';
import { colourOf } from '../../lib/colours';
import { label } from '../../lib/format';
import { countryShapes, type CountryShape } from './borders';
import type { Marker } from './markers';

/**
 * The map itself: Natural Earth borders through a Mercator projection fitted to what matters
 * (the chosen country and the markers), and one focusable, clickable symbol per record.
 */
export function MapCanvas({
  markers,
  focus,
  selected,
  onSelect,
}: {
  markers: readonly Marker[];
  focus: CountryShape | undefined;
  selected: string | undefined;
  onSelect: (marker: Marker) => void;
}) {
  const shapes = countryShapes();
  // Drawn at the size it is shown, so markers stay finger-sized on a phone; taller than wide there.
  const [frame, width] = useElementWidth<HTMLDivElement>(960);
  const height = Math.round(Math.max(360, width * 0.625));
  const { path, project } = useMemo(() => {
    const points: GeoPermissibleObjects = {
      type: 'MultiPoint',
      coordinates: markers.map((m) => [m.longitude, m.latitude]),
    };
    const target: GeoPermissibleObjects = focus
      ? ({
          type: 'FeatureCollection',
          features: [
            focus,
            ...(markers.length ? [{ type: 'Feature', properties: {}, geometry: points }] : []),
          ],
        } as GeoPermissibleObjects)
      : markers.length
        ? points
        : { type: 'Sphere' };
    const projection = geoMercator().fitExtent(
      [
        [40, 40],
        [width - 40, height - 40],
      ],
      target,
    );
    // Zoom out a little so the neighbours show, and never so far in that one point fills the map.
    const [cx, cy] = projection.invert?.([width / 2, height / 2]) ?? [0, 0];
    projection
      .scale(Math.min(projection.scale() * 0.85, 6000))
      .center([cx, cy])
      .translate([width / 2, height / 2]);
    // Clipped to the frame, a neighbour's centroid is the middle of its visible part: where its label goes.
    projection.clipExtent([
      [0, 0],
      [width, height],
    ]);
    return {
      path: geoPath(projection),
      project: (m: Marker) => projection([m.longitude, m.latitude]) ?? [0, 0],
    };
  }, [markers, focus, width, height]);

  const placed = spreadOverlapping(markers.map((marker) => ({ marker, at: project(marker) })));
  const labels = shapes
    .map((shape, index) => ({ shape, index, at: path.centroid(shape), area: path.area(shape) }))
    .filter(
      ({ at, area }) => area > 1200 && at[0] > 20 && at[0] < width - 20 && at[1] > 20 && at[1] < height - 20,
    );

  const activate = (marker: Marker) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(marker);
    }
  };

  return (
    <div ref={frame} className="map-size">
      <svg
        className="map"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="group"
        aria-label="Map of records"
      >
        <rect width={width} height={height} className="map-sea" />
        <g className="map-countries" aria-hidden="true">
          {shapes.map((shape, i) => (
            <path
              key={i}
              d={path(shape) ?? undefined}
              className={shape === focus ? 'map-country focus' : 'map-country'}
            />
          ))}
        </g>
        <g className="map-markers">
          {placed.map(({ marker, at: [x, y] }) => (
            <g
              key={marker.key}
              className={`marker marker-${marker.kind}${marker.approximate ? ' approximate' : ''}${selected === marker.key ? ' selected' : ''}`}
              transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
              role="button"
              tabIndex={0}
              aria-label={`${label(marker.kind)}: ${marker.title} (${marker.detail})`}
              aria-pressed={selected === marker.key}
              data-marker={marker.key}
              onClick={() => onSelect(marker)}
              onKeyDown={activate(marker)}
            >
              <title>{`${marker.title}\n${marker.detail}${marker.approximate ? '\nShown at the country’s centre: no site given' : ''}`}</title>
              <MarkerSymbol marker={marker} />
            </g>
          ))}
        </g>
        <g className="map-labels" aria-hidden="true">
          {labels.map(({ shape, index, at }) => (
            <text
              key={index}
              x={at[0]}
              y={at[1]}
              className={shape === focus ? 'map-label focus' : 'map-label'}
            >
              {shape.properties.name}
            </text>
          ))}
        </g>
      </svg>
    </div>
  );
}

function MarkerSymbol({ marker }: { marker: Marker }) {
  const fill = colourOf(marker.category);
  const size = 7 + marker.weight * 9;
  if (marker.kind === 'facility')
    return <rect x={-7} y={-7} width={14} height={14} fill={fill} className="marker-shape" />;
  if (marker.kind === 'project') {
    return (
      <path
        d={`M0 ${-size - 2} L${size + 2} ${size} L${-size - 2} ${size} Z`}
        fill={fill}
        className="marker-shape"
      />
    );
  }
  return <circle r={size} fill={fill} className="marker-shape" />;
}

/** Records at the same spot (several events in one village) fan out in a small circle so each can be clicked. */
function spreadOverlapping<T extends { at: [number, number] }>(items: T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = `${Math.round(item.at[0] / 6)}:${Math.round(item.at[1] / 6)}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].flatMap((group) =>
    group.length === 1
      ? group
      : group.map((item, i) => {
          const angle = (2 * Math.PI * i) / group.length;
          const radius = 10 + group.length * 2;
          return {
            ...item,
            at: [item.at[0] + radius * Math.cos(angle), item.at[1] + radius * Math.sin(angle)] as [
              number,
              number,
            ],
          };
        }),
  );
}
