import { type ArgEdge, type ArgMap, type EdgeKind, type Point, type StepView, Table } from '@argmap/core';
import { layoutMap } from '@argmap/layout';
import { PROJECTOR_NODE_WIDTH } from './nodeHeights.ts';

/** One line on the stage: a reason (`source`) and the node it bears on (`target`). */
export interface StageLink {
  /** The id of the map edge it draws (for an undercut, the undercut edge). */
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
}

/** What the projector shows at one step, and where. */
export interface Stage {
  /** The nodes on screen: the step's own, and around them what fits of their context. */
  shown: string[];
  /** Top-left corner of each shown node, in canvas units, the stage centred on (0, 0). */
  positions: Record<string, Point>;
  /** The lines between shown nodes. */
  links: StageLink[];
  /** Size of the box holding every shown node. */
  size: { width: number; height: number };
  /** Whether the stage fits the frame, i.e. can be shown with text at full size. */
  fits: boolean;
}

// Room between boxes: rows leave space for the edge labels half-way down the lines.
const SIBLING_GAP = 40;
const LEVEL_GAP = 80;

/**
 * Lays out one step of a tour for the projector: only the step's nodes and, when they still fit
 * `frame` (the canvas at the smallest zoom that keeps text readable, in canvas units), some
 * context, as a small tidy tree (reasons under what they bear on, supports left of objections).
 * Context is added in this order, each kept only if everything still fits:
 * 1. the node the step's topmost nodes bear on (where the class is in the debate), dimmed;
 * 2. every earlier-revealed reason of a node whose reasons the step shows (the quotes a
 *    previous step showed under the same claim), all or none, so none seems to have vanished.
 * A step too big to fit even alone is laid out the same way and `fits` is false: the camera then
 * zooms out. Nodes keep their place between steps when the stage around them keeps its shape.
 */
export function stageLayout(
  map: ArgMap,
  view: StepView,
  heightOf: (id: string) => number,
  frame: { width: number; height: number },
): Stage {
  const bearsOn = bearsOnOf(map);
  const revealed = new Set(view.revealed);
  const focus = view.focused;
  const fits = (stage: Stage) => stage.size.width <= frame.width && stage.size.height <= frame.height;
  const inFocus = new Set(focus);
  const aspect = frame.height > 0 ? frame.width / frame.height : undefined;
  const arrangeAll = (ids: string[]) => arrange(map, ids, inFocus, bearsOn, heightOf, aspect);
  let best = arrangeAll(focus);
  if (!fits(best)) return best;

  const parents = focus.flatMap((id) => {
    const links = bearsOn.get(id) ?? [];
    if (links.some((link) => inFocus.has(link.target))) return [];
    const first = links.find((link) => revealed.has(link.target));
    return first ? [first.target] : [];
  });
  const withParents = arrangeAll([...focus, ...parents]);
  if (parents.length > 0 && fits(withParents)) best = withParents;

  const anchors = new Set(
    focus.flatMap((id) => (bearsOn.get(id) ?? []).map((link) => link.target)).filter((id) => inFocus.has(id)),
  );
  const onStage = new Set(best.shown);
  const earlier = view.revealed.filter(
    (id) => !onStage.has(id) && (bearsOn.get(id) ?? []).some((link) => anchors.has(link.target)),
  );
  const withEarlier = arrangeAll([...best.shown, ...earlier]);
  if (earlier.length > 0 && fits(withEarlier)) best = withEarlier;
  return { ...best, fits: true };
}

/** For each node, the nodes it bears on, in edge order; an undercut bears on its edge's target. */
function bearsOnOf(map: ArgMap): Map<string, StageLink[]> {
  const out = new Map<string, StageLink[]>();
  for (const edge of map.edges.toArray()) {
    const target = edge.kind === 'undercuts' ? map.edges.get(edge.target)?.target : edge.target;
    if (target === undefined || target === edge.source) continue;
    if (!map.nodes.has(target) || !map.nodes.has(edge.source)) continue;
    const link: StageLink = { id: edge.id, kind: edge.kind, source: edge.source, target };
    out.set(edge.source, [...(out.get(edge.source) ?? []), link]);
  }
  return out;
}

/**
 * The tidy tree of exactly `wanted`, centred on (0, 0). A reason hangs under a node of the step
 * (`focus`) if it bears on one, else under the first node it bears on.
 */
function arrange(
  map: ArgMap,
  wanted: string[],
  focus: ReadonlySet<string>,
  bearsOn: Map<string, StageLink[]>,
  heightOf: (id: string) => number,
  aspect: number | undefined,
): Stage {
  // Map order, not step order, so a node's neighbours stay on the same side from step to step.
  const set = new Set(wanted.filter((id) => map.nodes.has(id)));
  const ids = [...map.nodes.keys()].filter((id) => set.has(id));
  const parent = new Map<string, string>();
  const reachesUp = (from: string, to: string) => {
    for (let at: string | undefined = from; at !== undefined; at = parent.get(at)) if (at === to) return true;
    return false;
  };
  const tree: StageLink[] = [];
  const cross: StageLink[] = [];
  for (const id of ids) {
    const candidates = (bearsOn.get(id) ?? []).filter((link) => set.has(link.target));
    // What the step is about first: the position's reasons hang under the position, even when
    // they also bear on a node shown around it.
    candidates.sort((a, b) => Number(focus.has(b.target)) - Number(focus.has(a.target)));
    for (const link of candidates) {
      if (!parent.has(id) && !reachesUp(link.target, id)) {
        parent.set(id, link.target);
        tree.push(link);
      } else {
        cross.push(link);
      }
    }
  }
  const edges: Record<string, ArgEdge> = {};
  for (const link of tree) {
    // An undercut is laid out as an objection to the node it hangs under.
    const kind = link.kind === 'undercuts' ? 'opposes' : link.kind;
    edges[link.id] = { id: link.id, kind, source: link.source, target: link.target };
  }
  const nodes = Table.fromEntries(
    ids.flatMap((id) => map.nodes.get(id) ?? []).map((node) => [node.id, node]),
  );
  const layout = layoutMap(
    { ...map, nodes, edges: Table.fromRecord(edges) },
    {
      nodeSize: (node) => ({ width: PROJECTOR_NODE_WIDTH, height: heightOf(node.id) }),
      siblingGap: SIBLING_GAP,
      levelGap: LEVEL_GAP,
      keepPositions: false,
      // The stage's own shape, so a wide projector keeps a step's reasons in one row.
      aspect,
    },
  );
  const { bounds } = layout;
  const positions: Record<string, Point> = {};
  for (const id of ids) {
    const at = layout.positions[id] ?? { x: 0, y: 0 };
    positions[id] = { x: at.x - bounds.x - bounds.width / 2, y: at.y - bounds.y - bounds.height / 2 };
  }
  // A line leaves a reason's top and enters its target's bottom, so a link to a node beside or
  // below the reason would loop over boxes and hide its label. Only links between the step's own
  // nodes going up a row are drawn besides the tree; the editor shows the rest.
  const drawn = cross.filter((link) => {
    const source = positions[link.source];
    const target = positions[link.target];
    return (
      focus.has(link.source) &&
      focus.has(link.target) &&
      source !== undefined &&
      target !== undefined &&
      source.y > target.y + heightOf(link.target)
    );
  });
  return {
    shown: ids,
    positions,
    links: [...tree, ...drawn],
    size: { width: bounds.width, height: bounds.height },
    fits: false,
  };
}
