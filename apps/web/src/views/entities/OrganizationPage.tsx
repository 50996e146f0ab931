import { useQuery } from '@apollo/client/react';
import { CountryLink, LinkList, PersonLink } from '../../components/EntityLinks';
import { Facts } from '../../components/Heading';
import { graphql } from '../../generated';
import { label } from '../../lib/format';
import { AboutSection, EntityArticle, EntityShell } from './EntityShell';
import { InvolvingSections, involvingAnswers } from './InvolvingSections';

const OrganizationPageQuery = graphql(`
  query OrganizationPage($id: ID!, $who: InvolvedEntity!) {
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
    ...InvolvingRecords
  }
`);

export function OrganizationPage({ id }: { id: string }) {
  const who = { organization: id };
  const { data, loading, error } = useQuery(OrganizationPageQuery, { variables: { id, who }, fetchPolicy: 'no-cache' });
  // What only each subgraph answers: null there, with an error, means it did not answer.
  const answers = { reference: [data?.reference], ...involvingAnswers(data) };
  return (
    <EntityShell what="organisation" id={id} data={data} loading={loading} error={error} answers={answers}>
      {(page, failed) => (
        <EntityArticle eyebrow={`Organisation${page.reference ? `: ${label(page.reference.kind).toLowerCase()}` : ''}`} name={page.reference?.name}>
          <AboutSection citations={page.reference?.citations} failed={failed}>
            <Facts
              rows={[
                ['Country', page.reference?.country ? <CountryLink country={page.reference.country} /> : null],
                ['Also known as', page.reference?.aliases.join(', ')],
                ['People', page.people?.nodes.length ? <LinkList items={page.people.nodes} render={(person) => <PersonLink person={person} />} /> : null],
                ['From general knowledge', page.reference?.outsideKnowledge],
              ]}
            />
          </AboutSection>
          <InvolvingSections data={page} who={who} name={page.reference?.name ?? id} failed={failed} />
        </EntityArticle>
      )}
    </EntityShell>
  );
}
