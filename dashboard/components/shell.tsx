// The frame of every owner page: warung name, who is logged in, the menu, live updates.
import type { ReactNode } from 'react';
import type { Session } from '../lib/session.ts';
import { Live } from './live.tsx';
import { LogoutButton } from './logout-button.tsx';
import { Nav } from './nav.tsx';
import { Notice } from './notice.tsx';

const roleName = { owner: 'Pemilik', staff: 'Karyawan', cashier: 'Kasir' } as const;

export function Shell({ session, title, children }: { session: Session; title: string; children: ReactNode }) {
  return (
    <div className="shell">
      <header className="top">
        <div>
          <div className="brand">Juragan · {session.tenantName}</div>
          {/* A new warung's owner is named "Pemilik" until renamed: "Pemilik (Pemilik)" said it twice. */}
          <div className="who">{session.memberName === roleName[session.role] ? session.memberName : `${session.memberName} (${roleName[session.role]})`}</div>
        </div>
        <div className="top-actions">
          <Live />
          <LogoutButton />
        </div>
      </header>
      <Nav />
      <main className="content">
        <h1>{title}</h1>
        <Notice />
        {children}
      </main>
    </div>
  );
}
