import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import type { JourneyStage } from './journey.js';
import { stageTable } from './stages.js';

export type JourneyPathDimension = 'CHANNEL' | 'STAGE';
export interface JourneyPathStatistics {
  by: JourneyPathDimension;
  maxSteps: number;
  customers: number;
  paths: { steps: string[]; customers: number; share: number }[];
}
export interface JourneyEntryPoint {
  channel: string;
  country: string | null;
  customers: number;
  share: number;
}
export interface JourneyDropOff {
  type: string;
  channel: string;
  stage: JourneyStage;
  customers: number;
  share: number;
}

/** Journeys across customers: paths to a first purchase, entry points, drop-offs. */
const q = {
  paths: cypher.get('journeys/purchase-paths'),
  entryPoints: cypher.get('journeys/entry-points'),
  dropOffs: cypher.get('journeys/drop-offs'),
};

const shareOf = (customers: number, total: number) => (total === 0 ? 0 : customers / total);

export async function purchasePaths(
  graph: Graph,
  by: JourneyPathDimension,
  maxSteps: number,
  limit: number,
): Promise<JourneyPathStatistics> {
  const [row] = await graph.read(q.paths, { maxSteps, by: by === 'STAGE' ? 'stage' : 'channel', stages: stageTable.cypherParam, limit });
  const total = row!.total as number;
  const paths = row!.paths as { steps: string[]; customers: number }[];
  return {
    by,
    maxSteps,
    customers: total,
    paths: paths.map((path) => ({
      steps: by === 'STAGE' ? path.steps.map((stage) => stage.toUpperCase()) : path.steps,
      customers: path.customers,
      share: shareOf(path.customers, total),
    })),
  };
}

export async function entryPoints(graph: Graph, limit: number): Promise<JourneyEntryPoint[]> {
  const [row] = await graph.read(q.entryPoints, { limit });
  const total = row!.total as number;
  return (row!.points as Omit<JourneyEntryPoint, 'share'>[]).map((point) => ({ ...point, share: shareOf(point.customers, total) }));
}

export async function dropOffs(graph: Graph, limit: number): Promise<JourneyDropOff[]> {
  const [row] = await graph.read(q.dropOffs, { stages: stageTable.cypherParam, limit });
  const total = row!.total as number;
  return (row!.lastSteps as (Omit<JourneyDropOff, 'share' | 'stage'> & { stage: string })[]).map((step) => ({
    ...step,
    stage: step.stage.toUpperCase() as JourneyDropOff['stage'],
    share: shareOf(step.customers, total),
  }));
}
