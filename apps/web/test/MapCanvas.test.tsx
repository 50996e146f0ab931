import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { shapeOf } from '../src/views/map/borders';
import { MapCanvas } from '../src/views/map/MapCanvas';
import { buildMarkers } from '../src/views/map/markers';
import { battle } from './fixtures';

describe('the offline map', () => {
  it('finds Tajikistan in the bundled Natural Earth borders by its ISO numeric code', () => {
    expect(shapeOf('762')?.properties.name).toBe('Tajikistan');
  });

  it('places a project without a site at its host country, and lists an event without a place as unplaced', () => {
    const { markers, unplaced } = buildMarkers(
      [{ ...battle, place: null }],
      [],
      [{ id: 'p', name: 'Programme', status: 'ANNOUNCED' as const, capacityMw: 500, place: null, countries: [{ role: 'HOST' as const, country: { code: 'TJK', isoNumeric: '762', name: 'Tajikistan' } }] }],
    );
    expect(unplaced.map((u) => u.id)).toEqual([battle.id]);
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ kind: 'project', approximate: true });
  });

  it('opens a marker with a click or with the keyboard', async () => {
    const { markers } = buildMarkers([battle], [], []);
    const onSelect = vi.fn();
    render(<MapCanvas markers={markers} focus={shapeOf('762')} selected={undefined} onSelect={onSelect} />);
    const marker = screen.getByRole('button', { name: /Tajik forces kill three/ });
    await userEvent.click(marker);
    marker.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(onSelect.mock.calls[0]?.[0]).toMatchObject({ id: battle.id });
  });
});
