import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, EXPECTED_CODES, isAppError } from '../../errors.ts';

/**
 * True for a GraphQLError or a subclass (Apollo's ValidationError…) from any copy of graphql-js:
 * graphql-armor loads the CommonJS build, whose errors fail `instanceof` against the ESM class.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError || Object.prototype.toString.call(error) === '[object GraphQLError]';
}

/**
 * graphql-js stops coercing variables after 50 bad values with this error, which carries no code and no
 * variable node, so Apollo does not mark it BAD_USER_INPUT as it does the 50 before it.
 */
const TOO_MANY_VARIABLE_ERRORS =
  'Too many errors processing variables, error limit reached. Execution aborted.';

/** The message clients get for anything that is not an intended error. */
export const MASKED_MESSAGE = 'Unexpected error.';

/**
 * True when an error is meant for the client as worded: an {@link AppError} (raised by the project's
 * code, in a resolver or below), or a request error of graphql-js, Apollo or graphql-armor.
 */
export function isIntendedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (isAppError(original)) return true;
  if (!isGraphQLError(original)) return false;
  const code = original.extensions?.code;
  if (original.message === TOO_MANY_VARIABLE_ERRORS) return true;
  return typeof code === 'string' && EXPECTED_CODES.has(code);
}

/**
 * graphql-armor words its limit errors as "Syntax Error: Query depth limit of 10 exceeded…" although the
 * query parsed; the prefix would send a user looking for a typo.
 */
function withoutArmorPrefix(message: string): string {
  return message.replace(/^Syntax Error: (?=.* limit of \d+ exceeded)/, '');
}

/**
 * Apollo's `formatError`, with the same codes and statuses in every mode: intended errors pass with their
 * code and without a stack trace; anything else (driver errors, Cypher errors, bugs) becomes "Unexpected
 * error." with code INTERNAL_SERVER_ERROR, its path and location kept, and in development only the
 * original message as `extensions.debugMessage`. The cause is logged once, with the request id, by the
 * error-logging plugin (plugins.ts), which sees the request; this function does not.
 */
export const createErrorFormatter =
  (production: boolean) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isAppError(original)) {
      // `http` (status, headers) is for Apollo, which has read it already.
      const extensions: Record<string, unknown> = { ...original.extensions };
      delete extensions.http;
      return { ...formatted, message: original.message, extensions };
    }
    if (isIntendedError(error)) {
      const extensions = { ...formatted.extensions };
      delete extensions.stacktrace;
      if (formatted.message === TOO_MANY_VARIABLE_ERRORS) extensions.code = ErrorCode.BadUserInput;
      return { ...formatted, message: withoutArmorPrefix(formatted.message), extensions };
    }
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
