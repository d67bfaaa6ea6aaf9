// Indonesian phone numbers as people type them ("0812-3456-7890", "62812…", "+62 812…") → E.164.

/** Returns "+62…" or null when the text is not a plausible phone number. */
export function toE164(input: string): string | null {
  const digits = input.replace(/[\s\-().]/g, '');
  if (!/^\+?\d{8,15}$/.test(digits)) return null;
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('62')) return `+${digits}`;
  if (digits.startsWith('0')) return `+62${digits.slice(1)}`;
  if (digits.startsWith('8')) return `+62${digits}`;
  return null;
}

/** "+6281234567890" → "0812-3456-7890", as Indonesians write their numbers; another country's number as stored. */
export const localPhone = (e164: string): string =>
  e164.startsWith('+62') ? `0${e164.slice(3)}`.replace(/^(\d{4})(\d{4})(\d+)$/, '$1-$2-$3') : e164;
