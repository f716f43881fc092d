import type { ArgMap, Source } from '@argmap/core';
import { isWebUrl } from '../storage/recoverMap.ts';
import type { HandoutFacts } from './handoutFacts.ts';

/** What each handout is called under the map's title. */
const SUBTITLE = { map: 'The map', tour: 'Tour', outline: 'Outline with sources' } as const;

/**
 * The top of every handout: the map's title, what this handout is, how the map was weighed
 * (the semantics behind the strengths and verdicts printed on every node), and for the map the
 * key to its lines.
 */
export function HandoutHeader({
  map,
  facts,
  kind,
  tourTitle,
}: {
  map: ArgMap;
  facts: HandoutFacts;
  kind: keyof typeof SUBTITLE;
  tourTitle?: string | undefined;
}) {
  return (
    <header className="handout__header">
      <h1>{map.meta.title}</h1>
      <p className="handout__subtitle">
        {SUBTITLE[kind]}
        {tourTitle && tourTitle !== map.meta.title ? `: ${tourTitle}` : ''}
        {map.meta.authors?.length ? ` · by ${map.meta.authors.join(', ')}` : ''}
      </p>
      <p className="handout__semantics">
        Each box shows its strength (0–100%) and verdict: {facts.semantics}.
        {kind === 'map' ? (
          <span className="handout__legend">
            {' '}
            Lines point to what they bear on: <span className="handout__line handout__line--supports" />{' '}
            supports, <span className="handout__line handout__line--opposes" /> opposes,{' '}
            <span className="handout__line handout__line--undercuts" /> undercuts.
          </span>
        ) : null}
      </p>
    </header>
  );
}

/** The numbered sources every piece of evidence cites by number. */
export function SourcesList({ facts }: { facts: HandoutFacts }) {
  if (facts.sources.length === 0) return null;
  return (
    <section className="handout__sources" aria-label="Sources">
      <h2>Sources</h2>
      <ol>
        {facts.sources.map(({ number, source }) => (
          <li key={number} value={number}>
            <SourceLine source={source} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A full citation: speaker, role, title, outlet, date and link (a link only if it is http(s)). */
function SourceLine({ source }: { source: Source }) {
  const parts = [
    [source.speaker, source.role].filter(Boolean).join(', '),
    source.title ? `“${source.title}”` : '',
    source.outlet,
    source.date,
  ].filter((part): part is string => Boolean(part));
  return (
    <>
      {parts.length > 0 ? parts.join(' · ') : 'No source given.'}
      {source.url ? (
        <> {isWebUrl(source.url) ? <a href={source.url}>{source.url}</a> : <span>{source.url}</span>}</>
      ) : null}
    </>
  );
}
