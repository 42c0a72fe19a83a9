import { once } from 'node:events';
import type { WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * A file written in order with back-pressure: text is queued by `push` (XML builders call back
 * synchronously) and written by `flush`, which waits for the stream to drain, so a large graph never
 * piles up in memory. Standard output when `path` is undefined.
 */
export class Output {
  private pending: string[] = [];

  private constructor(
    private readonly stream: NodeJS.WritableStream,
    readonly path: string | undefined,
  ) {}

  /**
   * Opens `path` for writing (created or truncated) before anything is read from Neo4j, so an unwritable
   * path fails first, with its reason.
   */
  static async open(path: string | undefined): Promise<Output> {
    if (path === undefined) return new Output(process.stdout, undefined);
    const handle = await open(path, 'w').catch((error: NodeJS.ErrnoException) => {
      throw new Error(`cannot write ${path}: ${error.code ?? error.message}`);
    });
    return new Output(handle.createWriteStream(), path);
  }

  push(text: string): void {
    this.pending.push(text);
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async write(text: string): Promise<void> {
    this.push(text);
    await this.flush();
  }

  /** Flushes and closes the file (standard output stays open). */
  async close(): Promise<void> {
    await this.flush();
    if (this.path === undefined) return;
    const stream = this.stream as WriteStream;
    await new Promise<void>((resolve, reject) =>
      stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}
