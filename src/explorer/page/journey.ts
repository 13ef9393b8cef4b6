import type { JourneyStep } from './customer.js';

/** One step of the journey as the graph draws it: a touchpoint, an order or a social signal. */
export interface Moment extends JourneyStep {
  entry: boolean;
  /** The stage differs from the previous step's (the first step starts a stage too). */
  stageChanged: boolean;
}

/** The journey's steps (already in time order) with the entry point and every change of stage marked. */
export function journeyMoments(steps: JourneyStep[], entryId: string | null): Moment[] {
  return steps.map((step, index) => ({
    ...step,
    entry: step.id === entryId,
    stageChanged: index === 0 || step.stage !== steps[index - 1]!.stage,
  }));
}

/** The lanes of the graph, one per channel (a platform for signals), in the order the customer first used them. */
export function lanesOf(moments: Moment[]): string[] {
  return [...new Set(moments.map((moment) => moment.channel))];
}
