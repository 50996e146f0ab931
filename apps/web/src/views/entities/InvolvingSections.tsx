import type { ReactNode } from 'react';
import everythingInvolving from '../../../queries/17-everything-involving-china.graphql?raw';
import type { Part } from '../../components/PartialNotice';
import { graphql } from '../../generated';
import type { InvolvedEntity, InvolvingRecordsFragment } from '../../generated/graphql';
import { linkSearch } from '../../graphiql/link';
import { SubgraphSection } from './EntityShell';
import { AgreementList, EngagementList, EventList, FacilityList, ProjectList } from './RecordLists';

// Everything a country or organisation takes part in, in any role, through the lists' `involving`
// filter: a country's page lists the events its forces acted in, not only those on its soil. Each
// list is answered by one subgraph, so a subgraph that is down empties only its own section.

export const InvolvingRecords = graphql(`
  fragment InvolvingRecords on Query {
    involvedEvents: securityEvents(filter: { involving: $who }, first: 10) {
      totalCount
      nodes {
        ...EventRow
        involvement(of: $who) {
          ...InvolvementFields
        }
      }
    }
    involvedFacilities: militaryFacilities(filter: { involving: $who }, first: 10) {
      totalCount
      nodes {
        ...FacilityRow
        involvement(of: $who) {
          ...InvolvementFields
        }
      }
    }
    involvedAgreements: agreements(filter: { involving: $who }, first: 10) {
      totalCount
      nodes {
        ...AgreementRow
        involvement(of: $who) {
          ...InvolvementFields
        }
      }
    }
    involvedEngagements: engagements(filter: { involving: $who }, first: 10) {
      totalCount
      nodes {
        ...EngagementRow
        involvement(of: $who) {
          ...InvolvementFields
        }
      }
    }
    involvedProjects: energyProjects(filter: { involving: $who }, first: 10) {
      totalCount
      nodes {
        ...ProjectRow
        involvement(of: $who) {
          ...InvolvementFields
        }
      }
    }
  }
`);

/** What only each subgraph answers of the involving lists (see lib/errors.ts failedParts). */
export function involvingAnswers(data: Partial<InvolvingRecordsFragment> | undefined) {
  return {
    security: [data?.involvedEvents, data?.involvedFacilities],
    diplomacy: [data?.involvedAgreements, data?.involvedEngagements],
    energy: [data?.involvedProjects],
  };
}

/** The IDE, open on the example "everything involving …, by date" and asking it of `who`. */
export function everythingInvolvingLink(who: InvolvedEntity): string {
  return `/graphiql${linkSearch({ query: everythingInvolving, variables: JSON.stringify({ who }, null, 2), operationName: 'EverythingInvolving' })}`;
}

/** The security, diplomacy and energy sections of an entity page: each record with the roles `name` plays. */
export function InvolvingSections({
  data,
  who,
  name,
  failed,
  energyExtra,
}: {
  data: Partial<InvolvingRecordsFragment>;
  who: InvolvedEntity;
  name: string;
  failed: readonly Part[];
  /** More of the energy section, after the projects (a country's targets). */
  energyExtra?: ReactNode;
}) {
  // Past the first ten of a kind, the rest are one click away in the IDE, with every kind by date.
  const more = { href: everythingInvolvingLink(who), label: `Everything involving ${name}, in the IDE` };
  return (
    <>
      <p className="involving-ide">
        <a href={more.href}>Everything involving {name}, by date, in the IDE</a>
      </p>
      <SubgraphSection part="security" title="Security" failed={failed}>
        <EventList
          title={`Security events involving ${name}`}
          of={data.involvedEvents}
          involved={name}
          more={more}
        />
        <FacilityList title={`Military facilities involving ${name}`} of={data.involvedFacilities} involved={name} more={more} />
      </SubgraphSection>
      <SubgraphSection part="diplomacy" title="Diplomacy" failed={failed}>
        <AgreementList
          title={`Agreements involving ${name}`}
          of={data.involvedAgreements}
          involved={name}
          more={more}
        />
        <EngagementList
          title={`Engagements involving ${name}`}
          of={data.involvedEngagements}
          involved={name}
          more={more}
        />
      </SubgraphSection>
      <SubgraphSection part="energy" title="Energy" failed={failed}>
        <ProjectList
          title={`Energy projects involving ${name}`}
          of={data.involvedProjects}
          involved={name}
          more={more}
        />
        {energyExtra}
      </SubgraphSection>
    </>
  );
}
