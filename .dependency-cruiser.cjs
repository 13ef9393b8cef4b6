/**
 * The direction of the house: surfaces (GraphQL API, HTTP, command lines) → domain → graph.
 * A concern's folder holds its resolvers and its `selection/` (the compilers that turn a GraphQL
 * selection into one statement, so GraphQL by nature) beside its domain code; the rules below
 * tell them apart by path. Type-only imports count: a domain that names GraphQL types knows GraphQL.
 */
const surface = [
  '^src/(api|http|explorer)/',
  '^src/(main|service)[.]ts$',
  '(^|/)resolvers[.]ts$',
  '^src/[a-z-]+/selection/',
  '[/-]cli[.]ts$',
  '^src/collection/endpoint[.]ts$',
];
const graph = '^src/graph/';

module.exports = {
  forbidden: [
    {
      name: 'domain-to-surface',
      comment: 'Domain code takes plain arguments and throws domain errors; the API turns them into GraphQL.',
      severity: 'error',
      from: { path: '^src/', pathNot: [...surface, graph] },
      to: { path: surface },
    },
    {
      name: 'graph-to-domain',
      comment: 'The graph layer knows Neo4j, not the product.',
      severity: 'error',
      from: { path: graph },
      to: { path: '^src/', pathNot: [graph, '^src/observability/', '^src/project[.]ts$'] },
    },
    {
      name: 'no-cycle',
      comment: 'A cycle makes two modules one; split what both need into a third.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
