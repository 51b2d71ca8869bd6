/**
 * The camera QR option: only where the browser has BarcodeDetector (Chromium on Android, ChromeOS, macOS;
 * not Linux desktop Chromium) and a camera exists. getUserMedia also needs a secure context (the desktop
 * app, or localhost), so a tablet on plain http:// over the LAN will not offer it.
 */
export interface DetectedCode {
  rawValue: string;
}

export interface QrDetector {
  detect(source: CanvasImageSource): Promise<DetectedCode[]>;
}

interface DetectorConstructor {
  new (options?: { formats: string[] }): QrDetector;
  getSupportedFormats?(): Promise<string[]>;
}

function detectorClass(): DetectorConstructor | null {
  if (typeof window === 'undefined' || !('BarcodeDetector' in window)) return null;
  const ctor: unknown = (window as unknown as Record<string, unknown>).BarcodeDetector;
  return typeof ctor === 'function' ? (ctor as DetectorConstructor) : null;
}

export async function cameraAvailable(): Promise<boolean> {
  const Detector = detectorClass();
  if (!Detector || !window.isSecureContext || !navigator.mediaDevices?.enumerateDevices) return false;
  try {
    const formats = (await Detector.getSupportedFormats?.()) ?? ['qr_code'];
    if (!formats.includes('qr_code')) return false;
    const devices = await navigator.mediaDevices.enumerateDevices();
    return devices.some((d) => d.kind === 'videoinput');
  } catch {
    return false;
  }
}

export function createDetector(): QrDetector | null {
  const Detector = detectorClass();
  return Detector ? new Detector({ formats: ['qr_code'] }) : null;
}
