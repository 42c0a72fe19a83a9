/** The explorer's one way out: POST /graphql with a JSON body (same origin; Apollo's CSRF check passes). */

/** A GraphQL error answer, with the server's message (already masked by the server where needed). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: { code?: string } }[];
}

/** Runs one operation and returns its data, or throws an {@link ApiError} with the first error. */
export async function requestGraphQL<T>(
  query: string,
  variables: Record<string, unknown>,
  endpoint = '/graphql',
): Promise<T> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`The server answered ${response.status} without JSON.`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data.`);
  return body.data;
}
