import { CountryLink, OrganizationLink, PersonLink } from '../../components/EntityLinks';

/** One party or participant: a country, an organisation acting for it, and the person who signed or came. */
export function PartyLabel({
  party,
}: {
  party: {
    country?: { code: string; name: string } | null;
    organization?: { id: string; name: string } | null;
    signatory?: { id: string; name: string } | null;
    person?: { id: string; name: string } | null;
  };
}) {
  const who = party.signatory ?? party.person;
  return (
    <>
      {party.organization ? <OrganizationLink organization={party.organization} /> : null}
      {party.organization && party.country ? ' (' : null}
      {party.country ? <CountryLink country={party.country} /> : null}
      {party.organization && party.country ? ')' : null}
      {who ? (
        <>
          {party.organization || party.country ? ': ' : null}
          <PersonLink person={who} />
        </>
      ) : null}
    </>
  );
}
