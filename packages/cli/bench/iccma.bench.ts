/**
 * `pnpm bench iccma`: ICCMA tasks side by side with clingo (ASPARTIX-style encodings, the ones the
 * clingo cross-check uses) on random and clustered (AFGen-style) frameworks with self-attacks, and
 * the 1,000,000-attack grounded row through the CLI's direct path.
 *
 * Ours: read the `p af` text into arrays, build the framework, answer the task (in process).
 * clingo: one process per task on the same framework as ASP facts (its time includes starting
 * the process, as a competition harness would see it). "equal" compares YES/NO answers; for SE it
 * checks with clingo that our extension is one (and, for PR/SST/STG, that nothing larger exists).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AcceptanceSemantics,
  findExtension,
  frameworkFromAttacks,
  groundedLabelling,
  isCredulouslyAccepted,
  isScepticallyAccepted,
} from '@argmap/core/evaluate';
import { readIccma } from '@argmap/formats';
import type { Io } from '../src/io.ts';
import { run } from '../src/run.ts';

const CLINGO = process.env.CLINGO ?? 'clingo';
const ENCODINGS = join(import.meta.dirname, '../../core/src/evaluate/extensions/clingo');
const BUDGET_MS = 10_000;

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Generated {
  name: string;
  n: number;
  pairs: [number, number][];
}

/** Each ordered pair (self-attacks included) attacked with probability `p`. */
function randomFramework(n: number, p: number, seed: number): Generated {
  const next = random(seed);
  const pairs: [number, number][] = [];
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (next() < p) pairs.push([a, b]);
  return { name: `random n=${n} p=${p}`, n, pairs };
}

/**
 * Clustered, as AFGen builds its frameworks: dense groups of about 10 arguments (each pair
 * attacked with probability 0.3, self-attacks 2%), groups attacking later groups sparsely.
 */
function clusteredFramework(n: number, seed: number): Generated {
  const next = random(seed);
  const pairs: [number, number][] = [];
  const group = (a: number) => Math.floor(a / 10);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      const p = group(a) === group(b) ? (a === b ? 0.02 : 0.3) : group(a) < group(b) ? 2 / n : 0;
      if (next() < p) pairs.push([a, b]);
    }
  }
  return { name: `clustered n=${n}`, n, pairs };
}

const toIccma = (g: Generated) => `p af ${g.n}\n${g.pairs.map(([a, b]) => `${a + 1} ${b + 1}`).join('\n')}\n`;
const toFacts = (g: Generated) =>
  `${Array.from({ length: g.n }, (_, i) => `arg(a${i}).`).join('\n')}\n${g.pairs.map(([a, b]) => `opposes(a${a},a${b}).`).join('\n')}\n`;

const TASKS = ['SE-GR', 'DC-CO', 'DS-PR', 'SE-PR', 'DC-ST', 'DS-ST', 'SE-ST', 'SE-SST', 'SE-STG'] as const;
type Task = (typeof TASKS)[number];
const SEMANTICS: Record<string, AcceptanceSemantics> = {
  GR: 'grounded',
  CO: 'complete',
  PR: 'preferred',
  ST: 'stable',
  SST: 'semi-stable',
  STG: 'stage',
};

interface ClingoRun {
  ms: number;
  status: number | null;
  models: string[][];
}

function clingo(dir: string, program: string, facts: string, args: string[]): ClingoRun {
  const file = join(dir, 'task.lp');
  writeFileSync(file, program);
  const start = performance.now();
  const result = spawnSync(CLINGO, [...args, '--outf=2', join(ENCODINGS, 'support-none.lp'), file, '-'], {
    input: facts,
    encoding: 'utf8',
    timeout: BUDGET_MS,
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - start;
  if (result.status === null) return { ms, status: null, models: [] };
  const output = JSON.parse(result.stdout) as { Call?: { Witnesses?: { Value: string[] }[] }[] };
  const models = (output.Call ?? []).flatMap((c) => c.Witnesses ?? []).map((w) => w.Value);
  return { ms, status: result.status, models };
}

const encoding = (name: string) => readFileSync(join(ENCODINGS, `${name}.lp`), 'utf8');
const RANGE = 'range(X) :- in(X).\nrange(X) :- in(Y), att(Y,X).\n';

/** clingo's answer to a task (YES/NO, or for SE whether an extension exists) and its time. */
function clingoAnswer(dir: string, task: Task, facts: string, a: string): { ms: number; answer: string } {
  const [kind, abbreviation] = task.split('-') as [string, string];
  const timeout = { ms: BUDGET_MS, answer: 'timeout' };
  let run: ClingoRun;
  if (task === 'DS-PR') {
    run = clingo(dir, encoding('preferred'), facts, ['0', '--heuristic=Domain', '--enum-mode=domRec']);
    if (run.status === null) return timeout;
    return { ms: run.ms, answer: run.models.every((m) => m.includes(`in(${a})`)) ? 'YES' : 'NO' };
  }
  const base = {
    GR: encoding('grounded'),
    CO: encoding('complete'),
    PR: encoding('preferred'),
    ST: encoding('stable'),
    SST: `${encoding('complete')}${RANGE}#heuristic range(X) : arg(X). [1,true]\n`,
    STG: `${encoding('conflict-free')}${RANGE}#heuristic range(X) : arg(X). [1,true]\n`,
  }[abbreviation];
  if (base === undefined) throw new Error(`no encoding for ${task}`);
  const heuristic = ['PR', 'SST', 'STG'].includes(abbreviation)
    ? ['--heuristic=Domain', '--enum-mode=domRec']
    : [];
  if (kind === 'SE') {
    run = clingo(dir, base, facts, ['1', ...heuristic]);
    if (run.status === null) return timeout;
    return { ms: run.ms, answer: run.models.length > 0 ? 'YES' : 'NO' };
  }
  const constraint = kind === 'DC' ? `:- not in(${a}).\n` : `:- in(${a}).\n`;
  run = clingo(dir, `${base}${constraint}`, facts, ['1']);
  if (run.status === null) return timeout;
  const found = run.models.length > 0;
  return { ms: run.ms, answer: (kind === 'DC') === found ? 'YES' : 'NO' };
}

/** Whether clingo confirms that `members` is an extension of the SE task's semantics. */
function confirmExtension(dir: string, task: Task, facts: string, members: string[]): boolean {
  const abbreviation = task.split('-')[1] ?? '';
  const ours = `${members.map((m) => `ours(${m}).`).join('\n')}\n`;
  const exact = ':- in(X), not ours(X).\n:- ours(X), not in(X).\n';
  const enc =
    {
      GR: 'grounded',
      CO: 'complete',
      PR: 'complete',
      ST: 'stable',
      SST: 'complete',
      STG: 'conflict-free',
    }[abbreviation] ?? 'complete';
  if (clingo(dir, `${encoding(enc)}${ours}${exact}`, facts, ['1']).models.length === 0) return false;
  if (!['PR', 'SST', 'STG'].includes(abbreviation)) return true;
  // Nothing of the same kind reaches beyond it (in-set for PR, range for SST and STG).
  const grows =
    abbreviation === 'PR'
      ? `${encoding('preferred')}:- ours(X), not in(X).\nextra :- in(X), not ours(X).\n:- not extra.\n`
      : `${encoding(enc)}${RANGE}oursRange(X) :- ours(X).\noursRange(X) :- ours(Y), att(Y,X).\n:- oursRange(X), not range(X).\nextra :- range(X), not oursRange(X).\n:- not extra.\n`;
  const beyond = clingo(dir, `${grows}${ours}`, facts, ['1']);
  return beyond.status !== null && beyond.models.length === 0;
}

/** Our answer and time: read the text, build the framework, answer the task. */
function oursAnswer(task: Task, text: string, a: number): { ms: number; answer: string; members?: string[] } {
  const [kind, abbreviation] = task.split('-') as [string, string];
  const semantics = SEMANTICS[abbreviation] ?? 'grounded';
  const start = performance.now();
  const read = readIccma(text, { maxLength: 1e9 });
  if (!read.ok) throw new Error('generated framework rejected');
  const af = frameworkFromAttacks(read.value.size, read.value.from, read.value.to);
  const options = { timeBudgetMs: BUDGET_MS };
  if (kind === 'SE') {
    const extension = findExtension(af, semantics, options);
    const ms = performance.now() - start;
    if (extension === 'unknown') return { ms, answer: 'timeout' };
    if (extension === null) return { ms, answer: 'NO' };
    return { ms, answer: 'YES', members: Array.from(extension, (i) => `a${i}`) };
  }
  const verdict =
    kind === 'DC'
      ? isCredulouslyAccepted(af, a, semantics, options)
      : isScepticallyAccepted(af, a, semantics, options);
  const ms = performance.now() - start;
  return { ms, answer: verdict === 'unknown' ? 'timeout' : verdict ? 'YES' : 'NO' };
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));

/** The million-attack row: `argmap evaluate FILE.af --semantics grounded`, in process. */
function millionRow(dir: string): string {
  const next = random(7);
  const n = 200_000;
  const lines: string[] = [`p af ${n}`];
  for (let i = 0; i < 1_000_000; i++)
    lines.push(`${1 + Math.floor(next() * n)} ${1 + Math.floor(next() * n)}`);
  const file = join(dir, 'million.af');
  writeFileSync(file, `${lines.join('\n')}\n`);
  let printed = 0;
  const io: Io = {
    read: (path, max) => {
      const bytes = readFileSync(path);
      return bytes.length > max
        ? { ok: false, diagnostics: [{ severity: 'error', code: 'file-too-large', message: 'too large' }] }
        : { ok: true, value: new Uint8Array(bytes), diagnostics: [] };
    },
    write: () => ({ ok: true, value: undefined, diagnostics: [] }),
    out: (text) => {
      printed += text.length;
    },
    err: () => {},
  };
  const samples: number[] = [];
  for (let i = 0; i < 4; i++) {
    const start = performance.now();
    const code = run(['evaluate', file, '--semantics', 'grounded'], io);
    if (code !== 0) throw new Error('evaluate failed');
    if (i > 0) samples.push(performance.now() - start);
  }
  const ms = samples.sort((x, y) => x - y)[1] ?? Number.NaN;
  return `| 200,000 arguments, 1,000,000 attacks: \`argmap evaluate FILE.af --semantics grounded\` (read, label, print ${Math.round(printed / 4 / 1e6)} MB) | ${fmt(ms)} ms |`;
}

export default async function bench(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-iccma-bench-'));
  // The machine is shared: the load says how much of it the run had (both sides alike).
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(', ');
  const loadAtStart = load();
  const frameworks: Generated[] = [];
  for (const [n, densities] of [
    [100, [0.02, 0.1]],
    [200, [0.01, 0.05]],
    [500, [0.005, 0.02]],
    [1000, [0.002, 0.01]],
  ] as const) {
    for (const p of densities) frameworks.push(randomFramework(n, p, n + Math.round(1000 * p)));
    frameworks.push(clusteredFramework(n, 77 + n));
  }
  const rows: string[] = [];
  let equal = 0;
  let faster = 0;
  let total = 0;
  let compared = 0;
  let oursAnswered = 0;
  let clingoAnswered = 0;
  try {
    for (const g of frameworks) {
      const text = toIccma(g);
      const facts = toFacts(g);
      const read = readIccma(text, { maxLength: 1e9 });
      if (!read.ok) throw new Error('generated framework rejected');
      const grounded = groundedLabelling(
        frameworkFromAttacks(read.value.size, read.value.from, read.value.to),
      );
      // Ask about an argument the grounded labelling leaves open, so the question is not trivial.
      const a = Math.max(0, grounded.indexOf(0));
      for (const task of TASKS) {
        const ours = oursAnswer(task, text, a);
        const theirs = clingoAnswer(dir, task, facts, `a${a}`);
        const bothAnswered = ours.answer !== 'timeout' && theirs.answer !== 'timeout';
        const same =
          bothAnswered &&
          ours.answer === theirs.answer &&
          (ours.members === undefined || confirmExtension(dir, task, facts, ours.members));
        total++;
        if (ours.answer !== 'timeout') oursAnswered++;
        if (theirs.answer !== 'timeout') clingoAnswered++;
        if (bothAnswered) compared++;
        if (same) equal++;
        if (ours.answer !== 'timeout' && ours.ms <= theirs.ms) faster++;
        rows.push(
          `| ${g.name} | ${g.pairs.length} | ${task} | ${ours.answer} | ${theirs.answer} | ${fmt(ours.ms)} | ${theirs.answer === 'timeout' ? `> ${BUDGET_MS / 1000} s` : fmt(theirs.ms)} | ${(ours.ms / theirs.ms).toFixed(2)} | ${bothAnswered ? (same ? 'yes' : '**no**') : '–'} |`,
        );
      }
    }
    const million = millionRow(dir);
    const version = spawnSync(CLINGO, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] ?? 'clingo';
    return `## ICCMA tasks: Argmap's SAT solver and clingo side by side

Random frameworks (each ordered pair, self-attacks included, attacked with probability p) and
clustered ones in the manner of AFGen (dense groups of ten with self-attacks, sparse attacks from
earlier to later groups); DC/DS ask about the first argument the grounded labelling leaves open.
Ours: read the \`p af\` text, build the framework, answer (in process, ms). clingo: ${version},
ASPARTIX-style encodings from the cross-check, one process per task (ms, process start
included). "equal": same YES/NO; for SE, clingo confirms our extension is one of the semantics
(and, for PR/SST/STG, that nothing larger exists). Ratio = ours / clingo.

**Of ${total} tasks, ours answered ${oursAnswered} and clingo ${clingoAnswered} within ${BUDGET_MS / 1000} s each; where both answered
(${compared}), ${equal} answers are equal. Ours answered no slower than clingo on ${faster} of ${total} rows.**
A timed-out side is "timeout" / "> ${BUDGET_MS / 1000} s" and "equal" is "–": an answer that was not given is never counted as agreeing.
Load average (1, 5, 15 min) on this ${availableParallelism()}-core machine: ${loadAtStart} at the start of the run, ${load()} at the end.

| framework | attacks | task | ours | clingo | ours (ms) | clingo (ms) | ratio | equal |
|---|---:|---|---|---|---:|---:|---:|---|
${rows.join('\n')}

The CLI's direct path from a framework file to the solver's arrays (no map is built), in process
(Node's start and, in development, tsx's compilation come on top: about 0.4 s of CPU here):

| run | time |
|---|---:|
${million}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
