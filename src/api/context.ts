import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { Access } from '../access/access.js';
import type { Caller } from '../access/caller.js';
import { RequestAccess } from '../access/request-access.js';
import { productsBySku } from '../catalog/products.js';
import { buyerClustersOf } from '../communities/buyer-clusters.js';
import { householdsOf } from '../communities/households.js';
import { customerLoaders } from '../customers/loaders.js';
import type { RfmBoundaries } from '../customers/metrics.js';
import type { Deadline, Graph } from '../graph/graph.js';
import type { Ingestion } from '../ingestion/ingest.js';
import { journeyLoader } from '../journeys/loaders.js';
import { leadLoaders } from '../leads/loaders.js';
import { membershipsOf } from '../segments/segments.js';
import { attributeHistoryPages } from '../privacy/attribute-history.js';
import type { LiveEvents } from '../live/live-events.js';

/** Every look-up by key a request makes goes through these, batched and cached for the request. */
function requestLoaders(graph: Graph, rfm: RfmBoundaries) {
  return {
    ...customerLoaders(graph, rfm),
    product: new DataLoader((skus: readonly string[]) => productsBySku(graph, skus)),
    segments: new DataLoader((ids: readonly string[]) => membershipsOf(graph, ids)),
    household: new DataLoader((ids: readonly string[]) => householdsOf(graph, ids)),
    buyerCluster: new DataLoader((ids: readonly string[]) => buyerClustersOf(graph, ids)),
    journey: journeyLoader(graph),
    ...leadLoaders(graph),
    attributeHistory: attributeHistoryPages(graph),
  };
}

/** What lives as long as the service: the graph, the pipeline, access control and the audit trail. */
export interface ServiceParts {
  graph: Graph;
  rfm: RfmBoundaries;
  ingestion: Ingestion;
  access: Access;
  log: Logger;
  live: LiveEvents;
}

/** What every resolver gets: the service's parts, the request's loaders and who is calling. */
export interface ApiContext extends Omit<ServiceParts, 'access'> {
  loaders: ReturnType<typeof requestLoaders>;
  access: RequestAccess;
  service: Access;
}

/**
 * The request's graph is bound to its deadline (REQUEST_TIMEOUT_MS after its body was read, or the
 * client leaving): each transaction gets at most the time left and none starts after it.
 */
export function createContext(parts: ServiceParts, caller: Caller, deadline: Deadline): ApiContext {
  const graph = parts.graph.within(deadline);
  return {
    ...parts,
    graph,
    ingestion: parts.ingestion.through(graph),
    loaders: requestLoaders(graph, parts.rfm),
    access: new RequestAccess(caller, parts.access.pseudonymKey),
    service: parts.access,
  };
}

/**
 * A subscription's context serves many events: each starts with fresh loaders (so nothing is
 * answered from an earlier event's cache) and its own record of personal reads (audited per event).
 */
export function renewForEvent<T>(context: ApiContext, event: T): T {
  context.loaders = requestLoaders(context.graph, context.rfm);
  context.access = new RequestAccess(context.access.caller, context.service.pseudonymKey);
  return event;
}
