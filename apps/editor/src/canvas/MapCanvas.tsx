import {
  Background,
  ControlButton,
  Controls,
  type EdgeChange,
  MiniMap,
  type NodeChange,
  type OnConnectStartParams,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useCommands } from '../commands/CommandsContext.tsx';
import { useCritique } from '../critique/CritiqueContext.tsx';
import { EditorMode } from '../machine/EditorModeProvider.tsx';
import { NARROW_SCREEN } from '../shell/useSidePanel.ts';
import { useEditor, useEditorStore } from '../state/EditorContext.tsx';
import { createLayoutCache } from './autoLayout.ts';
import { CanvasLevels } from './CanvasLevels.tsx';
import { createDragBatcher } from './dragBatcher.ts';
import { createDragOverlay } from './dragOverlay.ts';
import { FIT_PENDING, fitMap, minZoomFor, VIEW_HELD } from './fitMap.ts';
import { edgeTypes, nodeTypes } from './flowComponents.ts';
import type { ArgFlowEdge, ArgFlowNode } from './flowTypes.ts';
import { followViewport } from './followSelection.ts';
import { findLabelLayer, LabelLayer } from './labelLayer.tsx';
import { OverviewMap } from './OverviewMap.tsx';
import { openingView } from './openingView.ts';
import { KIND_STYLES } from './palette.ts';
import { useSemanticZoom } from './semanticZoom.ts';
import { createFlowViewModel } from './viewModel.ts';

/**
 * Above this many nodes the canvas renders only what is on screen. A big map opens on its question
 * at a readable zoom, where a few dozen nodes show: rendering the rest is most of the time to open a
 * 200-node map (~600 ms of main-thread work here, ~150 ms culled). Small maps render whole, so Tab
 * reaches every node without panning (culled nodes enter the DOM, and the tab order, as they scroll
 * into view; search focuses any node).
 */
export const CULLING_THRESHOLD = 150;

/**
 * The React Flow canvas. It turns store state into React Flow nodes and edges (through the cached
 * view model) and React Flow's changes back into store calls and statechart events.
 */
export function MapCanvas() {
  const store = useEditorStore();
  const verdicts = useCritique().critique.verdicts;
  const commands = useCommands();
  const mode = EditorMode.useActorRef();
  const flow = useReactFlow<ArgFlowNode, ArgFlowEdge>();
  const [viewModel] = useState(createFlowViewModel);
  const [dragOverlay] = useState(createDragOverlay);
  const [layoutCache] = useState(createLayoutCache);
  const [dragBatcher] = useState(() => createDragBatcher((positions) => store.dragTo(positions)));
  const measured = useRef(new Map<string, { width: number; height: number }>());
  const [measureTick, setMeasureTick] = useState(0);
  // Heights the browser drew taller than the layout's estimate: the layout makes room for them.
  const drawnHeights = useRef(new Map<string, number>());
  const [heightsVersion, setHeightsVersion] = useState(0);
  const frame = useRef<HTMLDivElement>(null);
  useSemanticZoom(frame);
  // Hidden by default on narrow screens, where it would cover a good part of the map.
  const [showMinimap, setShowMinimap] = useState(() => !window.matchMedia?.(NARROW_SCREEN).matches);
  const toggleMinimap = useCallback(() => setShowMinimap((shown) => !shown), []);

  const map = useEditor((state) => state.map);
  const dragging = useEditor((state) => state.dragging);
  const selectedNodes = useEditor((state) => state.selectedNodes);
  const selectedEdges = useEditor((state) => state.selectedEdges);
  const switchedOff = useEditor((state) => state.switchedOff);
  const opened = useEditor((state) => state.opened);

  const layout = layoutCache(map, drawnHeights.current, heightsVersion);
  const layoutHeights = useRef(layout.heights);
  layoutHeights.current = layout.heights;
  // Not on the drag path: a drag frame changes only `dragging`, which the overlay below applies.
  // biome-ignore lint/correctness/useExhaustiveDependencies: measureTick re-reads the mutable size map.
  const settled = useMemo(
    () =>
      viewModel({
        map,
        layout: layout.positions,
        widths: layout.widths,
        heights: layout.heights,
        selectedNodes,
        selectedEdges,
        switchedOff,
        verdicts,
        measured: measured.current,
        routes: layout.routes,
        labelRoom: layout.labelRoom,
      }),
    [viewModel, map, layout, selectedNodes, selectedEdges, switchedOff, verdicts, measureTick],
  );
  const view = useMemo(() => dragOverlay(settled, dragging), [dragOverlay, settled, dragging]);
  const big = settled.nodes.length > CULLING_THRESHOLD;
  const canvasWidth = useStore((state) => state.width);
  const canvasHeight = useStore((state) => state.height);
  const minZoom = useMemo(
    () => minZoomFor(layout.bounds, { width: canvasWidth, height: canvasHeight }),
    [layout.bounds, canvasWidth, canvasHeight],
  );

  // The view keeps what it promised while the layout settles: nodes are measured as they come on
  // screen, and the layout then makes room for drawn heights. Until the student moves the view or
  // picks something else, the view is framed again: the opening view, Fit, or the node it followed
  // (`VIEW_HELD` on the frame says which).
  const pointerPicked = useRef<string | undefined>(undefined);
  const follow = (id: string, duration: number) => {
    const node = flow.getInternalNode(id);
    const element = frame.current;
    if (!node || !element) return;
    const box = {
      ...node.internals.positionAbsolute,
      width: node.measured.width ?? node.width ?? layout.widths[id] ?? 0,
      height: node.measured.height ?? node.height ?? layout.heights[id] ?? 0,
    };
    const minimap = element.querySelector<HTMLElement>('.react-flow__minimap');
    const corner = minimap
      ? { width: minimap.offsetWidth + 15, height: minimap.offsetHeight + 15 }
      : undefined;
    const canvas = { width: element.clientWidth, height: element.clientHeight };
    const next = followViewport(box, flow.getViewport(), canvas, corner);
    if (next) void flow.setViewport(next, duration > 0 ? { duration } : undefined);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new map restarts the opening.
  useEffect(() => {
    frame.current?.setAttribute(VIEW_HELD, 'opening');
  }, [opened]);
  // A new map remounts React Flow (`key={opened}`), and with it the element edge badges go into.
  const [labelLayer, setLabelLayer] = useState<HTMLElement | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the layer is new only with a new map.
  useEffect(() => setLabelLayer(findLabelLayer(frame.current)), [opened]);
  const reframe = () => {
    const element = frame.current;
    const held = element?.getAttribute(VIEW_HELD);
    if (!element || !held || element.clientWidth === 0 || element.clientHeight === 0) return;
    if (held === 'fit') {
      fitMap(flow, { animate: false });
    } else if (held === 'follow') {
      if (selectedNodes.length === 1) follow(selectedNodes[0] as string, 0);
    } else {
      const view = openingView(map, layout, { width: element.clientWidth, height: element.clientHeight });
      if (view) void flow.setViewport(view);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a relayout for drawn heights re-frames.
  useEffect(() => {
    if (heightsVersion > 0) reframe();
  }, [heightsVersion]);
  // The canvas changed size (the outline opened or closed beside it, the inspector, the window):
  // a held view is framed again, so nothing it showed ends up under the outline.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new size re-frames.
  useEffect(reframe, [canvasWidth, canvasHeight]);

  // The view follows the selection: a new, edited or found node is selected, and brought on screen.
  // Not a node the pointer picked on the canvas: the student is looking at it (and may be dragging).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of selection moves the view.
  useEffect(() => {
    // A fold that fits the map afterwards (fitAfter) may move the selection up: no following then.
    if (frame.current?.hasAttribute(FIT_PENDING)) return;
    if (selectedNodes.length > 0) frame.current?.removeAttribute(VIEW_HELD);
    if (selectedNodes.length !== 1 || Object.keys(dragging).length > 0) return;
    if (selectedNodes[0] === pointerPicked.current) return;
    frame.current?.setAttribute(VIEW_HELD, 'follow');
    follow(selectedNodes[0] as string, 250);
  }, [selectedNodes]);

  // After a fold (fitAfter): React Flow has the new nodes by now (its store takes them in an effect
  // of a child), so Fit sees what is left on the canvas.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new view is the trigger.
  useEffect(() => {
    const element = frame.current;
    if (!element?.hasAttribute(FIT_PENDING)) return;
    element.removeAttribute(FIT_PENDING);
    fitMap(flow);
  }, [settled]);

  const onNodesChange = useCallback(
    (changes: NodeChange<ArgFlowNode>[]) => {
      const state = store.getSnapshot();
      let selection: Set<string> | undefined;
      let resized = false;
      let relayout = false;
      const moved: Record<string, { x: number; y: number }> = {};
      let keyboardMove = false;
      for (const change of changes) {
        if (change.type === 'dimensions' && change.dimensions) {
          measured.current.set(change.id, {
            width: change.dimensions.width,
            height: change.dimensions.height,
          });
          resized = true;
          // Drawn taller than laid out: the nodes under it would overlap it. (Drawn shorter than the
          // estimate leaves a little gap, and moves nothing under the student's eyes; drawn shorter
          // than an earlier drawn height, after an edit, goes back to the estimate.)
          const laidOut = layoutHeights.current[change.id];
          const drawn = change.dimensions.height;
          if (laidOut !== undefined && drawn > laidOut + 1) {
            drawnHeights.current.set(change.id, drawn);
            relayout = true;
          } else if (laidOut !== undefined && drawn < laidOut - 1 && drawnHeights.current.delete(change.id)) {
            relayout = true;
          }
        } else if (change.type === 'select') {
          selection ??= new Set(state.selectedNodes);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        } else if (change.type === 'position' && change.position) {
          moved[change.id] = change.position;
          if (!change.dragging) keyboardMove = true;
        }
      }
      if (resized) setMeasureTick((tick) => tick + 1);
      if (relayout) setHeightsVersion((version) => version + 1);
      if (selection) store.select([...selection], state.selectedEdges);
      if (Object.keys(moved).length > 0) {
        dragBatcher.move(moved);
        // Arrow keys move a focused node without a drag (and a drop reports its last position):
        // commit at once.
        if (keyboardMove) {
          dragBatcher.flush();
          store.endDrag();
        }
      }
    },
    [store, dragBatcher],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<ArgFlowEdge>[]) => {
      const state = store.getSnapshot();
      let selection: Set<string> | undefined;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selection ??= new Set(state.selectedEdges);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      }
      if (selection) store.select(state.selectedNodes, [...selection]);
    },
    [store],
  );

  // Where a drag from a handle began: a drop back on the same node makes a self-attack only after
  // a real drag, so a plain click on a handle never asks about one.
  const connectStart = useRef<{ x: number; y: number } | null>(null);
  const onConnectStart = useCallback(
    (event: MouseEvent | TouchEvent, params: OnConnectStartParams) => {
      connectStart.current = pointerOf(event);
      if (params.nodeId) mode.send({ type: 'CONNECT_START', nodeId: params.nodeId });
    },
    [mode],
  );

  const onDoubleClick = useCallback(
    (event: React.MouseEvent) => {
      const target = event.target as HTMLElement;
      if (!target.classList.contains('react-flow__pane')) return;
      commands.addNode(undefined, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [commands, flow],
  );

  // Every prop below is stable between renders: React Flow copies changed props into its store,
  // and on a drag frame that would wake every subscriber (the minimap draws all nodes).
  const opening = useRef({ map, layout });
  opening.current = { map, layout };
  const handlers = useMemo(
    () => ({
      onNodeDoubleClick: (_event: React.MouseEvent, node: ArgFlowNode) => commands.editText(node.id),
      onNodeDragStart: () => {
        // Nothing on the canvas but the dragged node needs the pointer mid-drag; the browser then
        // hit-tests a handful of elements per pointer move instead of every edge's stroke.
        frame.current?.classList.add(DRAGGING_CLASS);
        mode.send({ type: 'DRAG_START' });
      },
      onNodeDragStop: () => {
        frame.current?.classList.remove(DRAGGING_CLASS);
        dragBatcher.flush();
        store.endDrag();
        mode.send({ type: 'DRAG_END' });
      },
      onSelectionStart: () => mode.send({ type: 'SELECT_BOX_START' }),
      onSelectionEnd: () => mode.send({ type: 'SELECT_BOX_END' }),
      onConnect: (connection: { target: string }) =>
        mode.send({ type: 'CONNECT_END', targetId: connection.target }),
      onConnectEnd: (event: MouseEvent | TouchEvent) => {
        // Dropped on a node's body rather than on its handle: connect to that node anyway.
        const snapshot = mode.getSnapshot();
        if (!snapshot.matches('connecting')) return;
        const target = nodeUnderPointer(event);
        const start = connectStart.current;
        const end = pointerOf(event);
        const moved = start && end ? Math.hypot(end.x - start.x, end.y - start.y) : 0;
        const self = target !== null && target === snapshot.context.connectFrom;
        mode.send({ type: 'CONNECT_END', targetId: self && moved < SELF_DRAG_PX ? null : target });
      },
      onNodeClick: (_event: React.MouseEvent, node: ArgFlowNode) => {
        if (mode.getSnapshot().matches('connecting')) mode.send({ type: 'CONNECT_END', targetId: node.id });
      },
      onPaneClick: () => store.select([], []),
      // A pan or zoom by the student (not one of ours, which has no event) ends a held view.
      onMoveStart: (event: MouseEvent | TouchEvent | null) => {
        if (event) frame.current?.removeAttribute(VIEW_HELD);
      },
      onInit: (instance: {
        setViewport: (v: { x: number; y: number; zoom: number }) => Promise<boolean>;
      }) => {
        const { map: opened, layout: placed } = opening.current;
        const element = frame.current;
        const canvas = { width: element?.clientWidth ?? 1000, height: element?.clientHeight ?? 700 };
        const view = openingView(opened, placed, canvas);
        if (view) void instance.setViewport(view);
      },
    }),
    [commands, mode, store, dragBatcher],
  );

  return (
    <div
      className="canvas-frame"
      ref={frame}
      onPointerDownCapture={(event) => {
        pointerPicked.current = (event.target as HTMLElement).closest<HTMLElement>(
          '.react-flow__node',
        )?.dataset.id;
      }}
    >
      <LabelLayer.Provider value={labelLayer}>
        <ReactFlow<ArgFlowNode, ArgFlowEdge>
          key={opened}
          nodes={view.nodes}
          edges={view.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onDoubleClick={onDoubleClick}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnectStart={onConnectStart}
          {...handlers}
          onlyRenderVisibleElements={big}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={MULTI_SELECTION_KEYS}
          zoomOnDoubleClick={false}
          // Low enough for Fit to show the whole of any map; the opening view is set in onInit.
          minZoom={minZoom}
          proOptions={PRO_OPTIONS}
          ariaLabelConfig={ARIA_LABELS}
        >
          <Background gap={24} color="#d8dde3" />
          {/* React Flow's minimap re-checks every node on each drag frame; big maps get a cheaper one. */}
          {showMinimap ? (
            big ? (
              <OverviewMap nodes={settled.nodes} />
            ) : (
              <MiniMap pannable zoomable ariaLabel="Minimap" nodeColor={minimapColor} />
            )
          ) : null}
          {/* Over the map's top margin, which Fit and the opening view keep free of boxes. */}
          <Panel position="top-left">
            <CanvasLevels />
          </Panel>
          <Controls aria-label="Zoom controls">
            <ControlButton
              onClick={toggleMinimap}
              aria-pressed={showMinimap}
              aria-label={showMinimap ? 'Hide the minimap' : 'Show the minimap'}
              title={showMinimap ? 'Hide the minimap' : 'Show the minimap'}
            >
              <span aria-hidden="true">▣</span>
            </ControlButton>
          </Controls>
        </ReactFlow>
      </LabelLayer.Provider>
    </div>
  );
}

/** On `.canvas-frame` while a node is dragged (styles.css turns hit-testing off around it). */
const DRAGGING_CLASS = 'is-dragging';
const MULTI_SELECTION_KEYS = ['Meta', 'Control', 'Shift'];
const PRO_OPTIONS = { hideAttribution: true };
const ARIA_LABELS = {
  'node.a11yDescription.default': 'Press Enter to select, then R, O or E to add under it.',
};

function minimapColor(node: ArgFlowNode): string {
  return KIND_STYLES[node.data.node.kind].accent;
}

/** The id of the node under the pointer where a drag ended, if any. */
/** How far a drag must go before dropping it on its own node asks about a self-attack. */
const SELF_DRAG_PX = 24;

function pointerOf(event: MouseEvent | TouchEvent): { x: number; y: number } | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  return point ? { x: point.clientX, y: point.clientY } : null;
}

function nodeUnderPointer(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const element = document.elementFromPoint(point.clientX, point.clientY);
  return element?.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? null;
}
