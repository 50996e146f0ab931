import { useQuery } from '@apollo/client/react';
import { CountryLink, LinkList, OrganizationLink, PlaceLink } from '../../components/EntityLinks';
import { graphql } from '../../generated';
import { Claims } from '../../components/Claims';
import { formatDate, formatUsd, label } from '../../lib/format';
import { RecordArticle, RecordShell, type RecordProps } from './RecordShell';

const FacilityRecordQuery = graphql(`
  query FacilityRecord($id: ID!) {
    militaryFacility(id: $id) {
      ...FacilityRow
      aliases
      summary
      hostCountry {
        code
        name
      }
      place {
        id
        name
      }
      operators {
        id
        name
      }
      financiers {
        id
        name
      }
      established
      establishedPrecision
      costUsd
      claims {
        ...ClaimFields
      }
      reportedCosts {
        amountUsd
        citation {
          ...CitationFields
        }
      }
    }
  }
`);

export function FacilityRecord({ id, level = 1 }: RecordProps) {
  const { data, loading, error } = useQuery(FacilityRecordQuery, { variables: { id } });
  return (
    <RecordShell what="military facility" id={id} loading={loading} error={error} record={data?.militaryFacility}>
      {(facility) => (
        <RecordArticle
          eyebrow="Military facility"
          title={facility.name}
          level={level}
          summary={facility.summary}
          citations={facility.citations}
          facts={[
            ['Kind', label(facility.kind)],
            ['Status', label(facility.status)],
            ['Where', <><PlaceLink place={facility.place} />, <CountryLink country={facility.hostCountry} /></>],
            ['Operators', <LinkList items={facility.operators} render={(o) => <OrganizationLink organization={o} />} />],
            ['Financiers', <LinkList items={facility.financiers} render={(o) => <OrganizationLink organization={o} />} />],
            ['Established', facility.established ? formatDate(facility.established, facility.establishedPrecision) : null],
            ['Cost', facility.costUsd !== null ? formatUsd(facility.costUsd) : null],
            ['Also known as', facility.aliases.join(', ')],
          ]}
        >
          {/* the claims hold the reported costs too, beside the other fields sources differ on */}
          {facility.claims.length ? (
            <Claims claims={facility.claims} />
          ) : facility.reportedCosts.length > 1 ? (
            <section>
              <h3>Reported costs (sources differ)</h3>
              <ul>
                {facility.reportedCosts.map((cost, i) => (
                  <li key={i}>
                    {formatUsd(cost.amountUsd)}: {cost.citation.source.publisher}, “{cost.citation.quote}”
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </RecordArticle>
      )}
    </RecordShell>
  );
}
