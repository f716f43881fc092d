import { exportControlsExample, generateTour } from '@argmap/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MapHandout, TourHandout } from './Handouts.tsx';

const map = exportControlsExample;
const tour = generateTour(map);

describe('TourHandout', () => {
  it('prints one page per step, with the step’s quotes and sources', () => {
    render(<TourHandout map={map} tour={tour} />);
    const pages = screen.getAllByRole('region', { name: /^Step \d+$/ });
    expect(pages).toHaveLength(tour.steps.length);
    const evidenceStep = tour.steps.findIndex((step) => step.nodes.some((id) => map.nodes.get(id)?.evidence));
    const evidenceId = tour.steps[evidenceStep]?.nodes.find((id) => map.nodes.get(id)?.evidence) as string;
    const page = pages[evidenceStep] as HTMLElement;
    expect(page).toHaveTextContent(map.nodes.get(evidenceId)?.evidence?.quote ?? 'missing');
    expect(page).toHaveTextContent(map.nodes.get(evidenceId)?.evidence?.source.speaker ?? 'missing');
    expect(within(pages[1] as HTMLElement).getByText('Already on the board')).toBeInTheDocument();
  });

  it('prints speaker notes only on the teacher’s copy', () => {
    const notes = tour.steps[1]?.notes ?? 'missing';
    const { unmount } = render(<TourHandout map={map} tour={tour} />);
    expect(screen.queryAllByText(`Notes: ${notes}`)).toHaveLength(0);
    unmount();
    render(<TourHandout map={map} tour={tour} withNotes />);
    expect(screen.getAllByText(`Notes: ${notes}`).length).toBeGreaterThan(0);
  });
});

describe('MapHandout', () => {
  it('outlines the debate and lists every piece of evidence with its citation', () => {
    render(<MapHandout map={map} />);
    expect(screen.getByRole('heading', { level: 2, name: map.nodes.get('q')?.text })).toBeInTheDocument();
    const evidence = map.nodes.toArray().filter((node) => node.evidence);
    const items = within(screen.getByRole('list', { name: 'Evidence and sources' })).getAllByRole('listitem');
    expect(items).toHaveLength(evidence.length);
    expect(items[0]).toHaveTextContent(evidence[0]?.evidence?.source.outlet ?? 'missing');
    expect(screen.getAllByText(/^For:/).length).toBeGreaterThan(0);
  });
});
