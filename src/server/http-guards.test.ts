import { describe, expect, it } from 'vitest';
import { hostName } from './http-guards.ts';

describe('hostName', () => {
  it.each([
    ['localhost:4000', 'localhost'],
    ['LOCALHOST', 'localhost'],
    ['127.0.0.1:80', '127.0.0.1'],
    ['[::1]:4000', '[::1]'],
    ['[::1]', '[::1]'],
    ['api.example.org:', 'api.example.org'],
  ])('reads %j as %j', (header, name) => {
    expect(hostName(header)).toBe(name);
  });

  it.each([undefined, '', 'a:b:c', '::1', 'localhost:4000:1', 'local host', '[::1]x'])(
    'finds no name in %j',
    (header) => {
      expect(hostName(header)).toBeUndefined();
    },
  );
});
