import type { ReactNode } from 'react';
import { Link } from '../router';

// Links to the entity pages; every name in the client leads to everything the graph knows about it.

export function CountryLink({ country }: { country: { code: string; name: string } | null | undefined }) {
  if (!country) return <span className="muted">—</span>;
  return <Link href={`/countries/${country.code}`}>{country.name}</Link>;
}

export function PlaceLink({ place }: { place: { id: string; name: string } | null | undefined }) {
  if (!place) return <span className="muted">no place given</span>;
  return <Link href={`/places/${encodeURIComponent(place.id)}`}>{place.name}</Link>;
}

export function OrganizationLink({ organization }: { organization: { id: string; name: string } | null | undefined }) {
  if (!organization) return <span className="muted">—</span>;
  return <Link href={`/organizations/${encodeURIComponent(organization.id)}`}>{organization.name}</Link>;
}

export function PersonLink({ person }: { person: { id: string; name: string } | null | undefined }) {
  if (!person) return <span className="muted">—</span>;
  return <Link href={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link>;
}

/** A comma-separated list of links, or a dash. */
export function LinkList<T>({ items, render }: { items: readonly T[]; render: (item: T) => ReactNode }) {
  if (!items.length) return <span className="muted">—</span>;
  return (
    <>
      {items.map((item, i) => (
        <span key={i}>
          {i > 0 ? ', ' : ''}
          {render(item)}
        </span>
      ))}
    </>
  );
}
