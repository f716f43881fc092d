import { type ArgMap, stepView, type Tour } from '@argmap/core';
import { STATUS_LABEL } from '../present/statusLabel.ts';
import { HandoutHeader, SourcesList } from './HandoutHeader.tsx';
import { HandoutNode } from './HandoutNode.tsx';
import { type HandoutFacts, percent } from './handoutFacts.ts';

/**
 * A tour on paper, one step per page: the step's nodes in full (quotes, strengths, verdicts and
 * source numbers), the nodes shown earlier that they bear on, listed briefly so a student can
 * follow the thread,
 * and the step's speaker notes when asked for (the teacher's copy). The numbered sources follow
 * on a page of their own.
 */
export function TourHandout({
  map,
  tour,
  facts,
  withNotes = false,
}: {
  map: ArgMap;
  tour: Tour;
  facts: HandoutFacts;
  withNotes?: boolean;
}) {
  return (
    <article className="handout" aria-label={`Handout: ${tour.title}`}>
      {tour.steps.map((step, i) => {
        const view = stepView(map, tour, i);
        // Of what was shown before, what this step's nodes bear on: the thread to follow.
        const focused = new Set(view.focused);
        const answers = new Set(
          [...map.edges.values()]
            .filter((edge) => focused.has(edge.source))
            .map((edge) => (edge.kind === 'undercuts' ? map.edges.get(edge.target)?.source : edge.target)),
        );
        const earlier = view.revealed.filter((id) => !focused.has(id) && answers.has(id));
        return (
          <section className="handout__page" key={step.id} aria-label={`Step ${i + 1}`}>
            {i === 0 ? <HandoutHeader map={map} facts={facts} kind="tour" tourTitle={tour.title} /> : null}
            <div className="handout__running">
              {tour.title === map.meta.title ? tour.title : `${map.meta.title} · ${tour.title}`} · step{' '}
              {i + 1} of {tour.steps.length}
            </div>
            <h2 className="handout__step-title">{step.title ?? `Step ${i + 1}`}</h2>
            {view.focused.map((id) => {
              const node = map.nodes.get(id);
              return node ? <HandoutNode key={id} node={node} facts={facts} withQuote /> : null;
            })}
            {withNotes && step.notes ? <div className="handout__notes">Notes: {step.notes}</div> : null}
            {earlier.length > 0 ? (
              <div className="handout__earlier">
                <h3>They bear on (shown earlier)</h3>
                <ul>
                  {earlier.map((id) => {
                    const status = map.nodes.get(id)?.kind === 'question' ? undefined : facts.statuses[id];
                    return (
                      <li key={id}>
                        {map.nodes.get(id)?.text}{' '}
                        <span className="handout__verdict">
                          ({percent(facts.strengths[id])}
                          {status ? ` · ${STATUS_LABEL[status]}` : ''})
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ) : null}
          </section>
        );
      })}
      <section className="handout__page handout__page--flow">
        <SourcesList facts={facts} />
      </section>
    </article>
  );
}
