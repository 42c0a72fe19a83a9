/**
 * GraphiQL from npm, served by this server: the same starter operation as the Apollo Sandbox, queries
 * POSTed as JSON to /graphql (what Apollo's CSRF prevention asks for), Monaco's workers from the bundle.
 */
import 'graphiql/style.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { STARTER_OPERATION } from '../../../server/sandbox.ts';

const ASSETS = '/explore/assets';

// Monaco asks for a worker per language by label (graphiql/setup-workers/webpack.js does the same with
// bundler URLs); these files are built by src/explore/build.ts.
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    const name = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
    return new Worker(`${ASSETS}/${name}.worker.js`);
  },
};

const fetcher: GraphiQLProps['fetcher'] = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return (await response.json()) as Record<string, unknown>;
};

const container = document.getElementById('graphiql');
if (container) {
  container.textContent = '';
  createRoot(container).render(<GraphiQL fetcher={fetcher} defaultQuery={STARTER_OPERATION} />);
}
