import type { IncomingMessage } from 'node:http';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { serve, subgraphServer, type Running } from '@pamir/server';
import { GraphQLError, parse } from 'graphql';

const link = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost", "@listSize"])`;
const connection = `@listSize(slicingArguments: ["first"], sizedFields: ["nodes", "edges"], requireOneSlicingArgument: false)`;

/** Two small subgraphs annotated the way Pamir's are: connections sized by `first`, a few @cost. */
export const placesSdl = `${link}
type Query {
  countries(first: Int = 20): CountryConnection! ${connection}
  country(code: ID!): Country
}
type CountryConnection { totalCount: Int! nodes: [Country!]! edges: [CountryEdge!]! }
type CountryEdge { cursor: String! node: Country! }
type Country @key(fields: "code") { code: ID! name: String! aliases: [String!]! }
`;

export const eventsSdl = `${link}
type Query {
  event(id: ID!): Event
  failing: String
}
type Mutation { addEvent(title: String!): Event @cost(weight: 25) }
type Country @key(fields: "code") {
  code: ID!
  events(first: Int = 20, filter: EventFilter): EventConnection ${connection}
}
input EventFilter { search: String @cost(weight: 10) from: String }
type EventConnection { totalCount: Int! nodes: [Event!]! edges: [EventEdge!]! }
type EventEdge { cursor: String! node: Event! }
type Event { id: ID! title: String! fatalities: Int @cost(weight: 5) tags: [String!]! @listSize(assumedSize: 3) }
`;

const countries = ['TJK', 'AFG', 'CHN'].map((code) => ({ code, name: `name of ${code}`, aliases: [] as string[] }));
const eventsOf = (code: string) =>
  [1, 2].map((n) => ({ id: `${code}-${n}`, title: `event ${n} in ${code}`, fatalities: n, tags: ['a'] }));
const page = <T>(nodes: T[], first: number) => ({
  totalCount: nodes.length,
  nodes: nodes.slice(0, first),
  edges: nodes.slice(0, first).map((node, index) => ({ cursor: String(index), node })),
});

export const placesSchema = () =>
  buildSubgraphSchema([
    {
      typeDefs: parse(placesSdl),
      resolvers: {
        Query: {
          countries: (_: unknown, { first }: { first: number }) => page(countries, first),
          country: (_: unknown, { code }: { code: string }) => countries.find((country) => country.code === code) ?? null,
        },
        Country: {
          __resolveReference: ({ code }: { code: string }) => countries.find((country) => country.code === code),
        },
      },
    },
  ]);

export const eventsSchema = () =>
  buildSubgraphSchema([
    {
      typeDefs: parse(eventsSdl),
      resolvers: {
        Query: {
          event: (_: unknown, { id }: { id: string }) => ({ id, title: `event ${id}`, fatalities: 0, tags: [] }),
          // What a broken resolver throws: driver text a client must never see.
          failing: () => {
            throw new Error('relation "events" does not exist at /srv/events/store.ts:12 SELECT * FROM events');
          },
        },
        Mutation: {
          addEvent: (_: unknown, { title }: { title: string }) => ({ id: 'new', title, fatalities: 0, tags: [] }),
        },
        Country: {
          events: ({ code }: { code: string }, { first }: { first: number }) => page(eventsOf(code), first),
        },
      },
    },
  ]);

/** Composes the supergraph the way `pnpm compose` does, from the given subgraphs' SDL. */
export function composeSupergraph(subgraphs: Record<string, string>): string {
  return compose(subgraphs).supergraphSdl;
}

/** The API schema of the composed supergraph, as the gateway serves it. */
export function composeApiSchema(subgraphs: Record<string, string>) {
  return compose(subgraphs).schema.toAPISchema().toGraphQLJSSchema();
}

function compose(subgraphs: Record<string, string>) {
  const result = composeServices(
    Object.entries(subgraphs).map(([name, sdl]) => ({ name, url: `http://${name}.invalid/graphql`, typeDefs: parse(sdl) })),
  );
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result;
}

/**
 * Serves a subgraph schema over HTTP on a free loopback port, as a subgraph process would; `context`
 * builds its resolvers' context from the request (none by default).
 */
export async function serveSubgraph(
  name: string,
  schema: ReturnType<typeof placesSchema>,
  context: (request: IncomingMessage) => object = () => ({}),
): Promise<Running> {
  return serve({
    name,
    apollo: subgraphServer(schema),
    port: 0,
    host: '127.0.0.1',
    context: (request) => Promise.resolve(context(request) as never),
    ready: () => Promise.resolve(),
  });
}

export { GraphQLError };
