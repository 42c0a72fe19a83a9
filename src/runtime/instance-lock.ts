import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { hasExited, type InstancePaths } from './instance.ts';

/** How long a process waits for another one to finish starting or stopping the same instance. */
export const LOCK_WAIT_MS = 300_000;
const POLL_MS = 250;

/** A held instance lock; `release` is safe to call more than once. */
export interface InstanceLock {
  release(): Promise<void>;
}

/** The file that says which process is starting or stopping an instance. */
export function lockFile(paths: InstancePaths): string {
  return path.join(paths.root, 'tdg-runtime.lock');
}

/**
 * The pid of the live process that holds the instance's lock, if any. A lock left by a process that has
 * died (a start or stop that was killed) does not count.
 */
export async function lockHolder(paths: InstancePaths): Promise<number | undefined> {
  const pid = await readHolder(lockFile(paths));
  return pid !== undefined && !hasExited(pid) ? pid : undefined;
}

/**
 * Takes the instance's lock, so that two processes (a server's supervisor, `tdg neo4j start` in another
 * shell, a CLI command) never start or stop Neo4j on one data folder at once. The file is created
 * exclusively (`wx`); a lock whose holder has died is broken. Waits up to `waitMs` for a live holder,
 * calling `onWait` once with its pid.
 */
export async function acquireInstanceLock(
  paths: InstancePaths,
  onWait: (holder: number) => void,
  waitMs = LOCK_WAIT_MS,
): Promise<InstanceLock> {
  const file = lockFile(paths);
  await mkdir(paths.root, { recursive: true });
  const deadline = Date.now() + waitMs;
  let warned = false;
  for (;;) {
    if (await tryCreate(file)) return createRelease(file);
    const holder = await readHolder(file);
    if (holder === undefined || hasExited(holder)) {
      await breakStaleLock(file, holder);
      continue;
    }
    if (!warned) {
      warned = true;
      onWait(holder);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Process ${holder} has been starting or stopping this Neo4j for over ${waitMs / 1000} s (lock ${file}).`,
      );
    }
    await sleep(POLL_MS);
  }
}

async function tryCreate(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    try {
      await handle.writeFile(`${process.pid}\n`);
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readHolder(file: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(file, 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Moves a dead holder's lock aside (a rename is atomic: of two processes breaking it at once, one moves
 * it and the other finds nothing), then puts back anything it moved that a live process had just taken.
 * An empty file may be a lock being written right now: it is only broken if still empty a moment later.
 */
async function breakStaleLock(file: string, holder: number | undefined): Promise<void> {
  if (holder === undefined) {
    await sleep(POLL_MS);
    if ((await readHolder(file)) !== undefined) return;
  }
  const aside = `${file}.stale-${process.pid}`;
  try {
    await rename(file, aside);
  } catch {
    return;
  }
  const moved = await readHolder(aside);
  if (moved !== undefined && moved !== holder && !hasExited(moved)) {
    await rename(aside, file).catch(() => undefined);
    return;
  }
  await rm(aside, { force: true });
}

function createRelease(file: string): InstanceLock {
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await rm(file, { force: true });
    },
  };
}
