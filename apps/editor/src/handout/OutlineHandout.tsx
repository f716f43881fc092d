import type { ArgMap, ArgNode } from '@argmap/core';
import { buildForest } from '@argmap/layout';
import type { ReactNode } from 'react';
import { STATUS_LABEL } from '../present/statusLabel.ts';
import { HandoutHeader, SourcesList } from './HandoutHeader.tsx';
import { type HandoutFacts, percent } from './handoutFacts.ts';

const RELATION_WORD: Record<string, string> = { supports: 'For', opposes: 'Against', undercuts: 'But' };

/**
 * The map as an indented outline, as the canvas draws its trees: each node under the one it bears
 * on ("For:", "Against:", "But:" for an undercut), with its strength and verdict; evidence with
 * its quote and the number of its source; then the numbered sources. A node that bears on several
 * others is written out once, where the canvas draws it, and named under the others.
 */
export function OutlineHandout({ map, facts }: { map: ArgMap; facts: HandoutFacts }) {
  const forest = buildForest(map);
  const relationTo = new Map<string, string>();
  // Links that did not place their source (it sits under another node): named where they point.
  const alsoUnder = new Map<string, { id: string; kind: string }[]>();
  for (const edge of map.edges.values()) {
    const target = edge.kind === 'undercuts' ? map.edges.get(edge.target)?.source : edge.target;
    if (!target || !map.nodes.has(edge.source)) continue;
    if (forest.parent.get(edge.source) === target && !relationTo.has(edge.source))
      relationTo.set(edge.source, edge.kind);
    else alsoUnder.set(target, [...(alsoUnder.get(target) ?? []), { id: edge.source, kind: edge.kind }]);
  }
  const line = (node: ArgNode): ReactNode => {
    const status = node.kind === 'question' ? undefined : facts.statuses[node.id];
    const relation = relationTo.get(node.id);
    return (
      <div className={`outline-item outline-item--${node.kind}`} data-node-id={node.id}>
        {relation ? <strong>{RELATION_WORD[relation]}: </strong> : null}
        <span className="outline-item__text">{node.text}</span>{' '}
        <span className="handout__verdict">
          ({percent(facts.strengths[node.id])}
          {status ? ` · ${STATUS_LABEL[status]}` : ''})
        </span>
        {node.evidence ? (
          <span className="outline-item__evidence">
            {node.evidence.quote ? <q>{node.evidence.quote}</q> : null} —{' '}
            {node.evidence.source.speaker ?? node.evidence.source.outlet ?? 'Source'} [
            {facts.sourceOf.get(node.id)}]
          </span>
        ) : null}
      </div>
    );
  };
  const branch = (id: string): ReactNode => {
    const node = map.nodes.get(id);
    if (!node) return null;
    const children = forest.children.get(id) ?? [];
    const also = alsoUnder.get(id) ?? [];
    return (
      <li key={id}>
        {line(node)}
        {children.length > 0 || also.length > 0 ? (
          <ul>
            {children.map(branch)}
            {also.map((link) => (
              <li key={`${link.kind}:${link.id}`} className="outline-item outline-item--also">
                <strong>{RELATION_WORD[link.kind]}: </strong>
                {map.nodes.get(link.id)?.text} <em>(written out elsewhere in this outline)</em>
              </li>
            ))}
          </ul>
        ) : null}
      </li>
    );
  };
  return (
    <article className="handout handout--outline" aria-label={`Outline: ${map.meta.title}`}>
      <section className="handout__page handout__page--flow">
        <HandoutHeader map={map} facts={facts} kind="outline" />
        {map.meta.description ? <p>{map.meta.description}</p> : null}
        <ul className="handout__outline" aria-label="The argument">
          {forest.roots.map(branch)}
        </ul>
        <SourcesList facts={facts} />
      </section>
    </article>
  );
}
