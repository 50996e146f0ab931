import { useQuery } from '@apollo/client/react';
import { Citations } from '../../components/Citations';
import { CountryLink, LinkList, PersonLink } from '../../components/EntityLinks';
import { Facts } from '../../components/Heading';
import { graphql } from '../../generated';
import { label } from '../../lib/format';
import { EntityShell, SubgraphSection } from './EntityShell';
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
        <article className="entity">
          <p className="eyebrow">Organisation{reference ? `: ${label(reference.kind).toLowerCase()}` : ''}</p>
          <h1>{reference?.name}</h1>
          <p className="federation-note">This page is one GraphQL request, answered together by the reference, security, diplomacy and energy subgraphs.</p>
          <SubgraphSection part="reference" title="About" failed={failed}>
            <Facts
              rows={[
                ['Country', reference?.country ? <CountryLink country={reference.country} /> : null],
                ['Also known as', reference?.aliases.join(', ')],
                ['People', people?.nodes.length ? <LinkList items={people.nodes} render={(person) => <PersonLink person={person} />} /> : null],
                ['From general knowledge', reference?.outsideKnowledge],
              ]}
            />
            {reference ? <Citations citations={reference.citations} /> : null}
          </SubgraphSection>
          <SubgraphSection part="security" title="Security" failed={failed}>
            <EventList items={security?.securityEvents?.nodes ?? []} total={security?.securityEvents?.totalCount} more={{ href: `/security?actor=${encodeURIComponent(id)}`, label: 'All security events involving it' }} />
            <FacilityList items={security?.militaryFacilities?.nodes ?? []} total={security?.militaryFacilities?.totalCount} />
          </SubgraphSection>
          <SubgraphSection part="diplomacy" title="Diplomacy" failed={failed}>
            <AgreementList items={diplomacy?.agreements?.nodes ?? []} total={diplomacy?.agreements?.totalCount} more={{ href: `/diplomacy?organization=${encodeURIComponent(id)}`, label: 'All its agreements' }} />
            <EngagementList items={diplomacy?.engagements?.nodes ?? []} total={diplomacy?.engagements?.totalCount} more={{ href: `/diplomacy?organization=${encodeURIComponent(id)}`, label: 'All its engagements' }} />
          </SubgraphSection>
          <SubgraphSection part="energy" title="Energy" failed={failed}>
            <ProjectList items={energy?.energyProjects?.nodes ?? []} total={energy?.energyProjects?.totalCount} more={{ href: `/energy?stakeholder=${encodeURIComponent(id)}`, label: 'All its energy projects' }} />
          </SubgraphSection>
        </article>
      )}
    </EntityShell>
  );
}
