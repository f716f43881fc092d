import { useEditor } from '../state/EditorContext.tsx';
import { useClassController } from './ClassContext.tsx';

/**
 * "Added by Ada" under a node's heading in the inspector, in a live class: who added it, as the
 * server recorded it (never what a client claims). Nothing for the nodes the class started with,
 * or outside a class.
 */
export function ClassAttribution({ nodeId }: { nodeId: string }) {
  const { session } = useClassController();
  // Read again whenever the map changes: the attribution arrives with the node it is about.
  useEditor((state) => state.revision);
  const by = session?.contributionOf(nodeId);
  if (!by) return null;
  const you = session?.getSnapshot().ticket.member.id === by.by;
  return <p className="class-attribution">Added by {you ? 'you' : by.name}</p>;
}
