// handleMessage, wired with its parts: who is writing → a pending question's answer → staff commands
// and corrections → understanding → permissions → undo or the catalogue and an agent.
import { AppError, toReply } from '../../core/errors.ts';
import { dropDeferred } from '../../core/db/tenant.ts';
import { readSkip, readStaffCommand, readYesNo } from './answers.ts';
import { readCorrection } from './corrections/read.ts';
import { proceed } from './book.ts';
import { resolveContact } from './people/contacts.ts';
import { titleCase } from './catalogue/resolve-items.ts';
import type { Env, RouterDeps } from './env.ts';
import { onboard } from './people/onboarding.ts';
import { answerPending } from './pending.ts';
import { settleSkipped } from './catalogue/skipped.ts';
import { mayManageStaff, mayUse } from './people/permissions.ts';
import { isClosing, isThanks } from './registry.ts';
import { cashMoveReply, cashThenCredit, changesCost, costPriceText, cashThenCreditText, movesMoneyOnly, openingHoursText, paysAndTrades, returnReply, returnsGoods, severalEntriesText, tellsOpeningHours, twoEntriesText, twoKindsText } from './unbooked.ts';
import { readReminder, type ReminderAsk } from './reminder.ts';
import { cancelledText, closingText, comingSoonText, otherReminderText, ownerOnlyText, supplierHoldText, thanksText, unknownText } from './replies.ts';
import { runStaffCommand } from './people/staff.ts';
import { chatKeyFor, loadState, putPending, setLastEvent, setPending, type ChatState } from './state.ts';
import type { AgentContext, HandleMessage, Reply } from './types.ts';
import { missingAmount, missingForRequest, understand } from './understand.ts';
import { correctLast, unreadCorrection } from './corrections/correct.ts';
import { earlierBill } from './corrections/bill-earlier.ts';
import { correctDraft } from './corrections/draft.ts';
import { draftPerson } from './corrections/draft-person.ts';
import { correctBesideQuestion, lookupBesideQuestion } from './corrections/beside-question.ts';
import { readAmountFollowUp, readNamedCountEarlier, readPriceFollowUp } from './corrections/said-numbers.ts';
import { correctCredit, correctPayment, earlierPaymentFix, readCreditFix, readPaymentFix } from './corrections/payment.ts';
import { correctCreditPart, namedCreditLine, readCreditPart } from './corrections/credit-part.ts';
import { correctKind, readKindFix } from './corrections/kind.ts';
import { correctCategory, readCategoryFix } from './corrections/category.ts';
import { correctPerson, readPersonFix } from './corrections/person.ts';
import { undoThenResent } from './corrections/undo-resent.ts';
import { earlierPersonFix } from './corrections/person-earlier.ts';
import { earlierCreditFix, earlierPaidAfterAll } from './corrections/credit-earlier.ts';
import { asksDailySummary, summaryTimeReply } from './questions/summary-time.ts';
import { asksCashDrawer, cashDrawerReply } from './questions/cash-drawer.ts';
import { contactsReply, readContactsAsk } from './questions/contacts-list.ts';
import { readSupplierCommand, saveSupplier } from './people/suppliers.ts';
import { fixDebtor, fixDirection, fixPayee, fixPayLater, openDebtor } from './direction.ts';
import { localDate } from '../../core/format.ts';
import { collectDebt } from './questions/collect.ts';
import { callsOffDraft, dropNotice, droppedText, isUndoWord, parseHere, questionCancelledText, withNote } from './questions/interrupt.ts';
import { asUndo } from './corrections/undo-match.ts';
import { undoRequest } from './corrections/undo-pick.ts';
import { bareSale, bareSaleQuestion, heldAgainQuestion, heldDraft, lastGoodsAgainText, namesLastGoods } from './questions/bare-goods.ts';
import { continuedEntry } from './continued.ts';
import { bookBoth, bookParts, bookSeveral, paidByGoods, severalEntries, twoKinds } from './two-entries.ts';

// market_price goes through proceed(): its items are words for the market-intel agent, not catalogue products.
const routerIntents = new Set(['help', 'greeting', 'unknown', 'negotiate']);

export function createHandleMessage(deps: RouterDeps): HandleMessage {
  return async (ctx) => {
    const { sender, message } = ctx;
    if (sender.kind !== 'member' && ctx.setup) await ctx.tx.query(ctx.setup);
    if (sender.kind === 'unknown') return onboard(ctx.tx, { phone: sender.phone, chat: message.chat }, message.text, ctx.now);
    if (sender.kind === 'supplier') return deps.supplierMessage ? deps.supplierMessage(ctx) : [{ text: supplierHoldText(sender.name) }];
    const agentCtx: AgentContext = {
      tx: ctx.tx, tenant: sender.tenant, inboxId: message.inboxId, text: message.text, llm: ctx.llm, source: message.source, now: ctx.now,
      member: { id: sender.memberId, role: sender.role, phone: sender.phone, name: sender.name },
    };
    const env: Env = {
      tx: ctx.tx, deps, agentCtx, now: ctx.now, llm: ctx.llm, text: message.text.trim(), pendingOpen: false,
      key: { tenantId: sender.tenantId, chatKey: chatKeyFor(message.chat, sender.memberId) }, setup: ctx.setup,
    };
    return withSafetyNet(env, (state) => memberMessage(env, state));
  };
}

const refusedFixText = 'Pembayaran tadi belum tercatat karena belum ada utangnya, Kak, jadi tidak ada yang saya ubah. Kalau mau dicatat, kirim lengkap, misalnya "bu yati bayar utang 25rb".';

// Replies for final errors an agent or SQL function can raise; the rest use core/errors' defaults.
const errorReplies: Record<string, string> = {
  'not_found:product': 'Maaf Kak, produknya tidak ketemu di katalog.',
  'not_found:contact': 'Maaf Kak, namanya tidak ketemu di catatan.',
  'not_found:transaction': 'Maaf Kak, catatannya sudah tidak ada.',
  'conflict:debt_has_payments': 'Utang itu sudah ada cicilannya, jadi tidak bisa dibatalkan lewat chat, Kak.',
};

/**
 * A final error (bad input, a rule in SQL) becomes one friendly reply instead of a retry loop: the
 * message's work is rolled back to a savepoint, its question cleared, and the chat moves on.
 * Anything retryable (the database gone) is thrown so the pipeline retries the whole message.
 */
async function withSafetyNet(env: Env, run: (state: ChatState) => Promise<Reply[]>): Promise<Reply[]> {
  // The savepoint shares a round trip with the chat's state. It is never released: commit keeps the
  // work done after it all the same, and a release would cost one more round trip.
  const state = await loadState(env.tx, env.key, env.now, [env.setup, 'savepoint router_message'].filter(Boolean).join('; '));
  env.lastEvent = state.lastEvent;
  try {
    return await run(state);
  } catch (err) {
    if (!(err instanceof AppError) || err.retryable) throw err;
    await env.tx.query('rollback to savepoint router_message');
    dropDeferred(env.tx); // what was deferred after the savepoint is rolled back with it
    await setPending(env.tx, env.key, null, env.now);
    return [{ text: errorReplies[err.code] ?? toReply(err) }];
  }
}

async function memberMessage(env: Env, state: ChatState): Promise<Reply[]> {
  if (!env.text) return [{ text: unknownText }];
  env.pendingOpen = state.pending != null;
  let note: string | null = null;
  if (state.pending) {
    if (isUndoWord(env.text) && state.pending.kind !== 'confirm_undo' && state.pending.kind !== 'choose_undo') {
      await putPending(env, null);
      return [{ text: questionCancelledText(state.lastEvent?.summary ?? null) }];
    }
    if (callsOffDraft(env, state.pending)) {
      await putPending(env, null);
      return [{ text: cancelledText }];
    }
    const held = heldDraft(env, state.pending);
    const redo = correctDraft(held, env.text);
    if (redo) {
      // Goods held by "Dicatat sebagai penjualan …?" are asked again as corrected: booked only on a yes (a corrections try:
      // "eh koreksi, 1 aja" booked them at once).
      if (state.pending.kind === 'reparse') {
        await putPending(env, { kind: 'confirm_book', work: redo.work });
        return [{ text: `${redo.note}\n${heldAgainQuestion(redo.work)}` }];
      }
      await putPending(env, null);
      return withNote(redo.note, await proceed(env, redo.work));
    }
    const person = draftPerson(env, state.pending);
    if (person) {
      await putPending(env, null);
      env.text = person;
      return newMessage(env, await loadState(env.tx, env.key, env.now));
    }
    const beside = await correctBesideQuestion(env, { ...state, pending: state.pending }, held);
    if (beside) return beside;
    const said = env.text;
    const answered = await answerPending(env, state.pending);
    if (answered) return answered;
    // "skip", "gak tau": the question dropped, said once (a helper's try got the notice and "belum paham" after it).
    if (readSkip(env.text)) {
      await putPending(env, null);
      return [{ text: dropNotice(state.pending) }];
    }
    const lookup = await lookupBesideQuestion(env, { ...state, pending: state.pending }, newMessage);
    if (lookup) return lookup;
    const settled = (await settleSkipped(env, state.pending)) ?? (await undoThenResent(env, state.pending));
    await putPending(env, null); // a new message replaces the open question
    // What was booked is now the last entry ("batal" in the new message reaches it).
    if (settled) return [...settled, ...(await newMessage(env, await loadState(env.tx, env.key, env.now)))];
    // Read together with the question's message, it was an answer after all; otherwise say it was dropped.
    if (env.text === said) note = droppedText(state.pending);
  }
  return withNote(note, await newMessage(env, state));
}

async function newMessage(env: Env, state: ChatState): Promise<Reply[]> {
  const role = env.agentCtx.member.role;
  const chosen = await env.deps.ownerNegotiation?.(env.agentCtx, env.text); // "1"/"tidak" to a negotiation summary, "barang dari … sudah datang"
  if (chosen) {
    if (chosen.booked) await setLastEvent(env.tx, env.key, chosen.booked, env.now);
    return chosen.replies;
  }

  // "ya"/"ok" with no question open (already answered, or expired): acknowledge, book nothing.
  if (readYesNo(env.text) === true) return [{ text: 'Oke, Kak 👍 Mau catat apa lagi?' }];

  const staff = readStaffCommand(env.text);
  if (staff) return mayManageStaff(role) ? runStaffCommand(env, staff) : [{ text: ownerOnlyText }];
  const supplier = readSupplierCommand(env.text);
  if (supplier) return role === 'cashier' ? [{ text: ownerOnlyText }] : saveSupplier(env, supplier);
  // After a payment refused (no debt), a correction is that payment's: nothing was booked, so nothing changes (a helper's
  // "eh salah, bayarnya 25rb" moved the entry before it).
  // "batal" after it still means the last entry booked (with the last entry forgotten, the newest of the day was offered: the
  // ledger model test saw another chat's debt).
  const lastBooked = state.lastEvent;
  if (state.lastEvent?.refused) {
    if (readCorrection(env.text) ?? readAmountFollowUp(env.text, state.lastEvent.frame) ?? readPaymentFix(env.text, state.lastEvent)) return [{ text: refusedFixText }];
    state = { ...state, lastEvent: null };
  }
  // "eh telurnya ngutang pak Slamet, gulanya tunai": one line of the last sale on a tab (before the person and payment fixes,
  // which would take the whole sale).
  const creditPart = readCreditPart(env.text, state.lastEvent);
  if (creditPart) return correctCreditPart(env, state.lastEvent!, creditPart);
  // Before the number corrections: "salah, harusnya bu tina" is a person, not goods named "bu tina".
  const person = readPersonFix(env.text, state.lastEvent);
  if (person) return correctPerson(env, state.lastEvent!, person);
  const personEarlier = await earlierPersonFix(env, state.lastEvent);
  if (personEarlier) return correctPerson(env, personEarlier.event, personEarlier.name);
  const kind = readKindFix(env.text, state.lastEvent);
  if (kind) return correctKind(env, state.lastEvent!, kind);
  const bill = readCategoryFix(env.text, state.lastEvent);
  if (bill) return correctCategory(env, state.lastEvent!, bill);
  const billNamed = await earlierBill(env);
  if (billNamed) return correctLast(env, billNamed.event, billNamed.correction);
  const correction = readCorrection(env.text) ?? (state.lastEvent && (readPriceFollowUp(env.text, state.lastEvent.frame.items, state.lastEvent.frame.intent)
    ?? readAmountFollowUp(env.text, state.lastEvent.frame))) ?? readNamedCountEarlier(env.text);
  if (correction) return correctLast(env, state.lastEvent, correction);
  const payment = readPaymentFix(env.text, state.lastEvent);
  if (payment) return correctPayment(env, state.lastEvent!, payment);
  const paidEarlier = await earlierPaymentFix(env, state.lastEvent);
  if (paidEarlier) return correctPayment(env, paidEarlier.event, paidEarlier.payment);
  const credit = readCreditFix(env.text, state.lastEvent);
  const line = credit?.to === 'credit' ? namedCreditLine(env.text, state.lastEvent!, credit.name) : null;
  if (line) return correctCreditPart(env, state.lastEvent!, line);
  if (credit) return correctCredit(env, state.lastEvent!, credit);
  const paidLater = await earlierPaidAfterAll(env, state.lastEvent);
  if (paidLater) return correctCredit(env, paidLater.event, paidLater.fix);
  const creditEarlier = await earlierCreditFix(env);
  const earlierLine = creditEarlier ? namedCreditLine(env.text, creditEarlier.event, creditEarlier.name) : null;
  if (earlierLine) return correctCreditPart(env, creditEarlier!.event, earlierLine);
  if (creditEarlier) return correctCredit(env, creditEarlier.event, { to: 'credit', name: creditEarlier.name });
  const unread = unreadCorrection(env.text);
  if (unread) return unread;
  // "sama gula 10 kg 165rb" right after a purchase: more of what was bought (or sold).
  env.text = continuedEntry(env, state.lastEvent) ?? env.text;

  if (asksDailySummary(env.text)) return summaryTimeReply(env);
  if (asksCashDrawer(env.text)) return mayUse(role, 'report') ? cashDrawerReply(env) : [{ text: ownerOnlyText }];
  const contacts = readContactsAsk(env.text);
  if (contacts) return mayUse(role, 'report') ? contactsReply(env, contacts) : [{ text: ownerOnlyText }];
  const reminder = readReminder(env.text, env.now, env.agentCtx.tenant.timezone);
  if (reminder === 'not_a_debt') return [{ text: otherReminderText }];
  if (reminder) return remind(env, reminder);

  // A voice note of three entries or more, read one by one; those that need a question are listed to send again.
  const several = severalEntries(env);
  if (several) {
    const { replies, left } = await bookSeveral(env, state, several, newMessage);
    return left.length ? [...replies, { text: severalEntriesText(left, several.length) }] : replies;
  }
  // "beli telur 1 rak 50rb, bayar listrik 100rb": two entries of different kinds, read one by one (read whole, the eggs
  // were electricity).
  const kinds = twoKinds(env);
  if (kinds) return (await bookParts(env, state, kinds, newMessage)) ?? [{ text: twoKindsText }];
  const byGoods = paidByGoods(env);
  if (byGoods) return (byGoods !== 'ask' && (await bookParts(env, state, byGoods, newMessage))) || [{ text: cashThenCreditText }];
  const promised = await promiseToPay(env);
  if (promised) return [{ text: promiseText(promised) }];
  const understood = await understand(env);
  if (understood.kind === 'ask') {
    if (understood.resumable) await putPending(env, { kind: 'reparse', text: env.text });
    return [{ text: understood.text }];
  }
  const today = localDate(env.now, env.agentCtx.tenant.timezone);
  const paid = fixPayLater(asUndo(env.text, understood.frame), today);
  if (!paid) return [{ text: promiseText(understood.frame) }];
  const tenantId = env.agentCtx.tenant.id;
  const frame = await fixDebtor(env.tx, tenantId, env.text, await fixPayee(env.tx, tenantId, await fixDirection(env.tx, tenantId, env.text, paid)));
  if (!mayUse(role, frame.intent)) return [{ text: ownerOnlyText }];
  if (frame.intent === 'price_set' && changesCost(env.text)) return [{ text: costPriceText }];
  const askAmount = missingAmount(frame, env.text);
  // "teh rina bayar utang" with nothing owed is told so by the agent (it was asked how much, then who she was).
  const owesNothing = askAmount !== null && frame.intent === 'debt_pay' && !(await openDebtor(env.tx, tenantId, frame.counterparty!));
  if (askAmount && !owesNothing) {
    await putPending(env, { kind: 'reparse', text: env.text });
    return [{ text: askAmount }];
  }
  const request = missingForRequest(frame, env.text);
  if (request) {
    await putPending(env, { kind: 'reparse', text: request.reparse });
    return [{ text: request.ask }];
  }
  if (frame.intent === 'undo') return undoRequest(env, frame, lastBooked);
  if (frame.intent === 'debt_remind') return collectDebt(env, frame);
  if (frame.intent === 'greeting' && isThanks(env.text)) return [{ text: thanksText }];
  if (frame.intent === 'greeting' && isClosing(env.text)) return [{ text: closingText }];
  if (frame.intent === 'unknown' && movesMoneyOnly(env.text)) return [{ text: cashMoveReply(env.text) }];
  if (frame.intent === 'unknown' && tellsOpeningHours(env.text)) return [{ text: openingHoursText }];
  if (frame.intent === 'unknown' && returnsGoods(env.text)) return [{ text: returnReply(env.text) }];
  if (frame.intent === 'unknown' && paysAndTrades(env.text)) return [{ text: twoEntriesText }];
  if (frame.intent === 'unknown' && cashThenCredit(env.text)) return (await bookBoth(env, state, newMessage)) ?? [{ text: cashThenCreditText }];
  const sale = frame.intent === 'unknown' ? bareSale(env) : null;
  // "teh pucuknya 3, aquanya 2" after a sale of both: the last sale's goods named back ("its"), each with a count, is that
  // sale put right, never a second one (a corrections try: "ya" to "Dicatat sebagai penjualan …?" booked both again).
  if (sale && namesLastGoods(sale, state.lastEvent)) return [{ text: lastGoodsAgainText }];
  if (sale && role === 'cashier') {
    env.text = `laku ${env.text}`;
    return newMessage(env, state);
  }
  if (sale) {
    // The owner's "ya" completes the message said again as a sale (pending.ts, reparse).
    await putPending(env, { kind: 'reparse', text: `laku ${env.text}`, held: true });
    return [{ text: bareSaleQuestion(sale) }];
  }
  if (routerIntents.has(frame.intent)) {
    // negotiate keeps the goods as said (no catalogue resolution: the item may not be in the catalogue yet).
    const said = frame.items.map((i) => ({ productId: null, name: i.product, qty: i.qty ?? 0, unit: i.unit, unitPrice: null, total: null }));
    const empty = { ...frame, items: frame.intent === 'negotiate' ? said : [], contactId: null };
    return (await env.deps.registry[frame.intent](env.agentCtx, empty)).replies;
  }
  return proceed(env, {
    frame, resolved: frame.items.map(() => null), priceKind: understood.priceKind, confirmed: false, replaces: null,
  });
}

/**
 * "bli wayan bayar pas gajian", "daeng rudi bayar minggu depan" with their tab open: a promise, no money and no new debt
 * (owner tries: the answer to "Utangnya berapa?" made the tab twice; to "Berapa?" paid it off, though nothing was paid).
 */
const later = String.raw`(?:nanti|ntar|besok|bsk|engke|mengko|sesuk|sesok|lusa)`;
const laterSaid = new RegExp(String.raw`\b(?:${later}|gajian|panen|depan|ngarep|payun|hareup)\b`, 'i');
const payThenLater = new RegExp(String.raw`\b(?:bayar|mbayar|mayar|nyaur)\s+${later}\b|\b${later}\s+(?:(?:mau|arep|rek|baru)\s+)?(?:bayar|mbayar|mayar|nyaur)\b`);

async function promiseToPay(env: Env): Promise<{ counterparty: string; date: string | null } | null> {
  if (!/\b(?:bayar|mbayar|mayar|nyaur|dibayar)\b/i.test(env.text) || !laterSaid.test(env.text)) return null;
  const f = parseHere(env, env.text);
  // "bu yati bayar besok 20rb": the money promised is no payment either (it was booked as paid); "bayar 20rb, sisanya besok" is.
  // "janji bayar 50rb minggu depan": a promise said so (a new debt of Rp50.000 was booked).
  const promised = f.amount == null || /\bjanji\b/i.test(env.text)
    || (payThenLater.test(env.text.toLowerCase()) && !/\b(?:sisa|sisanya|sisane|kurangnya|tadi|td|udah|sudah|wis|geus)\b/i.test(env.text));
  if (!['debt_add', 'debt_pay', 'expense'].includes(f.intent) || !promised || f.items.length || !f.counterparty) return null;
  return (await openDebtor(env.tx, env.agentCtx.tenant.id, f.counterparty)) ? { counterparty: f.counterparty, date: f.date } : null;
}

/** "bu yati janji bayar besok": a promise, not a payment; nothing is booked. */
function promiseText(f: { counterparty: string | null; date: string | null }): string {
  const who = f.counterparty ?? 'dia';
  return `Oke Kak, belum saya catat sebagai bayar karena baru janji. Mau diingatkan? Ketik "ingatkan ${who} ${f.date ? `tgl ${Number(f.date.slice(8))}` : 'besok'}".`;
}

async function remind(env: Env, r: ReminderAsk): Promise<Reply[]> {
  if (env.agentCtx.member.role === 'cashier') return [{ text: ownerOnlyText }];
  if (!env.deps.addDebtReminder) return [{ text: comingSoonText.other }];
  const kind = r.direction === 'payable' ? 'supplier' : 'customer';
  const contactId = await resolveContact(env.tx, env.agentCtx.tenant.id, r.who, { kind, create: false });
  if (!contactId) return [{ text: `Nama "${titleCase(r.who)}" belum ada di catatan utang, Kak.` }];
  return env.deps.addDebtReminder(env.agentCtx, contactId, r.date, r.direction);
}
