import {
  type ArgMap,
  addStep,
  addTour,
  checkTour,
  type Edit,
  generateTour,
  moveStep,
  type Result,
  removeStep,
  removeTour,
  renameTour,
  TOUR_LENGTH_STEPS,
  type Tour,
  type TourLength,
  updateStep,
} from '@argmap/core';
import { useState } from 'react';
import './present.css';
import type { HandoutRequest } from '../handout/handoutRequest.ts';
import { NO_LOSSES, type StepLosses, stepKey } from './stepLosses.ts';
import { TourPicker } from './TourPicker.tsx';
import { useBelowHeader } from './useBelowHeader.ts';

/** Applies a tour operation as one undoable edit; a refused operation changes nothing. */
export type ApplyEdit = (operation: (map: ArgMap) => Result<Edit>) => void;

/** The generator's lengths as a teacher picks them: how long the lesson is, not an algorithm. */
const LENGTHS: [TourLength, string][] = [
  ['short', `Short: about ${TOUR_LENGTH_STEPS.short} steps (15 min)`],
  ['medium', `Medium: about ${TOUR_LENGTH_STEPS.medium} steps (45 min)`],
  ['full', 'Full: every node'],
];

/** What the panel can ask the rest of the app to do. */
export interface TourPanelProps {
  map: ArgMap;
  /** Ids of the nodes selected on the canvas: "Add step" shows them. */
  selectedNodes: readonly string[];
  /** Nodes that steps lost because they were deleted from the map (see `useStepLosses`). */
  losses?: StepLosses;
  apply: ApplyEdit;
  onPresent: (tourId: string, startAt: number) => void;
  /** Opens the handout dialog on a choice (the tour panel's tour, or the map). */
  onPrint: (request: HandoutRequest) => void;
  onClose: () => void;
}

/**
 * The teacher's tour editor: generate a tour, then reorder, add and remove steps, give them titles
 * and speaker notes, and start presenting or print. Every change is an undoable map edit.
 */
export function TourPanel({
  map,
  selectedNodes,
  losses = NO_LOSSES,
  apply,
  onPresent,
  onPrint,
  onClose,
}: TourPanelProps) {
  const tours = map.tours ?? [];
  const [chosen, setChosen] = useState<string | undefined>(tours[0]?.id);
  const tour = tours.find((t) => t.id === chosen) ?? tours[0];
  const [length, setLength] = useState<TourLength>('medium');
  const top = useBelowHeader();

  const generate = () => {
    const fresh = generateTour(map, { length });
    apply((current) => addTour(current, fresh));
    setChosen(fresh.id);
  };

  return (
    <aside className="tour-panel" aria-label="Tours" style={{ top }}>
      <div className="tour-panel__head">
        <h2>Tours</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="tour-panel__row">
        <label>
          Length{' '}
          <select value={length} onChange={(event) => setLength(event.target.value as TourLength)}>
            {LENGTHS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={generate}>
          Generate a tour
        </button>
      </div>
      <TourPicker className="tour-panel__row" tours={tours} value={tour?.id} onChange={setChosen} />
      {tour ? (
        <TourEditor
          key={tour.id}
          map={map}
          tour={tour}
          selectedNodes={selectedNodes}
          losses={losses}
          apply={apply}
          onPresent={onPresent}
          onPrint={onPrint}
        />
      ) : (
        <p>This map has no tour yet. Generate one, then reorder and edit its steps.</p>
      )}
    </aside>
  );
}

function TourEditor({
  map,
  tour,
  selectedNodes,
  losses = NO_LOSSES,
  apply,
  onPresent,
  onPrint,
}: Omit<TourPanelProps, 'onClose'> & { tour: Tour }) {
  const problems = checkTour(map, tour);
  const label = (id: string) => map.nodes.get(id)?.text ?? `A node no longer on the map (${id})`;
  const count = tour.steps.length;
  const lostIn = (stepId: string) => losses.get(stepKey(tour.id, stepId)) ?? [];
  const stepsWithLosses = tour.steps.filter((step) => lostIn(step.id).length > 0).length;
  return (
    <>
      <label>
        Title
        <input
          key={`tour-title:${tour.title}`}
          type="text"
          defaultValue={tour.title}
          onBlur={(event) => {
            const title = event.target.value.trim();
            if (title && title !== tour.title) apply((m) => renameTour(m, tour.id, title));
          }}
        />
      </label>
      <div className="tour-panel__row">
        <button type="button" onClick={() => onPresent(tour.id, 0)} disabled={count === 0}>
          Present
        </button>
        <button
          type="button"
          onClick={() => onPrint({ kind: 'tour', tourId: tour.id })}
          disabled={count === 0}
        >
          Print handout…
        </button>
        <button type="button" onClick={() => apply((m) => removeTour(m, tour.id))}>
          Delete tour
        </button>
      </div>
      {problems.length > 0 || stepsWithLosses > 0 ? (
        <ul className="tour-panel__checks" aria-label="Tour checks">
          {stepsWithLosses > 0 ? (
            <li>
              {stepsWithLosses === 1 ? 'A step shows' : `${stepsWithLosses} steps show`} less than before:
              nodes were deleted from the map. Undo brings them back; or edit the steps marked below.
            </li>
          ) : null}
          {problems.map((problem) => (
            <li key={`${problem.code}:${problem.path?.join('/')}`}>{problem.message}</li>
          ))}
        </ul>
      ) : null}
      <ol className="tour-panel__steps" aria-label="Steps">
        {tour.steps.map((step, i) => (
          <li key={step.id} className="tour-panel__step">
            <div className="tour-panel__row">
              <strong>{i + 1}.</strong>
              <input
                key={`title:${step.title ?? ''}`}
                type="text"
                aria-label={`Title of step ${i + 1}`}
                defaultValue={step.title ?? ''}
                placeholder="Step title"
                onBlur={(event) => {
                  const title = event.target.value.trim();
                  if (title !== (step.title ?? ''))
                    apply((m) => updateStep(m, tour.id, step.id, { title: title || undefined }));
                }}
              />
            </div>
            <ul className="tour-panel__nodes">
              {step.nodes.map((id) => (
                <li key={id}>{label(id)}</li>
              ))}
            </ul>
            <LostNotice lost={lostIn(step.id)} empty={step.nodes.length === 0} />
            <textarea
              key={`notes:${step.notes ?? ''}`}
              aria-label={`Notes for step ${i + 1}`}
              defaultValue={step.notes ?? ''}
              placeholder="Speaker notes"
              rows={2}
              onBlur={(event) => {
                const notes = event.target.value.trim();
                if (notes !== (step.notes ?? ''))
                  apply((m) => updateStep(m, tour.id, step.id, { notes: notes || undefined }));
              }}
            />
            <div className="tour-panel__row">
              <button
                type="button"
                aria-label={`Move step ${i + 1} up`}
                disabled={i === 0}
                onClick={() => apply((m) => moveStep(m, tour.id, step.id, i - 1))}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move step ${i + 1} down`}
                disabled={i === count - 1}
                onClick={() => apply((m) => moveStep(m, tour.id, step.id, i + 1))}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Show the selection at step ${i + 1}`}
                disabled={selectedNodes.length === 0}
                onClick={() => apply((m) => updateStep(m, tour.id, step.id, { nodes: [...selectedNodes] }))}
              >
                Use selection
              </button>
              <button type="button" onClick={() => onPresent(tour.id, i)}>
                Present from here
              </button>
              <button
                type="button"
                aria-label={`Remove step ${i + 1}`}
                onClick={() => apply((m) => removeStep(m, tour.id, step.id))}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        disabled={selectedNodes.length === 0}
        onClick={() => apply((m) => addStep(m, tour.id, { nodes: [...selectedNodes] }))}
      >
        Add a step showing the selection ({selectedNodes.length})
      </button>
    </>
  );
}

/** Under a step that lost nodes to deletions: which ones, and what the step shows now. */
function LostNotice({ lost, empty }: { lost: readonly { id: string; text: string }[]; empty: boolean }) {
  if (lost.length === 0) return null;
  const names = lost.map((node) => `“${node.text}”`).join(', ');
  return (
    <p className="tour-panel__lost" role="note">
      {empty
        ? `Shows nothing now: ${lost.length === 1 ? 'its node was' : `all ${lost.length} of its nodes were`} deleted from the map (${names}).`
        : lost.length === 1
          ? `A node was deleted from the map and no longer shows here: ${names}.`
          : `${lost.length} nodes were deleted from the map and no longer show here: ${names}.`}
    </p>
  );
}
