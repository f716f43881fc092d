import type { ChannelLike } from './presentChannel.ts';

/**
 * Two connected in-memory channels standing in for a BroadcastChannel pair (each end hears only
 * the other), delivering synchronously so component tests need no waiting.
 */
export function channelPair(): [ChannelLike, ChannelLike] {
  type Listener = (event: MessageEvent) => void;
  const listeners: [Set<Listener>, Set<Listener>] = [new Set(), new Set()];
  const end = (mine: 0 | 1): ChannelLike => ({
    postMessage: (data) => {
      for (const listener of [...listeners[mine === 0 ? 1 : 0]]) listener({ data } as MessageEvent);
    },
    addEventListener: (_type, listener) => listeners[mine].add(listener),
    removeEventListener: (_type, listener) => listeners[mine].delete(listener),
    close: () => listeners[mine].clear(),
  });
  return [end(0), end(1)];
}
