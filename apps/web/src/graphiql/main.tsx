// The IDE page: GraphiQL bundled from npm (Monaco's workers included), nothing from a CDN, so it
// works on a network that reaches only this server and the gateway.
import './workers';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './graphiql.css';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadConfig } from '../config';
import { examples } from './examples';
import { examplesPlugin } from './ExamplesPlugin';
import { loadSchema } from './schema';

const explorer = explorerPlugin();
const welcome = examples[0]?.source ?? '{ countries { nodes { code name } } }';

async function start() {
  const { gatewayUrl } = await loadConfig();
  const schema = await loadSchema(gatewayUrl);
  createRoot(document.getElementById('graphiql')!).render(
    <StrictMode>
      <GraphiQL
        fetcher={createGraphiQLFetcher({ url: gatewayUrl })}
        schema={schema}
        plugins={[examplesPlugin, explorer]}
        visiblePlugin={examplesPlugin}
        defaultQuery={welcome}
        defaultEditorToolsVisibility={false}
      >
        <GraphiQL.Logo>
          <a href="/" className="pamir-logo">
            Pamir
          </a>{' '}
          GraphiQL
        </GraphiQL.Logo>
      </GraphiQL>
    </StrictMode>,
  );
}

void start();
