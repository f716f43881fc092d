import type { ArgMap } from '@argmap/core';
import { WORKSHEET_BOXES, type WorksheetPage, worksheetPages } from './worksheetPages.ts';
import './worksheet.css';

/**
 * The student worksheet on paper: one A4 page per position, with the question, the position, and
 * empty boxes for the reasons that support it, the objections to it and the evidence (who says
 * so, where), then the student's own verdict. Nothing of the map's reasons is printed.
 */
export function Worksheet({ map }: { map: ArgMap }) {
  const pages = worksheetPages(map);
  return (
    <article className="handout worksheet" aria-label={`Worksheet: ${map.meta.title}`}>
      {pages.map((page) => (
        <WorksheetSheet key={page.number} title={map.meta.title} page={page} />
      ))}
    </article>
  );
}

function WorksheetSheet({ title, page }: { title: string; page: WorksheetPage }) {
  const boxes = (count: number, label: string) =>
    numbers(count).map((n) => (
      <div className="worksheet__box" key={n} role="img" aria-label={`${label} ${n}: empty box to write in`}>
        <span className="worksheet__box-number">{n}</span>
      </div>
    ));
  return (
    <section className="handout__page worksheet__page" aria-label={`Worksheet page ${page.number}`}>
      <div className="handout__running worksheet__running">
        <span>{title}</span>
        <span>
          Position {page.number} of {page.of}
        </span>
      </div>
      <div className="worksheet__name">
        <span>Name: ______________________</span>
        <span>Group: ________</span>
        <span>Date: ____________</span>
      </div>
      {page.questions.length > 0 ? (
        <p className="worksheet__question">
          <span className="handout__kind">{page.questions.length > 1 ? 'Questions' : 'Question'}</span>{' '}
          {page.questions.join(' · ')}
        </p>
      ) : null}
      <h1 className="worksheet__position">
        <span className="handout__kind">Position</span>
        {page.position ?? <span className="worksheet__blank">Write the answer you will argue for:</span>}
      </h1>
      <h2>Reasons that support this position</h2>
      <p className="worksheet__hint">
        One reason per box: a claim that, if true, makes the position more likely.
      </p>
      {boxes(WORKSHEET_BOXES.reasons, 'Reason')}
      <h2>Objections to it</h2>
      <p className="worksheet__hint">The strongest reasons someone who disagrees would give.</p>
      {boxes(WORKSHEET_BOXES.objections, 'Objection')}
      <h2>Evidence</h2>
      <table className="worksheet__evidence">
        <thead>
          <tr>
            <th scope="col">Backs which reason or objection?</th>
            <th scope="col">What does it say? (quote)</th>
            <th scope="col">Who says so, where, when?</th>
          </tr>
        </thead>
        <tbody>
          {numbers(WORKSHEET_BOXES.evidence).map((n) => (
            <tr key={n} aria-label={`Evidence ${n}: empty row to write in`}>
              <td />
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <div className="worksheet__verdict">
        <h2>Your verdict</h2>
        <p>
          How strong is this position, all things weighed?{' '}
          <span className="worksheet__scale">0 — 25 — 50 — 75 — 100 %</span>
        </p>
        <p>Accepted or rejected, and why: ____________________________________________</p>
      </div>
    </section>
  );
}

/** 1, 2, … `count`: the boxes' numbers (and keys: the boxes never move). */
function numbers(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i + 1);
}
