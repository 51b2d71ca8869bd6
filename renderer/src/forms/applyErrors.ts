import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { RpcError } from '../../../shared/contract/result';
import { errorMessage, fieldMessages } from './errorText';

/**
 * Shows a failed call on a form: field issues under their fields, everything else as one line for the
 * form's alert. Returns that line, or null when every issue found its field.
 */
export function applyErrors(
  form: FormInstance,
  error: RpcError,
  fields: Readonly<Record<string, string>>,
  t: TFunction,
): string | null {
  const issues = error.code === 'invalid_input' ? (error.details?.fields ?? []) : [];
  const { placed, unplaced } = fieldMessages(issues, fields);
  if (placed.length > 0) {
    const byName = new Map<string, string[]>();
    for (const p of placed) byName.set(p.name, [...(byName.get(p.name) ?? []), t(p.key)]);
    form.setFields([...byName].map(([name, errors]) => ({ name, errors })));
    form.scrollToField(placed[0]!.name);
    if (unplaced.length === 0) return null;
  }
  const message = errorMessage(error);
  return t(message.key, message.vars ?? {});
}
