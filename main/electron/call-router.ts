import { mayCall, type Caller } from '../../shared/contract/access';
import { hostChannels, isHostChannelName, type HostSaveResult } from '../../shared/contract/host-channels';
import { AppError, fail, ok, type Result } from '../../shared/contract/result';
import type { Core } from '../app/core';
import { dispatch, fieldIssues } from '../app/dispatch';
import { newId } from '../lib/ids';
import { describeError } from '../lib/log';
import { isTrustedSender } from './security';

/** What the desktop host does itself for the host.* channels (dialogs, printing). */
export interface HostServices {
  saveFile(senderId: number, file: { fileName: string; bytes: Uint8Array }): Promise<HostSaveResult>;
  printToPdf(senderId: number, job: { path: string; fileName: string }): Promise<HostSaveResult>;
  closeKiosk(senderId: number): Promise<{ closed: boolean }>;
}

/** The device id recorded for sign-ins made at the desktop app's own kiosk window. */
export const DESKTOP_KIOSK = 'desktop-kiosk';

/** Channels whose answer carries a new session token, which the main process keeps. */
const SIGN_IN_CHANNELS = new Set(['auth.signIn', 'setup.init']);

/**
 * Routes one IPC call: checks the sender, finds its caller from the session the main process holds
 * for that web contents, and answers host.* channels here and everything else through dispatch.
 * Kept free of Electron so it can be tested on a real core.
 */
export class CallRouter {
  /** webContents id → session token. Tokens never reach the renderer, so a page script cannot steal one. */
  private readonly tokens = new Map<number, string>();

  constructor(
    private readonly core: Core,
    private readonly host: HostServices,
  ) {}

  /** The PC's own kiosk window signs workers in without anyone signed in there. */
  private readonly kiosks = new Set<number>();

  markKiosk(senderId: number): void {
    this.kiosks.add(senderId);
  }

  callerFor(senderId: number): Caller {
    const token = this.tokens.get(senderId);
    if (token !== undefined) {
      const session = this.core.accounts.resolve(token, 'ipc');
      if (session) return session.caller;
      this.tokens.delete(senderId);
    }
    if (this.kiosks.has(senderId)) return { role: 'kiosk', deviceId: DESKTOP_KIOSK, via: 'ipc' };
    return { role: 'anonymous', via: 'ipc' };
  }

  /** A print window acts for the window that asked for it, so its page can load the data it prints. */
  share(fromSenderId: number, toSenderId: number): void {
    const token = this.tokens.get(fromSenderId);
    if (token !== undefined) this.tokens.set(toSenderId, token);
  }

  forget(senderId: number): void {
    this.tokens.delete(senderId);
    this.kiosks.delete(senderId);
  }

  hasSession(senderId: number): boolean {
    return this.tokens.has(senderId);
  }

  async call(senderId: number, frameUrl: string | undefined, name: unknown, input: unknown): Promise<Result<unknown>> {
    if (!isTrustedSender(frameUrl)) {
      this.core.log.warn('ipc.untrustedSender', { senderId });
      return fail('forbidden', 'Calls are only answered for the app’s own pages');
    }
    if (typeof name !== 'string') return fail('unknown_channel', 'No such channel');
    const caller = this.callerFor(senderId);
    if (isHostChannelName(name)) return this.callHost(senderId, caller, name, input);

    const result = await dispatch(this.core, caller, name, input);
    if (name === 'auth.signOut') this.tokens.delete(senderId);
    if (result.ok && SIGN_IN_CHANNELS.has(name)) return ok(this.keepToken(senderId, result.value));
    return result;
  }

  private keepToken(senderId: number, value: unknown): unknown {
    if (typeof value !== 'object' || value === null || !('token' in value)) return value;
    const { token, ...rest } = value as { token: unknown } & Record<string, unknown>;
    if (typeof token === 'string') this.tokens.set(senderId, token);
    return rest;
  }

  private async callHost(senderId: number, caller: Caller, name: keyof typeof hostChannels, input: unknown): Promise<Result<unknown>> {
    if (name === 'host.closeKiosk') return this.closeKiosk(senderId, input);
    if (!mayCall(caller, 'trainer')) return fail('unauthenticated', 'Sign in first');
    try {
      if (name === 'host.saveFile') {
        const parsed = hostChannels[name].safeParse(input);
        if (!parsed.success) return fail('invalid_input', 'The input is not valid', { fields: fieldIssues(parsed.error) });
        const bytes = new Uint8Array(Buffer.from(parsed.data.base64, 'base64'));
        return ok(await this.host.saveFile(senderId, { fileName: parsed.data.fileName, bytes }));
      }
      const parsed = hostChannels['host.printToPdf'].safeParse(input);
      if (!parsed.success) return fail('invalid_input', 'The input is not valid', { fields: fieldIssues(parsed.error) });
      return ok(await this.host.printToPdf(senderId, parsed.data));
    } catch (err) {
      const ref = newId();
      this.core.log.error('host.failed', { channel: name, ref, error: describeError(err) });
      return fail('internal', 'The file could not be saved; the log has the details', { ref });
    }
  }

  /** Only the kiosk window itself, with a trainer's fresh PIN unlock, may close it. */
  private async closeKiosk(senderId: number, input: unknown): Promise<Result<unknown>> {
    if (!this.kiosks.has(senderId)) return fail('forbidden', 'Only the kiosk window can close itself');
    const parsed = hostChannels['host.closeKiosk'].safeParse(input);
    if (!parsed.success) return fail('invalid_input', 'The input is not valid', { fields: fieldIssues(parsed.error) });
    try {
      const accountId = this.core.accountAdmin.unlocked(parsed.data.unlockToken);
      this.core.log.info('kiosk.closed', { accountId });
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, err.message, err.details);
      throw err;
    }
    return ok(await this.host.closeKiosk(senderId));
  }
}
