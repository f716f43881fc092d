import type { Point } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { createDragBatcher } from './dragBatcher.ts';

function setUp() {
  const applied: Record<string, Point>[] = [];
  const frames: (() => void)[] = [];
  const batcher = createDragBatcher(
    (positions) => applied.push({ ...positions }),
    (callback) => frames.push(callback),
  );
  const nextFrame = () => {
    for (const callback of frames.splice(0)) callback();
  };
  return { applied, batcher, nextFrame, frames };
}

describe('createDragBatcher', () => {
  it('hands on many pointer moves within a frame as one update, the latest position winning', () => {
    const { applied, batcher, nextFrame, frames } = setUp();
    batcher.move({ a: { x: 1, y: 1 } });
    batcher.move({ a: { x: 2, y: 2 } });
    batcher.move({ a: { x: 3, y: 5 }, b: { x: 0, y: 9 } });
    expect(applied).toEqual([]);
    expect(frames).toHaveLength(1);
    nextFrame();
    expect(applied).toEqual([{ a: { x: 3, y: 5 }, b: { x: 0, y: 9 } }]);
    batcher.move({ a: { x: 4, y: 5 } });
    nextFrame();
    expect(applied).toHaveLength(2);
    expect(applied[1]).toEqual({ a: { x: 4, y: 5 } });
  });

  it('a drop flushes the pending move at once, and the frame after it hands on nothing more', () => {
    const { applied, batcher, nextFrame } = setUp();
    batcher.move({ a: { x: 7, y: 8 } });
    batcher.flush();
    expect(applied).toEqual([{ a: { x: 7, y: 8 } }]);
    nextFrame();
    expect(applied).toHaveLength(1);
  });

  it('a frame with no move hands on nothing', () => {
    const { applied, batcher, nextFrame } = setUp();
    batcher.flush();
    nextFrame();
    expect(applied).toEqual([]);
  });
});
