import type { InvolvementFieldsFragment } from '../generated/graphql';
import { label } from '../lib/format';

/** Who the role is played through, when not the entity itself: "through Armed Forces of China". */
function through(part: InvolvementFieldsFragment): string {
  const names = [part.organization?.name, part.person?.name].filter(Boolean);
  return names.length ? ` through ${names.join(', ')}` : '';
}

/** How the page's entity takes part in one record: each role, as the graph's `involvement(of:)` gives it. */
export function Roles({ involvement, of }: { involvement: readonly InvolvementFieldsFragment[]; of: string }) {
  if (!involvement.length) return null;
  return (
    <span className="roles-taken" aria-label={`How ${of} takes part`}>
      {involvement.map((part, i) => (
        <span key={i} className="role-badge">
          {label(part.role)}
          {through(part)}
        </span>
      ))}
    </span>
  );
}
