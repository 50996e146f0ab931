import { useQuery } from '@apollo/client/react';
import { CountryLink } from '../../components/EntityLinks';
import { Facts } from '../../components/Heading';
import { graphql } from '../../generated';
import { label } from '../../lib/format';
import { Link } from '../../router';
import { AboutSection, EntityArticle, EntityShell, SubgraphSection } from './EntityShell';
import { AgreementList, EngagementList, EventList, FacilityList, ProjectList } from './RecordLists';

// A place is extended by security only; diplomacy and energy records name their place, so the page
// asks for the place's country's records and keeps those held or sited here.
const PlacePageQuery = graphql(`
  query PlacePage($id: ID!) {
    reference: place(id: $id) {
      id
      name
      kind
      aliases
      admin1
      admin2
      location {
        latitude
        longitude
      }
      precision
      outsideKnowledge
      country {
        code
        name
      }
      citations {
        ...CitationFields
      }
    }
    security: place(id: $id) {
      securityEvents(first: 20) {
        totalCount
        nodes {
          ...EventRow
        }
      }
      country {
        code
        militaryFacilities(first: 100) {
          nodes {
            ...FacilityRow
            place {
              id
            }
          }
        }
      }
    }
    diplomacy: place(id: $id) {
      country {
        code
        agreements(first: 100) {
          nodes {
            ...AgreementRow
            place {
              id
            }
          }
        }
        engagements(first: 100) {
          nodes {
            ...EngagementRow
            place {
              id
            }
          }
        }
      }
    }
    energy: place(id: $id) {
      country {
        code
        energyProjects(first: 100) {
          nodes {
            ...ProjectRow
            place {
              id
            }
          }
        }
      }
    }
  }
`);

export function PlacePage({ id }: { id: string }) {
  const { data, loading, error } = useQuery(PlacePageQuery, { variables: { id }, fetchPolicy: 'no-cache' });
  const here = <T extends { place?: { id: string } | null }>(items: readonly T[] | undefined) => (items ?? []).filter((item) => item.place?.id === id);
  // What only each subgraph answers: null there, with an error, means it did not answer.
  const answers = {
    reference: [data?.reference],
    security: [data?.security?.securityEvents, data?.security?.country.militaryFacilities],
    diplomacy: [data?.diplomacy?.country.agreements, data?.diplomacy?.country.engagements],
    energy: [data?.energy?.country.energyProjects],
  };
  return (
    <EntityShell what="place" id={id} data={data} loading={loading} error={error} answers={answers}>
      {({ reference, security, diplomacy, energy }, failed) => (
        <EntityArticle eyebrow={`Place${reference ? `: ${label(reference.kind).toLowerCase()}` : ''}`} name={reference?.name}>
          <AboutSection citations={reference?.citations} failed={failed}>
            <Facts
              rows={[
                ['Country', <CountryLink country={reference?.country} />],
                ['Province', reference?.admin1],
                ['District', reference?.admin2],
                ['Location', reference?.location ? `${reference.location.latitude.toFixed(3)}°N, ${reference.location.longitude.toFixed(3)}°E (${label(reference.precision).toLowerCase()})` : 'not given'],
                ['Also known as', reference?.aliases.join(', ')],
                ['From general knowledge', reference?.outsideKnowledge],
              ]}
            />
            {reference?.location ? (
              <p>
                <Link href={`/map?country=${reference.country.code}`}>Show on the map</Link>
              </p>
            ) : null}
          </AboutSection>
          <SubgraphSection part="security" title="Security" failed={failed}>
            <EventList title="Security events here" of={security?.securityEvents} more={{ href: `/security?place=${encodeURIComponent(id)}`, label: 'All security events here' }} />
            <FacilityList title="Military facilities here" items={here(security?.country.militaryFacilities?.nodes)} />
          </SubgraphSection>
          <SubgraphSection part="diplomacy" title="Diplomacy" failed={failed}>
            <AgreementList title="Agreements signed here" items={here(diplomacy?.country.agreements?.nodes)} />
            <EngagementList title="Engagements held here" items={here(diplomacy?.country.engagements?.nodes)} />
          </SubgraphSection>
          <SubgraphSection part="energy" title="Energy" failed={failed}>
            <ProjectList title="Energy projects sited here" items={here(energy?.country.energyProjects?.nodes)} />
          </SubgraphSection>
        </EntityArticle>
      )}
    </EntityShell>
  );
}
