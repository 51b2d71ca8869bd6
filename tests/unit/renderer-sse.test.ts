import { describe, expect, it } from 'vitest';
import { SseParser } from '../../renderer/src/api/sse';
import { backoffMs, parseStationEvent } from '../../renderer/src/api/events';

describe('SseParser', () => {
  it('dispatches a message at the blank line, with its event name', () => {
    const p = new SseParser();
    expect(p.push('event: setup.done\ndata: {"type":"setup.done","stationId":"S"}\n')).toEqual([]);
    expect(p.push('\n')).toEqual([{ event: 'setup.done', data: '{"type":"setup.done","stationId":"S"}' }]);
  });

  it('joins a message split across chunks, even inside a line or between \\r and \\n', () => {
    const p = new SseParser();
    const chunks = ['da', 'ta: {"a"', ':1}\r', '\n\r', '\n'];
    const out = chunks.flatMap((c) => p.push(c));
    expect(out).toEqual([{ event: 'message', data: '{"a":1}' }]);
  });

  it('ignores comments (the host heartbeat) and joins multi-line data with \\n', () => {
    const p = new SseParser();
    expect(p.push(': connected\n\n: heartbeat\n\ndata: one\ndata:two\n\n')).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });

  it('parses several messages from one chunk and resets the event name between them', () => {
    const p = new SseParser();
    const out = p.push('event: x\ndata: 1\n\ndata: 2\n\n');
    expect(out).toEqual([
      { event: 'x', data: '1' },
      { event: 'message', data: '2' },
    ]);
  });

  it('does not dispatch an event without data', () => {
    const p = new SseParser();
    expect(p.push('event: lonely\n\n')).toEqual([]);
    expect(p.push('data: after\n\n')).toEqual([{ event: 'message', data: 'after' }]);
  });
});

describe('station events', () => {
  it('parses a JSON event and skips anything malformed', () => {
    expect(parseStationEvent('{"type":"station.changed","stationId":"S"}')).toEqual({ type: 'station.changed', stationId: 'S' });
    expect(parseStationEvent('not json')).toBeUndefined();
    expect(parseStationEvent('{"no":"type"}')).toBeUndefined();
    expect(parseStationEvent('null')).toBeUndefined();
  });

  it('backs off by doubling from one second, capped at thirty', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
