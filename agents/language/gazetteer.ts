// Warung goods, as data: generic names, common brands and Javanese/Sundanese names. The parser checks candidate
// product spans against it: a multi-word name here is kept whole even when one of its words means something else
// ("indomie kari ayam": Javanese "kari" is "remaining"; "teh pucuk": "teh" is also an honorific), and a stray word
// before the verb is kept as a product only when this table knows it. Adding a product is one word or one line.
import { wordTable } from '../../core/word-table.ts';

const words = (s: string): string[] => s.trim().split(/\s+/);

/** One-word goods (generic names, brands, regional names). */
export const goodsWords: ReadonlySet<string> = new Set(words(`
  beras beas uwos gula gendis gulo minyak lenga lengo minyak telur telor endog ndog tepung terigu mentega margarin
  garam uyah kecap saos sambal micin vetsin masako royco sasa ajinomoto penyedap bumbu kopi kopi teh susu skm
  indomie indomi supermi sarimi sedaap sedap mie mi bihun soun kwetiau pop popmie
  aqua vit cleo ades lemineral prima galon
  rokok gg surya sampoerna djarum magnum dunhill marlboro esse lucky filter mild samsu signature sukun
  sabun rinso soklin daia attack sunlight mamalime lifebuoy giv lux nuvo shinzui sampo shampo clear sunsilk pantene
  pepsodent ciptadent odol sikat pasta pembalut charm laurier pampers popok mamypoko sweety
  roti biskuit chitato taro qtela kusuka kerupuk krupuk keripik kripik emping rengginang permen kacang
  tahu tempe oncom ikan asin teri pindang bandeng lele ayam daging bakso sosis nugget kornet sarden
  cabe cabai lombok cengek rawit bawang brambang bombay tomat kentang wortel kol kubis sawi kangkung bayam
  jahe kunyit lengkuas sereh daun salam kemiri merica lada ketumbar sayur sayuran lalapan rempah buah jeruk
  gas elpiji bensin pertalite minyak tanah korek lilin baterai obat nyamuk baygon autan tisu
  es batu air mineral sirup marjan frestea fruitea pucuk botol sosro coca cola fanta sprite pocari yakult
  bimoli minyakita sunco fortune filma tropical sania kapal api abc luwak torabika goodday nescafe indocafe ovaltine milo dancow
  frisian flag indomilk kental manis bendera carnation energen chocolatos beng tango oreo roma khong guan
  gorengan bakwan risol pisang molen cilok cireng seblak nasi uduk lontong ketupat
  ciki chiki makaroni basreng sukro usus
  gendsi gulaku rosebrand segitiga biru cakra kembar bogasari
`));

/** Multi-word names kept whole wherever they appear (each word may mean something else on its own). */
export const goodsPhrases: readonly string[] = `
  indomie kari ayam|indomie kari|indomi kari|supermi kari|sarimi kari|mie sedaap kari|kari ayam|kari spesial|mie kari
  teh celup|teh celup sariwangi|teh pucuk|teh pucuk harum|teh botol|teh gelas|teh kotak|teh sosro|teh poci|teh sariwangi|teh tarik|teh manis|es teh
  gudang garam|gudang garam filter|sampoerna mild|dji sam soe|la bold|la light|ga filter
  aqua gelas|aqua botol|le minerale|es batu|kental manis
  bawang beureum|bawang bodas|bawang merah|bawang putih|bawang bombay|cabe rawit|cabe merah|cabe keriting|lombok abang|lombok rawit
  cengek domba|cengek hejo|kopi susu|kopi hitam|kopi good day|good day|gula pasir|gula merah|gula jawa|gula aren|gula batu
  minyak goreng|minyak curah|minyak kita|beras premium|beras medium|tepung terigu|tepung beras|telur ayam|telur bebek|telor ayam
  nasi uduk|mie instan|pop mie|kapal api|kopi kapal api|coca cola|segitiga biru|frisian flag
`.trim().split(/\s*\|\s*|\n\s*/).filter(Boolean);

/**
 * Kinds of goods said before their brand, with the brands ("rokok 3 bungkus sampoerna mild": the count may sit
 * between them). A brand here is never a second product after the kind.
 */
export const brandsOfKind: Record<string, ReadonlySet<string>> = wordTable({
  rokok: new Set(words('gg gudang surya sampoerna djarum dji magnum dunhill marlboro esse lucky samsu signature sukun la')),
  mie: new Set(words('indomie indomi supermi sarimi sedaap sedap')),
  minyak: new Set(words('bimoli sunco fortune filma tropical sania kita')),
  kopi: new Set(words('kapal abc luwak torabika goodday good nescafe indocafe')),
  susu: new Set(words('dancow frisian indomilk bendera carnation')),
  sabun: new Set(words('rinso soklin daia attack sunlight mamalime lifebuoy giv lux nuvo shinzui')),
});
brandsOfKind.mi = brandsOfKind.mie;

/** Brands that name goods on their own ("…, yang le minerale 3": not Aqua's variant). Short or common words left out. */
export const brandWords: ReadonlySet<string> = new Set([
  ...Object.values(brandsOfKind).flatMap((s) => [...s]).filter((w) => !['la', 'good', 'kita', 'gudang', 'kapal', 'dji'].includes(w)),
  ...words('aqua vit cleo ades lemineral le prima sosro pucuk frestea fruitea pocari yakult skm sari'),
]);

/** Phrase lookup by first word: the words that follow it (longest first). */
export const phrasesByHead: Record<string, string[][]> = Object.create(null);
for (const p of goodsPhrases) {
  const [head, ...rest] = words(p);
  (phrasesByHead[head] ??= []).push(rest);
}
for (const list of Object.values(phrasesByHead)) list.sort((a, b) => b.length - a.length);

/** True when the table knows a product name (any of its words, or the whole phrase). */
export function knownGoods(name: string[]): boolean {
  return name.some((w) => goodsWords.has(w)) || goodsPhrases.includes(name.join(' '));
}
