'use client';
// A page-level status line for answers that outlive the form that asked: a "Hapus" or
// "Keluarkan" form sits in the row it removes, so its own status would vanish with the row
// as soon as the page re-renders. Such forms announce here instead (see ApiForm's `removes`).
import { useEffect, useState } from 'react';

const EVENT = 'juragan:notice';

export function announce(text: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: text }));
}

export function Notice() {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const show = (e: Event) => setText((e as CustomEvent<string>).detail);
    window.addEventListener(EVENT, show);
    return () => window.removeEventListener(EVENT, show);
  }, []);
  useEffect(() => {
    if (!text) return;
    const t = setTimeout(() => setText(null), 10_000); // a toast: gone after a while
    return () => clearTimeout(t);
  }, [text]);
  return text ? <p className="notice" role="status" data-testid="notice">{text}</p> : null;
}
