import type { z } from 'zod';

/** The i18n key for a schema complaint about a field. */
export function reasonFor(issue: z.core.$ZodIssue): { reason: string; params?: Record<string, string | number> } {
  if (issue.code === 'too_big') return { reason: 'import.too_long', params: { max: Number(issue.maximum) } };
  switch (issue.message) {
    case 'required':
      return { reason: 'import.required' };
    case 'emoji are not allowed in a name':
      return { reason: 'import.name_emoji' };
    case 'digits are not allowed in a name':
      return { reason: 'import.name_digits' };
    case 'invisible characters are not allowed in a name':
      return { reason: 'import.name_invisible' };
    case 'control characters are not allowed':
      return { reason: 'import.control_characters' };
    case 'not a mobile number':
      return { reason: 'import.bad_mobile' };
    default:
      return { reason: 'import.invalid_value' };
  }
}
