// The owner calling a haggle off before its summary ("batal nego gula", "stop nego", "udah ga jadi nego gasnya, batalin
// aja"): a helper's tries got the status again, an offer to undo a purchase, or a new haggle for goods called "stop".
// Every supplier still in it is thanked, and nothing is ordered.
import type { AgentContext, Reply } from '../router/types.ts';
import { loadSuppliers, logMessage, saveThread } from './store.ts';
import { phraseMessage, phraseWith } from './phrasing.ts';
import { aboutHaggling, namedIn, namesGoods } from './status.ts';
import { supplierText, type Outgoing } from './templates.ts';

const stop = /\b(batal|batalin|batalkan|batalno|batalkeun|btl|stop|setop|berhenti|hentikan|sudahi|udahan|cancel|gak jadi|ga jadi|gajadi|gk jadi|ga jd|gak jd|nggak jadi|ngga jadi|ora sido|ra sido|teu jadi|tidak jadi)\b/;

/** Whether the owner calls a haggle off (a number says a choice, not this). */
export const callsOffNegotiation = (text: string): boolean => {
  const t = text.toLowerCase();
  return aboutHaggling.test(t) && stop.test(t) && !/\d/.test(t);
};

export async function cancelNegotiation(ctx: AgentContext, text: string): Promise<Reply[] | null> {
  if (ctx.member.role === 'cashier' || !callsOffNegotiation(text)) return null;
  const { tx, tenant } = ctx;
  const { rows } = await tx.query<{ id: string; item: string; qty: string; unit: string }>(
    `select id, item, qty::text, unit from negotiations where tenant_id = $1 and status in ('open', 'deciding')
      order by created_at desc for update`, [tenant.id]);
  // "batal nego gula" while gula and telur run: the one named; none named, all of them; goods named that no haggle has,
  // none (a helper's "batal nego telur" called off the gas).
  const named = namedIn(text, rows);
  if (!rows.length) return [{ text: 'Tidak ada tawar-menawar yang sedang berjalan, Kak.' }];
  if (!named.length && namesGoods(text)) {
    return [{ text: `Tidak ada tawar barang itu yang sedang berjalan, Kak. Yang berjalan: ${rows.map((n) => n.item).join(', ')}. Tulis misalnya "batal nego ${rows[0]!.item}".` }];
  }
  const calledOff = named.length ? named : rows;
  const replies: Reply[] = [];
  for (const n of calledOff) {
    const ask = { item: n.item, qty: Number(n.qty), unit: n.unit };
    for (const s of await loadSuppliers(tx, n.id)) {
      if (s.thread.status === 'thanked' || s.thread.status === 'ordered') continue;
      const out: Outgoing = { kind: 'thanks' };
      const body = await phraseMessage(out, supplierText(out, ask, s.name), phraseWith(ctx.llm));
      await logMessage(tx, { tenantId: tenant.id, negotiationId: n.id, contactId: s.contact_id }, { out, body });
      await saveThread(tx, s.id, { ...s.thread, status: 'thanked' });
      if (s.phone) replies.push({ toPhone: s.phone, text: body });
    }
    await tx.query(`update negotiations set status = 'cancelled', updated_at = now() where id = $1`, [n.id]);
  }
  const items = calledOff.map((n) => n.item).join(', ');
  return [{ text: `Oke Kak, tawar ${items} dibatalkan, tidak ada yang dipesan. Supplier yang sudah saya hubungi saya beri tahu dengan sopan 🙏` }, ...replies];
}
