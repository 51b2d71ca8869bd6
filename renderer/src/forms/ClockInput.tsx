import { Input } from 'antd';
import type { ComponentProps } from 'react';

/**
 * A 24-hour 'HH:MM' time field. The browser's own time input shows AM/PM in some languages; a site reads
 * the 24-hour clock. Digits only: a colon is put in after the hour.
 */
export function ClockInput({ value, onChange, ...rest }: { value?: string; onChange?(v: string): void } & Omit<ComponentProps<typeof Input>, 'value' | 'onChange'>) {
  return (
    <Input
      {...rest}
      value={value}
      dir="ltr"
      inputMode="numeric"
      maxLength={5}
      placeholder="HH:MM"
      className={['clock-input', rest.className].filter(Boolean).join(' ')}
      onChange={(e) => {
        let v = e.target.value.replace(/[^\d:]/g, '');
        if (/^\d{3,4}$/.test(v)) v = `${v.slice(0, 2)}:${v.slice(2)}`;
        onChange?.(v);
      }}
    />
  );
}
