import { type ArgMap, type ArgNode, stepView, type Tour } from '@argmap/core';
import type { ReactNode } from 'react';
import { formatCitation } from './citation.ts';

function NodeCard({ node, focused }: { node: ArgNode; focused: boolean }) {
  return (
    <div className={`handout__node${focused ? ' handout__node--focused' : ''}`}>
      <div className="handout__kind">{node.kind}</div>
      <div>{node.text}</div>
      {node.evidence ? (
        <>
          <blockquote className="handout__quote">“{node.evidence.quote}”</blockquote>
          <div className="handout__cite">— {formatCitation(node.evidence.source)}</div>
        </>
      ) : null}
    </div>
  );
}

/**
 * A tour on paper, one step per page: the step's nodes in full (quotes and sources included), and
 * the nodes shown earlier listed briefly so a student can follow the thread. Speaker notes are
 * printed only on the teacher's copy.
 */
export function TourHandout({
  map,
  tour,
  withNotes = false,
}: {
  map: ArgMap;
  tour: Tour;
  withNotes?: boolean;
}) {
  return (
    <article className="handout" aria-label={`Handout: ${tour.title}`}>
      {tour.steps.map((step, i) => {
        const view = stepView(map, tour, i);
        const earlier = view.revealed.filter((id) => !view.focused.includes(id));
        return (
          <section className="handout__page" key={step.id} aria-label={`Step ${i + 1}`}>
            <div className="handout__running">
              {tour.title === map.meta.title ? tour.title : `${map.meta.title} · ${tour.title}`} · step{' '}
              {i + 1} of {tour.steps.length}
            </div>
            <h1>{step.title ?? `Step ${i + 1}`}</h1>
            {view.focused.map((id) => {
              const node = map.nodes.get(id);
              return node ? <NodeCard key={id} node={node} focused /> : null;
            })}
            {earlier.length > 0 ? (
              <>
                <h2>Already on the board</h2>
                <ul>
                  {earlier.map((id) => (
                    <li key={id}>{map.nodes.get(id)?.text}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {withNotes && step.notes ? <div className="handout__notes">Notes: {step.notes}</div> : null}
          </section>
        );
      })}
    </article>
  );
}

/** The reasons bearing on each node: sources of supports / opposes edges, and undercuts of those. */
function reasonIndex(map: ArgMap): Map<string, { id: string; relation: string }[]> {
  const into = new Map<string, { id: string; relation: string }[]>();
  for (const edge of map.edges.toArray()) {
    const target = edge.kind === 'undercuts' ? map.edges.get(edge.target)?.target : edge.target;
    if (!target || !map.nodes.get(edge.source)) continue;
    into.set(target, [...(into.get(target) ?? []), { id: edge.source, relation: edge.kind }]);
  }
  return into;
}

const RELATION_WORD: Record<string, string> = { supports: 'For', opposes: 'Against', undercuts: 'But' };

/**
 * The whole map on paper: the question, an outline of positions and reasons (evidence cited by
 * number), and the numbered evidence list with quotes and sources. Fits one page for a
 * classroom-sized map; a large map runs on to further pages.
 */
export function MapHandout({ map }: { map: ArgMap }) {
  const reasons = reasonIndex(map);
  const evidence = map.nodes.toArray().filter((node) => node.evidence);
  const number = new Map(evidence.map((node, i) => [node.id, i + 1]));
  const hasParent = new Set([...reasons.values()].flat().map((reason) => reason.id));
  const roots = map.nodes.toArray().filter((node) => !hasParent.has(node.id));

  const outline = (id: string, seen: Set<string>): ReactNode => {
    const children = (reasons.get(id) ?? []).filter((child) => !seen.has(child.id));
    if (children.length === 0) return null;
    return (
      <ul>
        {children.map((child) => {
          const node = map.nodes.get(child.id);
          if (!node) return null;
          const mark = number.get(child.id);
          const inner = new Set(seen).add(child.id);
          return (
            <li key={child.id}>
              <strong>{RELATION_WORD[child.relation]}:</strong> {node.text}
              {mark ? ` [${mark}]` : ''}
              {outline(child.id, inner)}
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <article className="handout" aria-label={`Map handout: ${map.meta.title}`}>
      <section className="handout__page">
        <h1>{map.meta.title}</h1>
        {map.meta.description ? <p>{map.meta.description}</p> : null}
        <div className="handout__outline">
          {roots.map((root) => (
            <div key={root.id}>
              <h2>{root.text}</h2>
              {outline(root.id, new Set([root.id]))}
            </div>
          ))}
        </div>
        {evidence.length > 0 ? (
          <>
            <h2>Evidence and sources</h2>
            <ol className="handout__evidence" aria-label="Evidence and sources">
              {evidence.map((node) => (
                <li key={node.id}>
                  “{node.evidence?.quote}” — {node.evidence ? formatCitation(node.evidence.source) : ''}
                  {node.evidence?.source.url ? ` ${node.evidence.source.url}` : ''}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </section>
    </article>
  );
}
