import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { useEffect, useRef } from 'react';
import { linkSearch, readLink } from './link';

/**
 * Keeps the address bar a link to the open tab (operation, variables, operation name), so copying
 * it shares the query; and, once GraphiQL has parsed a link's operation, selects the operation the
 * link names. The link's query and variables themselves reach GraphiQL as `initialQuery` and
 * `initialVariables` (main.tsx), which open the tab holding them. Renders nothing.
 */
export function SharedLink() {
  const actions = useGraphiQLActions();
  const query = useGraphiQL((state) => state.tabs[state.activeTabIndex]?.query);
  const variables = useGraphiQL((state) => state.tabs[state.activeTabIndex]?.variables);
  const operationName = useGraphiQL((state) => state.operationName);
  const operations = useGraphiQL((state) => state.operations);
  const asked = useRef(readLink(window.location.search).operationName);

  useEffect(() => {
    // The first operations GraphiQL parses are the link's (a name the link's query lacks is dropped).
    const name = asked.current;
    if (!name || !operations) return;
    asked.current = undefined;
    if (operationName !== name && operations.some((operation) => operation.name?.value === name)) actions.setOperationName(name);
  }, [operations, operationName, actions]);

  useEffect(() => {
    // Until the link's operation is selected, the address keeps the name it asked for.
    const search = linkSearch({ query, variables, operationName: asked.current ?? operationName });
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }, [query, variables, operationName]);

  return null;
}
