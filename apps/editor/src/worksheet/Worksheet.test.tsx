import { exportControlsExample } from '@argmap/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Worksheet } from './Worksheet.tsx';
import { WORKSHEET_BOXES } from './worksheetPages.ts';

describe('Worksheet', () => {
  it('prints a page per position: the question, the position and empty boxes, none of the map’s reasons', () => {
    render(<Worksheet map={exportControlsExample} />);
    const pages = screen.getAllByRole('region', { name: /^Worksheet page/ });
    const positions = exportControlsExample.nodes.toArray().filter((node) => node.kind === 'position');
    expect(pages).toHaveLength(positions.length);
    pages.forEach((page, i) => {
      const here = within(page);
      expect(here.getByRole('heading', { level: 1 })).toHaveTextContent(positions[i]?.text ?? '');
      expect(page).toHaveTextContent(exportControlsExample.nodes.get('q')?.text ?? '');
      expect(here.getAllByRole('img', { name: /^Reason \d: empty box/ })).toHaveLength(
        WORKSHEET_BOXES.reasons,
      );
      expect(here.getAllByRole('img', { name: /^Objection \d: empty box/ })).toHaveLength(
        WORKSHEET_BOXES.objections,
      );
      expect(here.getAllByRole('row', { name: /^Evidence \d: empty row/ })).toHaveLength(
        WORKSHEET_BOXES.evidence,
      );
      expect(page).toHaveTextContent(`Position ${i + 1} of ${positions.length}`);
    });
    // The exercise is to find the reasons: no claim or quote of the map is on the sheet.
    const claim = exportControlsExample.nodes.toArray().find((node) => node.kind === 'claim');
    expect(screen.queryByText(claim?.text ?? '')).toBeNull();
  });
});
