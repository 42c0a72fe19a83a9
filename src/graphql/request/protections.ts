import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * The request limits graphql-armor enforces, on in every mode. The limits leave room for the deepest
 * useful queries (an event's participants' offices' sources is depth 9: a relationship page adds an
 * `edges` level) and the Sandbox's introspection; the cost limit (cost.ts), not the depth, bounds the
 * work of a deep query. The cost limit is the project's own (cost.ts): graphql-armor's static cost does not
 * count how many items a list returns.
 */
export const LIMITS = {
  /** Nesting depth of fields (fragments flattened). */
  maxDepth: 16,
  /** Aliases per operation. */
  maxAliases: 15,
  /** Directives per operation. */
  maxDirectives: 50,
  /** Tokens per document (guards the parser). */
  maxTokens: 2_000,
} as const;

/** graphql-js parse options for Apollo Server: the token limit, checked while parsing (a 400 when hit). */
export const PARSE_OPTIONS = { maxTokens: LIMITS.maxTokens } as const;

/**
 * The armor's Apollo plugins and validation rules. Field suggestions are hidden in production by Apollo
 * itself (`hideSchemaDetailsFromClientErrors` and its disableSuggestions plugin): graphql-armor's own
 * suggestion blocker rewrote the message of every error, and graphql-jit's errors have a read-only
 * message, so in production every client error became an HTTP 500.
 */
export function createProtections() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true, exposeLimits: true },
    costLimit: { enabled: false },
    // graphql-armor lets any number of `__typename` aliases through by default; count them too.
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true, allowList: [] },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    // Off here: graphql-armor's token plugin re-parses the document in `parsingDidStart`, outside Apollo's
    // parse error handling, so any syntax error (and the limit itself) became an HTTP 500. The limit is
    // enforced by graphql-js's own parser instead (see PARSE_OPTIONS), which Apollo answers with a 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
