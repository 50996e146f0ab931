// Monaco's editor, JSON and GraphQL language workers, bundled by Vite as files of their own.
// GraphiQL's ready-made `graphiql/setup-workers/vite` does the same, but its `?worker` imports sit
// inside a dependency, which Vite's dev server cannot pre-bundle; imported from here they work in
// `vite` and in `vite build` alike. monaco-editor is pinned to the version @graphiql/react uses.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

(globalThis as { MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker } }).MonacoEnvironment = {
  getWorker(_workerId, label) {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};
