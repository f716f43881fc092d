import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.ts';

describe('parseOptions', () => {
  it('takes arguments over the environment, and defaults to this machine only', () => {
    const env = { HOME: '/home/t', XDG_DATA_HOME: '/data', ARGMAP_CLASS_PORT: '9000' };
    expect(parseOptions([], env)).toEqual({
      ok: true,
      value: { dataDir: '/data/argmap/classes', host: '127.0.0.1', port: 9000 },
    });
    expect(parseOptions(['--', '--data', '/srv/classes', '--port=0', '--host', '0.0.0.0'], env)).toEqual({
      ok: true,
      value: { dataDir: '/srv/classes', host: '0.0.0.0', port: 0 },
    });
  });

  it('takes a Redis URL from --redis or ARGMAP_CLASS_REDIS, and none by default', () => {
    const env = { XDG_DATA_HOME: '/data', ARGMAP_CLASS_REDIS: 'redis://cache.school.example:6379' };
    expect(parseOptions([], env)).toMatchObject({
      ok: true,
      value: { redis: 'redis://cache.school.example:6379' },
    });
    expect(parseOptions(['--redis=rediss://cache:6380/2'], env)).toMatchObject({
      ok: true,
      value: { redis: 'rediss://cache:6380/2' },
    });
    const alone = parseOptions([], { XDG_DATA_HOME: '/data' });
    expect(alone.ok && 'redis' in alone.value).toBe(false);
  });

  it('says what is wrong with a bad argument', () => {
    expect(parseOptions(['--redis', 'localhost:6379'], {})).toMatchObject({
      ok: false,
      message: expect.stringContaining('redis://127.0.0.1:6379'),
    });
    expect(parseOptions(['--port', 'x'], {})).toMatchObject({
      ok: false,
      message: expect.stringContaining('--port'),
    });
    expect(parseOptions(['--dtaa', '/x'], {})).toMatchObject({
      ok: false,
      message: expect.stringContaining('--dtaa'),
    });
    expect(parseOptions(['--data'], {})).toMatchObject({
      ok: false,
      message: expect.stringContaining('needs a value'),
    });
  });
});
