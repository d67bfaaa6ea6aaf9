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
    const hints = await productHints(deps, row.tenant_id);
    const result = await handleVoice({ audio, mimetype: 'audio/ogg', hints }, { media: deps.media, transcriber: deps.transcriber, logger: deps.logger, ...deps.voice });
    if (!result.ok) return { ok: false, reply: result.reply };
    await serviceQuery(deps.db, `update inbox set transcript = $2 where id = $1`, [row.id, result.text]);
    return { ok: true, text: result.text, heard: quoteTranscript(result.text) };
  }
  const text = row.body?.trim();
  if (!text) return { ok: false, reply: NOT_READABLE };
  return { ok: true, text };
}

/** The tenant's product names help the speech model spell them ("indomie", "sampoerna"). */
async function productHints(deps: PipelineDeps, tenantId: string | null): Promise<string[]> {
  if (!tenantId) return [];
  const { rows } = await serviceQuery<{ name: string }>(deps.db, `select name from products where tenant_id = $1 and active order by name limit 100`, [tenantId]);
  return rows.map((r) => r.name);
}
