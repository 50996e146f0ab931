import { useQuery } from '@apollo/client/react';
import { Facts } from '../../components/Heading';
import { graphql } from '../../generated';
import { formatMw, label } from '../../lib/format';
import { AboutSection, EntityArticle, EntityShell, SubgraphSection, countryAnswers } from './EntityShell';
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
  return (
    <EntityShell what="country" id={code} data={data} loading={loading} error={error} answers={countryAnswers(data)}>
      {({ reference, security, diplomacy, energy }, failed) => (
        <EntityArticle eyebrow="Country" name={reference?.name}>
          <AboutSection citations={reference?.citations} failed={failed}>
            <Facts
              rows={[
                ['ISO codes', `${reference?.code} / ${reference?.isoNumeric}`],
                ['Also known as', reference?.aliases.join(', ')],
                ['From general knowledge', reference?.outsideKnowledge],
              ]}
            />
          </AboutSection>
          <SubgraphSection part="security" title="Security" failed={failed}>
            <EventList of={security?.securityEvents} more={{ href: `/security?country=${code}`, label: 'All security events' }} />
            <FacilityList of={security?.militaryFacilities} />
          </SubgraphSection>
          <SubgraphSection part="diplomacy" title="Diplomacy" failed={failed}>
            <AgreementList of={diplomacy?.agreements} more={{ href: `/diplomacy?country=${code}`, label: 'All agreements' }} />
            <EngagementList of={diplomacy?.engagements} more={{ href: `/diplomacy?country=${code}`, label: 'All engagements' }} />
          </SubgraphSection>
          <SubgraphSection part="energy" title="Energy" failed={failed}>
            <ProjectList of={energy?.energyProjects} more={{ href: `/energy?country=${code}`, label: 'All energy projects' }} />
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
        </EntityArticle>
      )}
    </EntityShell>
  );
}
