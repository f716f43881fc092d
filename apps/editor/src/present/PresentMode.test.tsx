import { exportControlsExample, generateTour } from '@argmap/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PresentMode } from './PresentMode.tsx';

const map = exportControlsExample;
const tour = generateTour(map);
const total = tour.steps.length;

function start(props: Partial<Parameters<typeof PresentMode>[0]> = {}) {
  const onExit = vi.fn();
  render(<PresentMode map={map} tour={tour} fullscreen={false} onExit={onExit} {...props} />);
  return { onExit, user: userEvent.setup() };
}

const counter = () => screen.getByText(/^Step \d+ of \d+$/).textContent;

describe('PresentMode', () => {
  it('opens on the first step with its title, counter and progress', () => {
    start();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The question');
    expect(counter()).toBe(`Step 1 of ${total}`);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
  });

  it('steps with clicker keys and stops at the ends', async () => {
    const { user } = start();
    await user.keyboard('{ArrowRight}{PageDown} ');
    expect(counter()).toBe(`Step 4 of ${total}`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(tour.steps[3]?.title ?? '');
    await user.keyboard('{PageUp}');
    expect(counter()).toBe(`Step 3 of ${total}`);
    await user.keyboard('{End}{ArrowRight}');
    expect(counter()).toBe(`Step ${total} of ${total}`);
    await user.keyboard('{Home}{ArrowLeft}');
    expect(counter()).toBe(`Step 1 of ${total}`);
  });

  it('turns the page on a swipe', () => {
    start();
    const stage = screen.getByRole('dialog');
    fireEvent.touchStart(stage, { touches: [{ clientX: 600, clientY: 300 }] });
    fireEvent.touchEnd(stage, { changedTouches: [{ clientX: 300, clientY: 310 }] });
    expect(counter()).toBe(`Step 2 of ${total}`);
  });

  it('blanks the screen, switches theme, and reveals the verdict only when strengths are given', async () => {
    const { user } = start({ strengths: { q: 0.4 } });
    await user.keyboard('b');
    // The whole screen goes black: title, counter and buttons too, not only the map.
    expect(screen.getByTestId('blank-screen')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getByRole('heading', { level: 1, hidden: true })).not.toBeVisible();
    expect(screen.getByText('Exit')).not.toBeVisible();
    await user.keyboard('b');
    expect(screen.queryByTestId('blank-screen')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toBeVisible();
    await user.keyboard('b');
    await user.click(screen.getByTestId('blank-screen'));
    expect(screen.queryByTestId('blank-screen')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Dark theme' }));
    expect(screen.getByRole('dialog')).toHaveClass('present--dark');
    const verdict = screen.getByRole('button', { name: 'Reveal verdict' });
    expect(verdict).toHaveAttribute('aria-pressed', 'false');
    await user.click(verdict);
    expect(verdict).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows the whole quotes of the step on Q, and closes them on Q, Esc or the next step', async () => {
    const { user, onExit } = start();
    const at = tour.steps.findIndex((step) =>
      step.nodes.some((id) => map.nodes.get(id)?.kind === 'evidence'),
    );
    for (let i = 0; i < at; i++) await user.keyboard('{ArrowRight}');
    const evidence = (tour.steps[at]?.nodes ?? []).filter((id) => map.nodes.get(id)?.evidence);
    await user.keyboard('q');
    const quotes = screen.getByRole('region', { name: 'Whole quotes' });
    for (const id of evidence) expect(quotes).toHaveTextContent(map.nodes.get(id)?.evidence?.quote ?? '');
    await user.keyboard('q');
    expect(screen.queryByRole('region', { name: /^Whole quote/ })).toBeNull();
    await user.keyboard('q{Escape}');
    expect(screen.queryByRole('region', { name: /^Whole quote/ })).toBeNull();
    expect(onExit).not.toHaveBeenCalled();
    await user.keyboard('q{ArrowRight}');
    expect(screen.queryByRole('region', { name: /^Whole quote/ })).toBeNull();
    expect(counter()).toBe(`Step ${at + 2} of ${total}`);
  });

  it('reveals the accepted / rejected labels with the strengths', async () => {
    const { user } = start({ strengths: { q: 0.4 }, statuses: { q: 'accepted' } });
    expect(screen.queryByText('✓ Accepted')).toBeNull();
    await user.keyboard('v');
    expect(screen.getByText('✓ Accepted')).toBeInTheDocument();
    expect(screen.getByText('40%')).toBeInTheDocument();
  });

  it('offers no verdict button without strengths', () => {
    start();
    expect(screen.queryByRole('button', { name: 'Reveal verdict' })).toBeNull();
  });

  it('makes the editor behind it inert while it runs', async () => {
    const behind = document.createElement('div');
    behind.id = 'root';
    document.body.append(behind);
    const { user } = start();
    expect(behind.inert).toBe(true);
    await user.keyboard('{Escape}');
    cleanup();
    expect(behind.inert).toBe(false);
    behind.remove();
  });

  it('ends on Escape', async () => {
    const { user, onExit } = start();
    await user.keyboard('{Escape}');
    expect(onExit).toHaveBeenCalledTimes(1);
  });
});
