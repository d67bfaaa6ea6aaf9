// The page an owner opens to link WhatsApp: the QR as an image (refreshing, since WhatsApp
// rotates it every ~20 s), the pairing code, or the connection state. Pure: data in, HTML out.
import type { ChannelState } from '../../../core/ports/channel.ts';
import type { LinkInfo } from './link.ts';

export interface LinkPageData {
  state: { state: ChannelState; detail?: string };
  qr: LinkInfo | null;
  pairingCode: string | null;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderLinkPage(d: LinkPageData): string {
  let body: string;
  if (d.state.state === 'connected' || d.state.state === 'paused') {
    body = '<h1>WhatsApp sudah tersambung ✅</h1><p>Juragan siap menerima pesan.</p>';
  } else if (d.pairingCode) {
    body = `<h1>Sambungkan WhatsApp</h1><p>Di HP: WhatsApp → Perangkat tertaut → Tautkan dengan nomor telepon, lalu masukkan kode:</p><p class="code">${escape(d.pairingCode)}</p>`;
  } else if (d.qr && d.qr.dataUrl.startsWith('data:image/png;base64,')) {
    body = `<h1>Sambungkan WhatsApp</h1><p>Di HP: WhatsApp → Perangkat tertaut → Tautkan perangkat, lalu pindai kode ini:</p><img alt="QR WhatsApp" width="320" height="320" src="${d.qr.dataUrl}">`;
  } else {
    body = `<h1>WhatsApp belum tersambung</h1><p>${escape(d.state.detail ?? d.state.state)}</p>`;
  }
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5"><title>Juragan · WhatsApp</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;text-align:center}.code{font-size:2rem;letter-spacing:.3rem;font-weight:700}</style>
</head><body>${body}</body></html>`;
}
