import type { Journey, JourneyStep } from '../api/schema-types.generated.js';
import type { JourneyWindow } from './arguments.js';
import { stageTable, type StagedEvent } from './stages.js';

/** One customer's events as journeys/steps reads them, oldest first. */
export interface StepRow {
  kind: 'ORDER' | 'TOUCHPOINT';
  id: string;
  type: string;
  channel: string;
  at: string;
  score: number | null;
  aboutProduct: boolean;
}

export interface SignalRow {
  type: string;
  at: string;
  sentiment: number | null;
}

export interface JourneyRows {
  steps: StepRow[];
  latestSignal: SignalRow | null;
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

function within(window: JourneyWindow, step: JourneyStep): boolean {
  const at = Date.parse(step.at);
  return (window.since === null || at >= window.since) && (window.until === null || at < window.until) && (window.channels === null || window.channels.has(step.channel));
}

/** The latest event: the last step, unless the customer said something in public after it. */
function currentStage(all: JourneyStep[], rows: JourneyRows): JourneyStep['stage'] | null {
  const last = all.at(-1);
  const signal = rows.latestSignal;
  if (signal && (!last || Date.parse(signal.at) > Date.parse(last.at))) {
    const bought = all.some((step) => step.kind === 'ORDER' && Date.parse(step.at) <= Date.parse(signal.at));
    return stageName({ type: signal.type, bought, sentiment: signal.sentiment });
  }
  return last?.stage ?? null;
}

/**
 * A journey within a window. Stages, entry and current stage come from the whole journey (a step
 * after an earlier purchase is retention even when the purchase is outside the window); channel
 * changes and switches are between the steps shown.
 */
export function journeyOf(rows: JourneyRows, window: JourneyWindow): Journey {
  const all = staged(rows.steps);
  const steps = all.filter((step) => within(window, step)).map((step, index, shown) => ({ ...step, channelChanged: index > 0 && step.channel !== shown[index - 1]!.channel }));
  const switches = steps.filter((step) => step.channelChanged).map((step) => ({ from: steps[steps.indexOf(step) - 1]!.channel, to: step.channel, at: step.at }));
  return {
    steps,
    channelSwitches: { count: switches.length, switches },
    entry: all[0] ?? null,
    currentStage: currentStage(all, rows),
  };
}
