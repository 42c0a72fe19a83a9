/**
 * What a read-only query may do, decided from the plan Neo4j makes of it (`EXPLAIN`), never from its
 * text: every operator of the plan must be on {@link READ_OPERATORS} and every procedure it calls on
 * {@link READ_PROCEDURES}. An operator Neo4j adds in a later version is refused until it is added here.
 *
 * Why the plan and not the query type alone: Neo4j 5.26 classes `LOAD CSV`, `TERMINATE TRANSACTIONS`,
 * `SHOW TRANSACTIONS` and procedures such as `db.stats.collect` or `db.prepareForReplanning` as reads
 * (query type 'r'), and a text check can be dressed past (a quoted name ending in a backslash, a Cypher
 * whitespace JavaScript does not know, a comment between two keywords).
 */

/** One step of a plan, as the driver's `summary.plan` gives it. */
export interface PlanStep {
  /** `Expand(All)@neo4j`: the operator, its variant in brackets, the database after `@`. */
  readonly operatorType: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  readonly children: readonly PlanStep[];
}

/**
 * Operators that only read the graph, by name without variant and database (`Expand` for
 * `Expand(Into)@neo4j`). From the operator list of Neo4j 5.26's plan descriptions
 * (`LogicalPlan2PlanDescription`), less everything that writes, runs procedures, reads files or URLs,
 * commits its own transactions, administers the DBMS, or belongs to runtimes Community lacks.
 */
export const READ_OPERATORS: ReadonlySet<string> = new Set([
  // Leaves: scans, seeks, counts.
  'AllNodesScan',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'MultiNodeIndexSeek',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedRelationshipByIdSeek',
  'UndirectedRelationshipByIdSeek',
  'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipUniqueIndexSeek',
  'UndirectedRelationshipUniqueIndexSeek',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'Argument',
  // Traversals.
  'Expand',
  'OptionalExpand',
  'VarLengthExpand',
  'ShortestPath',
  'StatefulShortestPath',
  'Repeat',
  'BidirectionalRepeat',
  'PathPropagatingBFS',
  'ProjectEndpoints',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  // Combining rows: subqueries, joins, unions, OPTIONAL MATCH, pattern predicates.
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'RollUpApply',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'Optional',
  'Anti',
  'Union',
  'OrderedUnion',
  // Row operations.
  'ProduceResults',
  'EmptyResult',
  'Projection',
  'Filter',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Top1WithTies',
  'Distinct',
  'OrderedDistinct',
  'EagerAggregation',
  'OrderedAggregation',
  'Unwind',
  'CacheProperties',
  'Eager',
  'NullifyMetadata',
  'PreserveOrder',
  // Checked again by name: see READ_PROCEDURES.
  'ProcedureCall',
]);

/**
 * The procedures a read-only query may call: the schema's vocabulary and full-text search. Others are
 * refused even when Neo4j plans them as reads: `db.stats.collect` starts collecting query statistics,
 * `db.prepareForReplanning` empties the query caches, `dbms.*` reads or changes the DBMS.
 */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

const READ_ONLY = 'reports and ad-hoc queries only read the graph';
const IN_TRANSACTIONS = 'CALL { ... } IN TRANSACTIONS commits transactions of its own';

/** Why a known operator that is not a read is refused; other unknown operators get a general message. */
const REFUSALS: Readonly<Record<string, string>> = {
  LoadCSV: 'LOAD CSV reads files or URLs from the database server',
  TransactionForeach: IN_TRANSACTIONS,
  TransactionApply: IN_TRANSACTIONS,
  TerminateTransactions: 'TERMINATE TRANSACTIONS is an administration command',
  ShowTransactions: 'SHOW TRANSACTIONS is an administration command',
  AdministrationCommand: 'administration commands (users, roles, databases, privileges) are not allowed',
  Foreach: 'FOREACH only runs updating clauses',
};

const WRITES = new Set([
  'Create',
  'Merge',
  'LockingMerge',
  'Delete',
  'DetachDelete',
  'SetProperty',
  'SetProperties',
  'SetPropertiesFromMap',
  'SetNodePropertiesFromMap',
  'SetRelationshipPropertiesFromMap',
  'SetDynamicProperty',
  'SetLabels',
  'RemoveLabels',
  'CreateIndex',
  'DropIndex',
  'CreateConstraint',
  'DropConstraint',
  'DoNothingIfExists',
]);

/** `Expand(All)@neo4j` → `Expand`. */
export function operatorName(operatorType: string): string {
  return operatorType.replace(/@.*$/s, '').replace(/\(.*$/s, '');
}

/** The qualified procedure name a `ProcedureCall` step names (`db.labels() :: (...)` → `db.labels`). */
export function procedureName(step: PlanStep): string | undefined {
  const details = step.arguments.Details;
  if (typeof details !== 'string') return undefined;
  return /^([A-Za-z_][\w.]*)\(/.exec(details.trim())?.[1];
}

/**
 * Why the plan may not run read-only (one line, for the analyst), or undefined when every step is on
 * the allow-lists. The first refused step, walking from the root, decides the message.
 */
export function findPlanRefusal(plan: PlanStep): string | undefined {
  const pending: PlanStep[] = [plan];
  for (let step = pending.pop(); step !== undefined; step = pending.pop()) {
    const reason = refuseStep(step);
    if (reason !== undefined) return `refused: ${reason}; ${READ_ONLY}`;
    pending.push(...[...step.children].reverse());
  }
  return undefined;
}

function refuseStep(step: PlanStep): string | undefined {
  const name = operatorName(step.operatorType);
  if (name === 'ProcedureCall') return refuseProcedure(step);
  if (READ_OPERATORS.has(name)) return undefined;
  const known = REFUSALS[name];
  if (known !== undefined) return known;
  if (WRITES.has(name)) return `this query would write (its plan has a ${name} step)`;
  if (name.startsWith('Show')) return 'SHOW commands are administration commands';
  return `its plan has a step Neo4j calls ${name}, which is not on the read-only allow-list`;
}

function refuseProcedure(step: PlanStep): string | undefined {
  const procedure = procedureName(step);
  if (procedure !== undefined && READ_PROCEDURES.has(procedure)) return undefined;
  const allowed = [...READ_PROCEDURES].join(', ');
  return `procedure ${procedure ?? '(unnamed)'} is not one a read-only query may call (allowed: ${allowed})`;
}
