import type { ChannelLike } from './presentChannel.ts';
import type { LockManagerLike } from './retry.ts';

type Listener = (event: MessageEvent) => void;

/**
 * Two connected in-memory channels standing in for a BroadcastChannel pair (each end hears only
 * the other), delivering synchronously so component tests need no waiting.
 */
export function channelPair(): [ChannelLike, ChannelLike] {
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

/** A message posted on a {@link FaultyNetwork}, waiting to be delivered to one endpoint. */
interface InFlight {
  to: number;
  data: unknown;
}

/**
 * A BroadcastChannel stand-in that delivers only when told to, so a test decides which message
 * arrives next, which is lost and which arrives twice. Each endpoint hears every other endpoint,
 * as same-named BroadcastChannels in different windows do. Messages are structured-cloned.
 */
export class FaultyNetwork {
  private readonly listeners = new Map<number, Set<Listener>>();
  private readonly queue: InFlight[] = [];
  private next = 0;

  /** A new endpoint (one window's channel). */
  channel(): ChannelLike & { readonly endpoint: number } {
    const endpoint = this.next++;
    const listeners = new Set<Listener>();
    this.listeners.set(endpoint, listeners);
    return {
      endpoint,
      postMessage: (data) => {
        if (!this.listeners.has(endpoint)) return;
        for (const to of this.listeners.keys()) {
          if (to !== endpoint) this.queue.push({ to, data: structuredClone(data) });
        }
      },
      addEventListener: (_type, listener) => listeners.add(listener),
      removeEventListener: (_type, listener) => listeners.delete(listener),
      close: () => this.listeners.delete(endpoint),
    };
  }

  /** Messages posted and not yet delivered or dropped. */
  get pending(): number {
    return this.queue.length;
  }

  /**
   * Acts on the in-flight message at `pick` (modulo the queue length): delivers it, drops it, or
   * delivers it and keeps a copy to deliver again later.
   */
  step(pick: number, fate: 'deliver' | 'drop' | 'duplicate'): void {
    if (this.queue.length === 0) return;
    const index = pick % this.queue.length;
    const [message] = this.queue.splice(index, 1);
    if (!message || fate === 'drop') return;
    if (fate === 'duplicate') this.queue.push({ ...message, data: structuredClone(message.data) });
    this.deliver(message);
  }

  /** Delivers everything in flight, in order, including what deliveries post in turn. */
  drain(limit = 10_000): void {
    for (let i = 0; i < limit && this.queue.length > 0; i++) {
      const message = this.queue.shift();

      if (message) this.deliver(message);
    }
  }

  /** Forgets what is in flight towards `endpoint`, as when its window crashes. */
  disconnect(endpoint: number): void {
    this.listeners.delete(endpoint);
    for (let i = this.queue.length - 1; i >= 0; i--)
      if (this.queue[i]?.to === endpoint) this.queue.splice(i, 1);
  }

  private deliver(message: InFlight): void {
    for (const listener of [...(this.listeners.get(message.to) ?? [])]) {
      listener({ data: message.data } as MessageEvent);
    }
  }
}

/**
 * Web Locks for one origin, in memory: exclusive locks granted in request order, `ifAvailable`,
 * abort signals, and {@link FakeLocks.crash} for a window that closes while holding a lock.
 */
export class FakeLocks implements LockManagerLike {
  private readonly holders = new Map<string, { owner: unknown; release: () => void }>();
  private readonly waiting = new Map<string, (() => void)[]>();

  request(
    name: string,
    options: { signal?: AbortSignal; ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<void> | void,
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const owner = {};
      const grant = () => {
        let done = false;
        const release = () => {
          if (done) return;
          done = true;
          if (this.holders.get(name)?.owner === owner) this.holders.delete(name);
          this.grantNext(name);
        };
        this.holders.set(name, { owner, release });
        Promise.resolve(callback({ name })).then(
          (value) => {
            release();
            resolve(value);
          },
          (error: unknown) => {
            release();
            reject(error);
          },
        );
      };
      if (!this.holders.has(name) && (this.waiting.get(name)?.length ?? 0) === 0) {
        grant();
        return;
      }
      if (options.ifAvailable) {
        Promise.resolve(callback(null)).then(resolve, reject);
        return;
      }
      const queue = this.waiting.get(name) ?? [];
      queue.push(grant);
      this.waiting.set(name, queue);
      options.signal?.addEventListener('abort', () => {
        const at = queue.indexOf(grant);
        if (at >= 0) {
          queue.splice(at, 1);
          reject(new DOMException('aborted', 'AbortError'));
        }
      });
    });
  }

  /** Whether someone holds lock `name`. */
  held(name: string): boolean {
    return this.holders.has(name);
  }

  /** The window holding `name` went away: the browser releases its lock. */
  crash(name: string): void {
    this.holders.get(name)?.release();
  }

  private grantNext(name: string): void {
    const next = this.waiting.get(name)?.shift();
    next?.();
  }
}
