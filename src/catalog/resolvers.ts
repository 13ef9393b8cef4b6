import type { Resolvers } from '../api/schema-types.generated.js';
import type { CustomerRecord } from '../customers/customers.js';
import { customersSelected, inConnection } from '../customers/selection/list-view.js';
import { alsoBought, buyersOf, signalsAbout, talkAbout } from './products.js';

/** Products: their categories, their buyers, what else those buy, what people say about them. */
export const catalogResolvers: Resolvers = {
  Query: {
    product: (_parent, { sku }, { loaders }) => loaders.product.load(sku),
  },
  Product: {
    price: (product) => (product.price === null || product.currency === null ? null : { minor: product.price, currency: product.currency }),
    buyers: (product, { first, after }, context, info) =>
      buyersOf(
        context.graph,
        product.sku,
        first,
        after,
        async (ids) => (await customersSelected(context, info, inConnection)(ids)) as CustomerRecord[],
      ),
    alsoBought: async (product, { first }, { graph, loaders }) =>
      Promise.all(
        (await alsoBought(graph, product.sku, first)).map(async ({ sku, customers }) => ({
          product: (await loaders.product.load(sku))!,
          customers,
        })),
      ),
    talk: (product, _args, { graph }) => talkAbout(graph, product.sku),
    signals: (product, { first, after }, { graph }) => signalsAbout(graph, product.sku, first, after),
  },
};
