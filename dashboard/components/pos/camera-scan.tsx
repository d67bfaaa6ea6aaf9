'use client';
// Camera scanning where the browser has BarcodeDetector (Chrome on Android, for one); elsewhere the
// button is not shown and a wedge scanner or the search field does the job.
import { useEffect, useRef, useState } from 'react';

interface Detector { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> }
type DetectorClass = new (opts?: { formats?: string[] }) => Detector;

export const hasBarcodeDetector = () => typeof window !== 'undefined' && 'BarcodeDetector' in window;

export function CameraScan({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let done = false;
    (async () => {
      try {
        const Ctor = (window as unknown as { BarcodeDetector: DetectorClass }).BarcodeDetector;
        const detector = new Ctor({ formats: ['ean_13', 'ean_8', 'upc_a', 'upc_e', 'code_128', 'code_39'] });
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        if (!video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        timer = setInterval(async () => {
          if (done || !video.current) return;
          const found = await detector.detect(video.current).catch(() => []);
          if (found[0]?.rawValue) {
            done = true;
            onCode(found[0].rawValue);
            onClose();
          }
        }, 200);
      } catch {
        setError('Kamera tidak bisa dibuka. Izinkan kamera, atau ketik barcode di kolom cari.');
      }
    })();
    return () => {
      done = true;
      clearInterval(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [onCode, onClose]);
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
