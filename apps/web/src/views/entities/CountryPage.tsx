import { useQuery } from '@apollo/client/react';
import { Citations } from '../../components/Citations';
import { Facts } from '../../components/Heading';
import { graphql } from '../../generated';
import { formatMw, label } from '../../lib/format';
import { EntityShell, SubgraphSection } from './EntityShell';
import { AgreementList, EngagementList, EventList, FacilityList, ProjectList } from './RecordLists';

// One request, four subgraphs: each alias of `country` is answered by the subgraph that owns it.
const CountryPageQuery = graphql(`
  query CountryPage($code: ID!) {
    reference: country(code: $code) {
      code
      name
      isoNumeric
      aliases
      outsideKnowledge
      citations {
        ...CitationFields
      }
    }
    security: country(code: $code) {
      securityEvents(first: 10) {
        totalCount
        nodes {
          ...EventRow
        }
      }
      militaryFacilities(first: 10) {
        totalCount
        nodes {
          ...FacilityRow
        }
      }
    }
    diplomacy: country(code: $code) {
      agreements(first: 10) {
        totalCount
        nodes {
          ...AgreementRow
        }
      }
      engagements(first: 10) {
        totalCount
        nodes {
          ...EngagementRow
        }
      }
    }
    energy: country(code: $code) {
      energyProjects(first: 10) {
        totalCount
        nodes {
          ...ProjectRow
        }
      }
      energyTargets {
        id
        capacityMw
        byYear
        technologies
      }
    }
  }
`);

export function CountryPage({ code }: { code: string }) {
  const { data, loading, error } = useQuery(CountryPageQuery, { variables: { code }, fetchPolicy: 'no-cache' });
  // What only each subgraph answers: null there, with an error, means it did not answer.
  const answers = {
    reference: [data?.reference],
    security: [data?.security?.securityEvents, data?.security?.militaryFacilities],
    diplomacy: [data?.diplomacy?.agreements, data?.diplomacy?.engagements],
    energy: [data?.energy?.energyProjects, data?.energy?.energyTargets],
  };
  return (
    <EntityShell what="country" id={code} data={data} loading={loading} error={error} answers={answers}>
      {({ reference, security, diplomacy, energy }, failed) => (
        <article className="entity">
          <p className="eyebrow">Country</p>
          <h1>{reference?.name}</h1>
          <p className="federation-note">This page is one GraphQL request, answered together by the reference, security, diplomacy and energy subgraphs.</p>
          <SubgraphSection part="reference" title="About" failed={failed}>
            <Facts
              rows={[
                ['ISO codes', `${reference?.code} / ${reference?.isoNumeric}`],
                ['Also known as', reference?.aliases.join(', ')],
                ['From general knowledge', reference?.outsideKnowledge],
              ]}
            />
            {reference ? <Citations citations={reference.citations} /> : null}
          </SubgraphSection>
          <SubgraphSection part="security" title="Security" failed={failed}>
            <EventList items={security?.securityEvents?.nodes ?? []} total={security?.securityEvents?.totalCount} more={{ href: `/security?country=${code}`, label: 'All security events' }} />
            <FacilityList items={security?.militaryFacilities?.nodes ?? []} total={security?.militaryFacilities?.totalCount} />
          </SubgraphSection>
          <SubgraphSection part="diplomacy" title="Diplomacy" failed={failed}>
            <AgreementList items={diplomacy?.agreements?.nodes ?? []} total={diplomacy?.agreements?.totalCount} more={{ href: `/diplomacy?country=${code}`, label: 'All agreements' }} />
            <EngagementList items={diplomacy?.engagements?.nodes ?? []} total={diplomacy?.engagements?.totalCount} more={{ href: `/diplomacy?country=${code}`, label: 'All engagements' }} />
          </SubgraphSection>
          <SubgraphSection part="energy" title="Energy" failed={failed}>
            <ProjectList items={energy?.energyProjects?.nodes ?? []} total={energy?.energyProjects?.totalCount} more={{ href: `/energy?country=${code}`, label: 'All energy projects' }} />
            {energy?.energyTargets?.length ? (
              <div className="record-list">
                <h3>National targets</h3>
                <ul>
                  {energy.energyTargets.map((target) => (
                    <li key={target.id}>
                      {formatMw(target.capacityMw)} of {target.technologies.map(label).join(' and ') || 'any technology'}
                      {target.byYear ? ` by ${target.byYear}` : ''}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </SubgraphSection>
        </article>
      )}
    </EntityShell>
  );
}
