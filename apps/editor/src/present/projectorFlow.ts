import { type ArgMap, type NodeAppearance, type NodeKind, stepView, type Tour } from '@argmap/core';
import type { Edge, Node } from '@xyflow/react';
import { formatCitation } from './citation.ts';
import { projectorLayout } from './projectorLayout.ts';

/** How nodes not yet revealed look: gone, or an empty outline that shows the map's shape. */
export type UnrevealedStyle = 'hidden' | 'ghost';

/** What a projector node shows. */
export interface ProjectorNodeData extends Record<string, unknown> {
  kind: NodeKind;
  text: string;
  /** For evidence: the quote and its source line. */
  quote?: string;
  citation?: string;
  /** `ghost` is an unrevealed node drawn as an empty outline. */
  appearance: NodeAppearance | 'ghost';
  /** Strength in [0, 1] when the verdict is revealed. */
  strength?: number;
}

/** Choices for {@link projectorFlow}. */
export interface ProjectorFlowOptions {
  unrevealed?: UnrevealedStyle;
  /** Node strengths to show; omit to keep the verdict hidden. */
  strengths?: Readonly<Record<string, number>>;
  /** Node positions; defaults to {@link projectorLayout} of the map. */
  positions?: ReturnType<typeof projectorLayout>;
}

/** The React Flow picture of one step: nodes, edges, and the ids the camera should frame. */
export interface ProjectorFlow {
  nodes: Node<ProjectorNodeData>[];
  edges: Edge[];
  focus: string[];
  /** The nodes this step shows for the first time: what the camera frames if the focus is too big. */
  introduced: string[];
}

/**
 * The audience's picture at step `index` of `tour`: revealed nodes shown, the step's nodes
 * focused, edges drawn once both ends are revealed. Unrevealed nodes are hidden (their text must
 * not leak before the teacher gets there) or drawn as text-less ghosts.
 */
export function projectorFlow(
  map: ArgMap,
  tour: Tour,
  index: number,
  options: ProjectorFlowOptions = {},
): ProjectorFlow {
  const view = stepView(map, tour, index);
  const revealed = new Set(view.revealed);
  const focused = new Set(view.focused);
  const positions = options.positions ?? projectorLayout(map);
  const ghosts = options.unrevealed === 'ghost';

  const nodes: Node<ProjectorNodeData>[] = Object.values(map.nodes).map((node) => {
    const appearance: ProjectorNodeData['appearance'] = focused.has(node.id)
      ? 'focused'
      : revealed.has(node.id)
        ? 'shown'
        : ghosts
          ? 'ghost'
          : 'hidden';
    const visible = appearance === 'focused' || appearance === 'shown';
    const data: ProjectorNodeData = { kind: node.kind, text: visible ? node.text : '', appearance };
    if (visible && node.evidence) {
      data.quote = node.evidence.quote;
      // Without the article title: on a projector the speaker, outlet and date are what the class
      // needs, and long titles push the quote off the node. Handouts print the full citation.
      const { title: _title, ...source } = node.evidence.source;
      data.citation = formatCitation(source);
    }
    const strength = options.strengths?.[node.id];
    if (visible && strength !== undefined) data.strength = strength;
    return {
      id: node.id,
      type: 'projector',
      position: positions[node.id] ?? { x: 0, y: 0 },
      data,
      hidden: appearance === 'hidden',
      draggable: false,
      selectable: false,
      connectable: false,
      focusable: false,
      ariaLabel: visible ? `${node.kind}: ${node.text}` : undefined,
    };
  });

  const edges: Edge[] = [];
  for (const edge of Object.values(map.edges)) {
    // Undercuts point at edges, which React Flow cannot draw; the editor canvas skips them too.
    if (edge.kind === 'undercuts') continue;
    const shown = revealed.has(edge.source) && revealed.has(edge.target);
    if (!shown && !ghosts) continue;
    const current = shown && (focused.has(edge.source) || focused.has(edge.target));
    edges.push({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: shown ? edge.kind : undefined,
      className: `projector-edge projector-edge--${shown ? edge.kind : 'ghost'}${current ? ' projector-edge--current' : ''}`,
      focusable: false,
      selectable: false,
    });
  }
  return { nodes, edges, focus: view.focused, introduced: view.introduced };
}
