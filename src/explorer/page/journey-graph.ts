import cytoscape from 'cytoscape';
import { lanesOf, type Moment } from './journey.js';

const columnWidth = 170;
const laneHeight = 60;

/** The container keeps its graph, so a test or a curious developer can read what was drawn. */
export type JourneyContainer = HTMLElement & { journey?: cytoscape.Core };

/**
 * The journey drawn with Cytoscape.js: one column per moment in time order, one lane per channel,
 * an arrow from each moment to the next; orders are diamonds, signals rounded boxes, the entry
 * point has a thick border and says ENTRY, and every change of stage is labelled with the new stage.
 */
export function drawJourney(container: JourneyContainer, moments: Moment[]): cytoscape.Core {
  const lanes = lanesOf(moments);
  const laneOf = (channel: string) => lanes.indexOf(channel) * laneHeight;
  const elements: cytoscape.ElementDefinition[] = [
    ...lanes.map((lane) => ({
      group: 'nodes' as const,
      data: { id: `lane:${lane}`, label: lane },
      position: { x: -columnWidth, y: laneOf(lane) },
      classes: 'lane',
      selectable: false,
      grabbable: false,
    })),
    ...moments.map((moment, index) => ({
      group: 'nodes' as const,
      data: {
        id: `moment:${index}`,
        label: labelOf(moment),
        momentId: moment.id,
        type: moment.type,
        channel: moment.channel,
        at: moment.at,
      },
      position: { x: index * columnWidth, y: laneOf(moment.channel) },
      classes: ['moment', moment.kind.toLowerCase(), moment.entry ? 'entry' : '', moment.stageChanged ? 'stage-change' : '']
        .join(' ')
        .trim(),
    })),
    ...moments.slice(1).map((_, index) => ({
      group: 'edges' as const,
      data: { id: `next:${index}`, source: `moment:${index}`, target: `moment:${index + 1}` },
    })),
  ];
  const graph = cytoscape({
    container,
    elements,
    layout: { name: 'preset', padding: 30 },
    style,
    userZoomingEnabled: true,
    wheelSensitivity: 0.3,
  });
  container.journey = graph;
  return graph;
}

function labelOf(moment: Moment): string {
  const lines = [moment.type, moment.at.slice(0, 10)];
  if (moment.entry) lines.unshift('ENTRY');
  if (moment.stageChanged) lines.push(`→ ${moment.stage}`);
  return lines.join('\n');
}

const style: cytoscape.StylesheetStyle[] = [
  {
    selector: 'node.moment',
    style: {
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-background-color': '#fcfdfe',
      'text-background-opacity': 0.85,
      'font-size': 12,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      width: 26,
      height: 26,
      'background-color': '#3b6ea5',
    },
  },
  { selector: 'node.order', style: { shape: 'diamond', 'background-color': '#2e8540', width: 32, height: 32 } },
  { selector: 'node.social_signal', style: { shape: 'round-rectangle', 'background-color': '#8a4baf' } },
  { selector: 'node.entry', style: { 'border-width': 5, 'border-color': '#111' } },
  { selector: 'node.stage-change', style: { color: '#b45309', 'font-weight': 'bold' } },
  {
    selector: 'node.lane',
    style: {
      label: 'data(label)',
      shape: 'rectangle',
      width: 1,
      height: 1,
      'background-opacity': 0,
      'text-halign': 'left',
      'text-valign': 'center',
      'font-size': 12,
      color: '#555',
    },
  },
  {
    selector: 'edge',
    style: { width: 1.5, 'line-color': '#999', 'target-arrow-color': '#999', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier' },
  },
];
