import type { ReactNode } from 'react';
import './globals.css';

export const metadata = { title: 'Juragan', description: 'Pembukuan warung lewat WhatsApp' };
export const viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f766e' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body>{children}</body>
    </html>
  );
}
