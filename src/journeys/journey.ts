import type { JourneyWindow } from './arguments.js';
import { stageTable, type StagedEvent } from './stages.js';

export type JourneyStage = 'AWARENESS' | 'CONSIDERATION' | 'PURCHASE' | 'RETENTION';

/** One step of a journey, as schema.graphql's JourneyStep describes it. */
export interface JourneyStep {
  kind: 'ORDER' | 'TOUCHPOINT' | 'SOCIAL_SIGNAL';
  id: string;
  type: string;
  channel: string;
  at: string;
  stage: JourneyStage;
  channelChanged: boolean;
}

export interface Journey {
  steps: JourneyStep[];
  channelSwitches: { count: number; switches: { from: string; to: string; at: string }[] };
  entry: JourneyStep | null;
  currentStage: JourneyStage | null;
}

/** One customer's events as customers/360/journey reads them, oldest first (a social signal's channel is its platform). */
export interface StepRow {
  kind: JourneyStep['kind'];
  id: string;
  type: string;
  channel: string;
  at: string;
  score: number | null;
  sentiment: number | null;
  aboutProduct: boolean;
}

export interface JourneyRows {
  steps: StepRow[];
}

const stageName = (event: StagedEvent) => stageTable.stageOf(event).toUpperCase() as JourneyStep['stage'];

/** Every step with its stage; a step counts as "bought before" once an earlier step was an order. */
function staged(steps: StepRow[]): JourneyStep[] {
  let bought = false;
  return steps.map((step) => {
    const stage = stageName({ ...step, bought });
    bought ||= step.kind === 'ORDER';
    return { kind: step.kind, id: step.id, type: step.type, channel: step.channel, at: step.at, stage, channelChanged: false };
  });
}

/** A social signal is on SOCIAL whatever its platform, so asking for SOCIAL shows every one. */
function onChannels(channels: Set<string>, step: JourneyStep): boolean {
  return channels.has(step.channel) || (step.kind === 'SOCIAL_SIGNAL' && channels.has('SOCIAL'));
}

function within(window: JourneyWindow, step: JourneyStep): boolean {
  const at = Date.parse(step.at);
  return (
    (window.since === null || at >= window.since) &&
    (window.until === null || at < window.until) &&
    (window.channels === null || onChannels(window.channels, step))
  );
}

/**
 * A journey within a window. Stages, entry and current stage (the last step's) come from the whole journey (a step
 * after an earlier purchase is retention even when the purchase is outside the window); channel
 * changes and switches are between the steps shown.
 */
export function journeyOf(rows: JourneyRows, window: JourneyWindow): Journey {
  const all = staged(rows.steps);
  const steps = all
    .filter((step) => within(window, step))
    .map((step, index, shown) => ({ ...step, channelChanged: index > 0 && step.channel !== shown[index - 1]!.channel }));
  const switches = steps
    .filter((step) => step.channelChanged)
    .map((step) => ({ from: steps[steps.indexOf(step) - 1]!.channel, to: step.channel, at: step.at }));
  return {
    steps,
    channelSwitches: { count: switches.length, switches },
    entry: all[0] ?? null,
    currentStage: all.at(-1)?.stage ?? null,
  };
}
