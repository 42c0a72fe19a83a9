import { describe, expect, it } from 'vitest';
import { findPlanRefusal, operatorName, type PlanStep, READ_OPERATORS } from './plan-guard.ts';

const step = (operatorType: string, children: PlanStep[] = [], details?: string): PlanStep => ({
  operatorType,
  arguments: details === undefined ? {} : { Details: details },
  children,
});
const produce = (...children: PlanStep[]) => step('ProduceResults@neo4j', children);

describe('findPlanRefusal', () => {
  it('lets a plan of read operators through, whatever their variant', () => {
    const plan = produce(
      step('Projection@neo4j', [
        step('VarLengthExpand(Pruning,BFS,All)@neo4j', [step('NodeByLabelScan@neo4j')]),
        step('Expand(Into)@neo4j', [step('Argument@neo4j')]),
      ]),
    );
    expect(findPlanRefusal(plan)).toBeUndefined();
  });

  it.each([
    ['LoadCSV@neo4j', /LOAD CSV reads files or URLs/],
    ['TransactionForeach@neo4j', /IN TRANSACTIONS commits/],
    ['TransactionApply@neo4j', /IN TRANSACTIONS commits/],
    ['TerminateTransactions@neo4j', /TERMINATE TRANSACTIONS is an administration command/],
    ['ShowTransactions@neo4j', /SHOW TRANSACTIONS is an administration command/],
    ['ShowSettings@neo4j', /SHOW commands are administration commands/],
    ['AdministrationCommand@system', /administration commands/],
    ['SetProperty@neo4j', /would write \(its plan has a SetProperty step\)/],
    ['Create@neo4j', /would write/],
    ['Foreach@neo4j', /FOREACH/],
    ['SomethingNew(All)@neo4j', /Neo4j calls SomethingNew, which is not on the read-only allow-list/],
  ])('refuses a plan with a %s step deep inside', (operatorType, message) => {
    const plan = produce(step('Apply@neo4j', [step('Argument@neo4j'), step(operatorType, [])]));
    const refusal = findPlanRefusal(plan);
    expect(refusal).toMatch(message);
    expect(refusal).toMatch(/^refused: .*; reports and ad-hoc queries only read the graph$/);
    expect(refusal).not.toContain('\n');
  });

  it.each([
    ['db.labels() :: (label :: STRING)', undefined],
    ['db.index.fulltext.queryNodes($a, $b) :: (node :: NODE, score :: FLOAT)', undefined],
    ['db.stats.collect($autostring_0) :: (section :: STRING)', /procedure db\.stats\.collect is not one/],
    ['db.prepareForReplanning() :: ()', /procedure db\.prepareForReplanning is not one/],
    ['dbms.components() :: (name :: STRING)', /procedure dbms\.components is not one/],
    ['db.labels', /procedure \(unnamed\)/],
  ])('checks the procedure a ProcedureCall names: %s', (details, expected) => {
    const refusal = findPlanRefusal(produce(step('ProcedureCall@neo4j', [], details)));
    if (expected === undefined) expect(refusal).toBeUndefined();
    else expect(refusal).toMatch(expected);
  });

  it('refuses a procedure call whose name Neo4j did not give', () => {
    expect(findPlanRefusal(produce(step('ProcedureCall@neo4j')))).toMatch(/procedure \(unnamed\)/);
  });
});

describe('operatorName', () => {
  it('drops the variant and the database', () => {
    expect(operatorName('VarLengthExpand(Pruning,BFS,All)@neo4j')).toBe('VarLengthExpand');
    expect(operatorName('AdministrationCommand@system')).toBe('AdministrationCommand');
    expect(operatorName('Filter')).toBe('Filter');
  });

  it('has no writing operator on the allow-list', () => {
    for (const name of READ_OPERATORS)
      expect(name).not.toMatch(/^(Create|Merge|Set|Remove|Delete|Load|Transaction)/);
  });
});
