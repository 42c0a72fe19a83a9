import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger.ts';
import { ErrorCode, EXPECTED_CODES } from './errors.ts';

/**
 * True for a GraphQLError or a subclass (Apollo's ValidationError…) from any copy of graphql-js:
 * graphql-armor loads the CommonJS build, whose errors fail `instanceof` against the ESM class.
 */
function isGraphQLError(error: unknown): boolean {
  return error instanceof GraphQLError || Object.prototype.toString.call(error) === '[object GraphQLError]';
}

/**
 * graphql-armor words its limit errors as "Syntax Error: Query depth limit of 10 exceeded…" although the
 * query parsed; the prefix would send a user looking for a typo.
 */
function withoutArmorPrefix(message: string): string {
  return message.replace(/^Syntax Error: (?=.* limit of \d+ exceeded)/, '');
}

/**
 * graphql-js stops coercing variables after 50 bad values with this error, which carries no code and no
 * variable node, so Apollo does not mark it BAD_USER_INPUT as it does the 50 before it. It is the
 * client's input all the same; without this it was masked as an internal error.
 */
const TOO_MANY_VARIABLE_ERRORS =
  'Too many errors processing variables, error limit reached. Execution aborted.';

/** The message clients get for anything that is not an intended error. */
export const MASKED_MESSAGE = 'Unexpected error.';

/**
 * Apollo's `formatError`: intended errors (a GraphQLError with a known code) pass through without a stack
 * trace; anything else (driver errors, Cypher errors, bugs) becomes "Unexpected error." with code
 * INTERNAL_SERVER_ERROR, and its cause is logged. In development the original message is added as
 * `extensions.debugMessage`; never in production.
 */
export function createErrorFormatter(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    if (isGraphQLError(original) && typeof code === 'string' && EXPECTED_CODES.has(code)) {
      // Never a stack trace, even where Apollo would add one.
      const extensions = { ...formatted.extensions };
      delete extensions.stacktrace;
      return { ...formatted, message: withoutArmorPrefix(formatted.message), extensions };
    }
    if (isGraphQLError(original) && formatted.message === TOO_MANY_VARIABLE_ERRORS) {
      return { message: formatted.message, extensions: { code: ErrorCode.BadUserInput } };
    }
    logger.error({ err: original, path: formatted.path }, 'Unexpected error in a GraphQL request');
    return {
      message: MASKED_MESSAGE,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code: ErrorCode.Internal,
        ...(!production && original instanceof Error ? { debugMessage: original.message } : {}),
      },
    };
  };
}
