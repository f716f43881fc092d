/**
 * End-to-end: runs `argmap` as a real process (Node with tsx, as `pnpm argmap` does) on fixture
 * files, and checks exit codes, standard output, standard error and written files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const main = join(root, 'packages/cli/src/main.ts');
const fixture = (name: string) => join('packages/cli/test/fixtures', name);
const scratch = mkdtempSync(join(tmpdir(), 'argmap-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function argmap(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('argmap (as a process)', () => {
  it('prints help and exits 0; no command is a usage error', () => {
    const help = argmap(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: argmap COMMAND');
    expect(help.stdout).toMatch(/svg\s+write\s+\.svg/u);
    expect(argmap([]).code).toBe(2);
    expect(argmap(['convert', '--help']).stdout).toContain('Usage: argmap convert IN');
  });

  it('exits 2 with one line on stderr for unknown commands and options', () => {
    const unknown = argmap(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('argmap: unknown command "frobnicate"');
    const badFlag = argmap(['stats', fixture('phones.argmap.json'), '--wat']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/^argmap: Unknown option '--wat'/u);
  });

  it('says a file is missing or a directory (exit 1), whatever its name', () => {
    const missing = argmap(['validate', fixture('no-such-file')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `${fixture('no-such-file')}: error: cannot read ${fixture('no-such-file')}: no such file [unreadable]\n`,
    );
    const directory = argmap(['stats', fixture('')]);
    expect(directory.code).toBe(1);
    expect(directory.stderr).toMatch(/: error: cannot read .*: is a directory \[unreadable\]\n$/u);
  });

  it('validates good files (exit 0) and reports problems as file:line:col (exit 1)', () => {
    const good = argmap(['validate', fixture('phones.argmap.json')]);
    expect(good.code).toBe(0);
    expect(good.stdout).toBe(`${fixture('phones.argmap.json')}: ok (Argmap JSON, 9 nodes, 11 edges)\n`);

    const bad = argmap([
      'validate',
      fixture('phones.argmap.json'),
      fixture('syntax-error.argmap'),
      fixture('wrong-format.argmap.json'),
      fixture('missing.argmap.json'),
    ]);
    expect(bad.code).toBe(1);
    const lines = bad.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(bad.stdout).toBe(`${fixture('phones.argmap.json')}: ok (Argmap JSON, 9 nodes, 11 edges)\n`);
    expect(lines[0]).toMatch(
      /^packages\/cli\/test\/fixtures\/syntax-error\.argmap:6:39: error: .*\[[a-z-]+\]$/u,
    );
    expect(lines[1]).toMatch(
      /^packages\/cli\/test\/fixtures\/wrong-format\.argmap\.json:2:13: error: .*\(at format\) \[[a-z-]+\]$/u,
    );
    expect(lines[2]).toBe(
      `${fixture('missing.argmap.json')}: error: cannot read ${fixture('missing.argmap.json')}: no such file [unreadable]`,
    );
  });

  it('finds the line and column of a problem the parser reports by JSON path', () => {
    const result = argmap(['validate', fixture('bad-url.argmap.json')]);
    expect(result.code).toBe(1);
    // The parser names the path; the CLI finds where that value starts in the file.
    expect(result.stderr).toMatch(
      /^packages\/cli\/test\/fixtures\/bad-url\.argmap\.json:11:76: error: .*\(at nodes\.e\.evidence\.source\.url\) \[[a-z-]+\]\n$/u,
    );
  });

  it('refuses files over the size cap unless --max-size raises it', () => {
    const capped = argmap(['validate', '--max-size', '1k', fixture('phones.argmap.json')]);
    expect(capped.code).toBe(1);
    expect(capped.stderr).toContain(
      'phones.argmap.json: error: The file is larger than the 1 kB limit; raise it with --max-size',
    );
    expect(argmap(['validate', '--max-size', '1M', fixture('phones.argmap.json')]).code).toBe(0);
    expect(argmap(['validate', '--max-size', 'lots', fixture('phones.argmap.json')]).code).toBe(2);
  });

  it('converts by extension to a file, and to stdout with --to', () => {
    const out = join(scratch, 'phones.mmd');
    const toFile = argmap(['convert', fixture('phones.argmap.json'), '-o', out]);
    expect(toFile.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^flowchart BT\n/u);

    const csv = argmap(['convert', fixture('phones.argmap.json'), '--to', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe(
      'id,statement,quote,evidence_kind,speaker,role,title,outlet,date,url,bears_on,credibility',
    );

    const noFormat = argmap(['convert', fixture('phones.argmap.json')]);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain('say which format to write with --to');
    expect(argmap(['convert', fixture('phones.argmap.json'), '--to', 'nope']).code).toBe(2);
  });

  it('warns on stderr when the output format cannot hold the map’s tours, and still writes it (exit 0)', () => {
    const map = JSON.parse(readFileSync(join(root, fixture('phones.argmap.json')), 'utf8'));
    map.tours = [{ id: 't1', title: 'Class walk-through', steps: [{ id: 's1', nodes: ['q'] }] }];
    const toured = JSON.stringify(map);
    const out = join(scratch, 'toured.mmd');
    const mermaid = argmap(['convert', '-', '-o', out], toured);
    expect(mermaid.code).toBe(0);
    expect(mermaid.stderr).toContain(
      `${out}: warning: This map has 1 tour ('Class walk-through'); Mermaid cannot hold tours, so it is not in the exported file — save as .argmap.json to keep it. [tours-dropped]\n`,
    );
    // Each other kind of loss (quotes, citations, the title…) is one line of its own.
    expect(mermaid.stderr).toContain(`${out}: warning: 3 evidence quotes left out. [quotes-dropped]\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^flowchart BT\n/u);

    const aif = argmap(['convert', '-', '--to', 'aif'], toured);
    expect(aif.code).toBe(0);
    expect(aif.stderr).toMatch(
      /^aif: warning: This map has 1 tour .*AIF cannot hold tours.*\[tours-dropped\]\n$/u,
    );

    // Markdown writes the tour out; Argmap JSON keeps it as data. Neither warns about it.
    const markdown = argmap(['convert', '-', '--to', 'markdown'], toured);
    expect(markdown.stderr).not.toContain('tours-dropped');
    expect(markdown.stdout).toContain('## Tour: Class walk-through');
    const json = argmap(['convert', '-', '--to', 'argmap-json'], toured);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout).tours).toEqual(map.tours);
    // Without tours, nothing to say about them.
    expect(argmap(['convert', fixture('phones.argmap.json'), '--to', 'mermaid']).stderr).not.toContain(
      'tour',
    );

    // render asks for a picture: no word about tours, notes or quotes. convert --to svg still says them.
    const picture = argmap(['render', '-'], toured);
    expect(picture.code).toBe(0);
    expect(picture.stderr).toBe('');
    expect(picture.stdout).toMatch(/<svg /u);
    const converted = argmap(['convert', '-', '--to', 'svg'], toured).stderr;
    expect(converted).toContain('[tours-dropped]');
    expect(converted).toContain('evidence quotes left out. [quotes-dropped]');
  });

  it('reads standard input with -', () => {
    const text = readFileSync(join(root, fixture('phones.argmap.json')), 'utf8');
    const result = argmap(['convert', '-', '--to', 'markdown'], text);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Question: Should the school ban phones in class?');
    const junk = argmap(['validate', '-'], 'not json at all');
    expect(junk.code).toBe(1);
    expect(junk.stderr).toMatch(/^-:1:1: error: /u);
  });

  it('round-trips through Argmap JSON unchanged', () => {
    const out = join(scratch, 'copy.argmap.json');
    expect(argmap(['convert', fixture('phones.argmap.json'), '-o', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(root, fixture('phones.argmap.json')), 'utf8')),
    );
  });

  it('renders an SVG with every node', () => {
    const out = join(scratch, 'map.svg');
    const result = argmap(['render', fixture('phones.argmap.json'), '-o', out]);
    expect(result.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /u);
    expect(svg.match(/<g class="node /gu)).toHaveLength(9);
    expect(argmap(['render', fixture('phones.argmap.json'), '--to', 'csv']).code).toBe(2);
  });

  it('prints stats as text and as JSON', () => {
    const text = argmap(['stats', fixture('phones.argmap.json')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Nodes: 9 (1 question, 2 position, 3 claim, 3 evidence)');
    expect(text.stdout).toContain('Evidence without a source: e3');
    expect(text.stdout).toContain('Cycles: c1 ↔ u');
    const json = argmap(['stats', fixture('phones.argmap.json'), '--json']);
    const stats = JSON.parse(json.stdout);
    expect(stats.nodesByKind).toEqual({ question: 1, position: 2, claim: 3, evidence: 3 });
    expect(stats.evidencePerPosition).toEqual([
      { id: 'p1', text: 'Yes: ban them', evidence: 3 },
      { id: 'p2', text: 'No: teach responsible use', evidence: 1 },
    ]);
  });

  it('evaluates strengths (text) and labels (JSON in the documented shape)', () => {
    const text = argmap(['evaluate', fixture('phones.argmap.json')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Semantics: dfquad, support: none\n/u);
    expect(text.stdout).toMatch(/\n {2}\d\.\d{3} {2}position {2}Yes: ban them \[p1\]\n/u);

    const json = argmap(['evaluate', fixture('phones.argmap.json'), '--semantics', 'grounded', '--json']);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.semantics).toBe('grounded');
    expect(Object.keys(result.nodes)).toHaveLength(9);
    for (const node of Object.values(result.nodes) as { label?: string }[]) {
      expect(['in', 'out', 'undec', 'unknown']).toContain(node.label);
    }
    const bad = argmap(['evaluate', fixture('phones.argmap.json'), '--semantics', 'vibes']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^argmap: unknown semantics "vibes"; use one of dfquad, /u);
  });

  it('reports invalid UTF-8 and binary junk as input errors, not crashes', () => {
    const bad = join(scratch, 'bad.argmap.json');
    writeFileSync(bad, Buffer.from([0x7b, 0x0a, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    const result = argmap(['validate', bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/:2:2: error: .*\[invalid-utf8\]\n$/u);
  });
});
