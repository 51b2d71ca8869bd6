import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { CSSProperties } from 'react';

/** Dates are entered and shown as the bureau's forms and every export write them, in any language. */
export const DATE_FORMAT = 'YYYY-MM-DD';

interface Props {
  /** 'YYYY-MM-DD', or '' / undefined for none. */
  value?: string | null;
  onChange?(value: string): void;
  id?: string;
  className?: string;
  style?: CSSProperties;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  'aria-label'?: string;
  'data-testid'?: string;
}

/**
 * A date field that reads 2026-12-03 whatever the language or the browser's own locale: the browser's
 * native date input shows mm/dd/yyyy in an English Chromium and follows the OS, not the screen, in
 * Electron. The calendar it opens speaks the screen's language (antd locale, state/language.tsx).
 * Its value is the same 'YYYY-MM-DD' text the contract takes, so forms keep plain strings.
 */
export function DateInput({ value, onChange, allowClear = true, ...rest }: Props) {
  const parsed = value ? dayjs(value, DATE_FORMAT, true) : null;
  return (
    <DatePicker
      {...rest}
      className={['date-input', rest.className].filter(Boolean).join(' ')}
      format={DATE_FORMAT}
      placeholder={rest.placeholder ?? DATE_FORMAT}
      allowClear={allowClear}
      value={parsed?.isValid() ? parsed : null}
      onChange={(d) => onChange?.(d ? d.format(DATE_FORMAT) : '')}
    />
  );
}
