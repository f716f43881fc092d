import { EdgeLabelRenderer } from '@xyflow/react';
import { createContext, type ReactNode, useContext } from 'react';
import { createPortal } from 'react-dom';

/**
 * The element edge badges are drawn into (React Flow's `.react-flow__edgelabel-renderer`), found
 * once by the canvas. React Flow's own `<EdgeLabelRenderer>` finds it with a store subscription per
 * edge that runs `querySelector` on every store change: with a thousand edges that was a thousand
 * DOM queries on every frame of a drag.
 */
export const LabelLayer = createContext<HTMLElement | null>(null);

/** Draws `children` in the canvas's label layer (through React Flow's renderer where none is given). */
export function EdgeLabel({ children }: { children: ReactNode }) {
  const layer = useContext(LabelLayer);
  return layer ? createPortal(children, layer) : <EdgeLabelRenderer>{children}</EdgeLabelRenderer>;
}

/** Where React Flow draws edge labels inside a canvas element, once it has rendered. */
export function findLabelLayer(canvas: HTMLElement | null): HTMLElement | null {
  return canvas?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null;
}
