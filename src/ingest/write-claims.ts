import { changeOf, toPlain } from './change-set.ts';
import type { Change } from './dataset.ts';
import { claimProps, DERIVED_PROPERTIES } from './derived.ts';
import { readStoredReports, type StoredReport } from './existing.ts';
import { lastPerKey } from './fresh-rows.ts';
import { type ClaimRow, claimRowKey, figureRows, type Props, statusRows } from './rows.ts';
import * as cypher from './statements.ts';
import { mergeReportProps } from './update-mode.ts';
import type { WriteContext } from './write-context.ts';
import type { NodeOutcome } from './write-nodes.ts';

type ReportType = 'REPORTS_STATUS' | 'REPORTS_FIGURE';

const reportId = (type: ReportType, row: { source: string; subject: string; key: string }) =>
  `${type} ${row.source} -> ${row.subject} ${type === 'REPORTS_FIGURE' ? `[${row.key}]` : row.key}`;

/** The change of one report, with its ends for the change log. */
const reportChange = (
  type: ReportType,
  row: { source: string; subject: string; key: string },
  before: Readonly<Record<string, unknown>> | undefined,
  after: Readonly<Record<string, unknown>>,
): Change => ({
  ...changeOf(reportId(type, row), type, before, after),
  ends: { from: row.source, to: row.subject, key: row.key },
});

/** What the claim writer did: the reports' changes, and the derived properties it set or found. */
export interface ClaimOutcome {
  readonly changes: Change[];
  /** Derived properties of the claims it recomputed (nulls: removed). */
  readonly derived: ReadonlyMap<string, Props>;
}

/**
 * Writes status reports and figures: CREATE for claims this import creates; for the others, each report
 * compared with the stored one of the same source and key, and written only when it changes. A figure
 * the file prefers takes the preference from any other of the same quantity. Then the claims' derived
 * properties are recomputed from every report the database now holds, not only the file's.
 */
export async function writeClaims(
  context: WriteContext,
  nodes: readonly NodeOutcome[],
): Promise<ClaimOutcome> {
  const { apply, isNew } = context;
  const statuses = lastPerKey(statusRows(context.dataset), claimRowKey);
  const figures = lastPerKey(figureRows(context.dataset), claimRowKey);
  const subjects = [
    ...new Set([...statuses, ...figures].map((row) => row.subject).filter((id) => !isNew(id))),
  ];
  const stored = await readStoredReports(
    context.tx,
    subjects.filter((id) => context.existing.has(id)),
  );
  const changes: Change[] = [];
  for (const [type, rows] of [
    ['REPORTS_STATUS', statuses],
    ['REPORTS_FIGURE', figures],
  ] as const) {
    const fresh = rows.filter((row) => isNew(row.subject));
    await apply(cypher.createReports(type), fresh);
    for (const row of fresh) changes.push(reportChange(type, row, undefined, row.props));
    const storedOf = (row: ClaimRow) =>
      (type === 'REPORTS_STATUS' ? stored.get(row.subject)?.statuses : stored.get(row.subject)?.figures) ??
      [];
    const writes: ClaimRow[] = [];
    for (const row of rows.filter((r) => !isNew(r.subject))) {
      const before = storedOf(row).find((s) => s.source === row.source && s.props.key === row.key)?.props;
      const props = mergeReportProps(before, row.props, context.update);
      const change = reportChange(type, row, before, props);
      changes.push(change);
      if (change.op !== 'unchanged') writes.push({ ...row, props });
    }
    if (type === 'REPORTS_FIGURE' && context.update !== 'fill')
      for (const demoted of demotions(rows, (row) => storedOf(row))) {
        changes.push(reportChange(type, demoted.row, demoted.before, demoted.row.props));
        writes.push(demoted.row);
      }
    await apply(cypher.mergeReports(type), writes);
  }
  const derived = await writeDerived(context, nodes, subjects);
  return { changes, derived };
}

/**
 * Stored figures that lose their preference: preferred, of a quantity for which the file prefers another
 * figure of the same claim (one preferred figure per quantity, whatever the order of the imports).
 */
function demotions(rows: readonly ClaimRow[], storedOf: (row: ClaimRow) => readonly StoredReport[]) {
  const out: { row: ClaimRow; before: Props }[] = [];
  const preferred = rows.filter((row) => row.props.preferred === true);
  const seen = new Set<string>();
  for (const row of preferred) {
    for (const figure of storedOf(row)) {
      const id = JSON.stringify([row.subject, figure.source, figure.props.key]);
      const demote =
        figure.props.preferred === true &&
        figure.props.quantity === row.props.quantity &&
        figure.props.key !== row.key &&
        !preferred.some((p) => p.subject === row.subject && p.key === figure.props.key);
      if (!demote || seen.has(id)) continue;
      seen.add(id);
      const before = figure.props as Props;
      out.push({
        row: {
          subject: row.subject,
          source: figure.source,
          key: String(figure.props.key),
          props: { ...before, preferred: false },
        },
        before,
      });
    }
  }
  return out;
}

/** Recomputes and sets the derived properties of the claims that existed and got reports. */
async function writeDerived(
  context: WriteContext,
  nodes: readonly NodeOutcome[],
  subjects: readonly string[],
) {
  const derived = new Map<string, Props>();
  if (subjects.length === 0) return derived;
  const now = await readStoredReports(context.tx, subjects);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const rows: { id: string; props: Props }[] = [];
  for (const id of subjects) {
    const reports = now.get(id);
    const computed = claimProps(
      (reports?.statuses ?? []).map((r) => r.props),
      (reports?.figures ?? []).map((r) => r.props),
    );
    const current = byId.get(id)?.props ?? {};
    const set: Record<string, unknown> = {};
    for (const key of DERIVED_PROPERTIES) {
      const next = computed[key] ?? null;
      if (JSON.stringify(toPlain(current[key])) !== JSON.stringify(toPlain(next))) set[key] = next;
    }
    derived.set(id, set as Props);
    if (Object.keys(set).length > 0) rows.push({ id, props: set as Props });
  }
  await context.apply(cypher.SET_DERIVED, rows);
  return derived;
}
