import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { useEffect, useRef } from 'react';
import { examples, type ExampleQuery } from './examples';

/** A GraphiQL sidebar plugin: the example analyst queries; choosing one opens it in the editor. */
function ExamplesPanel() {
  const actions = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);

  // GraphiQL parses the operation editor's text a moment after it changes (debounced), and `run`
  // sends the operation name and document of that parse. So an example runs once GraphiQL has
  // parsed the example itself: waiting for the operation name to change instead never ran an
  // example whose operation has the same name as the tab it was opened from.
  const documentAST = useGraphiQL((state) => state.documentAST);
  const pendingRun = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (pendingRun.current === undefined || documentAST?.loc?.source.body !== pendingRun.current) return;
    pendingRun.current = undefined;
    void actions.run();
  }, [documentAST, actions]);

  const open = (example: ExampleQuery, andRun: boolean) => {
    // Opening in a new tab keeps whatever the analyst was writing.
    actions.addTab();
    pendingRun.current = andRun ? example.source : undefined;
    queryEditor?.setValue(example.source);
    variableEditor?.setValue('');
  };

  return (
    <div className="examples-panel">
      <div className="graphiql-doc-explorer-title">Example queries</div>
      <p className="examples-intro">Questions analysts ask of the graph. Each runs as it is; open one, change it, run it.</p>
      <ol className="examples-list">
        {examples.map((example) => (
          <li key={example.file}>
            <h3>{example.title}</h3>
            {example.question ? <p>{example.question}</p> : null}
            <div className="examples-actions">
              {/* Until Monaco has loaded there is no editor to open an example in. */}
              <button type="button" disabled={!queryEditor} onClick={() => open(example, false)} aria-label={`Open “${example.title}”`}>
                Open
              </button>
              <button type="button" disabled={!queryEditor} onClick={() => open(example, true)} aria-label={`Open and run “${example.title}”`}>
                Open and run
              </button>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M5 4h11l3 3v13H5z" />
      <path d="M8 10h8M8 14h8M8 18h5" />
    </svg>
  );
}

export const examplesPlugin: GraphiQLPlugin = {
  title: 'Example queries',
  icon: ExamplesIcon,
  content: ExamplesPanel,
};
