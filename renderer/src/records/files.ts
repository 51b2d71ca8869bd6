import type { ExportFile } from '../../../shared/contract/records';
import type { HostOutputs } from '../../../shared/contract/host-channels';
import type { Result } from '../../../shared/contract/result';

/** Reads a chosen file as base64 (without the data: prefix), for channels that carry files. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

export type SaveOutcome = { saved: true; fileName: string } | { saved: false } | { saved: false; error: string };

/**
 * Hands an export to the person: the desktop app's save dialog (host.saveFile through the bridge),
 * or a browser download.
 */
export async function saveExport(file: ExportFile): Promise<SaveOutcome> {
  const bridge = window.station;
  if (bridge) {
    const result = (await bridge.call('host.saveFile', { fileName: file.fileName, base64: file.base64 })) as Result<
      HostOutputs['host.saveFile']
    >;
    return result.ok ? result.value : { saved: false, error: result.error.message };
  }
  const url = URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true, fileName: file.fileName };
}
