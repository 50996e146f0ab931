import { replaceChildren, replaceCitations } from '@pamir/db';
import type { NamedReference } from '@pamir/server';
import { asc, eq, sql } from 'drizzle-orm';
import { personRecord, type PersonRecord } from '../../data/records.js';
import * as schema from '../../db/schema.js';
import { archivedPart, citationReferences, citationsOf, setArchived } from './shared.js';
import type { Writable } from './writable.js';

const t = schema.people;
const roles = schema.personRoles;

export const people: Writable<PersonRecord, schema.PersonRow> = {
  recordType: 'Person',
  record: personRecord,

  async read(db, id) {
    const [row] = await db.select().from(t).where(eq(t.id, id)).for('update');
    if (!row) return undefined;
    const roleRows = await db.select().from(roles).where(eq(roles.personId, id)).orderBy(asc(roles.position));
    const snapshot = {
      id: row.id,
      name: row.name,
      aliases: row.aliases,
      roles: roleRows.map((role) => ({
        title: role.title,
        organization: role.organizationId,
        country: role.countryCode,
        from: role.from,
        to: role.to,
      })),
      outsideKnowledge: row.outsideKnowledge,
      citations: await citationsOf(db, schema.personCitations, id),
      ...archivedPart(row),
    };
    return { version: row.version, snapshot };
  },

  async write(db, { citations, roles: personRoles, ...person }, version, exists) {
    const values = { ...person, outsideKnowledge: person.outsideKnowledge ?? null, version, updatedAt: sql`now()` };
    if (exists) await db.update(t).set(values).where(eq(t.id, person.id));
    else await db.insert(t).values(values);
    await replaceChildren(
      db,
      roles,
      roles.personId,
      [person.id],
      personRoles.map((role, position) => ({
        personId: person.id,
        position,
        title: role.title,
        organizationId: role.organization ?? null,
        countryCode: role.country ?? null,
        from: role.from ?? null,
        to: role.to ?? null,
      })),
    );
    await replaceCitations(db, schema.personCitations, [{ id: person.id, citations }]);
  },

  setArchived: (db, id, version, archived) => setArchived(db, t, t.id, id, version, archived),

  load: async (db, id) => (await db.select().from(t).where(eq(t.id, id)))[0],

  references: (record, argument) => [
    ...record.roles.flatMap((role, i): NamedReference[] => [
      ...(role.organization
        ? [{ path: `${argument}.roles.${i}.organization`, typename: 'Organization', key: { id: role.organization } }]
        : []),
      ...(role.country ? [{ path: `${argument}.roles.${i}.country`, typename: 'Country', key: { code: role.country } }] : []),
    ]),
    ...citationReferences(record.citations, argument),
  ],
};
