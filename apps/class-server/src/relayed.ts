/**
 * The Yjs origin of updates that Hocuspocus's Redis extension applies: changes another process
 * accepted and relayed (its `redisTransactionOrigin`). Kept apart from `redisRelay.ts` so the
 * guard and the log can tell relayed updates without loading the Redis client.
 *
 * @module
 */
export const RELAYED = '__hocuspocus__redis__origin__';
