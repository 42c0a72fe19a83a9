/** One problem in a dataset: where (record and field) and what. */
export interface DatasetIssue {
  /** e.g. `people[2] (person:liz-kendall).name` or `relationships[12].to`. */
  readonly path: string;
  readonly message: string;
  /** The message goes on from the path as one sentence (`….figures[0] and figures[2] are both…`). */
  readonly continues?: boolean;
}

/** `  - path: message`, or `  - path message` when the message continues the path. */
export function formatIssue(issue: DatasetIssue): string {
  return `${issue.path}${issue.continues === true ? ' ' : ': '}${issue.message}`;
}

/** A dataset was refused; nothing of it was written. */
export class DatasetValidationError extends Error {
  override name = 'DatasetValidationError';

  constructor(
    readonly origin: string,
    readonly issues: readonly DatasetIssue[],
  ) {
    const shown = issues.slice(0, 20).map((issue) => `  - ${formatIssue(issue)}`);
    const more = issues.length > 20 ? [`  ... and ${issues.length - 20} more`] : [];
    super(`${origin}: invalid dataset, nothing was imported:\n${[...shown, ...more].join('\n')}`);
  }
}
