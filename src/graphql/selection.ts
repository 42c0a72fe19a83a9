import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { createFieldMemo } from './field-memo.ts';

type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

/** Answers of {@link selectsField} per field (a pure function of the document, so safe to keep). */
const answers = createFieldMemo<boolean>();

/** The fields named `name` in a selection set, through inline fragments and fragment spreads. */
function fieldsNamed(set: SelectionSetNode | undefined, name: string, fragments: Fragments): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (current: SelectionSetNode | undefined): void => {
    for (const selection of current?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  visit(set);
  return found;
}

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
    level = level.flatMap((node) => fieldsNamed(node.selectionSet, name, info.fragments));
    if (level.length === 0) return false;
  }
  return true;
}
