import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createDetector } from '../../kiosk/camera';

/** Reads a QR code from the camera with the browser's BarcodeDetector; video only, never recorded. */
export function KioskCamera({ onCode, onClose }: { onCode(code: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const detector = createDetector();
    const tick = async () => {
      if (stopped || !detector || !video.current) return;
      try {
        if (video.current.readyState >= 2) {
          const [hit] = await detector.detect(video.current);
          if (hit?.rawValue && !stopped) {
            stopped = true;
            onCode(hit.rawValue);
            return;
          }
        }
      } catch {
        // A frame that could not be read; try the next.
      }
      timer = setTimeout(() => void tick(), 150);
    };
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user' }, audio: false });
        if (stopped || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        void tick();
      } catch {
        setFailed(true);
      }
    })();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [onCode]);

  return (
    <section className="kiosk-camera" data-testid="kiosk-camera">
      <h2 className="kiosk-keypad-title">{failed ? t('kioskui.camera.failed') : t('kioskui.camera.title')}</h2>
      {!failed && <video ref={video} className="kiosk-camera-video" muted playsInline />}
      <button type="button" className="kiosk-button kiosk-button-big" onMouseDown={(e) => e.preventDefault()} onClick={onClose}>
        {t('kioskui.common.cancel')}
      </button>
    </section>
  );
}
