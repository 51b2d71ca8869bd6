import { describe, expect, it } from 'vitest';
import { diffLines } from '../../renderer/src/components/trust/diff';
import { idleTimeoutMs } from '../../renderer/src/frame/idle';

describe('the audit row’s change list', () => {
  it('lists only the fields an update changed, leaving out the updated-at stamp', () => {
    const before = { name: '张三', team: '钢筋班', mobile: '', updatedAt: '2026-03-02T08:00:00Z' };
    const after = { name: '张三', team: '木工班', mobile: '13800138000', updatedAt: '2026-03-02T08:01:00Z' };
    expect(diffLines(before, after)).toEqual([
      { field: 'team', before: '钢筋班', after: '木工班' },
      { field: 'mobile', before: '', after: '13800138000' },
    ]);
  });

  it('shows everything a create wrote and a delete removed; nested values compare by content', () => {
    expect(diffLines(null, { name: '李四', tags: ['a'] }).map((l) => l.field)).toEqual(['name', 'tags']);
    expect(diffLines({ name: '李四' }, null)).toEqual([{ field: 'name', before: '李四', after: undefined }]);
    expect(diffLines({ f: { a: 1 } }, { f: { a: 1 } })).toEqual([]);
    expect(diffLines(null, null)).toEqual([]);
    expect(diffLines('x', 'y')).toEqual([{ field: '', before: 'x', after: 'y' }]);
    expect(diffLines({ updatedAt: 'a' }, { updatedAt: 'b' })).toEqual([{ field: 'updatedAt', before: 'a', after: 'b' }]);
  });
});

describe('the idle lock’s wait', () => {
  it('is the setting in minutes; a test override can only shorten it', () => {
    expect(idleTimeoutMs(10, null)).toBe(600_000);
    expect(idleTimeoutMs(10, '3')).toBe(3000);
    expect(idleTimeoutMs(1, '3600')).toBe(60_000);
    expect(idleTimeoutMs(10, 'soon')).toBe(600_000);
    expect(idleTimeoutMs(10, '-5')).toBe(600_000);
    expect(idleTimeoutMs(0, null)).toBe(60_000);
  });
});
