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
          CustomerConnection: '../customers/facts.js#CustomerPage',
          Order: '../customers/facts.js#OrderRow',
          OrderLine: '../customers/facts.js#OrderLineRow',
          OrderConnection: '../customers/facts.js#OrderPage',
          Money: '../customers/facts.js#MoneyRow',
          Touchpoint: '../customers/facts.js#TouchpointRow',
          TouchpointConnection: '../customers/facts.js#TouchpointPage',
          SocialSignal: '../customers/facts.js#SocialSignalRow',
          SocialSignalConnection: '../customers/facts.js#SocialSignalPage',
          SourceRecord: '../customers/facts.js#SourceRecordRow',
          SourceRecordConnection: '../customers/facts.js#SourceRecordPage',
          ChannelUsage: '../customers/facts.js#ChannelUsageRow',
          TopicInterest: '../customers/facts.js#TopicInterestRow',
          ConsentState: '../customers/facts.js#ConsentStateRow',
          CustomerMetrics: '../customers/metrics.js#CustomerMetricsRecord',
          RelatedCustomer: '../customers/loaders.js#RelatedRow',
          Product: '../catalog/products.js#ProductRecord',
          Channel: '../engagement/engagement.js#ChannelRecord',
          Topic: '../engagement/engagement.js#TopicRecord',
          Qualification: '../leads/qualify.js#LeadQualification',
          LeadReason: '../leads/qualify.js#Reason',
          LeadConnection: '../leads/leads.js#LeadPage',
          NextBestAction: '../leads/next-best-action.js#PlannedAction',
          Segment: '../segments/segments.js#SegmentRecord',
          Household: '../communities/households.js#HouseholdRecord',
          BuyerCluster: '../communities/buyer-clusters.js#BuyerClusterRecord',
          BuyerClusterProduct: '../communities/buyer-clusters.js#BuyerClusterProductRecord',
          BuyerClusterConnection: '../communities/buyer-clusters.js#BuyerClusterPage',
          SegmentMembership: '../segments/segments.js#MembershipRecord',
          UnmergeResult: '../identity/resolvers.js#UnmergedCustomers',
          AudienceConnection: '../audiences/audience.js#AudiencePage',
        },
        scalars: { DateTime: 'string', ID: 'string' },
        enumsAsTypes: true,
        avoidOptionals: { field: true },
      },
    },
  },
};
export default config;
