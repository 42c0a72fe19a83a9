import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { instancePaths, type InstancePaths } from './instance.ts';
import { acquireInstanceLock, lockFile, lockHolder } from './instance-lock.ts';

async function tempInstance(): Promise<InstancePaths> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'tdg-lock-'));
  return instancePaths(loadConfig({ TDG_HOME: home, TDG_NEO4J_INSTANCE: 'x' }));
}

const ignore = () => {};

describe('acquireInstanceLock', () => {
  it('lets one holder in at a time; the next waits until it is released', async () => {
    const paths = await tempInstance();
    const first = await acquireInstanceLock(paths, ignore);
    expect(await lockHolder(paths)).toBe(process.pid);
    const waits: number[] = [];
    let secondIn = false;
    const second = acquireInstanceLock(paths, (holder) => waits.push(holder)).then((lock) => {
      secondIn = true;
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(secondIn).toBe(false);
    expect(waits).toEqual([process.pid]);
    await first.release();
    await (await second).release();
    expect(secondIn).toBe(true);
    expect(await lockHolder(paths)).toBeUndefined();
  });

  it('gives up after the wait, naming the holder', async () => {
    const paths = await tempInstance();
    const lock = await acquireInstanceLock(paths, ignore);
    await expect(acquireInstanceLock(paths, ignore, 300)).rejects.toThrow(
      new RegExp(`Process ${process.pid} has been starting or stopping this Neo4j`),
    );
    await lock.release();
  });

  it('breaks a lock left by a process that died', async () => {
    const paths = await tempInstance();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    await acquireInstanceLock(paths, ignore).then((lock) => lock.release());
    await writeFile(lockFile(paths), `${dead}\n`);
    expect(await lockHolder(paths)).toBeUndefined();
    const lock = await acquireInstanceLock(paths, ignore, 1_000);
    expect((await readFile(lockFile(paths), 'utf8')).trim()).toBe(String(process.pid));
    await lock.release();
  });
});
