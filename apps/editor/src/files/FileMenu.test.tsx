import type { ArgMap } from '@argmap/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditorStoreProvider } from '../state/EditorContext.tsx';
import { createEditorStore } from '../state/editorStore.ts';
import { memoryStore } from '../storage/keyValueStore.ts';
import { withPersistence } from '../storage/PersistenceContext.tsx';
import { smallDebate } from '../test/smallMap.ts';
import { downloadBlob } from './download.ts';
import { FileMenu } from './FileMenu.tsx';
import { loadFormats } from './formatsLoader.ts';

// jsdom cannot download; the test only needs to know what would have been downloaded.
vi.mock('./download.ts', () => ({ downloadBlob: vi.fn() }));

const downloaded = () => vi.mocked(downloadBlob).mock.calls.map(([, fileName]) => fileName);

function touredDebate(): ArgMap {
  return {
    ...smallDebate(),
    tours: [
      {
        id: 't1',
        title: 'Class walk-through',
        steps: [
          { id: 's1', title: 'The question', nodes: ['q'] },
          { id: 's2', nodes: ['yes', 'no'] },
        ],
      },
    ],
  };
}

function mount(map: ArgMap) {
  const store = withPersistence(createEditorStore(map), memoryStore());
  render(
    <EditorStoreProvider store={store}>
      <FileMenu />
    </EditorStoreProvider>,
  );
}

async function exportAs(label: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'File' }));
  await user.click(await screen.findByRole('button', { name: label }));
  return user;
}

describe('File menu exports', () => {
  // The menu lists export formats once the formats package has loaded; on a busy machine the first
  // load takes longer than Testing Library waits for a button.
  beforeAll(() => loadFormats(), 30_000);
  beforeEach(() => vi.mocked(downloadBlob).mockClear());

  it('downloads a Mermaid file, then says the tour is not in it', async () => {
    mount(touredDebate());
    await exportAs('Export Mermaid flowchart (.mmd)');
    const report = await screen.findByRole('status', {
      name: 'Exported “phones-in-schools.mmd”, but not everything fits',
    });
    expect(downloaded()).toEqual(['phones-in-schools.mmd']);
    expect(report).toHaveTextContent(
      "This map has 1 tour ('Class walk-through'); Mermaid cannot hold tours, so it is not in the exported file — save as .argmap.json to keep it.",
    );
    expect(screen.getByRole('button', { name: 'OK' })).toHaveFocus();
  });

  it('clears the warning when the menu opens again, so it never covers the menu', async () => {
    mount(touredDebate());
    const user = await exportAs('Export Graphviz DOT (.dot)');
    expect(await screen.findByRole('status')).toHaveTextContent('Graphviz DOT cannot hold tours');
    await user.click(screen.getByRole('button', { name: 'File' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export Mermaid flowchart (.mmd)' })).toBeVisible();
  });

  it('saves the full .argmap.json from the warning, and closes it', async () => {
    mount(touredDebate());
    const user = await exportAs('Export AIF-JSON (AIFdb, OVA) (.aif.json)');
    await user.click(await screen.findByRole('button', { name: 'Also save as .argmap.json' }));
    await waitFor(() =>
      expect(downloaded()).toEqual(['phones-in-schools.aif.json', 'phones-in-schools.argmap.json']),
    );
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('closes the warning with Escape', async () => {
    mount(touredDebate());
    const user = await exportAs('Export SVG image (.svg)');
    expect(await screen.findByRole('status')).toHaveTextContent('SVG cannot hold tours');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says nothing when the format keeps the tour (Markdown, .argmap.json)', async () => {
    mount(touredDebate());
    const user = await exportAs('Export Markdown outline (.md)');
    await waitFor(() => expect(downloaded()).toEqual(['phones-in-schools.md']));
    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(await screen.findByRole('button', { name: 'Save as file (.argmap.json)' }));
    await waitFor(() => expect(downloaded()).toHaveLength(2));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says nothing about tours for a map without them', async () => {
    mount(smallDebate());
    await exportAs('Export Mermaid flowchart (.mmd)');
    await waitFor(() => expect(downloaded()).toEqual(['phones-in-schools.mmd']));
    // It still says what else a flowchart leaves out (quotes, citations…), but not a word of tours.
    expect(await screen.findByRole('status')).toHaveTextContent('1 evidence quote left out.');
    expect(screen.getByRole('status')).not.toHaveTextContent(/tour/iu);
  });
});
