// What a row says: its text, an image's caption, or a voice note's transcript. A transcript is saved
// on the row as soon as it exists, so a retry after a later failure does not pay for STT again.
import { serviceQuery } from '../../core/db/tenant.ts';
import { handleVoice } from '../voice/handle-voice.ts';
import { quoteTranscript } from '../voice/replies.ts';
import type { InboxRow } from './claim.ts';
import type { PipelineDeps } from './deps.ts';

export type RowText = { ok: true; text: string; heard?: string } | { ok: false; reply: string };

const NOT_PLAYABLE = 'Maaf Kak, pesan suaranya tidak bisa diputar. Kirim ulang atau ketik saja, ya?';
const NOT_READABLE = 'Maaf Kak, untuk sekarang saya baru bisa membaca pesan teks dan pesan suara. Ketik saja, ya? 🙏';

export async function textOfRow(deps: PipelineDeps, row: InboxRow): Promise<RowText> {
  if (row.kind === 'voice') {
    if (row.transcript) return { ok: true, text: row.transcript, heard: quoteTranscript(row.transcript) };
    if (!row.media_ref || !(await deps.media.exists(row.media_ref))) return { ok: false, reply: NOT_PLAYABLE };
    const audio = await deps.media.get(row.media_ref);
    const hints = await productHints(deps, row.sender_phone);
    const result = await handleVoice({ audio, mimetype: 'audio/ogg', hints }, { media: deps.media, transcriber: deps.transcriber, logger: deps.logger, ...deps.voice });
    if (!result.ok) return { ok: false, reply: result.reply };
    // Only while this claim still holds the row (attempts is its fencing token).
    await serviceQuery(deps.db, `update inbox set transcript = $2 where id = $1 and attempts = $3 and status = 'processing'`,
      [row.id, result.text, row.attempts]);
    return { ok: true, text: result.text, heard: quoteTranscript(result.text) };
  }
  const text = row.body?.trim();
  if (!text) return { ok: false, reply: NOT_READABLE };
  return { ok: true, text };
}

/**
 * The product names of the sender's warung help the speech model spell them ("indomie", "sampoerna").
 * The inbox row has no tenant yet (it is set when the row is handled), so the sender's phone finds it.
 */
async function productHints(deps: PipelineDeps, phone: string | null): Promise<string[]> {
  if (!phone) return [];
  const { rows } = await serviceQuery<{ name: string }>(deps.db,
    `select p.name from products p join members m on m.tenant_id = p.tenant_id
      where m.phone = $1 and m.active and p.active order by p.name limit 100`, [phone]);
  return rows.map((r) => r.name);
}
