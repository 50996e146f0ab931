import { useQuery } from '@apollo/client/react';
import { CountrySelect } from '../../components/CountrySelect';
import { Field } from '../../components/Field';
import { MissingSection, PartialNotice } from '../../components/PartialNotice';
import { ErrorNotice, Loading } from '../../components/QueryState';
import { failedParts, fieldErrors, onlyFieldErrors } from '../../lib/errors';
import { DateRangeFields, useFilterParams } from '../../components/Filters';
import { Link } from '../../router';
import { countryAnswers } from '../entities/EntityShell';
import { OverviewQuery } from './queries';
import { Timeline } from './Timeline';
import { domainLabels, domains, timelineItems, type Domain } from './timelineItems';

export function OverviewView() {
  const filters = useFilterParams();
  const { params, value, setParams } = filters;
  const code = params.get('country') ?? 'TJK';
  const from = value('from');
  const to = value('to');
  const shown = new Set((params.get('domains') ?? domains.join(',')).split(',').filter(Boolean) as Domain[]);
  const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };

  const { data, loading, error } = useQuery(OverviewQuery, {
    variables: { code, filter: range, agreementFilter: range, engagementFilter: range },
    // Aliases of one field share a cache entry; a null in one would hide the others.
    fetchPolicy: 'no-cache',
  });
  const errorsByField = fieldErrors(error);
  const failed = onlyFieldErrors(error) ? [] : failedParts(error, countryAnswers(data));
  const countryName = data?.reference?.name ?? code;
  const items = timelineItems(data, range).filter((item) => shown.has(item.domain));

  const toggleDomain = (domain: Domain) => {
    const next = domains.filter((d) => (d === domain ? !shown.has(d) : shown.has(d)));
    setParams({ domains: next.length === domains.length ? undefined : next.join(',') || 'none' });
  };

  return (
    <>
      <h1>Overview: {countryName}</h1>
      <form className="filters" aria-label="Overview filters" onSubmit={(event) => event.preventDefault()}>
        <Field label="Country">
          <CountrySelect value={code} onChange={(value) => setParams({ country: value })} />
        </Field>
        <DateRangeFields filter={filters} errors={errorsByField} />
        <fieldset className="checkboxes">
          <legend>Domains on the timeline</legend>
          {domains.map((domain) => (
            <label key={domain}>
              <input type="checkbox" checked={shown.has(domain)} onChange={() => toggleDomain(domain)} /> {domainLabels[domain]}
            </label>
          ))}
        </fieldset>
      </form>

      {loading && !data ? <Loading what={`the overview of ${countryName}`} /> : null}
      {error && !data ? <ErrorNotice error={error} what="the overview" /> : null}
      {data && data.reference === null && !error ? <p className="empty">The graph has no country with code {code}.</p> : null}
      <PartialNotice failed={failed.filter((part) => part !== 'reference' || !data)} error={error} />

      {data?.reference || data?.security || data?.diplomacy || data?.energy ? (
        <>
          <section aria-labelledby="counts-heading">
            <h2 id="counts-heading">At a glance</h2>
            <ul className="counts">
              <Count part="security" failed={failed} value={data.security?.securityEvents?.totalCount} what="Security events" note={from || to ? 'in the date range' : undefined} href={`/security?country=${code}`} />
              <Count part="security" failed={failed} value={data.security?.militaryFacilities?.totalCount} what="Military facilities" href={`/map?country=${code}`} />
              <Count part="diplomacy" failed={failed} value={data.diplomacy?.agreements?.totalCount} what="Agreements" note={from || to ? 'signed in the date range' : undefined} href={`/diplomacy?country=${code}`} />
              <Count part="diplomacy" failed={failed} value={data.diplomacy?.engagements?.totalCount} what="Engagements" note={from || to ? 'in the date range' : undefined} href={`/diplomacy?country=${code}`} />
              <Count part="energy" failed={failed} value={data.energy?.energyProjects?.totalCount} what="Energy projects" href={`/energy?country=${code}`} />
              <Count part="energy" failed={failed} value={data.energy?.energyTargets?.length} what="Energy targets" href={`/energy?country=${code}`} />
            </ul>
            <p>
              <Link href={`/countries/${code}`}>Everything the graph knows about {countryName}</Link>
            </p>
          </section>
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            {failed.filter((part) => part !== 'reference').map((part) => (
              <MissingSection key={part} part={part} />
            ))}
            <Timeline items={items} />
          </section>
        </>
      ) : null}
    </>
  );
}

function Count({
  part,
  failed,
  value,
  what,
  note,
  href,
}: {
  part: 'security' | 'diplomacy' | 'energy';
  failed: readonly string[];
  value: number | undefined;
  what: string;
  note?: string | undefined;
  href: string;
}) {
  return (
    <li className="count-card">
      <Link href={href}>
        {failed.includes(part) ? <span className="count-value missing">not loaded</span> : <span className="count-value">{value ?? '—'}</span>}
        <span className="count-label">
          {what}
          {note ? <span className="muted"> {note}</span> : null}
        </span>
      </Link>
    </li>
  );
}
