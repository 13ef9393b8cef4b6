import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types come from schema.graphql (the contract), never written by hand: `npm run codegen`. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/api/schema-types.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: './context.js#ApiContext',
        mappers: {
          Customer: '../customers/customers.js#CustomerRecord',
          Identity: '../customers/customers.js#IdentityRecord',
          UnmergeResult: '../identity/resolvers.js#UnmergedCustomers',
        },
        scalars: { DateTime: 'string', ID: 'string' },
        enumsAsTypes: true,
        avoidOptionals: { field: true },
      },
    },
  },
};
export default config;
