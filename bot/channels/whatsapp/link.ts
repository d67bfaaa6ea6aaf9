// Linking a WhatsApp account: the QR code in the terminal and as a data URL for the HTTP page,
// or a pairing code typed on the phone (WhatsApp → Linked devices → Link with phone number).
import QRCode from 'qrcode';

export interface LinkInfo {
  /** Raw QR payload from Baileys; the dashboard can render it, or use dataUrl directly. */
  qr: string;
  dataUrl: string;
  at: Date;
}

export async function renderQr(qr: string, print: (text: string) => void): Promise<LinkInfo> {
  const [terminal, dataUrl] = await Promise.all([
    QRCode.toString(qr, { type: 'terminal', small: true }),
    QRCode.toDataURL(qr, { margin: 1, width: 320 }),
  ]);
  print(`\nScan this QR in WhatsApp → Linked devices → Link a device:\n${terminal}\n`);
  return { qr, dataUrl, at: new Date() };
}

/** Baileys wants the number as digits only, with the country code ("+62 812-…" → "62812…"). */
export function pairingDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
}
