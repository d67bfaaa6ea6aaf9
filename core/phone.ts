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
