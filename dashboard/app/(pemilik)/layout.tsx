// The owner's pages (owner and staff; a cashier is sent to the POS, a visitor to the login page).
import type { ReactNode } from 'react';
import { requirePage } from '../_lib/current.ts';

export const dynamic = 'force-dynamic';

export default async function OwnerLayout({ children }: { children: ReactNode }) {
  await requirePage(['owner', 'staff']);
  return children;
}
