import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** What walking a document's selections needs: the schema and the document's fragments. */
export interface SelectionScope {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
}

/** Follows a path of field names from the field to the node selections and their possible types. */
export function descend(
  scope: SelectionScope,
  fieldNodes: readonly FieldNode[],
  type: GraphQLNamedType,
  path: readonly string[],
): { sets: SelectionSetNode[]; types: GraphQLObjectType[] } {
  let nodes: readonly FieldNode[] = fieldNodes;
  let current = type;
  for (const name of path) {
    if (!isObjectType(current)) return { sets: [], types: [] };
    const field = current.getFields()[name];
    if (!field) return { sets: [], types: [] };
    nodes = nodes.flatMap((node) => selectedFields(scope, node.selectionSet, name));
    current = getNamedType(field.type);
  }
  const sets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  return { sets, types: possibleTypes(scope.schema, current) };
}

function possibleTypes(schema: GraphQLSchema, type: GraphQLNamedType): GraphQLObjectType[] {
  if (isAbstractType(type)) return [...schema.getPossibleTypes(type)];
  return isObjectType(type) ? [type] : [];
}

/** The fields named `name` in a selection set, through fragments (whatever their type condition). */
export function selectedFields(
  scope: SelectionScope,
  set: SelectionSetNode | undefined,
  name: string,
): FieldNode[] {
  return fieldsByType(scope, set ? [set] : [], null)
    .filter(({ field }) => field.name.value === name)
    .map(({ field }) => field);
}

/** Every field of the selection sets with the object types it applies to (`null`: all of them). */
export function fieldsByType(
  scope: SelectionScope,
  sets: readonly SelectionSetNode[],
  types: readonly GraphQLObjectType[] | null,
): { field: FieldNode; types: readonly GraphQLObjectType[] | null }[] {
  const found: { field: FieldNode; types: readonly GraphQLObjectType[] | null }[] = [];
  const narrow = (current: typeof types, condition: string | undefined): typeof types => {
    if (condition === undefined || current === null) return current;
    const target = scope.schema.getType(condition);
    const allowed = target ? possibleTypes(scope.schema, target) : [];
    return current.filter((type) => allowed.includes(type));
  };
  const visit = (set: SelectionSetNode, current: typeof types): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) found.push({ field: selection, types: current });
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        visit(selection.selectionSet, narrow(current, selection.typeCondition?.name.value));
      else {
        const fragment = scope.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet, narrow(current, fragment.typeCondition.name.value));
      }
    }
  };
  for (const set of sets) visit(set, types);
  return found;
}

/**
 * The map projection of the scalar fields selected on nodes of `types` (`.id, .name, ...`): a node's
 * scalar fields are its properties of the same name. The names are schema field names (the document
 * was validated), and only leaf fields of these types are taken.
 */
export function selectedProperties(
  scope: SelectionScope,
  sets: readonly SelectionSetNode[],
  types: readonly GraphQLObjectType[],
  always: readonly string[] = ['id'],
): string {
  const names = new Set(always);
  for (const { field, types: applies } of fieldsByType(scope, sets, types)) {
    const name = field.name.value;
    const isProperty = (applies ?? types).some((type) => {
      const definition = type.getFields()[name];
      return definition !== undefined && isLeafType(getNamedType(definition.type));
    });
    if (isProperty && !name.startsWith('__')) names.add(name);
  }
  return [...names].map((name) => `.${name}`).join(', ');
}
