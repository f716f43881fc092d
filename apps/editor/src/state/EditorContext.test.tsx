import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { smallDebate } from '../test/smallMap.ts';
import { EditorStoreProvider, useEditor } from './EditorContext.tsx';
import { createEditorStore } from './editorStore.ts';

describe('useEditor', () => {
  it('answers a new selector (a new prop) from the same state, not with what the old one selected', () => {
    const store = createEditorStore(smallDebate());
    const wrapper = ({ children }: { children: ReactNode }) => (
      <EditorStoreProvider store={store}>{children}</EditorStoreProvider>
    );
    const { result, rerender } = renderHook(
      ({ id }: { id: string }) => useEditor((state) => state.map.nodes.get(id)?.text),
      { wrapper, initialProps: { id: 'yes' } },
    );
    expect(result.current).toBe('Ban them');
    rerender({ id: 'no' });
    expect(result.current).toBe('Keep them');
  });

  it('keeps the selected value’s identity while an equal one is selected again', () => {
    const store = createEditorStore(smallDebate());
    const wrapper = ({ children }: { children: ReactNode }) => (
      <EditorStoreProvider store={store}>{children}</EditorStoreProvider>
    );
    const { result } = renderHook(
      () =>
        useEditor(
          (state) => [...state.selectedNodes],
          (a, b) => a.join() === b.join(),
        ),
      { wrapper },
    );
    const first = result.current;
    act(() => store.select([], []));
    act(() => store.toggleSwitchedOff('ev'));
    expect(result.current).toBe(first);
  });
});
