import { useReactFlow } from '@xyflow/react';
import { useId, useMemo, useState } from 'react';
import { useCommands } from '../commands/CommandsContext.tsx';
import { useEditor, useEditorStore } from '../state/EditorContext.tsx';
import { focusNode } from './focusNode.ts';
import { searchNodes } from './searchNodes.ts';

/**
 * Search by text, speaker, tag (`#tag`) or kind (`kind:evidence`). Arrow keys move through the
 * results; Enter shows the node (expanding a collapsed branch that hides it), selects it, centres
 * it and moves focus to it.
 */
export function SearchBox() {
  const store = useEditorStore();
  const commands = useCommands();
  const flow = useReactFlow();
  const map = useEditor((state) => state.map);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchNodes(map, query), [map, query]);
  const listId = useId();
  const open = query.trim().length > 0;

  const choose = (id: string) => {
    const node = store.getSnapshot().map.nodes.get(id);
    if (!node) return;
    // Revealed first: a hit inside a collapsed branch is expanded, then selected and centred.
    commands.goTo(id);
    setQuery('');
    void focusNode(flow, id);
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search nodes by text, speaker, tag or kind"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search (/)"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((i) => Math.min(i + 1, hits.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter') {
            const hit = hits[active];
            if (hit) choose(hit.node.id);
          } else if (event.key === 'Escape') {
            setQuery('');
          }
        }}
      />
      {open ? (
        <div id={listId} role="listbox" className="search__results" aria-label="Search results">
          {hits.length === 0 ? <div className="search__empty">No node matches.</div> : null}
          {hits.map((hit, i) => (
            <div
              key={hit.node.id}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(hit.node.id);
              }}
            >
              <span className={`search__kind search__kind--${hit.node.kind}`}>{hit.node.kind}</span>
              <span className="search__text">{hit.node.text || '(no text)'}</span>
              {hit.field !== 'text' ? <span className="search__field">matched {hit.field}</span> : null}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
