import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo';
import { App } from './App';
import { loadConfig } from './config';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

void loadConfig().then(({ gatewayUrl }) => {
  root.render(
    <StrictMode>
      <ApolloProvider client={createApolloClient(gatewayUrl)}>
        <App />
      </ApolloProvider>
    </StrictMode>,
  );
});
