import { fields, readCitations, replaceChildren, replaceCitations, upsertAll, type Database } from '@pamir/db';
import { recordType } from '@pamir/server';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import * as schema from '../db/schema.js';

// A person and the roles they held: the data-file shape (which writes are held to), the rows, the
// references.

const t = schema.people;
const roles = schema.personRoles;

export const personRecord = z.strictObject({
  id: fields.slug,
  name: fields.text,
  aliases: fields.aliases,
  roles: z
    .array(
      z
        .strictObject({
          title: fields.text,
          organization: fields.slug.nullish(),
          country: fields.countryCode.nullish(),
          from: fields.isoDate.nullish(),
          to: fields.isoDate.nullish(),
        })
        .refine((role) => fields.rangeInOrder(role.from, role.to), { message: 'from is after to', path: ['from'] }),
    )
    .default([]),
  outsideKnowledge: z.string().nullish(),
  citations: fields.citations,
});
export type PersonRecord = z.infer<typeof personRecord>;

export const person = recordType({
  type: 'Person',
  input: personRecord,
  table: t,
  column: t.id,
  references: {
    'roles.*.organization': 'Organization',
    'roles.*.country': 'Country.code',
    'citations.*.source': 'SourceDocument',
  },

  async read(db: Database, id: string): Promise<PersonRecord | undefined> {
    const [row] = await db.select().from(t).where(eq(t.id, id));
    if (!row) return undefined;
    const roleRows = await db.select().from(roles).where(eq(roles.personId, id)).orderBy(asc(roles.position));
    return {
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
      citations: await readCitations(db, schema.personCitations, id),
    };
  },

  /** Rows, then roles and citations: one statement per table for all people. */
  async write(tx, people) {
    await upsertAll(
      tx,
      t,
      [t.id],
      people.map((person) => ({
        id: person.id,
        name: person.name,
        aliases: person.aliases,
        outsideKnowledge: person.outsideKnowledge ?? null,
      })),
    );
    const roleRows = people.flatMap((person) =>
      person.roles.map((role, position) => ({
        personId: person.id,
        position,
        title: role.title,
        organizationId: role.organization ?? null,
        countryCode: role.country ?? null,
        from: role.from ?? null,
        to: role.to ?? null,
      })),
    );
    await replaceChildren(tx, roles, roles.personId, people.map((person) => person.id), roleRows);
    await replaceCitations(tx, schema.personCitations, people);
  },
});
