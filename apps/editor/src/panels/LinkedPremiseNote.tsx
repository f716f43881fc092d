import { type ArgMap, argumentOf } from '@argmap/core';

/**
 * Says that a link is one premise of a linked argument, with its co-premises and scheme. The
 * canvas still draws each premise as an ordinary supporter or objector, so without this note a
 * student could not tell that "A" and "B" count only together.
 */
export function LinkedPremiseNote({ map, edgeId }: { map: ArgMap; edgeId: string }) {
  const view = argumentOf(map, edgeId);
  if (view === undefined) return null;
  const own = map.edges.get(edgeId)?.source;
  const others = view.premises.filter((id) => id !== own).map((id) => `“${map.nodes.get(id)?.text ?? id}”`);
  const { name, scheme } = view.argument;
  return (
    <small className="inspector__linked">
      {others.length > 0 ? `Only together with ${others.join(', ')}` : 'A premise of its own argument'}
      {name ? ` — argument “${name}”` : ''}
      {scheme ? ` (scheme: ${scheme})` : ''}
    </small>
  );
}
