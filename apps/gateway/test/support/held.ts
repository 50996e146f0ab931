import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import type { GatewayOptions } from '../../src/gateway.js';
import { startGateway } from './gateway.js';
import { composeSupergraph, placesSchema, placesSdl, serveSubgraph } from './subgraphs.js';

/**
 * Holds a subgraph's answers until the test lets them go: while held, every resolver that passes
 * through it waits on one promise, so requests pile up in flight for as long as the test needs,
 * with no timer involved.
 */
export class Gate {
  private opened: Promise<void> = Promise.resolve();
  private open: (() => void) | undefined;

  hold(): void {
    this.opened = new Promise<void>((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open?.();
    this.open = undefined;
    this.opened = Promise.resolve();
  }

  passed(): Promise<void> {
    return this.opened;
  }
}

/** A subgraph whose answers depend on the caller: each note says whose it is, from `Authorization`. */
export const notesSdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
type Query {
  note(id: ID!): Note
  notes: [Note!]!
}
type Mutation { touch(id: ID!): Note }
type Note { id: ID! text: String! viewer: String! tags: [String!]! country: Country! }
type Country @key(fields: "code", resolvable: false) { code: ID! }
`;

interface NotesContext {
  viewer: string;
}

function notesSchema(gate: Gate, touched: { count: number }) {
  const noteFor = (id: string, viewer: string) => ({
    id,
    text: `note ${id} of ${viewer}`,
    viewer,
    tags: ['a', 'b'],
    country: { code: 'TJK' },
  });
  return buildSubgraphSchema([
    {
      typeDefs: parse(notesSdl),
      resolvers: {
        Query: {
          note: async (_: unknown, { id }: { id: string }, { viewer }: NotesContext) => {
            await gate.passed();
            if (id === 'missing') throw new GraphQLError(`no note ${id}`, { extensions: { code: 'NOT_FOUND' } });
            return noteFor(id, viewer);
          },
          notes: async (_: unknown, _args: unknown, { viewer }: NotesContext) => {
            await gate.passed();
            return [noteFor('1', viewer), noteFor('2', viewer)];
          },
        },
        Mutation: {
          touch: async (_: unknown, { id }: { id: string }, { viewer }: NotesContext) => {
            await gate.passed();
            touched.count += 1;
            return { ...noteFor(id, viewer), text: `touched ${touched.count} times` };
          },
        },
      },
    },
  ]);
}

/** What reached the notes subgraph: one entry per HTTP request, with the headers that matter here. */
export interface Arrived {
  authorization: string | undefined;
  requestId: string | undefined;
}

/**
 * `places` and a `notes` subgraph whose answers the test can hold, with the gateway in front. Counts
 * the requests that reach `notes` and reads the gateway's count of merged ones, so a test can wait
 * until every request it sent is either at the subgraph or merged into one that is.
 */
export async function startHeldGraph(overrides: Partial<GatewayOptions> = {}) {
  const gate = new Gate();
  const touched = { count: 0 };
  const places = await serveSubgraph('places', placesSchema());
  const notes = await serveSubgraph('notes', notesSchema(gate, touched), (request) => ({
    viewer: request.headers.authorization ?? 'anonymous',
  }));
  const arrived: Arrived[] = [];
  notes.server.on('request', (request: { method?: string; headers: Record<string, string | string[] | undefined> }) => {
    if (request.method !== 'POST') return;
    const { authorization, 'x-request-id': requestId } = request.headers;
    arrived.push({ authorization: authorization as string | undefined, requestId: requestId as string | undefined });
  });
  const gateway = await startGateway({
    supergraphSdl: composeSupergraph({ places: placesSdl, notes: notesSdl }),
    subgraphUrls: { places: places.url, notes: notes.url },
    ...overrides,
  });

  /** Requests to `notes` merged into one already in flight, as the gateway's /metrics counts them. */
  const merged = async () => {
    const found = /^pamir_subgraph_requests_merged_total\{subgraph="notes"\} (\d+)$/m.exec(await gateway.metrics());
    return found ? Number(found[1]) : 0;
  };

  return {
    ...gateway,
    gate,
    touched,
    /** The requests that reached `notes`, in order. */
    arrived,
    notesUrl: notes.url,
    merged,
    /** Sent to `notes` or merged into a request that was: every subgraph request the gateway made. */
    async accounted() {
      return arrived.length + (await merged());
    },
    async close() {
      gate.release();
      await gateway.close();
      await Promise.all([places.close(), notes.close()]);
    },
  };
}
