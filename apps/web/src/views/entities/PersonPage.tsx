import { useQuery } from '@apollo/client/react';
import { CountryLink, OrganizationLink } from '../../components/EntityLinks';
import { graphql } from '../../generated';
import { formatDate } from '../../lib/format';
import { AboutSection, EntityArticle, EntityShell, SubgraphSection } from './EntityShell';
import { AgreementList, EngagementList, EventList, ProjectList } from './RecordLists';

// Security and energy do not extend Person; they reach a person through the organisations and
// countries in which the person held a role.
const PersonPageQuery = graphql(`
  query PersonPage($id: ID!, $who: InvolvedEntity!) {
    reference: person(id: $id) {
      id
      name
      aliases
      outsideKnowledge
      roles {
        title
        from
        to
        organization {
          id
          name
        }
        country {
          code
          name
        }
      }
      citations {
        ...CitationFields
      }
    }
    involvedEngagements: engagements(filter: { involving: $who }, first: 20) {
      totalCount
      nodes {
        ...EngagementRow
        involvement(of: $who) {
          ...InvolvementFields
        }
      }
    }
    involvedAgreements: agreements(filter: { involving: $who }, first: 20) {
      totalCount
      nodes {
        ...AgreementRow
        involvement(of: $who) {
          ...InvolvementFields
        }
      }
    }
    security: person(id: $id) {
      roles {
        organization {
          id
          name
          securityEvents(first: 5) {
            totalCount
            nodes {
              ...EventRow
            }
          }
        }
        country {
          code
          name
          securityEvents(first: 5) {
            totalCount
            nodes {
              ...EventRow
            }
          }
        }
      }
    }
    energy: person(id: $id) {
      roles {
        organization {
          id
          name
          energyProjects(first: 5) {
            totalCount
            nodes {
              ...ProjectRow
            }
          }
        }
        country {
          code
          name
          energyProjects(first: 5) {
            totalCount
            nodes {
              ...ProjectRow
            }
          }
        }
      }
    }
  }
`);

/** The organisations and countries a person held roles in, each once, with a page to link to. */
function roleTargets<Org extends { id: string; name: string }, Country extends { code: string; name: string }>(
  roles: readonly { organization: Org | null; country: Country | null }[] | undefined,
): { key: string; name: string; href: string; via: 'organization' | 'country'; record: Org | Country }[] {
  const seen = new Map<string, { key: string; name: string; href: string; via: 'organization' | 'country'; record: Org | Country }>();
  for (const role of roles ?? []) {
    if (role.organization) {
      const key = `org:${role.organization.id}`;
      seen.set(key, { key, name: role.organization.name, href: `/organizations/${encodeURIComponent(role.organization.id)}`, via: 'organization', record: role.organization });
    } else if (role.country) {
      const key = `country:${role.country.code}`;
      seen.set(key, { key, name: role.country.name, href: `/countries/${role.country.code}`, via: 'country', record: role.country });
    }
  }
  return [...seen.values()];
}

export function PersonPage({ id }: { id: string }) {
  const who = { person: id };
  const { data, loading, error } = useQuery(PersonPageQuery, { variables: { id, who }, fetchPolicy: 'no-cache' });
  // What only each subgraph answers: null there, with an error, means it did not answer.
  const answers = {
    reference: [data?.reference],
    security: [data?.security, ...roleTargets(data?.security?.roles).map(({ record }) => record.securityEvents)],
    diplomacy: [data?.involvedEngagements, data?.involvedAgreements],
    energy: [data?.energy, ...roleTargets(data?.energy?.roles).map(({ record }) => record.energyProjects)],
  };
  return (
    <EntityShell what="person" id={id} data={data} loading={loading} error={error} answers={answers}>
      {({ reference, involvedEngagements, involvedAgreements, security, energy }, failed) => (
        <EntityArticle eyebrow="Person" name={reference?.name}>
          <AboutSection title="Roles" citations={reference?.citations} failed={failed}>
            {reference?.roles.length ? (
              <ul className="roles">
                {reference.roles.map((role, i) => (
                  <li key={i}>
                    {role.title}
                    {role.organization ? <>, <OrganizationLink organization={role.organization} /></> : null}
                    {role.country ? <> (<CountryLink country={role.country} />)</> : null}
                    {role.from || role.to ? <span className="muted small"> {role.from ? `from ${formatDate(role.from)}` : ''}{role.to ? ` to ${formatDate(role.to)}` : ''}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="empty">No roles recorded.</p>
            )}
            {reference?.aliases.length ? <p>Also known as {reference.aliases.join(', ')}.</p> : null}
            {reference?.outsideKnowledge ? <p className="muted">From general knowledge: {reference.outsideKnowledge}</p> : null}
          </AboutSection>
          <SubgraphSection part="diplomacy" title="Diplomacy" failed={failed}>
            <EngagementList of={involvedEngagements} involved={reference?.name ?? id} />
            <AgreementList title="Agreements signed or witnessed" of={involvedAgreements} involved={reference?.name ?? id} />
          </SubgraphSection>
          <SubgraphSection part="security" title="Security, where they held office" failed={failed}>
            {roleTargets(security?.roles).map(({ key, name, href, via, record }) => (
              <EventList
                key={key}
                title={via === 'organization' ? `Events involving ${name}` : `Security events in ${name}`}
                of={record.securityEvents}
                more={{ href, label: `More on ${name}` }}
              />
            ))}
            {roleTargets(security?.roles).length === 0 ? <p className="empty">No roles recorded for this person.</p> : null}
          </SubgraphSection>
          <SubgraphSection part="energy" title="Energy, where they held office" failed={failed}>
            {roleTargets(energy?.roles).map(({ key, name, href, via, record }) => (
              <ProjectList
                key={key}
                title={via === 'organization' ? `Projects of ${name}` : `Energy projects in ${name}`}
                of={record.energyProjects}
                more={{ href, label: `More on ${name}` }}
              />
            ))}
            {roleTargets(energy?.roles).length === 0 ? <p className="empty">No roles recorded for this person.</p> : null}
          </SubgraphSection>
        </EntityArticle>
      )}
    </EntityShell>
  );
}
