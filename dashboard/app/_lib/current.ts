// The page's session (cookie → member → claims), once per request, and the role gates of pages.
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { SESSION_COOKIE, sessionFromToken, type MemberRole, type Session } from '../../lib/session.ts';
import { webContext } from '../../lib/web.ts';

export const currentSession = cache(async (): Promise<Session | null> => {
  const jar = await cookies();
  return sessionFromToken(webContext().db, jar.get(SESSION_COOKIE)?.value);
});

/** The session of a page for these roles: visitors go to the login page, cashiers to the POS. */
export async function requirePage(roles: MemberRole[] = ['owner', 'staff']): Promise<Session> {
  const s = await currentSession();
  if (!s) redirect('/');
  if (!roles.includes(s.role)) redirect(s.role === 'cashier' ? '/pos' : '/');
  return s;
}

export const now = () => webContext().clock.now();
