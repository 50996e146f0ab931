import { useQuery } from '@apollo/client/react';
import { Facts } from '../../components/Heading';
import { graphql } from '../../generated';
import { formatMw, label } from '../../lib/format';
import { AboutSection, EntityArticle, EntityShell } from './EntityShell';
import { InvolvingSections, involvingAnswers } from './InvolvingSections';

// One request, four subgraphs: each alias of `country` is answered by the subgraph that owns it, and
// the involving lists each by their own (InvolvingSections).
const CountryPageQuery = graphql(`
  query CountryPage($code: ID!, $who: InvolvedEntity!) {
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
    ...InvolvingRecords
    energy: country(code: $code) {
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
  const who = { country: code };
  const { data, loading, error } = useQuery(CountryPageQuery, { variables: { code, who }, fetchPolicy: 'no-cache' });
  const involving = involvingAnswers(data);
  const answers = { reference: [data?.reference], ...involving, energy: [...involving.energy, data?.energy?.energyTargets] };
  return (
    <EntityShell what="country" id={code} data={data} loading={loading} error={error} answers={answers}>
      {(page, failed) => (
        <EntityArticle eyebrow="Country" name={page.reference?.name}>
          <AboutSection citations={page.reference?.citations} failed={failed}>
            <Facts
              rows={[
                ['ISO codes', `${page.reference?.code} / ${page.reference?.isoNumeric}`],
                ['Also known as', page.reference?.aliases.join(', ')],
                ['From general knowledge', page.reference?.outsideKnowledge],
              ]}
            />
          </AboutSection>
          <InvolvingSections
            data={page}
            who={who}
            name={page.reference?.name ?? code}
            failed={failed}
            energyExtra={
              page.energy?.energyTargets?.length ? (
                <div className="record-list">
                  <h3>National targets</h3>
                  <ul>
                    {page.energy.energyTargets.map((target) => (
                      <li key={target.id}>
                        {formatMw(target.capacityMw)} of {target.technologies.map(label).join(' and ') || 'any technology'}
                        {target.byYear ? ` by ${target.byYear}` : ''}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null
            }
          />
        </EntityArticle>
      )}
    </EntityShell>
  );
}
