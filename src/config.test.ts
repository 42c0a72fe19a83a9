import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('uses the local Neo4j with documented defaults when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.neo4j).toMatchObject({
      local: true,
      uri: 'bolt://127.0.0.1:7687',
      username: 'neo4j',
      password: undefined,
    });
    expect(config.neo4j.passwordFile).toBe(
      path.join(config.runtime.home, 'instances', config.runtime.instance, 'password'),
    );
    expect(config.port).toBe(4000);
    expect(config.introspection).toBe(true);
  });

  it('publishes no default password: NEO4J_PASSWORD or, locally, the generated one', () => {
    expect(loadConfig({ NEO4J_PASSWORD: 'my-own-password' }).neo4j.password).toBe('my-own-password');
    expect(loadConfig({ NEO4J_URI: 'bolt://db:7687' }).neo4j).toMatchObject({
      password: undefined,
      passwordFile: undefined,
    });
    expect(() => loadConfig({ NEO4J_PASSWORD: 'short' })).toThrow(/NEO4J_PASSWORD: .* at least 8/);
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

  it('bounds HTTP requests and connections, with documented defaults', () => {
    expect(loadConfig({}).http).toMatchObject({ requestTimeoutMs: 30_000, maxConnections: 256 });
    expect(loadConfig({ TDG_REQUEST_TIMEOUT_MS: '5000', TDG_MAX_CONNECTIONS: '10' }).http).toMatchObject({
      requestTimeoutMs: 5000,
      maxConnections: 10,
    });
    expect(() => loadConfig({ TDG_MAX_CONNECTIONS: '0' })).toThrow(/TDG_MAX_CONNECTIONS/);
  });

  it('answers only loopback Host names on a loopback bind, any on 0.0.0.0, unless told', () => {
    expect(loadConfig({}).http.allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(loadConfig({ HOST: '::1' }).http.allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(loadConfig({ HOST: '0.0.0.0' }).http.allowedHosts).toBe('any');
    expect(
      loadConfig({ HOST: '0.0.0.0', TDG_ALLOWED_HOSTS: 'API.example.org, [::1]' }).http.allowedHosts,
    ).toEqual(['api.example.org', '[::1]']);
    expect(loadConfig({ TDG_ALLOWED_HOSTS: '*' }).http.allowedHosts).toBe('any');
    expect(() => loadConfig({ TDG_ALLOWED_HOSTS: 'example.org:8080' })).toThrow(
      /TDG_ALLOWED_HOSTS: "example.org:8080" is not a host name/,
    );
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
