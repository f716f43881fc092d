import { describe, expect, it } from 'vitest';
import { argmapInMemory as argmap } from '../testArgmap.ts';

// 1 ↔ 2, 2 → 3, 4 attacks itself and 3: grounded decides nothing but 4's victims stay open.
const AF = 'p af 5\n1 2\n2 1\n2 3\n4 4\n4 5\n';

describe('argmap iccma (the ICCMA 2023 solver interface)', () => {
  it('lists its problems and formats in ICCMA’s bracket syntax', () => {
    const problems = argmap({}, 'iccma', '--problems');
    expect(problems.code).toBe(0);
    expect(problems.stdout).toMatch(/^\[DC-CO,DC-PR,DC-ST,DC-SST,DC-STG,DC-ID,DC-GR,DS-CO,.*,SE-GR\]\n$/);
    expect(argmap({}, 'iccma', '--formats').stdout).toBe('[i23,apx,tgf]\n');
  });

  it('answers YES or NO for DC and DS, exactly one line', () => {
    const ask = (task: string, a: string) =>
      argmap({ 'f.af': AF }, 'iccma', '-p', task, '-f', 'f.af', '-a', a).stdout;
    expect(ask('DC-PR', '1')).toBe('YES\n');
    expect(ask('DS-PR', '1')).toBe('NO\n');
    expect(ask('DC-CO', '4')).toBe('NO\n');
    expect(ask('DC-GR', '1')).toBe('NO\n');
    // 4 attacks itself and nothing attacks it: no stable extension, so DS-ST holds vacuously.
    expect(ask('DC-ST', '1')).toBe('NO\n');
    expect(ask('DS-ST', '5')).toBe('YES\n');
    // Semi-stable and stage still answer where stable has nothing.
    expect(ask('DC-SST', '3')).toBe('YES\n');
    expect(ask('DS-STG', '1')).toBe('NO\n');
    expect(ask('DS-ID', '1')).toBe('NO\n');
  });

  it('prints one extension as "w …" for SE, and NO when there is none', () => {
    const se = (task: string, text = AF) =>
      argmap({ 'f.af': text }, 'iccma', '-p', task, '-f', 'f.af').stdout;
    expect(se('SE-GR')).toBe('w\n');
    expect(se('SE-ST')).toBe('NO\n');
    expect(['w 1 3\n', 'w 2\n']).toContain(se('SE-PR'));
    expect(se('SE-ST', 'p af 3\n1 2\n2 3\n')).toBe('w 1 3\n');
  });

  it('reads .apx and .tgf by name, and answers with their argument names', () => {
    const files = { 'f.apx': 'arg(a). arg(b). att(a,b).\n', 'f.tgf': 'x\ny\n#\ny x\n' };
    expect(argmap(files, 'iccma', '-p', 'SE-PR', '-f', 'f.apx').stdout).toBe('w a\n');
    expect(argmap(files, 'iccma', '-p', 'DS-GR', '-f', 'f.tgf', '-a', 'y').stdout).toBe('YES\n');
  });

  it('refuses what it cannot answer with a usage error (exit 2) or the file’s problems (exit 1)', () => {
    expect(argmap({ 'f.af': AF }, 'iccma', '-p', 'DC-XX', '-f', 'f.af', '-a', '1').code).toBe(2);
    expect(argmap({ 'f.af': AF }, 'iccma', '-p', 'DC-PR', '-f', 'f.af').code).toBe(2);
    expect(argmap({ 'f.af': AF }, 'iccma', '-p', 'DC-PR', '-f', 'f.af', '-a', '9').stderr).toContain(
      'has no argument "9"',
    );
    const broken = argmap({ 'f.af': 'p af 1e23\n' }, 'iccma', '-p', 'SE-GR', '-f', 'f.af');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/^f\.af:1:1: error: .*digits.*\[iccma-header\]/);
  });

  it('prints nothing on standard output when its time budget runs out', () => {
    const result = argmap(
      { 'f.af': AF },
      'iccma',
      '-p',
      'DS-PR',
      '-f',
      'f.af',
      '-a',
      '1',
      '--time-budget',
      '0',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('time budget');
  });
});
