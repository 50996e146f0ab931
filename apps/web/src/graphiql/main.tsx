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
import { readLink } from './link';
import { ResultDownloads } from './ResultDownloads';
import { loadSchema } from './schema';
import { SharedLink } from './SharedLink';

const explorer = explorerPlugin();
const welcome = examples[0]?.source ?? '{ countries { nodes { code name } } }';

async function start() {
  const { gatewayUrl } = await loadConfig();
  const schema = await loadSchema(gatewayUrl);
  // A shared link (`?query=…&variables=…`) opens the tab that holds them, or a new one.
  const link = readLink(window.location.search);
  createRoot(document.getElementById('graphiql')!).render(
    <StrictMode>
      <GraphiQL
        fetcher={createGraphiQLFetcher({ url: gatewayUrl })}
        schema={schema}
        plugins={[examplesPlugin, explorer]}
        visiblePlugin={examplesPlugin}
        defaultQuery={welcome}
        initialQuery={link.query}
        initialVariables={link.variables}
        defaultEditorToolsVisibility={link.variables ? 'variables' : false}
      >
        <GraphiQL.Logo>
          <a href="/" className="pamir-logo">
            Pamir
          </a>{' '}
          GraphiQL
        </GraphiQL.Logo>
        <GraphiQL.Footer>
          <SharedLink />
          <ResultDownloads />
        </GraphiQL.Footer>
      </GraphiQL>
    </StrictMode>,
  );
}

void start();
