'use client';
// A form that posts its fields as JSON to the dashboard's API (with the CSRF token), shows the
// answer, and re-renders the page's server components. Optional confirmation before sending.
// A form that removes its own row (`removes`: its buttons red, as the other destructive ones) shows its success in the page's Notice instead,
// since the re-render takes the form, and its status, away.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from 'react';
import { postJson } from './api.ts';
import { announce } from './notice.tsx';

/** Field names as the forms label them, for a refusal a person can act on. */
const fieldNames: Record<string, string> = {
  amount: 'jumlah', sell_price: 'harga jual', pack_price: 'harga kemasan', pack_size: 'isi kemasan', qty: 'jumlah', phone: 'nomor HP',
  reorder_point: 'batas stok', closing_time: 'jam tutup', name: 'nama', unit: 'satuan',
};

/** How each kind of field is written (a helper's try: a stock count and a closing time were told how to write rupiah). */
const moneyHint = 'Rupiah ditulis misalnya 5000 atau 5.000.';
const countHint = 'Tulis angkanya, misalnya 12 atau 1,5.';
const fieldHints: Record<string, string> = {
  amount: moneyHint, sell_price: moneyHint, pack_price: moneyHint, qty: countHint, pack_size: countHint, reorder_point: countHint,
  closing_time: 'Tulis jamnya, misalnya 21:00.', phone: 'Tulis nomor WhatsApp, misalnya 0812 3456 7890.',
};

/** The API's refusal in Indonesian: a form's field that did not pass says which one ("Invalid request" is for APIs). */
function failedText(body: Record<string, unknown>): string {
  if (body.error === 'bad_request:body') {
    const issue = Array.isArray(body.issues) ? (body.issues[0] as { path?: string } | undefined) : undefined;
    const key = issue?.path?.split('.')[0];
    const field = key ? fieldNames[key] : undefined;
    const hint = key ? fieldHints[key] : undefined;
    return `Isian ${field ? `"${field}" ` : ''}belum benar, periksa lagi ya, Kak.${hint ? ` ${hint}` : ''}`;
  }
  return typeof body.message === 'string' ? body.message : 'Gagal. Coba lagi.';
}

export function ApiForm({ action, children, submit, confirm, done = 'Tersimpan.', className, reset = true, removes = false }: {
  action: string; children?: ReactNode; submit: string; confirm?: string; done?: string; className?: string; reset?: boolean; removes?: boolean;
}) {
  const router = useRouter();
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(null);
  const [asking, setAsking] = useState<Record<string, unknown> | null>(null);
  const [busy, setBusy] = useState(false);
  // The answer shows under the button: at the foot of a phone page that is behind the bottom menu (a helper saw no
  // answer to "Tambah barang"). Brought into view above the menu (scroll-margin in globals.css) once the page has
  // re-rendered: the new row above the form pushed it back under the menu.
  const answer = useRef<HTMLParagraphElement>(null);
  const [refreshing, startRefresh] = useTransition();
  useEffect(() => { if (state && !refreshing) answer.current?.scrollIntoView({ block: 'nearest' }); }, [state, refreshing]);

  async function send(body: Record<string, unknown>, form?: HTMLFormElement) {
    setBusy(true);
    const r = await postJson(action, body);
    setBusy(false);
    setAsking(null);
    const text = r.ok ? (typeof r.body.message === 'string' ? r.body.message : done) : failedText(r.body);
    if (r.ok && removes) announce(text);
    else setState({ ok: r.ok, text });
    if (r.ok) {
      if (reset) form?.reset();
      startRefresh(() => router.refresh());
    }
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const body = Object.fromEntries(new FormData(e.currentTarget).entries());
    if (confirm) setAsking(body);
    else void send(body, e.currentTarget);
  }

  return (
    <form onSubmit={onSubmit} className={className} data-action={action}>
      {children}
      {asking ? (
        <div role="dialog" aria-label="Konfirmasi" className="row-actions">
          <span>{confirm}</span>
          <button type="button" disabled={busy} className={removes ? 'danger' : undefined} onClick={() => send(asking)}>Ya, lanjutkan</button>
          <button type="button" className="secondary" onClick={() => setAsking(null)}>Batal</button>
        </div>
      ) : <button type="submit" disabled={busy} className={removes ? 'danger' : undefined}>{submit}</button>}
      {state && <p ref={answer} className={state.ok ? 'note' : 'error'} role={state.ok ? 'status' : 'alert'}>{state.text}</p>}
    </form>
  );
}
