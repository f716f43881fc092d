/**
 * The limits a class server enforces, with their defaults. A limit that is hit refuses the change
 * or message with a clear code (`map-too-large`, `message-too-large`, `rate-limited`).
 *
 * @module
 */

/** Limits on one room and one client. */
export interface ClassLimits {
  /** Most nodes plus edges a class map may hold. */
  maxItems: number;
  /** Largest WebSocket message a client may send, in bytes. */
  maxMessageBytes: number;
  /** Messages a client may send per second, averaged over {@link ClassLimits.burst}. */
  messagesPerSecond: number;
  /** Messages a client may send at once before the per-second rate applies. */
  burst: number;
}

/** The defaults: room for a large class debate, far beyond what a person types. */
export const DEFAULT_LIMITS: ClassLimits = {
  maxItems: 5000,
  maxMessageBytes: 512 * 1024,
  messagesPerSecond: 30,
  burst: 120,
};
