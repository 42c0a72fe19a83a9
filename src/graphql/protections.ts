import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * The request limits (graphql-armor), on by default. The limits leave room for the deepest useful
 * queries (an event's participants' offices' sources is depth 6) and the Sandbox's introspection.
 */
export const LIMITS = {
  /** Nesting depth of fields (fragments flattened). */
  maxDepth: 10,
  /** graphql-armor's static cost (objects 2, scalars 1, ×1.5 per level). */
  maxCost: 100_000,
  /** Aliases per operation. */
  maxAliases: 15,
  /** Directives per operation. */
  maxDirectives: 50,
  /** Tokens per document (guards the parser). */
  maxTokens: 2_000,
} as const;

/** graphql-js parse options for Apollo Server: the token limit, checked while parsing (a 400 when hit). */
export const PARSE_OPTIONS = { maxTokens: LIMITS.maxTokens } as const;

/** The armor's Apollo plugins and validation rules; field suggestions are blocked in production. */
export function createProtections(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true, exposeLimits: true },
    costLimit: { maxCost: LIMITS.maxCost, exposeLimits: true },
    // graphql-armor lets any number of `__typename` aliases through by default; count them too.
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true, allowList: [] },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    // Off here: graphql-armor's token plugin re-parses the document in `parsingDidStart`, outside Apollo's
    // parse error handling, so any syntax error (and the limit itself) became an HTTP 500. The limit is
    // enforced by graphql-js's own parser instead (see PARSE_OPTIONS), which Apollo answers with a 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
