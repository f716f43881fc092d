import { describe, expect, it } from 'vitest';
import { fileNameFor } from './fileName.ts';

describe('fileNameFor', () => {
  it('turns a title into a safe file name', () => {
    expect(fileNameFor('US export controls: do they work?', '.argmap.json')).toBe(
      'us-export-controls-do-they-work.argmap.json',
    );
  });
  it('never produces an empty or path-like name', () => {
    expect(fileNameFor('  ', '.svg')).toBe('argument-map.svg');
    expect(fileNameFor('../../etc/passwd', '.png')).toBe('..-..-etc-passwd.png');
  });
});
