import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Java or Maven is missing or too old: the local Neo4j cannot run. */
export class PrerequisiteError extends Error {
  constructor(what: string) {
    super(
      `${what} The local Neo4j that tech-diplomacy-graph runs when NEO4J_URI is unset needs Java 17 or newer ` +
        `(java on the PATH or JAVA_HOME) and Maven (mvn on the PATH, to fetch Neo4j from Maven Central once). ` +
        `Either install them (on Debian: apt-get install openjdk-17-jre-headless maven) and run the command again, ` +
        `or point the project at an existing Neo4j 5 by setting NEO4J_URI (with NEO4J_USERNAME and NEO4J_PASSWORD), ` +
        `for example bolt://localhost:7687 for Docker neo4j:5 or Neo4j Desktop, or neo4j+s://<id>.databases.neo4j.io for Aura.`,
    );
    this.name = 'PrerequisiteError';
  }
}

/** The java executable: JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from the PATH. */
export function javaExecutable(env: NodeJS.ProcessEnv): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Returns Java's major version, or throws {@link PrerequisiteError} if Java is absent or older than 17. */
export async function checkJava(env: NodeJS.ProcessEnv): Promise<number> {
  let output: string;
  try {
    const { stderr, stdout } = await run(javaExecutable(env), ['-version'], { env });
    output = `${stderr}${stdout}`;
  } catch {
    throw new PrerequisiteError('Java was not found.');
  }
  const major = parseJavaMajor(output);
  if (major === undefined || major < 17) {
    throw new PrerequisiteError(
      `Java ${major ?? '(unknown version)'} was found, but Neo4j 5 needs Java 17 or newer.`,
    );
  }
  return major;
}

/** Reads the major version from `java -version` output ("17.0.15", "1.8.0_392", "21"). */
export function parseJavaMajor(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

/** Throws {@link PrerequisiteError} if Maven is not on the PATH. */
export async function checkMaven(env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await run('mvn', ['-v'], { env });
  } catch {
    throw new PrerequisiteError('Maven (mvn) was not found.');
  }
}
