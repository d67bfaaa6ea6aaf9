// "tagih bu yati": draft a polite reminder with what she owes, ask for her WhatsApp number once (kept on
// the contact), show the draft, and send it from the warung's number only after the owner's yes.
import { formatRupiah } from '../../../core/format.ts';
import type { Frame } from '../../../core/frame.ts';
import { localPhone } from '../../../core/phone.ts';
import { findContact } from '../../finance/debt-reads.ts';
import { draftReminder, recordSentReminder, saveContactPhone } from '../../finance/debt-remind.ts';
import { capitalize } from '../../finance/text.ts';
import { normalizePhone, readYesNo } from '../answers.ts';
import type { Env } from '../env.ts';
import { putPending } from '../state.ts';
import type { Pending } from '../state-schema.ts';
import type { Reply } from '../types.ts';

export async function collectDebt(env: Env, frame: Frame): Promise<Reply[]> {
  if (!frame.counterparty) return [{ text: 'Tagih siapa, Kak? Contoh: "tagih bu yati".' }];
  const contact = await findContact(env.tx, env.agentCtx.tenant.id, frame.counterparty);
  if (!contact) return [{ text: `Nama "${capitalize(frame.counterparty)}" belum ada di catatan utang, Kak.` }];
  return draftFor(env, contact.id, contact.name);
}

async function draftFor(env: Env, contactId: string, name: string): Promise<Reply[]> {
  const draft = await draftReminder(env.agentCtx, contactId);
  if (!draft) {
    await putPending(env, null);
    return [{ text: `${capitalize(name)} tidak punya utang yang belum lunas, Kak 🎉` }];
  }
  if (!draft.phone) {
    await putPending(env, { kind: 'contact_phone', contactId, name: draft.name });
    return [{ text: `Utang ${draft.name} ${formatRupiah(draft.amount)}. Nomor WA ${draft.name} berapa, Kak? Nanti saya simpan, jadi cukup sekali.` }];
  }
  await putPending(env, { kind: 'confirm_send', contactId, name: draft.name, phone: draft.phone, text: draft.text, amount: draft.amount });
  return [{ text: `Ini pesan untuk ${draft.name} (${localPhone(draft.phone)}):\n\n${draft.text}\n\nKirim sekarang dari WA warung? Balas *ya* untuk kirim, *tidak* untuk batal.` }];
}

/** Answers to the reminder's questions; null when the message is not an answer. */
export async function answerCollect(env: Env, pending: Extract<Pending, { kind: 'contact_phone' | 'confirm_send' }>): Promise<Reply[] | null> {
  if (pending.kind === 'contact_phone') {
    const phone = /\d/.test(env.text) && !/[a-z]{4,}/i.test(env.text.replace(/\b(nomor|nomer|no|wa|hp|nya|kak|ini)\b/gi, '')) ? normalizePhone(env.text) : null;
    // A bare "ya" answers nothing here: ask for the number again rather than drop the reminder.
    if (!phone) return readYesNo(env.text) === true ? [{ text: `Nomor WA ${pending.name} berapa, Kak? Ketik nomornya saja, misalnya 0812-3456-7890.` }] : null;
    await saveContactPhone(env.tx, env.agentCtx.tenant.id, pending.contactId, phone);
    return draftFor(env, pending.contactId, pending.name);
  }
  if (readYesNo(env.text) !== true) return null;
  await putPending(env, null);
  await recordSentReminder(env.agentCtx, pending.contactId, pending.amount);
  return [
    { text: `Terkirim ✅ Pengingat utang ${formatRupiah(pending.amount)} sudah dikirim ke ${pending.name}.` },
    { text: pending.text, toPhone: pending.phone },
  ];
}

/** "+6281234567890" → "0812-3456-7890" as people write it. */
