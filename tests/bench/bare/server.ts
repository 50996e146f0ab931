// The no-GraphQL limit: the security subgraph's own SQL for a 20-row list (its store's
// listSecurityEvents, the statements its resolver sends) behind a bare HTTP handler, answering the
// same JSON the GraphQL operation would. Run by `pnpm bench` against the bench database.
import { createServer } from 'node:http';
import { openDatabase } from '@pamir/db';
import { subgraphEnv } from '@pamir/server';
import * as schema from '../../../services/security/src/db/schema.js';
import { listSecurityEvents } from '../../../services/security/src/store/lists.js';

const { location } = subgraphEnv('security');
const handle = await openDatabase(location, schema);
const port = Number(process.env['BARE_PORT']);

const server = createServer((request, response) => {
  if (request.url === '/metrics') {
    response.end(`pamir_sql_statements_total ${handle.statements()}\n`);
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    void (async () => {
      try {
        const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          variables?: { from?: string; to?: string };
        };
        const page = await listSecurityEvents(handle.db, { first: 20, filter: { from: variables?.from, to: variables?.to } });
        const nodes = page.nodes.map(({ id, date, title, eventType, subEventType, fatalities }) => ({
          id,
          date,
          title,
          eventType,
          subEventType,
          fatalities,
        }));
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ data: { securityEvents: { nodes } } }));
      } catch (error) {
        response.statusCode = 500;
        response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      }
    })();
  });
});
server.listen(port, '127.0.0.1', () => console.log(`ready on ${port}`));
process.on('SIGTERM', () => {
  server.close();
  void handle.close().then(() => process.exit(0));
});
