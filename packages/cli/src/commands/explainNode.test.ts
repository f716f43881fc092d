import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ok } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import type { Io } from '../io.ts';
import { evaluate } from './evaluate.ts';

const fixture = join(import.meta.dirname, '../../test/fixtures/phones.argmap.json');

/** An Io over the fixture file that records what the command prints. */
function recordingIo(bytes: Uint8Array = new Uint8Array(readFileSync(fixture))) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    read: () => ok(bytes),
    write: () => ok(undefined),
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('argmap evaluate --explain', () => {
  it('prints the strength explanation, one sentence a line, with points that add up', () => {
    const run = recordingIo();
    expect(evaluate([fixture, '--explain', 'p1'], run.io)).toBe(0);
    const [head, ...lines] = run.out().trimEnd().split('\n');
    expect(head).toBe('It starts at its base score of 50% and ends at 13%: −37 +24 −24 = −37 points.');
    expect(lines[0]).toBe(
      '“Bans are hard to enforce” pulls it down 37 points: it opposes it with strength 75%.',
    );
    expect(lines).toContain(
      '“Distraction does not imply a ban is the best fix” pulls it down 24 points: it undercuts the link from “Phones distract students from lessons” with strength 100%.',
    );
  });

  it('finds the node by its exact text and explains a grounded label in grounded terms', () => {
    const run = recordingIo();
    expect(evaluate([fixture, '--semantics', 'grounded', '--explain', 'Yes: ban them'], run.io)).toBe(0);
    expect(run.out()).toBe(
      'Rejected under grounded semantics: a node that is itself accepted attacks it.\n“Bans are hard to enforce” attacks it and is itself accepted, so it is rejected.\n',
    );
  });

  it('prints the explanation as JSON with --json', () => {
    const run = recordingIo();
    expect(evaluate([fixture, '--explain', 'p1', '--json'], run.io)).toBe(0);
    const why = JSON.parse(run.out());
    expect(why.kind).toBe('strength');
    const points = why.contributions.reduce((sum: number, c: { points: number }) => sum + c.points, 0);
    expect(points).toBe(Math.round(why.strength * 100) - Math.round(why.base * 100));
  });

  it('says so, and exits 1, for a node that is not there', () => {
    const run = recordingIo();
    expect(evaluate([fixture, '--explain', 'nope'], run.io)).toBe(1);
    expect(run.err()).toContain('no node with the id or text "nope"');
    expect(run.out()).toBe('');
  });

  it('prints node texts inert: a label cannot retitle or clear the terminal', () => {
    const document = JSON.parse(readFileSync(fixture, 'utf8'));
    for (const node of Object.values(document.nodes) as { text: string }[]) {
      node.text = `\u001b]0;pwned\u0007${node.text}\u001b[2J\u202e`;
    }
    const run = recordingIo(new TextEncoder().encode(JSON.stringify(document)));
    expect(evaluate([fixture, '--explain', 'p1'], run.io)).toBe(0);
    expect(run.out()).toContain('\\u{1b}]0;pwned');
    const raw = ['\u001b', '\u0007', '\u202e'];
    expect(raw.filter((character) => run.out().includes(character))).toEqual([]);
    const json = recordingIo(new TextEncoder().encode(JSON.stringify(document)));
    expect(evaluate([fixture, '--explain', 'p1', '--json'], json.io)).toBe(0);
    expect(raw.filter((character) => json.out().includes(character))).toEqual([]);
  });
});
