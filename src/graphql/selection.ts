import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

/** Answers of {@link selectsField} per field (a pure function of the document, so safe to keep). */
const cache = new WeakMap<readonly FieldNode[], Map<string, boolean>>();

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
  // graphql-js hands every item of a list the same fieldNodes array: walk it once per field, not per item.
  const key = names.join('.');
  let answers = cache.get(info.fieldNodes);
  if (!answers) cache.set(info.fieldNodes, (answers = new Map<string, boolean>()));
  let answer = answers.get(key);
  if (answer === undefined) answers.set(key, (answer = walkSelection(info, names)));
  return answer;
}

function walkSelection(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of names) {
    level = level.flatMap((node) => fieldsNamed(node.selectionSet, name, info.fragments));
    if (level.length === 0) return false;
  }
  return true;
}
