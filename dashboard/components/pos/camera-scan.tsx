'use client';
// Camera scanning: the browser's own BarcodeDetector where it has one (Chrome on Android, for one),
// else the zxing-wasm ponyfill (barcode-ponyfill.ts), loaded only when the camera opens.
import { useEffect, useRef, useState } from 'react';

interface Detector { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> }
type DetectorClass = new (opts?: { formats?: string[] }) => Detector;

const FORMATS = ['ean_13', 'ean_8', 'upc_a', 'upc_e', 'code_128', 'code_39'];

/** Any browser with a camera API can scan now (the decoder comes with the ponyfill when needed). */
export const canUseCamera = () => typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

async function detectorClass(): Promise<DetectorClass> {
  const native = (window as unknown as { BarcodeDetector?: DetectorClass & { getSupportedFormats(): Promise<string[]> } }).BarcodeDetector;
  // A native detector may lack EAN (its formats depend on the platform's decoder): then the ponyfill too.
  if (native && (await native.getSupportedFormats().catch(() => [] as string[])).includes('ean_13')) return native;
  return (await import('./barcode-ponyfill.ts')).BarcodeDetector as unknown as DetectorClass;
}

export function CameraScan({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState('');
  // The latest callbacks, so a re-render of the POS (a new catalogue, the queue) does not restart the camera.
  const cb = useRef({ onCode, onClose });
  cb.current = { onCode, onClose };
  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    (async () => {
      try {
        // Camera and decoder start together: the camera's permission prompt hides the ponyfill's load.
        const [Ctor, media] = await Promise.all([
          detectorClass(),
          navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }),
        ]);
        stream = media;
        if (done || !video.current) return stream.getTracks().forEach((t) => t.stop());
        const detector = new Ctor({ formats: FORMATS });
        video.current.srcObject = stream;
        await video.current.play();
        // One frame at a time, the next 150 ms after the last one ended: a slow decode (the wasm
        // compiles on the first) never piles up calls.
        const tick = async () => {
          if (done || !video.current) return;
          const found = await detector.detect(video.current).catch(() => []);
          if (done) return;
          if (found[0]?.rawValue) {
            done = true;
            cb.current.onCode(found[0].rawValue);
            cb.current.onClose();
          } else timer = setTimeout(tick, 150);
        };
        void tick();
      } catch {
        if (!done) setError('Kamera tidak bisa dibuka. Izinkan kamera, atau ketik barcode di kolom cari.');
      }
    })();
    return () => {
      done = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);
  return (
    <div className="pos-modal" role="dialog" aria-label="Pindai barcode">
      <div className="pos-sheet">
        <video ref={video} className="pos-video" muted playsInline />
        {error && <p className="error">{error}</p>}
        <button type="button" className="secondary" onClick={onClose}>Tutup</button>
      </div>
    </div>
  );
}
