import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ArgNodeView } from './ArgNodeView.tsx';
import { RelationEdge } from './RelationEdge.tsx';
import { UndercutEdge } from './UndercutEdge.tsx';

/** Node components by type, defined once at module level so React Flow never remounts them. */
export const nodeTypes: NodeTypes = { arg: ArgNodeView };

/** Edge components by type, defined once at module level. */
export const edgeTypes: EdgeTypes = { relation: RelationEdge, undercut: UndercutEdge };
