import { exportControlsExample } from '@argmap/core';
import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { toFlow } from './canvas/toFlow.ts';

/** The editor shell: the example map on a React Flow canvas. */
export function App() {
  const [map] = useState(exportControlsExample);
  const { nodes, edges } = useMemo(() => toFlow(map), [map]);
  return (
    <div className="app">
      <header className="app-header">
        <h1>{map.meta.title}</h1>
      </header>
      <main className="canvas" aria-label="Argument map">
        <ReactFlow nodes={nodes} edges={edges} fitView>
          <Background />
          <MiniMap />
          <Controls />
        </ReactFlow>
      </main>
    </div>
  );
}
