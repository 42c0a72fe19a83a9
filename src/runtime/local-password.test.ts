import { mkdtemp, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { instancePaths } from './instance.ts';
import {
  generatePassword,
  LEGACY_PASSWORD,
  readStoredPassword,
  secureFolder,
  storePassword,
} from './local-password.ts';

describe('generatePassword', () => {
  it('gives 32 letters and digits, a different one each time', () => {
    const passwords = Array.from({ length: 50 }, generatePassword);
    for (const password of passwords) expect(password).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(new Set(passwords).size).toBe(50);
    expect(passwords).not.toContain(LEGACY_PASSWORD);
  });
});

describe('storePassword', () => {
  it('writes a file only its owner can read, in a folder only its owner can open', async () => {
    const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'tdg-password-')), 'instance');
    secureFolder(root);
    const file = path.join(root, 'password');
    await storePassword(file, 'first-password-123');
    await storePassword(file, 'second-password-456');
    expect(readStoredPassword(file)).toBe('second-password-456');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(root)).mode & 0o777).toBe(0o700);
    expect(readStoredPassword(path.join(root, 'absent'))).toBeUndefined();
  });
});

describe('the password file', () => {
  it('is where loadConfig says it is, so the driver and the runtime agree', () => {
    const config = loadConfig({ TDG_HOME: '/tmp/tdg-home', TDG_NEO4J_INSTANCE: 'x' });
    expect(instancePaths(config).passwordFile).toBe(config.neo4j.passwordFile);
  });
});
