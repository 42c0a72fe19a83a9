/**
 * The server-rendered pages around the bundle: the root page, the page shown when the bundle is missing
 * and the one GraphiQL is replaced by when introspection is off. Plain HTML with no script, so they work
 * under the strictest CSP and whatever the state of the bundle.
 */

/** What the root page needs to know to list what this server offers. */
export interface RootPageOptions {
  readonly explorer: boolean;
  readonly sandbox: boolean;
  readonly introspection: boolean;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111}
a{color:#0b57d0}a:focus-visible{outline:3px solid #000;outline-offset:2px}code{background:#f2f2f2;padding:0 .2em}
li{margin:.5rem 0}`;

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>
`;
}

/** The root page: links to the explorer, the GraphQL endpoint (Sandbox) and GraphiQL. */
export function renderRootPage(options: RootPageOptions): string {
  const items: string[] = [];
  if (options.explorer) {
    items.push(
      `<li><a href="/explore">Graph explorer</a>: search, expand neighbourhoods, find paths, read every source. Works offline.</li>`,
    );
  }
  items.push(
    options.sandbox
      ? `<li><a href="/graphql">GraphQL endpoint</a> (<code>POST /graphql</code>); in a browser, the Apollo Sandbox, whose script comes from Apollo's CDN (it needs the internet).</li>`
      : `<li>GraphQL endpoint: <code>POST /graphql</code> (the Apollo Sandbox is off on this server).</li>`,
  );
  if (options.explorer) {
    items.push(
      options.introspection
        ? `<li><a href="/graphiql">GraphiQL</a>: an offline GraphQL IDE served by this server.</li>`
        : `<li><a href="/graphiql">GraphiQL</a>: unavailable here, because introspection is off.</li>`,
    );
  }
  return page(
    'tech-diplomacy-graph',
    `<h1>tech-diplomacy-graph</h1>
<p>A knowledge graph of technology-diplomacy events in which every fact names its source.</p>
<ul>${items.join('\n')}</ul>
<p><a href="/health">/health</a> · <a href="/ready">/ready</a></p>`,
  );
}

/** Shown with a 503 when the explorer's bundle is missing. */
export function renderBundleMissingPage(): string {
  return page(
    'Explorer not built',
    `<h1>The explorer is not built</h1>
<p>This server serves <code>/explore</code> and <code>/graphiql</code> from <code>dist/explore/</code>, which
<code>npm install</code> builds. It is missing: run <code>npm run build:explore</code> and reload this page.</p>
<p>The GraphQL API at <code>/graphql</code> works meanwhile.</p>`,
  );
}

/** Shown instead of GraphiQL when introspection is off: GraphiQL reads the schema through it. */
export function renderIntrospectionOffPage(): string {
  return page(
    'GraphiQL needs introspection',
    `<h1>GraphiQL needs introspection, which this server turns off</h1>
<p>GraphiQL learns the schema by an introspection query, and introspection is off here
(<code>NODE_ENV=production</code>, or <code>GRAPHQL_INTROSPECTION=false</code>). Set
<code>GRAPHQL_INTROSPECTION=true</code> to use GraphiQL, or read <code>schema.graphql</code> and send
operations to <code>POST /graphql</code>.</p>
<p>The <a href="/explore">graph explorer</a> works without introspection.</p>`,
  );
}
