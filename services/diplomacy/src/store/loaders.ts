import { citationLoader, groupLoader, involvementLoader, parentPagesLoader, rowLoader, type Database, type ListArgs } from '@pamir/db';
import { pageRequest } from '@pamir/graph';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import * as schema from '../db/schema.js';
import type { AgreementFilter, EngagementFilter } from '../generated/graphql.js';
import { agreementInvolvement, engagementInvolvement } from './involvement.js';
import { listAgreementsOf, listEngagementsOf, type ListParent } from './lists.js';


/**
 * The per-request batched lookups: every entity reference and nested list in one request becomes
 * one SQL statement per kind, however many rows ask.
 */
export function createLoaders(db: Database) {
  const agreements = schema.agreements;
  const parties = schema.agreementParties;
  const witnesses = schema.agreementWitnesses;
  const projects = schema.agreementEnergyProjects;
  const participants = schema.engagementParticipants;
  return {
    /** The lists contributed to other subgraphs' entities: every parent asking alike, one statement. */
    agreementPages: parentPagesLoader((request: { parent: ListParent; args: ListArgs<AgreementFilter> }, parents) =>
      listAgreementsOf(db, request.args.filter, pageRequest(request.args), request.parent, parents),
    ),
    engagementPages: parentPagesLoader((request: { parent: ListParent; args: ListArgs<EngagementFilter> }, parents) =>
      listEngagementsOf(db, request.args.filter, pageRequest(request.args), request.parent, parents),
    ),
    agreement: rowLoader(
      (ids) => db.select().from(agreements).where(inArray(agreements.id, [...ids])),
      (row) => row.id,
    ),
    engagement: rowLoader(
      (ids) => db.select().from(schema.engagements).where(inArray(schema.engagements.id, [...ids])),
      (row) => row.id,
    ),
    partiesOfAgreement: groupLoader(
      (ids) =>
        db
          .select()
          .from(parties)
          .where(inArray(parties.agreementId, [...ids]))
          .orderBy(asc(parties.agreementId), asc(parties.position)),
      (row) => row.agreementId,
    ),
    witnessesOfAgreement: groupLoader(
      (ids) =>
        db
          .select()
          .from(witnesses)
          .where(inArray(witnesses.agreementId, [...ids]))
          .orderBy(asc(witnesses.agreementId), asc(witnesses.position)),
      (row) => row.agreementId,
    ),
    projectsOfAgreement: groupLoader(
      (ids) =>
        db
          .select()
          .from(projects)
          .where(inArray(projects.agreementId, [...ids]))
          .orderBy(asc(projects.agreementId), asc(projects.position)),
      (row) => row.agreementId,
    ),
    /** The agreements concerning each energy project, newest first; archived ones are left out. */
    agreementsOfProject: groupLoader(
      (projectIds) =>
        db
          .select({ projectId: projects.projectId, agreement: agreements })
          .from(projects)
          .innerJoin(agreements, eq(agreements.id, projects.agreementId))
          .where(and(inArray(projects.projectId, [...projectIds]), isNull(agreements.archivedAt)))
          .orderBy(desc(agreements.sortDate), desc(agreements.id)),
      (row) => row.projectId,
    ),
    /** The agreements signed at each engagement, newest first; archived ones are left out. */
    agreementsOfEngagement: groupLoader(
      (engagementIds) =>
        db
          .select()
          .from(agreements)
          .where(and(inArray(agreements.engagementId, [...engagementIds]), isNull(agreements.archivedAt)))
          .orderBy(desc(agreements.sortDate), desc(agreements.id)),
      // Only agreements with an engagement are fetched, so the key is always there.
      (row) => row.engagementId ?? '',
    ),
    participantsOfEngagement: groupLoader(
      (ids) =>
        db
          .select()
          .from(participants)
          .where(inArray(participants.engagementId, [...ids]))
          .orderBy(asc(participants.engagementId), asc(participants.position)),
      (row) => row.engagementId,
    ),
    /** How one country, organisation or person takes part in each agreement: per entity asked, one statement. */
    agreementInvolvement: involvementLoader(db, agreementInvolvement),
    /** How one country, organisation or person takes part in each engagement: per entity asked, one statement. */
    engagementInvolvement: involvementLoader(db, engagementInvolvement),
    citations: {
      agreement: citationLoader(db, schema.agreementCitations),
      engagement: citationLoader(db, schema.engagementCitations),
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
