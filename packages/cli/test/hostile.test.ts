/**
 * Hostile input through the real process: devices and pipes that never end, labels that try to
 * drive the terminal, arguments that look like options.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const main = join(root, 'packages/cli/src/main.ts');
const scratch = mkdtempSync(join(tmpdir(), 'argmap-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function argmap(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A map whose labels and ids carry escape sequences, a bell and a right-to-left override. */
function hostileMap(): string {
  const evil = '\u001b]0;pwned\u0007\u001b[2J\u202egnp.exe\u009b31m';
  return JSON.stringify({
    format: 'argmap',
    version: 2,
    meta: { title: `T${evil}` },
    nodes: {
      q: { id: 'q', kind: 'question', text: `Q${evil}`, baseScore: 0.5 },
      [`p${evil}`]: { id: `p${evil}`, kind: 'position', text: `P${evil}`, baseScore: 0.5 },
    },
    edges: { e: { id: 'e', kind: 'supports', source: `p${evil}`, target: 'q' } },
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point.
const TERMINAL_ACTIVE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe('argmap on hostile input', () => {
  it('stops reading /dev/zero at the size limit instead of filling memory', () => {
    const result = argmap(['validate', '/dev/zero', '--from', 'iccma', '--max-size', '1M']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/larger than the 1\.0 MB limit.*\[file-too-large\]/u);
  });

  it('stops reading a named pipe that never ends at the size limit', async () => {
    const fifo = join(scratch, 'endless');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', `yes 'p af 1' > '${fifo}'`], { stdio: 'ignore' });
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', main, 'validate', fifo, '--from', 'iccma', '--max-size', '2M'],
        {
          cwd: root,
        },
      );
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(code).toBe(1);
      expect(stderr).toContain('[file-too-large]');
    } finally {
      writer.kill();
    }
  });

  it('prints labels from a file with every control and bidi character made visible', () => {
    const file = join(scratch, 'evil.argmap.json');
    writeFileSync(file, hostileMap());
    for (const args of [
      ['stats', file],
      ['evaluate', file],
      ['stats', file, '--json'],
      ['evaluate', file, '--json'],
    ]) {
      const result = argmap(args);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout, args.join(' ')).not.toMatch(TERMINAL_ACTIVE);
      expect(result.stderr, args.join(' ')).not.toMatch(TERMINAL_ACTIVE);
    }
    expect(argmap(['stats', file]).stdout).toContain('\\u{1b}]0;pwned\\u{7}');
    // JSON output escapes them the JSON way: the same strings come back when it is parsed.
    const json = JSON.parse(argmap(['evaluate', file, '--json']).stdout) as {
      nodes: Record<string, unknown>;
    };
    expect(Object.keys(json.nodes)).toContain('p\u001b]0;pwned\u0007\u001b[2J\u202egnp.exe\u009b31m');
  });

  it('says how to pass a negative --time-budget instead of calling it ambiguous', () => {
    const result = argmap([
      'evaluate',
      'packages/cli/test/fixtures/phones.argmap.json',
      '--time-budget',
      '-1',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--time-budget needs a value; for a value that starts with "-", write --time-budget=VALUE',
    );
    expect(result.stderr).not.toContain('ambiguous');
    const negative = argmap([
      'evaluate',
      'packages/cli/test/fixtures/phones.argmap.json',
      '--time-budget=-1',
    ]);
    expect(negative.stderr).toContain('--time-budget expects milliseconds');
  });

  it('renders a map placed at ±1e308 without Infinity or NaN, and says what it ignored', () => {
    const file = join(scratch, 'far.argmap.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'argmap',
        version: 2,
        meta: { title: 'Far' },
        nodes: {
          q: { id: 'q', kind: 'question', text: 'Q', baseScore: 0.5, position: { x: 1e308, y: -1e308 } },
          p: { id: 'p', kind: 'position', text: 'P', baseScore: 0.5, position: { x: -1e308, y: 0 } },
        },
        edges: { e: { id: 'e', kind: 'supports', source: 'p', target: 'q' } },
      }),
    );
    const result = argmap(['render', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<svg');
    expect(result.stdout).not.toMatch(/Infinity|NaN/u);
    expect(result.stderr).toContain('[svg-position-ignored]');
  });

  it('stops quietly when the reader of its output goes away (| head)', () => {
    const file = join(scratch, 'many.af');
    writeFileSync(file, 'p af 50000\n');
    // 50,000 lines are far more than a pipe holds, so the writes outlast head.
    const result = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" --import tsx "${main}" evaluate "${file}" --semantics grounded | head -n 1`,
      ],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.stdout).toBe('Semantics: grounded, support: none\n');
    expect(result.stderr).toBe('');
  });
});
