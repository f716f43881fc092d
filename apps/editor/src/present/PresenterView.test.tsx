import { exportControlsExample, generateTour, toDocument } from '@argmap/core';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PresenterView } from './PresenterView.tsx';
import { createPresentLink, type PresentMessage } from './presentChannel.ts';
import { channelPair } from './testChannels.ts';

const map = exportControlsExample;
const tour = generateTour(map);

/** A fake audience window at the other end of the channel, recording what the presenter asks. */
function audience() {
  const [mine, theirs] = channelPair();
  const link = createPresentLink(mine);
  const heard: PresentMessage[] = [];
  link.listen((message) => heard.push(message));
  return { channel: theirs, link, heard };
}

describe('PresenterView', () => {
  it('asks for the deck, then shows the current notes and the next step', () => {
    const room = audience();
    render(<PresenterView presentationId="abc" channel={room.channel} />);
    expect(room.heard).toEqual([{ type: 'ready' }]);
    expect(screen.getByRole('heading')).toHaveTextContent('Waiting for the presentation window');
    act(() => {
      room.link.send({ type: 'deck', map: toDocument(map), tour });
      room.link.send({
        type: 'state',
        state: { index: 1, stepCount: tour.steps.length, verdict: false, theme: 'light', blank: false },
      });
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(tour.steps[1]?.title ?? '');
    expect(screen.getByRole('region', { name: 'Speaker notes' })).toHaveTextContent(
      tour.steps[1]?.notes ?? '',
    );
    expect(screen.getByRole('region', { name: 'Next step' })).toHaveTextContent(tour.steps[2]?.title ?? '');
  });

  it('sends the teacher’s clicks and keys to the audience window, but not Esc', async () => {
    const room = audience();
    const user = userEvent.setup();
    render(<PresenterView presentationId="abc" channel={room.channel} />);
    act(() => {
      room.link.send({ type: 'deck', map: toDocument(map), tour });
      room.link.send({
        type: 'state',
        state: { index: 0, stepCount: tour.steps.length, verdict: false, theme: 'light', blank: false },
      });
    });
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    await user.click(screen.getByRole('button', { name: 'Reveal verdict' }));
    await user.keyboard('{PageUp}{Escape}');
    expect(room.heard.slice(1)).toEqual([
      { type: 'command', event: { type: 'NEXT' } },
      { type: 'command', event: { type: 'TOGGLE_VERDICT' } },
      { type: 'command', event: { type: 'PREV' } },
    ]);
  });

  it('says when the presentation has ended', () => {
    const room = audience();
    render(<PresenterView presentationId="abc" channel={room.channel} />);
    act(() => room.link.send({ type: 'ended' }));
    expect(screen.getByRole('heading')).toHaveTextContent('ended');
  });
});
