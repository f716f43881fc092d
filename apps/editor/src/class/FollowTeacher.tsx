import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useCritique } from '../critique/CritiqueContext.tsx';
import { PresentMode } from '../present/PresentMode.tsx';
import { verdictStrengths } from '../present/strengths.ts';
import { useEditor } from '../state/EditorContext.tsx';
import { useClassState } from './ClassContext.tsx';

/**
 * A student's screen follows the teacher's presentation: when the teacher presents a tour, the
 * student's editor presents it too, on the teacher's step, and moves when the teacher moves. The
 * student may step back or ahead on their own; a button then brings them back to the teacher's
 * step (reaching it by stepping does too). Esc leaves; a button joins again.
 */
export function FollowTeacher() {
  const live = useClassState();
  const map = useEditor((state) => state.map);
  const { critique } = useCritique();
  const strengths = useMemo(() => verdictStrengths(map, critique.verdicts), [map, critique]);
  const presenting = live?.ticket.member.role === 'student' ? live.teacherPresenting : undefined;
  const tour = presenting ? map.tours?.find((t) => t.id === presenting.tourId) : undefined;
  const teacherIndex = presenting?.index;

  // Left with Esc: stays left until the teacher starts another presentation (or another tour).
  const [leftTour, setLeftTour] = useState<string | undefined>();
  const [shown, setShown] = useState<number | undefined>();
  const [goTo, setGoTo] = useState<{ index: number } | undefined>();
  const [following, setFollowing] = useState(true);
  // The teacher's next presentation starts afresh: followed, from the teacher's step.
  useEffect(() => {
    if (presenting) return;
    setLeftTour(undefined);
    setFollowing(true);
    setShown(undefined);
  }, [presenting]);
  useEffect(() => {
    if (teacherIndex !== undefined && following) setGoTo({ index: teacherIndex });
  }, [teacherIndex, following]);

  if (!tour || teacherIndex === undefined) return null;
  if (leftTour === tour.id) {
    // Left with Esc: one click joins the teacher's presentation again.
    return (
      <button
        type="button"
        className="follow-teacher"
        onClick={() => {
          setLeftTour(undefined);
          setFollowing(true);
        }}
      >
        The teacher is presenting: follow
      </button>
    );
  }
  const away = !following && shown !== undefined && shown !== teacherIndex;
  return createPortal(
    <>
      <PresentMode
        map={map}
        tour={tour}
        strengths={strengths}
        startAt={teacherIndex}
        fullscreen={false}
        publish={false}
        goTo={goTo}
        onIndex={(index) => {
          setShown(index);
          // Stepping away stops following; stepping back onto the teacher's step follows again.
          setFollowing(index === teacherIndex);
        }}
        onExit={() => setLeftTour(tour.id)}
      />
      {away ? (
        <button
          type="button"
          className="follow-teacher"
          onClick={() => {
            setFollowing(true);
            setGoTo({ index: teacherIndex });
          }}
        >
          Back to the teacher (step {teacherIndex + 1})
        </button>
      ) : null}
    </>,
    document.body,
  );
}
