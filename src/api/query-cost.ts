import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  type FieldNode,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { maxPageSize } from '../paging/connections.js';

/**
 * What an operation may cost before it runs: every field costs 1, and what a list or connection
 * field selects counts once per item it can return. GraphQL Armor's cost limit multiplies only by
 * a literal `first`, so `first: $n` or an omitted `first` would count a page of 100 as one item;
 * here a literal counts as given, a variable as the largest page (100), an omitted `first` as the
 * default page (20), and a plain list without `first` as `listItems`.
 */
export interface CostOptions {
  maxCost: number;
  /** The items a list field without a `first` argument is assumed to return. */
  listItems: number;
}

const defaultPage = 20;

export function queryCostRule(options: CostOptions): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const root = operation.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getQueryType();
      if (!root) return;
      const cost = selectionCost(context, operation.selectionSet, root.getFields(), options, new Set());
      if (cost > options.maxCost) {
        context.reportError(
          new GraphQLError(`Query cost limit of ${options.maxCost} exceeded, found ${cost} (GRAPHQL_MAX_COST).`, {
            nodes: [operation],
            extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', maximum: options.maxCost, found: cost },
          }),
        );
      }
    },
  });
}

type Fields = Record<string, GraphQLField<unknown, unknown>>;

function selectionCost(
  context: ValidationContext,
  set: SelectionSetNode,
  fields: Fields,
  options: CostOptions,
  spread: Set<string>,
): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) total += fieldCost(context, selection, fields[selection.name.value], options, spread);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      total += fragmentCost(context, selection.selectionSet, selection.typeCondition?.name.value, fields, options, spread);
    else if (!spread.has(selection.name.value)) {
      // A fragment spread inside itself is refused by validation anyway; counting it once ends the walk.
      const fragment = context.getFragment(selection.name.value);
      if (fragment)
        total += fragmentCost(
          context,
          fragment.selectionSet,
          fragment.typeCondition.name.value,
          fields,
          options,
          new Set([...spread, selection.name.value]),
        );
    }
  }
  return total;
}

function fragmentCost(
  context: ValidationContext,
  set: SelectionSetNode,
  typeName: string | undefined,
  fields: Fields,
  options: CostOptions,
  spread: Set<string>,
): number {
  const type = typeName ? context.getSchema().getType(typeName) : undefined;
  const own = type && 'getFields' in type ? (type.getFields() as Fields) : fields;
  return selectionCost(context, set, own, options, spread);
}

function fieldCost(
  context: ValidationContext,
  node: FieldNode,
  field: GraphQLField<unknown, unknown> | undefined,
  options: CostOptions,
  spread: Set<string>,
): number {
  if (!node.selectionSet || !field) return 1;
  const named = getNamedType(field.type);
  const children = 'getFields' in named ? (named.getFields() as Fields) : {};
  return 1 + items(node, field, options) * selectionCost(context, node.selectionSet, children, options, spread);
}

/** How many items a field can return: one for an object, a page for a connection or paged list. */
function items(node: FieldNode, field: GraphQLField<unknown, unknown>, options: CostOptions): number {
  const paged = field.args.some((arg) => arg.name === 'first');
  const list = isListType(getNullableType(field.type));
  if (!paged) return list && !isPageOfConnection(field) ? options.listItems : 1;
  const first = node.arguments?.find((arg) => arg.name.value === 'first')?.value;
  if (!first) return defaultPage;
  if (first.kind === Kind.INT) return Math.max(1, Number(first.value));
  return maxPageSize;
}

/** `edges` and `nodes` of a connection are the page its field already counted. */
function isPageOfConnection(field: GraphQLField<unknown, unknown>): boolean {
  return field.name === 'edges' || field.name === 'nodes';
}
