import { versionColumns } from '@pamir/db';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { recordType } from '../src/records/declaration.js';
import { addedReferences, namedReferences } from '../src/records/references.js';
import { recordTypeProblems } from '../src/records/schema-check.js';

// A declaration and its SDL must agree, or the subgraph does not start: these are the ways they
// can drift, each named in words a domain team can act on.

const wells = pgTable('wells', { id: text().primaryKey(), name: text().notNull(), ...versionColumns() });

const declare = (input: z.ZodObject, references: Record<string, string> = {}) =>
  recordType({ type: 'Well', input, table: wells, column: wells.id, references, read: () => Promise.resolve(undefined), write: () => Promise.resolve() });

const sdl = (inputFields: string, patchFields = inputFields.replace(/id: ID!\s*/, '').replaceAll('!', '')) => `
  input WellInput { ${inputFields} }
  input WellPatch { ${patchFields} }
  input SiteInput { place: ID! depth: Float }
`;

const well = z.strictObject({ id: z.string(), name: z.string(), site: z.strictObject({ place: z.string(), depth: z.number().nullish() }).nullish() });

describe('a record type checked against its SDL', () => {
  it('finds nothing wrong when they agree', () => {
    expect(recordTypeProblems(sdl('id: ID! name: String! site: SiteInput'), [declare(well, { 'site.place': 'Place' })])).toEqual([]);
  });

  it('names an input field the record has no place for: it would be accepted and thrown away', () => {
    expect(recordTypeProblems(sdl('id: ID! name: String! depthM: Float site: SiteInput'), [declare(well)])).toContain(
      'WellInput.depthM: the record has no place for this input field',
    );
  });

  it('names a required field the input cannot give', () => {
    expect(recordTypeProblems(sdl('id: ID! site: SiteInput'), [declare(well)])).toContain(
      'WellInput.name: the record requires this field, which the input cannot give',
    );
  });

  it('looks into nested inputs, and wants every object strict', () => {
    const loose = z.strictObject({ id: z.string(), name: z.string(), site: z.object({ place: z.string() }).nullish() });
    expect(recordTypeProblems(sdl('id: ID! name: String! site: SiteInput'), [declare(loose)])).toEqual([
      'WellInput.site: the record\'s object is not strict (use z.strictObject)',
      'WellInput.site.depth: the record has no place for this input field',
    ]);
  });

  it('wants the patch to have the input\'s fields but the key', () => {
    expect(recordTypeProblems(sdl('id: ID! name: String! site: SiteInput', 'name: String'), [declare(well)])).toEqual([
      'WellPatch has the fields name; WellInput has name, site besides id',
    ]);
  });

  it('names a missing input type and a reference path that is not a field', () => {
    expect(recordTypeProblems('input Other { id: ID! }', [declare(well, { 'site.plaec': 'Place' })])).toEqual([
      'Well: the SDL has no input WellInput',
      'Well: the reference path site.plaec is not a field of its record',
    ]);
  });
});

describe('the references a record names', () => {
  const event = { place: 'darvaz', actors: [{ organization: 'taliban' }, { organization: null }], citations: [{ source: 'a' }, { source: 'b' }] };
  const map = { place: 'Place', 'actors.*.organization': 'Organization', 'citations.*.source': 'SourceDocument', country: 'Country.code' };

  it('walks the record along its map, each with the input path that names it', () => {
    expect(namedReferences({ ...event, country: 'TJK' }, map, 'input')).toEqual([
      { path: 'input.place', typename: 'Place', key: { id: 'darvaz' } },
      { path: 'input.actors.0.organization', typename: 'Organization', key: { id: 'taliban' } },
      { path: 'input.citations.0.source', typename: 'SourceDocument', key: { id: 'a' } },
      { path: 'input.citations.1.source', typename: 'SourceDocument', key: { id: 'b' } },
      { path: 'input.country', typename: 'Country', key: { code: 'TJK' } },
    ]);
  });

  it('keeps, for an update, only the references it adds', () => {
    const before = namedReferences(event, map, 'patch');
    const after = namedReferences({ ...event, citations: [{ source: 'b' }, { source: 'c' }] }, map, 'patch');
    expect(addedReferences(after, before)).toEqual([{ path: 'patch.citations.1.source', typename: 'SourceDocument', key: { id: 'c' } }]);
  });
});
