import { describe, expect, it } from 'vitest';
import { isIdNumberShape, isLastDigits } from '../../shared/domain/scan-codes';
import { cleanScanInput, digitsReady, EnterGate, MAX_SCAN_LENGTH, pressKey, scanMethodFor } from '../../renderer/src/kiosk/scanner';
import { newIdempotencyKey } from '../../renderer/src/kiosk/ids';

describe('scanner input cleaning', () => {
  it('strips control and zero-width characters and surrounding space', () => {
    expect(cleanScanInput('\u0002W1000001\r\n')).toBe('W1000001');
    expect(cleanScanInput(' W10\u200b00001\t')).toBe('W1000001');
    expect(cleanScanInput('\u001b[A')).toBe('[A');
  });

  it('caps a 500-character burst', () => {
    expect(cleanScanInput('A'.repeat(500))).toHaveLength(MAX_SCAN_LENGTH);
  });

  it('tells an ID-card reader (18 characters, check X) from a badge, full-width forms included', () => {
    expect(scanMethodFor('44070319900101100X')).toBe('id_card');
    expect(scanMethodFor('440703199001011005')).toBe('id_card');
    expect(scanMethodFor('４４０７０３１９９００１０１１００５')).toBe('id_card');
    expect(scanMethodFor('W1000001')).toBe('badge');
    expect(scanMethodFor('44070319900101100')).toBe('badge');
    expect(scanMethodFor('4407031990010110051')).toBe('badge');
  });
});

describe('Enter from a scanner', () => {
  it('ignores a second Enter within 300 ms (empty, or the same code sent twice), and an empty one', () => {
    const gate = new EnterGate();
    expect(gate.accept('W1000001', 1000)).toBe('W1000001');
    expect(gate.accept('', 1050)).toBeNull();
    expect(gate.accept('W1000001\r', 1200)).toBeNull();
    expect(gate.accept('W1000001', 1400)).toBe('W1000001');
  });

  it('takes a different code at once: the next worker in the queue', () => {
    const gate = new EnterGate();
    expect(gate.accept('W1000001', 1000)).toBe('W1000001');
    expect(gate.accept('W1000002', 1100)).toBe('W1000002');
  });

  it('takes nothing from control characters alone', () => {
    const gate = new EnterGate();
    expect(gate.accept('\r\n\u0000', 0)).toBeNull();
    expect(gate.accept('W1', 10)).toBe('W1');
  });
});

describe('the ID-digits keypad', () => {
  it('types digits, X only last, backspace and clear, 18 at most', () => {
    let d = '';
    for (const k of ['X', '1', '2', '3']) d = pressKey(d, k);
    expect(d).toBe('123');
    expect(digitsReady(d)).toBe(false);
    d = pressKey(d, 'X');
    expect(d).toBe('123X');
    expect(pressKey(d, '4')).toBe('123X');
    expect(digitsReady(d)).toBe(true);
    expect(pressKey(d, 'back')).toBe('123');
    expect(pressKey(d, 'clear')).toBe('');
    let long = '';
    for (let i = 0; i < 25; i++) long = pressKey(long, '7');
    expect(long).toHaveLength(18);
  });

  it('sends what the station reads as last digits (one shared rule): 850X is four characters and ready', () => {
    let d = '';
    for (const k of ['8', '5', '0']) d = pressKey(d, k);
    expect(digitsReady(d)).toBe(false);
    d = pressKey(d, 'X');
    expect(d).toBe('850X');
    expect(digitsReady(d)).toBe(true);
    expect(isLastDigits(d)).toBe(true);
    // Every length the keypad can hold is ready exactly when the shared rule (or a whole ID number) says so.
    for (let n = 1; n <= 18; n++) {
      for (const value of ['7'.repeat(n), '7'.repeat(n - 1) + 'X']) {
        expect(digitsReady(value), value).toBe(isLastDigits(value) || isIdNumberShape(value));
      }
    }
    expect(digitsReady('1234')).toBe(true);
    expect(digitsReady('12345678')).toBe(true);
    // Nine to seventeen characters are neither last digits nor a whole number.
    expect(digitsReady('123456789')).toBe(false);
    expect(digitsReady('44070319900101123X')).toBe(true);
  });
});

describe('idempotency keys', () => {
  it('are fresh and fit the contract', () => {
    const keys = new Set(Array.from({ length: 1000 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(1000);
    for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});
