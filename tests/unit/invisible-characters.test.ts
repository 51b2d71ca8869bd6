import { describe, expect, it } from 'vitest';
import { personName } from '../../shared/contract/channels/people';
import { safeFileName } from '../../main/services/exports';

describe('bidi controls and zero-width characters', () => {
  it('are refused in a name', () => {
    expect(personName.safeParse('张三').success).toBe(true);
    expect(personName.safeParse('ئابلىمىت').success).toBe(true);
    for (const bad of ['张\u202e三', '张\u2066三\u2069', '张\u200b三', '张\ufeff三', '李\u200d四']) {
      const r = personName.safeParse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('invisible characters are not allowed in a name');
    }
  });

  it('are removed from the file names the app writes', () => {
    expect(safeFileName('花名册\u202egpj.exe')).toBe('花名册gpj.exe');
    expect(safeFileName('站\u200b点\u2066名\u2069')).toBe('站点名');
  });
});
