import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';

/** The folders and files of one local Neo4j instance (`.neo4j/instances/<name>`). */
export interface InstancePaths {
  readonly root: string;
  readonly conf: string;
  readonly data: string;
  readonly logs: string;
  /** An empty folder: LOAD CSV's file root, in case file URLs are ever allowed again. */
  readonly import: string;
  readonly pidFile: string;
  readonly consoleLog: string;
  /** The generated password (0600), the same file as `config.neo4j.passwordFile`. */
  readonly passwordFile: string;
}

export function instancePaths(config: Config): InstancePaths {
  const root = path.join(config.runtime.home, 'instances', config.runtime.instance);
  return {
    root,
    conf: path.join(root, 'conf'),
    data: path.join(root, 'data'),
    logs: path.join(root, 'logs'),
    import: path.join(root, 'import'),
    pidFile: path.join(root, 'neo4j.pid'),
    consoleLog: path.join(root, 'logs', 'console.log'),
    passwordFile: path.join(root, 'password'),
  };
}

/**
 * Writes neo4j.conf: Bolt only, on loopback, authentication on, LOAD CSV refused file URLs (its file
 * root an empty folder besides), sized for a laptop.
 */
export async function writeNeo4jConf(config: Config, paths: InstancePaths): Promise<void> {
  await mkdir(paths.conf, { recursive: true });
  await mkdir(paths.logs, { recursive: true });
  await mkdir(paths.import, { recursive: true });
  const port = config.neo4j.boltPort;
  const lines = [
    '# Written by tech-diplomacy-graph at every start (src/runtime/instance.ts); edits are overwritten.',
    'server.default_listen_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    'server.bolt.tls_level=DISABLED',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    // Any client that can log in (an analyst's tool, a query past the reports' guard) would otherwise
    // read the server's files, auth.ini included, with LOAD CSV FROM 'file:///...'.
    'dbms.security.allow_csv_import_from_file_urls=false',
    `server.directories.import=${paths.import}`,
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${config.runtime.pageCache}`,
    'db.tx_log.preallocate=false',
    'db.tx_log.rotation.retention_policy=2 files',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${paths.root}`,
  ];
  await writeFile(path.join(paths.conf, 'neo4j.conf'), `${lines.join('\n')}\n`);
}

/** True once the instance has a system database (its initial password was set before the first start). */
export function isInitialised(paths: InstancePaths): boolean {
  return (
    existsSync(path.join(paths.data, 'dbms', 'auth.ini')) ||
    existsSync(path.join(paths.data, 'databases', 'system'))
  );
}

/** The pid recorded by the last start, if any. */
export function readPid(paths: InstancePaths): number | undefined {
  if (!existsSync(paths.pidFile)) return undefined;
  const pid = Number(readFileSync(paths.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export async function writePid(paths: InstancePaths, pid: number): Promise<void> {
  await writeFile(paths.pidFile, `${pid}\n`);
}

export async function removePid(paths: InstancePaths): Promise<void> {
  await rm(paths.pidFile, { force: true });
}

/**
 * True when `pid` is alive and is this instance's Neo4j (its command line names our home folder), so a
 * recycled pid of some other process is never mistaken for it, nor signalled.
 */
export function isOurNeo4j(pid: number, paths: InstancePaths): boolean {
  if (hasExited(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(paths.root);
  } catch {
    return false;
  }
}

/**
 * True once `pid` has fully exited: gone, or a zombie (the kernel closes a process's sockets before it
 * becomes one, so its Bolt port is free again). Its command line empties earlier, while it still exits.
 */
export function hasExited(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
  } catch {
    return true;
  }
}
