import type { FormInstance } from 'antd';

/**
 * A message the core put on a field (applyErrors) stays until that field changes; fields without
 * client rules are never re-validated by antd, so this clears it. For a Form's onValuesChange.
 */
export function clearErrorsOnChange(form: FormInstance) {
  return (changed: object) => form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })));
}
