'use client';
// A USB/Bluetooth barcode scanner is a keyboard ("wedge"): it types the code's digits fast and presses
// Enter. Keys typed while no text field has focus are gathered; Enter with 4+ digits is a scan. A
// pause longer than `gapMs` starts a new code, so stray key presses never add up to one.
import { useEffect, useRef } from 'react';

export function useWedgeScanner(onScan: (code: string) => void, gapMs = 200): void {
  const buf = useRef({ text: '', at: 0 });
  const cb = useRef(onScan);
  cb.current = onScan;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const now = performance.now();
      const b = buf.current;
      if (now - b.at > gapMs) b.text = '';
      b.at = now;
      if (e.key === 'Enter') {
        if (/^\d{4,}$/.test(b.text)) {
          e.preventDefault();
          cb.current(b.text);
        }
        b.text = '';
      } else if (/^[0-9]$/.test(e.key)) {
        b.text += e.key;
      } else if (e.key.length === 1) {
        b.text = '';
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [gapMs]);
}
