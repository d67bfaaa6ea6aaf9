// "utang siapa aja?", "daftar bon", "utang saya ke siapa aja", "utang bu yati berapa": debts asked
// about in chat. Reads only; nothing is booked.
import { formatRupiah } from '../../core/format.ts';
import type { Agent } from '../router/types.ts';
import { debtHistory, debtList, findContact } from './debt-reads.ts';
import { debtListText, personDebtText } from './debt-text.ts';
import { contactName } from './context.ts';
import { capitalize } from './text.ts';

export const debtQuery: Agent = async (ctx, frame) => {
  const zone = ctx.tenant.timezone;
  if (frame.counterparty || frame.contactId) {
    const contact = frame.contactId
      ? { id: frame.contactId, name: (await contactName(ctx.tx, ctx.tenant.id, frame.contactId)) ?? frame.counterparty ?? '' }
      : await findContact(ctx.tx, ctx.tenant.id, frame.counterparty!);
    if (!contact) return { replies: [{ text: `${capitalize(frame.counterparty ?? '')} belum punya catatan utang, Kak.` }] };
    const [receivable, payable, history] = [
      await debtList(ctx.tx, ctx.tenant.id, 'receivable', ctx.now), await debtList(ctx.tx, ctx.tenant.id, 'payable', ctx.now),
      await debtHistory(ctx.tx, ctx.tenant.id, contact.id),
    ];
    const mine = (list: typeof receivable) => list.find((r) => r.contact_id === contact.id)?.outstanding ?? 0;
    return { replies: [{ text: personDebtText({ name: capitalize(contact.name), owes: mine(receivable), owed: mine(payable), history, now: ctx.now, zone }) }] };
  }
  const direction = frame.direction ?? 'receivable';
  const list = await debtList(ctx.tx, ctx.tenant.id, direction, ctx.now);
  // "utang siapa aja" lists who owes the warung; what the warung owes is said in one line after it (a helper's try heard
  // "tidak ada yang punya utang 🎉" while Rp1.845.000 was owed to suppliers).
  const other = direction === 'receivable' ? await debtList(ctx.tx, ctx.tenant.id, 'payable', ctx.now) : [];
  const owed = other.reduce((s, r) => s + r.outstanding, 0);
  const also = owed > 0 ? `\nUtang warung ke ${other.length} pihak: ${formatRupiah(owed)} (ketik "utang saya ke siapa aja" untuk rinciannya).` : '';
  return { replies: [{ text: `${debtListText(direction, list, ctx.now, zone)}${also}` }] };
};
