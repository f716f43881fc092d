import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LabelLayer } from './labelLayer.tsx';
import { SignedEdge } from './SignedEdge.tsx';

describe('edge badges in the label layer', () => {
  it('go into the layer the canvas hands down, with no React Flow store to ask (no query per edge)', () => {
    const layer = document.createElement('div');
    document.body.append(layer);
    // No ReactFlowProvider: a badge that still asked React Flow's store for the layer would throw.
    render(
      <LabelLayer.Provider value={layer}>
        <svg>
          <title>edges</title>
          <SignedEdge
            id="e1"
            kind="opposes"
            path="M0 0L10 10"
            labelX={5}
            labelY={5}
            markerEnd={undefined}
            selected={false}
            inactive={false}
            description="“No” opposes “Yes”"
          />
        </svg>
      </LabelLayer.Provider>,
    );
    const badge = layer.querySelector('.edge-sign--opposes');
    expect(badge).not.toBeNull();
    expect(badge).toHaveAttribute('title', '“No” opposes “Yes”');
    expect(badge?.getAttribute('style')).toContain('translate(5px, 5px)');
    layer.remove();
  });
});
