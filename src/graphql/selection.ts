import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { createFieldMemo } from './field-memo.ts';
import { selectedFields } from './selection-walk.ts';

/** Answers of {@link selectsField} per field (a pure function of the document, so safe to keep). */
const answers = createFieldMemo<boolean>();

/**
 * True when the field being resolved selects the path of fields `names` below it (`['sources']`: its
 * result's `sources`; `['relationships', 'sources']`: the sources of its relationships), through
 * fragments too. Used to fetch what a query asks for in the same statement. `@skip`/`@include` are not
 * evaluated: a field they drop is fetched and not returned.
 */
export function selectsField(info: GraphQLResolveInfo, ...names: string[]): boolean {
  // Walked once per field of a document, not per item of a list nor per request.
  return answers(info.fieldNodes, names.join('.'), () => walkSelection(info, names));
}

function walkSelection(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of names) {
    level = level.flatMap((node) => selectedFields(info, node.selectionSet, name));
    if (level.length === 0) return false;
  }
  return true;
}
