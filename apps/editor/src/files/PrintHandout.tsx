import type { ArgMap, ArgNode, Source } from '@argmap/core';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useEditorStore } from '../state/EditorContext.tsx';
import { isWebUrl } from '../storage/recoverMap.ts';
import { formatsIfLoaded } from './formatsLoader.ts';
import './print.css';

/**
 * The printed handout: title, the map as a picture (when the SVG writer is available) and as an
 * indented outline, then every piece of evidence with its full citation. Rendered only while the
 * browser prints (between `beforeprint` and `afterprint`), so it costs nothing while editing.
 * All text goes through React, so labels holding markup print as text; a source link becomes a
 * link only if it is http(s).
 */
export function PrintHandout() {
  const store = useEditorStore();
  const [printing, setPrinting] = useState<{ map: ArgMap; svg: string | undefined } | undefined>();

  useEffect(() => {
    const before = () => {
      const map = store.getSnapshot().map;
      // Synchronous so the handout is in the page before the browser lays it out for print.
      flushSync(() => setPrinting({ map, svg: svgOf(map) }));
    };
    const after = () => setPrinting(undefined);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [store]);

  if (!printing) return null;
  return <Handout map={printing.map} svg={printing.svg} />;
}

/** The handout itself; exported for tests and for a print preview. */
export function Handout({ map, svg }: { map: ArgMap; svg?: string | undefined }) {
  const evidence = map.nodes.toArray().filter((node) => node.kind === 'evidence');
  return (
    <article className="print-handout">
      <h1>{map.meta.title}</h1>
      {map.meta.description ? <p className="print-handout__description">{map.meta.description}</p> : null}
      {map.meta.authors?.length ? <p>By {map.meta.authors.join(', ')}</p> : null}
      {svg ? (
        <img
          className="print-handout__picture"
          alt={`The map "${map.meta.title}"`}
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
        />
      ) : null}
      <h2>The argument</h2>
      <Outline map={map} />
      {evidence.length > 0 ? (
        <>
          <h2>Evidence</h2>
          <ol className="print-handout__evidence">
            {evidence.map((node) => (
              <li key={node.id}>
                <p className="print-handout__claim">{node.text}</p>
                {node.evidence?.quote ? <blockquote>“{node.evidence.quote}”</blockquote> : null}
                {node.evidence ? <Citation source={node.evidence.source} /> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </article>
  );
}

/** The nodes as an indented list: each node followed by the reasons that bear on it. */
function Outline({ map }: { map: ArgMap }) {
  const children = new Map<string, { node: ArgNode; relation: string }[]>();
  const hasParent = new Set<string>();
  for (const edge of map.edges.toArray()) {
    const source = map.nodes.get(edge.source);
    if (edge.kind === 'undercuts' || !source || !map.nodes.get(edge.target)) continue;
    const list = children.get(edge.target) ?? [];
    list.push({ node: source, relation: edge.kind });
    children.set(edge.target, list);
    hasParent.add(edge.source);
  }
  const roots = map.nodes.toArray().filter((node) => !hasParent.has(node.id));
  const seen = new Set<string>();
  const render = (node: ArgNode, relation: string | undefined) => {
    // A node reached twice (or a cycle) is listed once, where it first appears.
    if (seen.has(node.id)) return null;
    seen.add(node.id);
    const below = children.get(node.id) ?? [];
    return (
      <li key={node.id}>
        {relation ? <span className="print-handout__relation">{relation}: </span> : null}
        <span className={`print-handout__node print-handout__node--${node.kind}`}>{node.text}</span>
        {below.length > 0 ? <ul>{below.map((child) => render(child.node, child.relation))}</ul> : null}
      </li>
    );
  };
  return <ul className="print-handout__outline">{roots.map((root) => render(root, undefined))}</ul>;
}

/** A full citation: speaker, role, title, outlet, date and link. */
function Citation({ source }: { source: Source }) {
  const parts = [
    source.speaker,
    source.role,
    source.title ? `“${source.title}”` : undefined,
    source.outlet,
    source.date,
  ]
    .filter((part): part is string => Boolean(part))
    .join(', ');
  return (
    <p className="print-handout__citation">
      {parts || 'No source given.'}
      {source.url ? (
        <> {isWebUrl(source.url) ? <a href={source.url}>{source.url}</a> : <span>{source.url}</span>}</>
      ) : null}
    </p>
  );
}

function svgOf(map: ArgMap): string | undefined {
  const svg = formatsIfLoaded()?.findFormat('svg');
  const written = svg?.serialize?.(map);
  if (written === undefined) return undefined;
  if (typeof written === 'string') return written;
  return written.ok ? written.value : undefined;
}
