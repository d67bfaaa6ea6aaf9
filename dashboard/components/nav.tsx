'use client';
// The owner's navigation: a bottom bar on phones, a side bar on wide screens. Nine items do not fit
// 390 px at a readable size, so on a phone the bar scrolls sideways (each label whole, never
// squeezed) and opens with the current page's item in view; a fading edge says there is more.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

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

export function Nav() {
  const path = usePathname();
  const ref = useRef<HTMLElement>(null);
  const [more, setMore] = useState<{ left: boolean; right: boolean }>({ left: false, right: false });
  const active = (href: string) => (href === '/' ? path === '/' : path.startsWith(href));

  useEffect(() => {
    const nav = ref.current;
    if (!nav) return;
    const edges = () => setMore({ left: nav.scrollLeft > 2, right: nav.scrollLeft + nav.clientWidth < nav.scrollWidth - 2 });
    const current = nav.querySelector<HTMLElement>('a[aria-current="page"]');
    if (current && nav.scrollWidth > nav.clientWidth) {
      // Centre the current item (scrollLeft, not scrollIntoView, which would also move the page).
      nav.scrollLeft = current.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
    }
    edges();
    nav.dataset.ready = '1'; // hydrated and scrolled (tests wait for it)
    nav.addEventListener('scroll', edges, { passive: true });
    window.addEventListener('resize', edges);
    return () => {
      nav.removeEventListener('scroll', edges);
      window.removeEventListener('resize', edges);
    };
  }, [path]);

  return (
    <nav ref={ref} className={`nav${more.left ? ' more-left' : ''}${more.right ? ' more-right' : ''}`} aria-label="Menu">
      {items.map((i) => (
        <Link key={i.href} href={i.href} className={active(i.href) ? 'active' : undefined} aria-current={active(i.href) ? 'page' : undefined}>
          <span aria-hidden="true">{i.icon}</span>
          <span>{i.label}</span>
        </Link>
      ))}
    </nav>
  );
}
