// The staples' Javanese and Sundanese names, said in the Indonesian the catalogue is written in. A catalogue
// match is tried first (an owner's alias wins); only a name with no match at all is looked up again this way
// (Solo owner try: "tuku lenga goreng 2 liter" offered a new product "lenga goreng" beside Minyak Goreng).
import { wordTable } from '../../../core/word-table.ts';
const plain: Record<string, string> = wordTable({
  lenga: 'minyak', lengo: 'minyak', lisah: 'minyak',
  endog: 'telur', endhog: 'telur', ndog: 'telur', ndhog: 'telur', tigan: 'telur',
  gendis: 'gula', gendhis: 'gula', gulo: 'gula',
  beas: 'beras', uwos: 'beras', baras: 'beras',
  uyah: 'garam', sarem: 'garam', sira: 'garam',
  kupi: 'kopi',
  hintalu: 'telur', // Banjar
  baas: 'beras', taluh: 'telur', lengis: 'minyak', tabia: 'cabai', // Bali
  bareh: 'beras', talua: 'telur', lado: 'cabai', // Minang
  brambang: 'bawang merah', cengek: 'cabai rawit', lombok: 'cabai',
});

/** "lenga goreng" → "minyak goreng"; null when no word is a regional name. */
export function inIndonesian(typed: string): string | null {
  const words = typed.toLowerCase().split(/\s+/);
  if (!words.some((w) => plain[w])) return null;
  return words.map((w) => plain[w] ?? w).join(' ');
}
