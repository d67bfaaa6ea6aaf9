// The browser side of the dashboard's API: JSON POSTs that carry the CSRF token (double submit).
export function csrfToken(): string {
  const m = /(?:^|;\s*)juragan_csrf=([^;]+)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]!) : '';
}

export interface ApiAnswer<T = Record<string, unknown>> { ok: boolean; status: number; body: T & { message?: string; error?: string } }

export async function postJson<T = Record<string, unknown>>(url: string, body: unknown = {}): Promise<ApiAnswer<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken() },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  const json = (await res.json().catch(() => ({}))) as ApiAnswer<T>['body'];
  return { ok: res.ok, status: res.status, body: json };
}
