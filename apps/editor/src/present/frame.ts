/** Projector text is 32 px; below this zoom it would be under the 28 px a back row can read. */
export const MIN_READABLE_ZOOM = 28 / 32;

/** Room the camera leaves between a step's nodes and the edges of the canvas, in CSS px. */
export const CAMERA_MARGIN = { x: 40, y: 24 } as const;

/**
 * How much of the map, in canvas units, a canvas of `width` × `height` CSS px shows at the
 * smallest readable zoom, inside the camera's margins: the box a step must fit in to be read.
 */
export function readableFrame(width: number, height: number): { width: number; height: number } {
  return {
    width: Math.max(0, width - 2 * CAMERA_MARGIN.x) / MIN_READABLE_ZOOM,
    height: Math.max(0, height - 2 * CAMERA_MARGIN.y) / MIN_READABLE_ZOOM,
  };
}

/** The canvas of a 1920×1080 projector once the header and footer are drawn (about 930 px tall). */
export const PROJECTOR_FRAME = readableFrame(1920, 930);
