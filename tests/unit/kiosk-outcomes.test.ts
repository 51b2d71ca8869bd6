import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n/languages';
import { resources } from '../../shared/i18n/resources';
import { ERROR_READY_AFTER_MS, PRESENTATIONS, READY_AFTER_MS, SOUND_NOTES, TONE_COLOURS, presentationOf } from '../../renderer/src/kiosk/outcomes';
import type { ScanOutcome } from '../../shared/contract/attendance-types';
import { codeFromFragment, pairingUrl, secondsLeft } from '../../renderer/src/kiosk/pairing';

const OUTCOMES: ScanOutcome[] = [
  'signed_in',
  'late',
  'reopened',
  'already_signed_in',
  'signed_out',
  'not_signed_in',
  'unknown_code',
  'id_not_on_roster',
  'misread',
  'badge_replaced',
  'worker_left',
  'session_not_open',
  'choose',
  'ack_required',
  'education_due',
];

describe('kiosk answers', () => {
  it('every outcome has a colour, an icon, a sound, words in every language and a next step', () => {
    for (const o of [...OUTCOMES, 'pending' as const]) {
      const p = presentationOf(o);
      expect(TONE_COLOURS[p.tone], o).toBeDefined();
      expect(p.icon, o).toBeTruthy();
      if (p.sound !== 'none') expect(SOUND_NOTES[p.sound], o).toBeDefined();
      for (const lang of LANGUAGES) {
        expect(resources[lang][p.titleKey], `${lang} ${p.titleKey}`).toBeTruthy();
        expect(resources[lang][p.nextKey], `${lang} ${p.nextKey}`).toBeTruthy();
      }
    }
    expect(Object.keys(PRESENTATIONS).sort()).toEqual([...OUTCOMES, 'pending'].sort());
  });

  it('a sign-in after a sign-out says both times; an unknown ID card and a misread number say different things', () => {
    for (const lang of LANGUAGES) {
      const title = resources[lang][presentationOf('reopened').titleKey]!;
      expect(title, lang).toContain('{{time}}');
      expect(title, lang).toContain('{{from}}');
      expect(resources[lang][presentationOf('id_not_on_roster').titleKey], lang).not.toBe(resources[lang][presentationOf('misread').titleKey]);
      expect(resources[lang][presentationOf('id_not_on_roster').titleKey], lang).not.toBe(resources[lang][presentationOf('unknown_code').titleKey]);
    }
    expect(presentationOf('reopened').tone).toBe('success');
    expect(presentationOf('misread').icon).not.toBe(presentationOf('id_not_on_roster').icon);
    // Misread: scan again at once; not on the roster: long enough to fetch the trainer.
    expect(presentationOf('misread').holdMs!).toBeLessThan(presentationOf('id_not_on_roster').holdMs!);
  });

  it('confirmations show the time; errors stay a little longer; choices wait for a tap', () => {
    for (const o of ['signed_in', 'late', 'already_signed_in', 'signed_out'] as const) {
      expect(resources['zh-CN'][presentationOf(o).titleKey]).toContain('{{time}}');
    }
    expect(resources['zh-CN']['kioskui.answer.signed_in.title']).toBe('签到成功 {{time}}');
    expect(presentationOf('signed_in').holdMs).toBe(READY_AFTER_MS);
    for (const o of ['unknown_code', 'worker_left', 'session_not_open', 'badge_replaced', 'not_signed_in'] as const) {
      expect(presentationOf(o).tone).toBe('error');
      expect(presentationOf(o).holdMs).toBe(ERROR_READY_AFTER_MS);
    }
    expect(presentationOf('choose').holdMs).toBeNull();
    expect(presentationOf('ack_required').holdMs).toBeNull();
    expect(presentationOf('signed_in').tone).not.toBe(presentationOf('late').tone);
  });
});

describe('pairing links', () => {
  it('puts the code in the fragment, never the query, and reads it back', () => {
    const url = pairingUrl('http://192.168.1.20:8080', '042917');
    expect(url).toBe('http://192.168.1.20:8080/kiosk/pair#code=042917');
    expect(new URL(url).search).toBe('');
    expect(codeFromFragment(new URL(url).hash)).toBe('042917');
    expect(codeFromFragment('#code=12345')).toBe('');
    expect(codeFromFragment('#x=1&code=123456')).toBe('123456');
    expect(codeFromFragment('')).toBe('');
  });

  it('counts down to the expiry, never below zero', () => {
    const now = Date.parse('2026-03-02T00:00:00.000Z');
    expect(secondsLeft('2026-03-02T00:10:00.000Z', now)).toBe(600);
    expect(secondsLeft('2026-03-01T23:59:00.000Z', now)).toBe(0);
  });
});
