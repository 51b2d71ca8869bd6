import { describe, expect, it } from 'vitest';
import { redact } from '../../main/lib/redact';

describe('log redaction', () => {
  it('masks resident ID numbers, 18 and 15 digits, with an X check digit in either case', () => {
    const line = 'worker 11010519491231002X and 11010519491231002x, old 110105491231002, ok';
    const out = redact(line);
    expect(out).not.toMatch(/1101051949/);
    expect(out).not.toMatch(/110105491231002/);
    expect(out).toContain('[id-number]');
    expect(out).toContain(', ok');
  });

  it('masks mobile numbers with or without +86 and separators', () => {
    for (const phone of ['13812345678', '+86 138 1234 5678', '86-13812345678', '138-1234-5678']) {
      expect(redact(`call ${phone} now`)).toBe('call [phone] now');
    }
  });

  it('leaves ids, times and counts alone', () => {
    const line = '{"t":"2026-03-02T08:00:00.000Z","ref":"01M80J81AVJBD598CW0X3N4GES","count":1234}';
    expect(redact(line)).toBe(line);
  });
});
