import { describe, expect, it } from 'vitest';
import { parseMap } from '../document/parse.ts';
import { serializeMap } from '../document/serialize.ts';
import { exportControlsExample } from '../examples/exportControls.ts';
import { generateTour } from './generateTour.ts';
import { addTour, updateStep } from './tourOperations.ts';

describe('tours in the .argmap.json file', () => {
  it('survive saving and opening, with titles, notes and order', () => {
    const added = addTour(exportControlsExample, generateTour(exportControlsExample, { title: 'Week 3' }));
    if (!added.ok) throw new Error('addTour refused');
    const tourId = added.value.created[0] as string;
    const noted = updateStep(added.value.map, tourId, 'step-2', { notes: 'Ask: who has heard of DeepSeek?' });
    if (!noted.ok) throw new Error('updateStep refused');
    const reopened = parseMap(serializeMap(noted.value.map));
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    expect(reopened.value.tours).toEqual(noted.value.map.tours);
    expect(reopened.value.tours?.at(-1)?.steps[1]?.notes).toBe('Ask: who has heard of DeepSeek?');
  });
});
