'use client';
// The owner's navigation: a bottom bar on phones, a side bar on wide screens. Nine items do not fit 390 px at a
// readable size: a phone shows the first four and "Lainnya", which opens the other five above the bar (the bar
// scrolled sideways before, and owners never found Chat and Atur off its edge). Wide screens list all nine.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

const items = [
  { href: '/', label: 'Ringkasan', icon: '◔' },
  { href: '/transaksi', label: 'Transaksi', icon: '☰' },
  { href: '/stok', label: 'Stok', icon: '▦' },
  { href: '/utang', label: 'Utang', icon: '✎' },
  { href: '/kontak', label: 'Kontak', icon: '☺' },
  { href: '/negosiasi', label: 'Tawar', icon: '⇄' },
  { href: '/harga-pasar', label: 'Harga', icon: '↗' },
  { href: '/percakapan', label: 'Chat', icon: '✉' },
  { href: '/pengaturan', label: 'Atur', icon: '⚙' },
];
const onBar = 4;

export function Nav() {
  const path = usePathname();
  const ref = useRef<HTMLElement>(null);
  const active = (href: string) => (href === '/' ? path === '/' : path.startsWith(href));
  const item = (i: (typeof items)[number], extra: boolean) => (
    <Link key={i.href} href={i.href} className={[extra ? 'extra' : '', active(i.href) ? 'active' : ''].join(' ').trim() || undefined}
      aria-current={active(i.href) ? 'page' : undefined}>
      <span aria-hidden="true">{i.icon}</span>
      <span>{i.label}</span>
    </Link>
  );
  useEffect(() => {
    if (ref.current) ref.current.dataset.ready = '1'; // hydrated (tests wait for it)
  }, []);

  return (
    <nav ref={ref} className="nav" aria-label="Menu">
      {items.map((i, k) => item(i, k >= onBar))}
      {/* Keyed by the page, so it is closed again after a pick. */}
      <details key={path} className="more">
        <summary className={items.slice(onBar).some((i) => active(i.href)) ? 'active' : undefined}>
          <span aria-hidden="true">⋯</span>
          <span>Lainnya</span>
        </summary>
        <div className="more-list">{items.slice(onBar).map((i) => item(i, false))}</div>
      </details>
    </nav>
  );
}
