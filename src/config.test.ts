import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_LOCAL_PASSWORD, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('uses the local Neo4j with documented defaults when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.neo4j).toMatchObject({
      local: true,
      uri: 'bolt://127.0.0.1:7687',
      username: 'neo4j',
      password: DEFAULT_LOCAL_PASSWORD,
    });
    expect(config.port).toBe(4000);
    expect(config.introspection).toBe(true);
  });

  it.each([
    'bolt://db:7687',
    'neo4j://cluster.example:7687',
    'neo4j+s://abc.databases.neo4j.io',
    'bolt+s://db',
    'bolt+ssc://db',
  ])('accepts %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }).neo4j).toMatchObject({ uri, local: false });
  });

  it('names every bad variable in one error', () => {
    const error = (() => {
      try {
        loadConfig({
          NEO4J_URI: 'http://db:7474',
          PORT: 'eighty',
          NODE_ENV: 'staging',
          GRAPHQL_SANDBOX: 'maybe',
        });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^NEO4J_URI: "http:\/\/db:7474" is not a Neo4j URI/m);
    expect(problems).toMatch(/^PORT: "eighty" is not an integer/m);
    expect(problems).toMatch(/^NODE_ENV: "staging" is not one of development, production, test/m);
    expect(problems).toMatch(/^GRAPHQL_SANDBOX: "maybe" is not a boolean/m);
  });

  it('turns introspection and the Sandbox off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, sandbox: false });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('supervises the local Neo4j unless TDG_NEO4J_SUPERVISE turns it off', () => {
    expect(loadConfig({}).runtime.supervise).toBe(true);
    expect(loadConfig({ TDG_NEO4J_SUPERVISE: 'false' }).runtime.supervise).toBe(false);
    expect(() => loadConfig({ TDG_NEO4J_SUPERVISE: 'sometimes' })).toThrow(
      /TDG_NEO4J_SUPERVISE: "sometimes" is not a boolean/,
    );
  });

  it('refuses write tokens too short to be secret', () => {
    expect(() => loadConfig({ TDG_WRITE_TOKENS: 'short' })).toThrow(/TDG_WRITE_TOKENS/);
    expect(
      loadConfig({ TDG_WRITE_TOKENS: 'a-long-enough-token-1, a-long-enough-token-2' }).writeTokens,
    ).toHaveLength(2);
  });

  it('names write tokens: name:secret, or token-<position> for a bare secret', () => {
    expect(
      loadConfig({ TDG_WRITE_TOKENS: 'alice:a-long-enough-secret-1, a-long-enough-token-2' }).writeTokens,
    ).toEqual([
      { name: 'alice', secret: 'a-long-enough-secret-1' },
      { name: 'token-2', secret: 'a-long-enough-token-2' },
    ]);
    expect(() => loadConfig({ TDG_WRITE_TOKENS: 'alice:short' })).toThrow(/at least 16 characters/);
    expect(() =>
      loadConfig({ TDG_WRITE_TOKENS: 'bob:a-long-enough-secret-1,bob:a-long-enough-secret-2' }),
    ).toThrow(/bob repeated/);
  });
});
