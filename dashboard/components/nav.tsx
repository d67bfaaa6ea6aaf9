'use client';
// The owner's navigation: a bottom bar on phones, a side bar on wide screens.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

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
  const active = (href: string) => (href === '/' ? path === '/' : path.startsWith(href));
  return (
    <nav className="nav" aria-label="Menu">
      {items.map((i) => (
        <Link key={i.href} href={i.href} className={active(i.href) ? 'active' : undefined} aria-current={active(i.href) ? 'page' : undefined}>
          <span aria-hidden="true">{i.icon}</span>
          <span>{i.label}</span>
        </Link>
      ))}
    </nav>
  );
}
