import { useQuery } from '@apollo/client/react';
import { CountryLink, LinkList, PersonLink } from '../../components/EntityLinks';
import { Facts } from '../../components/Heading';
import { graphql } from '../../generated';
import { label } from '../../lib/format';
import { AboutSection, EntityArticle, EntityShell, SubgraphSection } from './EntityShell';
import { AgreementList, EngagementList, EventList, FacilityList, ProjectList } from './RecordLists';

const OrganizationPageQuery = graphql(`
  query OrganizationPage($id: ID!) {
    reference: organization(id: $id) {
      id
      name
      kind
      aliases
      outsideKnowledge
      country {
        code
        name
      }
      citations {
        ...CitationFields
      }
    }
    people(filter: { organizations: [$id] }, first: 50) {
      nodes {
        id
        name
      }
    }
    security: organization(id: $id) {
      securityEvents(first: 20) {
        totalCount
        nodes {
          ...EventRow
        }
      }
      militaryFacilities(first: 20) {
        totalCount
        nodes {
          ...FacilityRow
        }
      }
    }
    diplomacy: organization(id: $id) {
      agreements(first: 20) {
        totalCount
        nodes {
          ...AgreementRow
        }
      }
      engagements(first: 20) {
        totalCount
        nodes {
          ...EngagementRow
        }
      }
    }
    energy: organization(id: $id) {
      energyProjects(first: 20) {
        totalCount
        nodes {
          ...ProjectRow
        }
      }
    }
  }
`);

export function OrganizationPage({ id }: { id: string }) {
  const { data, loading, error } = useQuery(OrganizationPageQuery, { variables: { id }, fetchPolicy: 'no-cache' });
  // What only each subgraph answers: null there, with an error, means it did not answer.
  const answers = {
    reference: [data?.reference],
    security: [data?.security?.securityEvents, data?.security?.militaryFacilities],
    diplomacy: [data?.diplomacy?.agreements, data?.diplomacy?.engagements],
    energy: [data?.energy?.energyProjects],
  };
  return (
    <EntityShell what="organisation" id={id} data={data} loading={loading} error={error} answers={answers}>
      {({ reference, people, security, diplomacy, energy }, failed) => (
        <EntityArticle eyebrow={`Organisation${reference ? `: ${label(reference.kind).toLowerCase()}` : ''}`} name={reference?.name}>
          <AboutSection citations={reference?.citations} failed={failed}>
            <Facts
              rows={[
                ['Country', reference?.country ? <CountryLink country={reference.country} /> : null],
                ['Also known as', reference?.aliases.join(', ')],
                ['People', people?.nodes.length ? <LinkList items={people.nodes} render={(person) => <PersonLink person={person} />} /> : null],
                ['From general knowledge', reference?.outsideKnowledge],
              ]}
            />
          </AboutSection>
          <SubgraphSection part="security" title="Security" failed={failed}>
            <EventList of={security?.securityEvents} more={{ href: `/security?actor=${encodeURIComponent(id)}`, label: 'All security events involving it' }} />
            <FacilityList of={security?.militaryFacilities} />
          </SubgraphSection>
          <SubgraphSection part="diplomacy" title="Diplomacy" failed={failed}>
            <AgreementList of={diplomacy?.agreements} more={{ href: `/diplomacy?organization=${encodeURIComponent(id)}`, label: 'All its agreements' }} />
            <EngagementList of={diplomacy?.engagements} more={{ href: `/diplomacy?organization=${encodeURIComponent(id)}`, label: 'All its engagements' }} />
          </SubgraphSection>
          <SubgraphSection part="energy" title="Energy" failed={failed}>
            <ProjectList of={energy?.energyProjects} more={{ href: `/energy?stakeholder=${encodeURIComponent(id)}`, label: 'All its energy projects' }} />
          </SubgraphSection>
        </EntityArticle>
      )}
    </EntityShell>
  );
}
