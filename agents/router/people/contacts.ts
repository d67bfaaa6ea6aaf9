// Counterparties: "bu sri" → the customer contact Bu Sri. People are not products: a name is found
// only by its exact name or alias (honorifics aside: "yati" is "Bu Yati"); a near name ("bu yanti"
// for Bu Yati) or a name several people share is asked about, never guessed. An answer is kept as an
// alias, so the same name is found next time without asking.
import { prepared, type Tx } from '../../../core/db/tenant.ts';
import { editDistance, normalizeName } from '../catalogue/match-product.ts';
import { titleCase } from '../catalogue/resolve-items.ts';
import { wordTable } from '../../../core/word-table.ts';

export type ContactKind = 'customer' | 'supplier';
export interface Person { id: string; name: string; aliases: string[]; kind: string }
export type PersonMatch =
  /** `person` is filled by findContact, which has the contacts at hand. */
  | { kind: 'found'; id: string; person?: Person }
  | { kind: 'none' }
  /** Names that are close (a letter or two apart): maybe one of them, maybe someone new. */
  | { kind: 'near'; choices: Person[] }
  /** The name is exactly several people's. */
  | { kind: 'ambiguous'; choices: Person[] };

const honorifics: Record<string, string> = wordTable({
  bu: 'bu', ibu: 'bu', bunda: 'bu', pak: 'pak', pa: 'pak', bapak: 'pak', bpk: 'pak', pk: 'pak', mbak: 'mbak', mba: 'mbak', mb: 'mbak',
  mas: 'mas', kak: 'kak', ka: 'kak', teh: 'teh', teteh: 'teh', bang: 'bang', abang: 'bang', koh: 'koh', ci: 'ci', cik: 'ci',
  om: 'om', tante: 'tante', mang: 'mang', bi: 'bi', bibi: 'bi', uda: 'uda', uni: 'uni', neng: 'neng', aa: 'aa', de: 'de', dek: 'de',
  mbah: 'mbah', cak: 'cak', kang: 'kang', akang: 'kang', ceu: 'ceu', euceu: 'ceu', mpok: 'mpok', daeng: 'daeng', koko: 'koh',
  pakde: 'pakde', pakdhe: 'pakde', bude: 'bude', budhe: 'bude', paklik: 'paklik', paklek: 'paklik', bulik: 'bulik', bulek: 'bulik',
  // Batak, Bali, Sasak, Manado, Kupang, Ambon, Papua (a helper's "rosma tf 50rb" for Ito Rosma, "utang yuli" for Mama Yuli:
  // not found).
  ito: 'ito', lae: 'lae', inang: 'inang', amang: 'amang', tulang: 'tulang', bli: 'bli', inaq: 'inaq', amaq: 'amaq', baiq: 'baiq',
  nona: 'nona', nyong: 'nyong', mama: 'mama', bapa: 'bapa', kaka: 'kak', pace: 'pace', mace: 'mace', tanta: 'tante', opa: 'opa', oma: 'oma',
  mak: 'mak', emak: 'mak', nenek: 'nenek', kakek: 'kakek', wak: 'wak',
});
// "si udin" is Udin: "si" only points at the person and is no title.
const noTitle = new Set(['si']);

/** "Ibu Yati" → { title: 'bu', name: 'yati' } */
export function splitName(s: string): { title: string | null; name: string } {
  const all = normalizeName(s).split(' ').filter(Boolean);
  const words = all.length > 1 && noTitle.has(all[0]!) ? all.slice(1) : all;
  const title = words.length > 1 ? honorifics[words[0]] : undefined;
  return title ? { title, name: words.slice(1).join(' ') } : { title: null, name: words.join(' ') };
}

/** The person's name or an alias, honorifics aside; a title said must not contradict the titles they go by. */
function samePerson(typed: string, names: string[]): boolean {
  const a = splitName(typed);
  const hits = names.map(splitName).filter((b) => b.name === a.name);
  if (!hits.length) return false;
  const titles = hits.flatMap((b) => (b.title ? [b.title] : []));
  return !a.title || !titles.length || titles.includes(a.title);
}

/** A name a letter or two off ("yanti"/"yati", "darmo"/"darto"), not a different short name. */
function nearName(typed: string, known: string): boolean {
  const a = splitName(typed).name;
  const b = splitName(known).name;
  if (!a || !b || a === b) return false;
  const allowed = Math.min(a.length, b.length) <= 4 ? 1 : 2;
  return editDistance(a, b) <= allowed;
}

/** A title was said and the person goes by other titles only: "bu tini" is not a near miss for "Mbak Rini",
 * nor "bu darmi" for "Pak Darto". A name a letter off is a typo; a name and a title both off is someone else. */
function otherTitle(typed: string, names: string[]): boolean {
  const said = splitName(typed).title;
  const titles = names.flatMap((n) => { const t = splitName(n).title; return t ? [t] : []; });
  return said !== null && titles.length > 0 && !titles.includes(said);
}

/** Pure: who `typed` is among `people`, preferring the expected kind for exact names. */
export function matchPerson(typed: string, people: Person[], kind: ContactKind): PersonMatch {
  const names = (p: Person) => [p.name, ...p.aliases];
  const exact = people.filter((p) => samePerson(typed, names(p)));
  const ofKind = exact.filter((p) => p.kind === kind);
  const pool = ofKind.length ? ofKind : exact;
  if (pool.length === 1) return { kind: 'found', id: pool[0].id };
  const byName = (a: Person, b: Person) => a.name.localeCompare(b.name);
  if (pool.length > 1) return { kind: 'ambiguous', choices: [...pool].sort(byName).slice(0, 4) };
  const near = people.filter((p) => names(p).some((n) => nearName(typed, n)) && !otherTitle(typed, names(p)));
  return near.length ? { kind: 'near', choices: [...near].sort(byName).slice(0, 3) } : { kind: 'none' };
}

async function people(tx: Tx, tenantId: string): Promise<Person[]> {
  const { rows } = await prepared<{ id: string; name: string; aliases: string[] | null; kind: string }>(tx,
    `select id, name, aliases, kind from public.contacts where tenant_id = $1 and active order by created_at`, [tenantId]);
  return rows.map((r) => ({ id: r.id, name: r.name, aliases: r.aliases ?? [], kind: r.kind }));
}

/** matchPerson over the tenant's contacts; a person found comes with their name and kind (a supplier named for a customer). */
export async function findContact(tx: Tx, tenantId: string, name: string, kind: ContactKind): Promise<PersonMatch> {
  const all = await people(tx, tenantId);
  const m = matchPerson(name, all, kind);
  return m.kind === 'found' ? { ...m, person: all.find((p) => p.id === m.id)! } : m;
}

export async function createContact(tx: Tx, tenantId: string, said: string, kind: ContactKind): Promise<string> {
  // Padang owner try: "si udin" was saved and shown as "Si Udin".
  const words = normalizeName(said).split(' ');
  const name = words.length > 1 && noTitle.has(words[0]!) ? words.slice(1).join(' ') : said;
  const created = await prepared<{ id: string }>(tx,
    `insert into public.contacts (tenant_id, kind, name, aliases) values ($1, $2, $3, $4) returning id`,
    [tenantId, kind, titleCase(name), [normalizeName(name)]],
  );
  return created.rows[0].id;
}

/** The owner said who "bu yanti" is: remember it so the name is found next time. */
export async function addContactAlias(tx: Tx, tenantId: string, id: string, alias: string): Promise<void> {
  await prepared(tx,
    `update public.contacts set aliases = array_append(coalesce(aliases, '{}'), $3::text)
      where tenant_id = $1 and id = $2 and not ($3::text = any (coalesce(aliases, '{}')))`,
    [tenantId, id, normalizeName(alias)],
  );
}

/** Exact only: the contact, a new one when `create`, else null (near names are asked about in resolve). */
export async function resolveContact(
  tx: Tx, tenantId: string, name: string, opts: { kind: ContactKind; create: boolean },
): Promise<string | null> {
  const found = await findContact(tx, tenantId, name, opts.kind);
  if (found.kind === 'found') return found.id;
  if (!opts.create || found.kind !== 'none') return null;
  return createContact(tx, tenantId, name, opts.kind);
}

/** The question for a near or shared name. */
export function personQuestion(name: string, m: { kind: 'near' | 'ambiguous'; choices: Person[] }): string {
  const said = titleCase(name);
  if (m.kind === 'near' && m.choices.length === 1) return `${said} itu ${m.choices[0].name}, atau orang baru, Kak?`;
  const list = m.choices.map((c, n) => `${n + 1}. ${c.name}`).join('\n');
  return m.kind === 'near'
    ? `${said} itu siapa, Kak?\n${list}\nBalas nomornya, atau *baru* kalau orang baru.`
    : `${said} yang mana, Kak?\n${list}\nBalas dengan nomornya, ya.`;
}
