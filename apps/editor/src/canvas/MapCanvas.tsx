import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { useEditor } from '../state/EditorContext.tsx';
import { toFlow } from './toFlow.ts';

/** The React Flow canvas showing the store's map. */
export function MapCanvas() {
  const map = useEditor((state) => state.map);
  const { nodes, edges } = useMemo(() => toFlow(map), [map]);
  return (
    <ReactFlow nodes={nodes} edges={edges} fitView>
      <Background />
      <MiniMap />
      <Controls />
    </ReactFlow>
  );
}
