import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../config.ts';
import { checkMaven } from './prerequisites.ts';

const run = promisify(execFile);

/** The project's pom.xml that names the Neo4j artifact Maven resolves. */
export const RUNTIME_POM = path.join(PROJECT_ROOT, 'neo4j-runtime', 'pom.xml');

/**
 * Returns the classpath (jar paths) of Neo4j Community `version`, resolving it from Maven Central
 * with `mvn` the first time. The jars stay in Maven's own repository (~/.m2); the classpath is cached
 * in `<home>/classpath-<version>.txt`, so later starts need neither Maven nor the network.
 */
export async function resolveNeo4jClasspath(
  version: string,
  home: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<string[]> {
  const cacheFile = path.join(home, `classpath-${version}.txt`);
  const cached = await readClasspath(cacheFile);
  if (cached) return cached;

  await checkMaven(env);
  await mkdir(home, { recursive: true });
  log(`Resolving Neo4j ${version} from Maven Central (once; later starts use the cache)...`);
  const partial = `${cacheFile}.partial`;
  try {
    await run(
      'mvn',
      [
        '-B',
        '-q',
        '-f',
        RUNTIME_POM,
        `-Dneo4j.version=${version}`,
        'dependency:build-classpath',
        '-Dmdep.includeScope=runtime',
        `-Dmdep.outputFile=${partial}`,
      ],
      { env, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const out = error as { stdout?: string; stderr?: string };
    const detail = `${out.stdout ?? ''}${out.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`Maven could not resolve org.neo4j:neo4j:${version}:\n${detail}`);
  }
  await rename(partial, cacheFile);
  const resolved = await readClasspath(cacheFile);
  if (!resolved)
    throw new Error(`Maven resolved Neo4j ${version}, but its classpath file ${cacheFile} is unusable`);
  return resolved;
}

/** The cached classpath, or undefined when absent or when a jar it names has gone (e.g. ~/.m2 was cleared). */
async function readClasspath(file: string): Promise<string[] | undefined> {
  if (!existsSync(file)) return undefined;
  const jars = (await readFile(file, 'utf8')).trim().split(path.delimiter).filter(Boolean);
  const complete = jars.length > 0 && jars.every((jar) => existsSync(jar));
  return complete ? jars : undefined;
}
