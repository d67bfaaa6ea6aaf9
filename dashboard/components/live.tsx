'use client';
// Keeps an open page current: the server pushes "change" when the warung's books or stock change
// (LISTEN/NOTIFY → SSE) and the page re-renders its server components; "logout" ends the session here.
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

export function Live() {
  const router = useRouter();
  const [state, setState] = useState<'on' | 'off'>('off');
  useEffect(() => {
    const source = new EventSource('/api/live');
    let timer: ReturnType<typeof setTimeout> | undefined;
    source.onopen = () => setState('on');
    source.onerror = () => setState('off');
    source.addEventListener('change', () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 50); // one refresh for a burst of changes
    });
    source.addEventListener('logout', () => {
      source.close();
      window.location.assign('/');
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [router]);
  return <span className={`live ${state}`} data-live={state} title={state === 'on' ? 'Terhubung: data diperbarui otomatis' : 'Tidak terhubung'}>{state === 'on' ? '● Langsung' : '○'}</span>;
}
