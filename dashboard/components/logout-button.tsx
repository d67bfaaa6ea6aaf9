'use client';
import { postJson } from './api.ts';

export function LogoutButton() {
  return (
    <button type="button" className="link" onClick={async () => { await postJson('/api/auth/logout'); window.location.assign('/'); }}>
      Keluar
    </button>
  );
}
