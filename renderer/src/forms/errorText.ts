import type { FieldIssue, RpcError } from '../../../shared/contract/result';
import { isNetworkFailure } from '../api/errors';

/** A translation key and its variables; screens pass it to t(). */
export interface Message {
  key: string;
  vars?: Record<string, string | number>;
}

/**
 * What to tell a person about a failed call. By code (errors.* keys), refined by details where the
 * code alone would mislead: a wrong password is not "please sign in first", and a lock says how long.
 */
export function errorMessage(error: RpcError, now: Date = new Date()): Message {
  if (isNetworkFailure(error)) return { key: 'common.networkError' };
  const reason = error.details?.reason;
  if (error.code === 'unauthenticated' && reason === 'bad_credentials') return { key: 'signin.badCredentials' };
  if (error.code === 'conflict' && reason === 'already_set_up') return { key: 'setup.alreadyDone' };
  if (error.code === 'rate_limited' && reason === 'pin_locked') return { key: 'signin.pinLocked' };
  if (error.code === 'forbidden' && reason === 'lan_admin_off') return { key: 'signin.lanAdminOff' };
  if (error.code === 'conflict' && reason === 'platform_untyped') return { key: 'reportsui.platform.untypedRefused', vars: { n: Number(error.details?.n ?? 0) } };
  // Roster searches by digits are limited per minute (shared/domain/privacy): not a sign-in lock.
  if (error.code === 'rate_limited' && reason === 'workers.search_probes') return { key: 'workerList.searchProbes' };
  if (error.code === 'rate_limited') {
    const until = error.details?.until;
    const ms = typeof until === 'string' ? Date.parse(until) - now.getTime() : NaN;
    if (Number.isFinite(ms) && ms > 0) return { key: 'signin.lockedFor', vars: { minutes: Math.max(1, Math.ceil(ms / 60_000)) } };
  }
  return { key: `errors.${error.code}` };
}

/** The server's field messages are plain English words from the contract's schemas; each has a key. */
const FIELD_MESSAGES: Record<string, string> = {
  required: 'field.required',
  'at least 8 characters': 'field.passwordTooShort',
  wrong: 'field.currentPasswordWrong',
  taken: 'field.taken',
};

export interface FieldMessage {
  /** The form's field name. */
  name: string;
  key: string;
}

/**
 * Places each invalid_input issue on the form field it belongs to. `fields` maps the contract's dotted
 * paths to the form's names (they differ where the form has extra fields, such as a confirmation).
 * Issues with no field on this form are returned separately, for a message at the top.
 */
export function fieldMessages(
  issues: readonly FieldIssue[],
  fields: Readonly<Record<string, string>>,
): { placed: FieldMessage[]; unplaced: FieldIssue[] } {
  const placed: FieldMessage[] = [];
  const unplaced: FieldIssue[] = [];
  for (const issue of issues) {
    const name = fields[issue.path];
    if (name === undefined) unplaced.push(issue);
    else placed.push({ name, key: FIELD_MESSAGES[issue.message] ?? 'field.invalid' });
  }
  return { placed, unplaced };
}
