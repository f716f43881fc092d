import { type ArgMap, type NodeAppearance, type NodeKind, stepView, type Tour } from '@argmap/core';
import type { Edge, Node } from '@xyflow/react';
import type { NodeStatus } from '../canvas/flowTypes.ts';
import { formatCitation } from './citation.ts';
import { PROJECTOR_FRAME } from './frame.ts';
import { estimateProjectorHeight } from './nodeHeights.ts';
import { stageLayout } from './stageLayout.ts';

/** What a projector node shows. */
export interface ProjectorNodeData extends Record<string, unknown> {
  kind: NodeKind;
  text: string;
  /** For evidence: the quote and its source line. */
  quote?: string;
  citation?: string;
  /** `focused` for the step's own nodes, `shown` for context revealed earlier. */
  appearance: NodeAppearance;
  /** Strength in [0, 1] when the verdict is revealed. */
  strength?: number;
  /** Accepted, rejected or undecided, when the verdict is revealed. */
  status?: NodeStatus;
}

/** Choices for {@link projectorFlow}. */
export interface ProjectorFlowOptions {
  /** Node strengths to show; omit to keep the verdict hidden. */
  strengths?: Readonly<Record<string, number>>;
  /** Accepted / rejected / undecided labels to show with the strengths; omit to keep them hidden. */
  statuses?: Readonly<Record<string, NodeStatus>>;
  /** A node's height on screen; defaults to {@link estimateProjectorHeight} (no browser needed). */
  heightOf?: (data: ProjectorNodeData) => number;
  /**
   * The canvas in canvas units at the smallest zoom where text still reads (see
   * {@link readableFrame}); defaults to a 1920×1080 projector.
   */
  frame?: { width: number; height: number };
}

/** The React Flow picture of one step: nodes, edges, and the ids the camera should frame. */
export interface ProjectorFlow {
  /** Only the nodes on the stage: nodes off it are left out, so their text is not in the page. */
  nodes: Node<ProjectorNodeData>[];
  edges: Edge[];
  /** The step's own nodes. */
  focus: string[];
  /** The nodes this step shows for the first time. */
  introduced: string[];
  /** Whether the stage fits the canvas with text at full size (else the camera zooms out). */
  fits: boolean;
}

/**
 * The audience's picture at step `index` of `tour`: the step's nodes in focus, laid out on their
 * own stage ({@link stageLayout}) with what fits of their context dimmed, and the lines between
 * them. Nodes not yet revealed never appear, nor does their text.
 */
export function projectorFlow(
  map: ArgMap,
  tour: Tour,
  index: number,
  options: ProjectorFlowOptions = {},
): ProjectorFlow {
  const view = stepView(map, tour, index);
  const focused = new Set(view.focused);
  const dataOf = new Map<string, ProjectorNodeData>();
  for (const id of view.revealed) {
    const node = map.nodes.get(id);
    if (!node) continue;
    const data: ProjectorNodeData = {
      kind: node.kind,
      text: node.text,
      appearance: focused.has(id) ? 'focused' : 'shown',
    };
    if (node.evidence) {
      data.quote = node.evidence.quote;
      // Without the article title: on a projector the speaker, outlet and date are what the class
      // needs, and long titles push the quote off the node. Handouts print the full citation.
      const { title: _title, ...source } = node.evidence.source;
      data.citation = formatCitation(source);
    }
    const strength = options.strengths?.[id];
    if (strength !== undefined) data.strength = strength;
    const status = options.statuses?.[id];
    if (status !== undefined) data.status = status;
    dataOf.set(id, data);
  }
  const heightOf = options.heightOf ?? estimateProjectorHeight;
  const stage = stageLayout(
    map,
    view,
    (id) => {
      const data = dataOf.get(id);
      return data ? heightOf(data) : 0;
    },
    options.frame ?? PROJECTOR_FRAME,
  );

  const nodes: Node<ProjectorNodeData>[] = stage.shown.flatMap((id) => {
    const data = dataOf.get(id);
    if (!data) return [];
    return [
      {
        id,
        type: 'projector',
        position: stage.positions[id] ?? { x: 0, y: 0 },
        data,
        draggable: false,
        selectable: false,
        connectable: false,
        focusable: false,
        ariaLabel: `${data.kind}: ${data.text}`,
      },
    ];
  });
  const edges: Edge[] = stage.links.map((link) => {
    const current = focused.has(link.source) && focused.has(link.target);
    return {
      // A new id each step: the line is drawn afresh and fades in once the boxes have glided to
      // their places, instead of jumping there ahead of them.
      id: `${link.id}@${view.index}`,
      source: link.source,
      target: link.target,
      type: 'projector',
      data: { kind: link.kind },
      className: `projector-edge projector-edge--${link.kind}${current ? ' projector-edge--current' : ''}`,
      focusable: false,
      selectable: false,
    };
  });
  return { nodes, edges, focus: view.focused, introduced: view.introduced, fits: stage.fits };
}
