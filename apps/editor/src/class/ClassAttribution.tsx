import { useState } from 'react';
import { useEditor } from '../state/EditorContext.tsx';
import { useClassController } from './ClassContext.tsx';

/**
 * Under a node's heading in the inspector, in a live class: who added it, as the server recorded
 * it ("Added by Ada", "· accepted"), and for the teacher, on a student's node, Accept (from then on
 * only the teacher changes it) and Hide from the class (the node and what bears on it leave the
 * map for everyone until shown again from the Class panel). Nothing for the nodes the class
 * started with, or outside a class.
 */
export function ClassAttribution({ nodeId }: { nodeId: string }) {
  const { session } = useClassController();
  const [problem, setProblem] = useState<string | undefined>();
  // Read again whenever the map changes: the attribution arrives with the node it is about.
  useEditor((state) => state.revision);
  const by = session?.contributionOf(nodeId);
  if (!session || !by) return null;
  const { member } = session.getSnapshot().ticket;
  const teacher = member.role === 'teacher';
  const act = async (action: 'hide' | 'accept') => {
    const answer = await session.moderate(nodeId, action);
    setProblem(answer.ok ? undefined : answer.message);
  };
  return (
    <div className="class-attribution">
      <p>
        Added by {member.id === by.by ? 'you' : by.name}
        {by.accepted ? ' · accepted by the teacher' : ''}
      </p>
      {teacher && by.by !== member.id ? (
        <p className="class-attribution__actions">
          {by.accepted ? null : (
            <button type="button" onClick={() => void act('accept')}>
              Accept
            </button>
          )}
          <button type="button" onClick={() => void act('hide')}>
            Hide from the class
          </button>
        </p>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}
