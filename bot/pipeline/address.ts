// Where a message to a phone goes on each channel. The simulator addresses people by phone;
// WhatsApp by JID.
export function addressFor(channel: string, phone: string): string {
  if (channel === 'whatsapp') return `${phone.replace(/\D/g, '')}@s.whatsapp.net`;
  return phone;
}
