import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  visit,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Looking ahead at what a request selects below a resolver, as execution will see it: fragments
 * (named and inline) expanded, @skip and @include applied, arguments coerced from literals and
 * variables by the schema. The types below Query.customer are object types, so every fragment
 * that validation let through applies to them.
 */
type Lookahead = Pick<GraphQLResolveInfo, 'fragments' | 'variableValues'>;

export interface SelectedField {
  name: string;
  args: Record<string, unknown>;
  node: FieldNode;
}

/** The field nodes a selection set asks for, in order (one per occurrence, aliases included). */
export function fieldNodes(info: Lookahead, sets: readonly (SelectionSetNode | undefined)[]): FieldNode[] {
  const included = (node: FieldNode | SelectionSetNode['selections'][number]) =>
    !getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
  return sets.flatMap((set) =>
    (set?.selections ?? []).filter(included).flatMap((selection): FieldNode[] => {
      if (selection.kind === Kind.FIELD) return [selection];
      if (selection.kind === Kind.INLINE_FRAGMENT) return fieldNodes(info, [selection.selectionSet]);
      return fieldNodes(info, [info.fragments[selection.name.value]?.selectionSet]);
    }),
  );
}

/** The fields of `type` asked for, with their arguments; a field whose arguments do not coerce is left out (its resolver will say why). */
export function selectedFields(info: Lookahead, type: GraphQLObjectType, sets: readonly (SelectionSetNode | undefined)[]): SelectedField[] {
  const definitions = type.getFields();
  return fieldNodes(info, sets).flatMap((node) => {
    const definition = definitions[node.name.value];
    if (!definition) return []; // __typename
    try {
      return [{ name: node.name.value, args: getArgumentValues(definition, node, info.variableValues), node }];
    } catch {
      return [];
    }
  });
}

/** Whether a field's selection reaches one of the paths of field names (e.g. `nodes.lines.product`). */
export function reaches(info: Lookahead, node: FieldNode, paths: readonly string[][]): boolean {
  return paths.some((path) => {
    const [first, ...rest] = path;
    return fieldNodes(info, [node.selectionSet]).some(
      (child) => child.name.value === first && (rest.length === 0 || reaches(info, child, [rest])),
    );
  });
}

/** Whether the request's document (its operation and every fragment) names a field of one of these names anywhere. */
export function documentNames(info: Pick<GraphQLResolveInfo, 'fragments' | 'operation'>, fieldNames: readonly string[]): boolean {
  const key = fieldNames.join();
  const known = named.get(info.operation)?.get(key);
  if (known !== undefined) return known;
  let found = false;
  for (const node of [info.operation, ...Object.values(info.fragments)])
    visit(node, {
      Field: (field) => {
        if (fieldNames.includes(field.name.value)) found = true;
      },
    });
  // Parsed documents are cached and reused, so each operation is walked once per list of names.
  named.set(info.operation, (named.get(info.operation) ?? new Map()).set(key, found));
  return found;
}

const named = new WeakMap<OperationDefinitionNode, Map<string, boolean>>();
