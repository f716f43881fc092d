import { exportControlsExample, generateTour, toDocument } from '@argmap/core';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PresenterView } from './PresenterView.tsx';
import { createPresentLink, type PresentState } from './presentChannel.ts';
import { createPresentHost } from './presentHost.ts';
import type { PresentEvent } from './presentMachine.ts';
import { channelPair } from './testChannels.ts';

const map = exportControlsExample;
const tour = generateTour(map);
const at = (index: number): PresentState => ({
  index,
  stepCount: tour.steps.length,
  verdict: false,
  theme: 'light',
  blank: false,
});

/** The audience window at the other end of an in-memory channel, recording the commands it gets. */
function audience() {
  const [mine, theirs] = channelPair();
  const commands: PresentEvent[] = [];
  const host = createPresentHost({
    link: createPresentLink(mine),
    onCommand: (event) => commands.push(event),
  });
  return { channel: theirs, host, commands };
}

describe('PresenterView', () => {
  it('waits for the audience window, then shows the current notes and the next step', () => {
    const room = audience();
    render(<PresenterView presentationId="abc" channel={room.channel} locks={null} />);
    expect(screen.getByRole('heading')).toHaveTextContent('Waiting for the presentation window');
    act(() => {
      room.host.setDeck(() => ({ map: toDocument(map), tour }));
      room.host.setState(at(1));
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(tour.steps[1]?.title ?? '');
    expect(screen.getByRole('region', { name: 'Speaker notes' })).toHaveTextContent(
      tour.steps[1]?.notes ?? '',
    );
    expect(screen.getByRole('region', { name: 'Next step' })).toHaveTextContent(tour.steps[2]?.title ?? '');
  });

  it('a window opened after the presentation started catches up at once', () => {
    const room = audience();
    room.host.setDeck(() => ({ map: toDocument(map), tour }));
    room.host.setState(at(3));
    render(<PresenterView presentationId="abc" channel={room.channel} locks={null} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(tour.steps[3]?.title ?? '');
  });

  it('sends the teacher’s clicks and keys to the audience window, but not Esc', async () => {
    const room = audience();
    room.host.setDeck(() => ({ map: toDocument(map), tour }));
    room.host.setState(at(0));
    const user = userEvent.setup();
    render(<PresenterView presentationId="abc" channel={room.channel} locks={null} />);
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    await user.click(screen.getByRole('button', { name: 'Reveal verdict' }));
    await user.keyboard('{PageUp}{Escape}');
    expect(room.commands).toEqual([{ type: 'NEXT' }, { type: 'TOGGLE_VERDICT' }, { type: 'PREV' }]);
  });

  it('says when the presentation has ended', () => {
    const room = audience();
    room.host.setState(at(0));
    render(<PresenterView presentationId="abc" channel={room.channel} locks={null} />);
    act(() => room.host.end());
    expect(screen.getByRole('heading')).toHaveTextContent('ended');
  });
});
