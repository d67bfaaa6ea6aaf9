// What the owner reads about a voice note. Error replies come from core/errors.ts (one place);
// only the voice-specific texts live here.

export const noSttReply =
  'Maaf Kak, pesan suara belum aktif di Juragan. Supaya bisa, isi salah satu: GEMINI_API_KEY, ' +
  'OPENAI_API_KEY, atau STT_BASE_URL (server whisper sendiri). Suaranya sudah saya simpan, jadi tidak hilang. ' +
  'Sementara ini ketik saja, ya?';

/** "🎤 'tadi laku beras dua kilo…'": shown in the confirmation so a mishearing is easy to catch. */
export function quoteTranscript(text: string, maxChars = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return `🎤 '${clean}'`;
  const cut = clean.slice(0, maxChars);
  // Cut at a word boundary unless that throws away most of the text.
  const space = cut.lastIndexOf(' ');
  const head = (space > maxChars / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, '');
  return `🎤 '${head}…'`;
}
