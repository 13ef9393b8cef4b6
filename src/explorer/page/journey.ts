import type { JourneyStep, SignalSummary } from './customer.js';

/** One thing the customer did, as the journey graph draws it: a touchpoint, an order or a social signal. */
export interface Moment {
  id: string;
  kind: 'ORDER' | 'TOUCHPOINT' | 'SIGNAL';
  type: string;
  /** The lane it is drawn in: the step's channel, or the signal's platform. */
  channel: string;
  at: string;
  /** The buying-cycle stage of a step; signals have none of their own. */
  stage: string | null;
  entry: boolean;
  /** The stage differs from the previous step's (the first step starts a stage too). */
  stageChanged: boolean;
}

/**
 * The journey's steps and the customer's social signals in one time order (a step before a
 * signal at the same instant, otherwise as the API ordered them), with the entry point and every
 * change of stage marked.
 */
export function journeyMoments(steps: JourneyStep[], signals: SignalSummary[], entryId: string | null): Moment[] {
  let stage: string | null = null;
  const fromSteps = steps.map((step): Moment => {
    const changed = step.stage !== stage;
    stage = step.stage;
    return { id: step.id, kind: step.kind, type: step.type, channel: step.channel, at: step.at, stage: step.stage, entry: step.id === entryId, stageChanged: changed };
  });
  const fromSignals = signals.map((signal): Moment => ({
    id: signal.id, kind: 'SIGNAL', type: signal.type, channel: `SOCIAL (${signal.platform})`, at: signal.at, stage: null, entry: false, stageChanged: false,
  }));
  const ordered = [...fromSteps, ...fromSignals].map((moment, index) => ({ moment, index }));
  ordered.sort((a, b) => Date.parse(a.moment.at) - Date.parse(b.moment.at) || a.index - b.index);
  return ordered.map(({ moment }) => moment);
}

/** The lanes of the graph, one per channel, in the order the customer first used them. */
export function lanesOf(moments: Moment[]): string[] {
  return [...new Set(moments.map((moment) => moment.channel))];
}
