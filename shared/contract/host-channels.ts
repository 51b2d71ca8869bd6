import { z } from 'zod';
import { requiredText } from './schemas';

/**
 * Channels the desktop host answers itself, before the core's dispatch: they need the host's file
 * dialogs and printing. Called through the same bridge `call(name, input)`, with the same Result
 * shape; a signed-in account is required. The browser host does not offer them: there the
 * renderer downloads bytes and prints with the browser.
 */

/** Exports are a few megabytes; the cap keeps a confused caller from filling memory. */
export const HOST_MAX_FILE_BYTES = 50 * 1024 * 1024;

export const hostChannels = {
  'host.saveFile': z
    .object({
      fileName: requiredText(200),
      base64: z.base64().max(Math.ceil(HOST_MAX_FILE_BYTES / 3) * 4),
    })
    .strict(),
  'host.printToPdf': z
    .object({
      /** A print route of the renderer, e.g. `/print/sign-in-sheet?date=2025-01-02`. */
      path: z
        .string()
        .max(500)
        .regex(/^\/print\/[A-Za-z0-9\-._~/%]*(\?[A-Za-z0-9\-._~%&=+,:]*)?$/, { message: 'not a print route' })
        .refine((p) => !(p.split('?')[0] ?? '').split('/').some((s) => s === '..' || s === '.'), {
          message: 'not a print route',
        }),
      fileName: requiredText(200),
    })
    .strict(),
  /** Leaves the locked kiosk window; needs a trainer's kiosk unlock (kiosk.unlock with their PIN). */
  'host.closeKiosk': z.object({ unlockToken: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/) }).strict(),
} as const;

export type HostChannelName = keyof typeof hostChannels;
export type HostInput<N extends HostChannelName> = z.input<(typeof hostChannels)[N]>;

/** `saved: false` means the person cancelled the save dialog, which is not an error. */
export type HostSaveResult = { saved: true; fileName: string } | { saved: false };

export interface HostOutputs {
  'host.saveFile': HostSaveResult;
  'host.printToPdf': HostSaveResult;
  'host.closeKiosk': { closed: boolean };
}

export function isHostChannelName(name: unknown): name is HostChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(hostChannels, name);
}
