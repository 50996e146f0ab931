import { describe, expect, it } from 'vitest';
import { fill, namesFor } from '../src/names.js';
import { renderTemplate } from '../src/template.js';

describe('the names of a new subgraph', () => {
  it('derives every name from the subgraph and its record type', () => {
    expect(namesFor('water', 4005, 'WaterPoint')).toEqual({
      name: 'water',
      Name: 'Water',
      Type: 'WaterPoint',
      type: 'waterPoint',
      types: 'waterPoints',
      file: 'water-point',
      table: 'water_points',
      NAME: 'WATER',
      port: '4005',
    });
    expect(namesFor('health', 4006).Type).toBe('HealthRecord');
  });

  it('refuses a name that cannot be an environment prefix, a scope and a folder', () => {
    expect(() => namesFor('Water', 4005)).toThrow(/lowercase letters and digits/);
    expect(() => namesFor('water-points', 4005)).toThrow(/lowercase letters and digits/);
    expect(() => namesFor('water', 4005, 'water_point')).toThrow(/PascalCase/);
  });

  it('refuses a template placeholder it does not know', () => {
    expect(() => fill('__Nmae__', namesFor('water', 4005))).toThrow(/unknown placeholder __Nmae__/);
  });
});

describe('the template', () => {
  it('renders a whole subgraph, with no placeholder left', async () => {
    const files = await renderTemplate(namesFor('water', 4005, 'WaterPoint'));
    expect(files.map((file) => file.path).sort()).toEqual([
      'codegen.ts',
      'data/water-points.json',
      'drizzle.config.ts',
      'package.json',
      'schema.graphql',
      'src/app.ts',
      'src/context.ts',
      'src/data/load.ts',
      'src/db/schema.ts',
      'src/env.ts',
      'src/index.ts',
      'src/records/water-point.ts',
      'src/resolvers/index.ts',
      'src/resolvers/query.ts',
      'src/resolvers/water-point.ts',
      'src/store/lists.ts',
      'src/store/loaders.ts',
      'test/water-point.test.ts',
      'tsconfig.build.json',
      'tsconfig.json',
      'vitest.config.ts',
    ]);
    for (const file of files) expect(file.text, file.path).not.toMatch(/__[A-Za-z]+__/);
    const schema = files.find((file) => file.path === 'schema.graphql')!.text;
    expect(schema).toContain('type WaterPoint @key(fields: "id")');
    expect(schema).toContain('createWaterPoint(input: WaterPointInput!): WaterPoint!');
  });
});
