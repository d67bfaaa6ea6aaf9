// Words of the regional Malays, Minang and Javanese krama that warung owners write, read as the Indonesian the parser knows.
// One table per region (a word that means one thing wherever it stands), then the words that need their
// neighbours to be read (a word that is also a place, a thing or another language's word).

import { honorifics } from './lexicon.ts';

const table = (entries: Record<string, string>): Map<string, string> => new Map(Object.entries(entries));
const words = (t: Map<string, string>): RegExp => new RegExp(`\\b(${[...t.keys()].join('|')})\\b`, 'g');

// Minang (Padang tries): "ambiak" take, "bungkuih" pack, "bayia" pay, "bisuak" tomorrow, "kapatang" yesterday.
const minang = table({
  ambiak: 'ambil', maambiak: 'ambil', mangambiak: 'ambil', bungkuih: 'bungkus', sabungkuih: 'sebungkus', baia: 'bayar', bayia: 'bayar',
  dibayia: 'dibayar', bisuak: 'besok', kapatang: 'kemarin', tingga: 'tinggal', harago: 'harga', mambali: 'beli', dibali: 'dibeli',
  manjua: 'jual', dijua: 'dijual', tajua: 'terjual', alah: 'sudah', ciek: 'satu', saciek: 'satu', habih: 'habis', abih: 'habis',
  masuak: 'masuk', sajo: 'saja', hapuih: 'hapus', sisonyo: 'sisanya', pitih: 'uang', ingekan: 'ingatkan', ingekkan: 'ingatkan', barapo: 'berapa',
  indak: 'tidak', gadang: 'besar', kini: 'sekarang', ado: 'ada', balanjo: 'belanja', babalanjo: 'belanja', sakilo: 'sekilo',
  galeh: 'gelas', lakuih: 'laku', alun: 'belum', baraso: 'berapa', kembaliannyo: 'kembaliannya', totalnyo: 'totalnya', inyo: 'dia',
  // "utang dulu katonyo" (he said: a product "katonyo" was asked), "5 tabuang" (gas cylinders: the purchase was lost).
  katonyo: 'katanya', tabuang: 'tabung',
});
// Javanese krama, as older owners write to Juragan: "artanipun" the money, "peken" the market, "dinten punika" today.
const krama = table({
  artanipun: 'uangnya', arta: 'uang', mbayaripun: 'bayarnya', bayaripun: 'bayarnya', peken: 'pasar', punika: 'ini', menika: 'ini',
  kaliyan: 'dan', sade: 'jual', nyade: 'jual', disade: 'dijual',
  // "utang rumiyin" (on credit first: a product "rumiyin" was asked, the debt lost).
  rumiyin: 'dulu', riyin: 'dulu',
});
// Palembang: "galo" all, "namonyo" its name, "kagek" later, "besak"/"kecik" big/small.
const palembang = table({
  galo: 'semua', namonyo: 'namanya', utangnyo: 'utangnya', hutangnyo: 'hutangnya', bayarnyo: 'bayarnya', duitnyo: 'duitnya',
  harganyo: 'harganya', stoknyo: 'stoknya', samo: 'sama', dio: 'dia', berapo: 'berapa', kagek: 'nanti', besak: 'besar', kecik: 'kecil', idak: 'tidak', makmano: 'gimana',
  // "Mang Udin ambek gula pasir 2 kilo … ngutang" (takes: the debt was lost).
  ambek: 'ambil', ngambek: 'ambil',
  // "mahal nian" (very dear), "dak katek" (there is none): a product "nian" and "katek" were asked about.
  nian: 'banget', katek: 'ada',
  // Lampung and Palembang tries: "ngutang jugo" (also), "gas sekok" (one), "tigo botol" (three) became goods.
  jugo: 'juga', sekok: 'satu', sikok: 'satu', tigo: 'tiga',
});
// Manado: "ambe" take, "blum" not yet, "deng" and, "kalamareng" yesterday, "samua" all, "sapa" who, "tanta" aunt.
// "kasi" (give, make: "kasi turun harga telur") is said so from Makassar to Papua ("kase" is read below).
// Makassar "doe'" (money) and "kukasi" (I gave), Medan "kasinya" (what was given): the money handed over (a helper's tries
// made products "doena kukasi" and "kasinya" of it, sold at Rp100.000).
const manado = table({
  kasi: 'kasih', kukasi: 'kasih', kukasih: 'kasih', kasinya: 'dikasih', dikase: 'dikasih', doe: 'uang', doena: 'uangnya', doenya: 'uangnya',
  ambel: 'ambil', blum: 'belum', deng: 'dan', kalamareng: 'kemarin', kalamarin: 'kemarin', samua: 'semua', sapa: 'siapa',
  slamat: 'selamat', skarang: 'sekarang', beso: 'besok', nda: 'tidak', mo: 'mau', kong: 'terus', pigi: 'pergi',
  nyanda: 'tidak', kase: 'kasih', kalu: 'kalau',
  // "bukang 2 liter" (not: a product "bukang" was asked); "rica" is chili.
  bukang: 'bukan', rica: 'cabe',
});
// Betawi (Jakarta try): "aye"/"ane" I, "aje" only, "ame" with, "nyang" which, "apus" delete, "entar" later.
const betawi = table({ aye: 'saya', ane: 'saya', aje: 'saja', ame: 'sama', nyang: 'yang', apus: 'hapus', apusin: 'hapus', entar: 'nanti', berape: 'berapa' });
// Madura (Sampang try): "lako" sold, "mellee" buy, "majer" pay, "ngotang" owes, "ebu" thousand, "berempa" how much,
// "sengkok"/"engkok" I, "bede" there is, "mare" done; the small numbers as they are said.
const madura = table({
  lako: 'laku', ajuwal: 'jual', ngajuwal: 'jual', ngalak: 'ambil', alak: 'ambil', mellee: 'beli', melle: 'beli', molle: 'beli', majer: 'bayar', majar: 'bayar',
  ebu: 'ribu', ngotang: 'ngutang', otang: 'utang', otangnya: 'utangnya', berempa: 'berapa', berrempa: 'berapa', sengkok: 'saya', engkok: 'saya',
  bede: 'ada', mare: 'sudah', settong: 'satu', duwa: 'dua', tello: 'tiga', empa: 'empat', lema: 'lima',
});
// Banyumas "ngapak" (Purwokerto try): "sekang" from (a product "sekang" was asked, the purchase dropped), "inyong" I, "kiye"
// this, "priwe" how.
// "njukut beras 3 kilo" (takes: a product "njukut beras" was asked, the debt lost).
const ngapak = table({ sekang: 'dari', inyong: 'saya', kiye: 'ini', kepriwe: 'bagaimana', priwe: 'bagaimana', njukut: 'ambil', jukut: 'ambil' });
// Surabaya: "busek" erase ("bensin sing 15rb iku busek ae, dobel" booked the fuel a third time).
const suroboyo = table({ busek: 'hapus', busekno: 'hapus' });
// Kupang (NTT): "sonde" not, "beta" I; "su" before a verb is "sudah" ("beta su jual", "om ande su bayar").
const kupang = table({ sonde: 'tidak', beta: 'saya', bosong: 'kalian', botong: 'kami' });
// Aceh: "bloe"/"publoe" buy/sell, "bayeu" pay, "ribee" thousand, "glah" glass, "padum" how much, "baroe" yesterday.
const aceh = table({
  bloe: 'beli', publoe: 'jual', bayeu: 'bayar', geubayeue: 'bayar', geubayeu: 'bayar', ribee: 'ribu', glah: 'gelas', bungkoh: 'bungkus', padum: 'berapa', baroe: 'kemarin',
  ngon: 'dan', peng: 'uang', lon: 'saya',
});
// Banjar (Banjarmasin try): "bahutang" owes, "ulun" I, "handak" want, "kada" not, "baapa" how much ("acil", aunt, is
// among the honorifics in lexicon.ts).
const banjar = table({
  bahutang: 'ngutang', bautang: 'ngutang', ulun: 'saya', handak: 'mau', kada: 'tidak', baapa: 'berapa', barapa: 'berapa',
  kaina: 'nanti', batalakan: 'batalkan', tajual: 'terjual', bajual: 'jual', manukar: 'beli', sabuting: 'satu', kembaliannya: 'kembaliannya',
});
// Bali (Denpasar try): "mebayah"/"mayah" pay, "suba" already, "pis" money ("tiang", I, and "kuda", how much, need their
// place: below).
// Bali "Komang meli kopi 5 sachet ceban" (Komang buys: it was booked as the warung's purchase).
const bali = table({ mebayah: 'bayar', mbayah: 'bayar', mayah: 'bayar', suba: 'sudah', pis: 'uang', meli: 'beli' });
// Medan and the Malay of Sumatra and Kalimantan (Pontianak, Riau, Jambi tries): "sikit" a little, "kede" the shop,
// "bayo" pay, "ambik" take, "ekok" (ekor) a head of poultry, "kamek" I.
const medan = table({
  sikit: 'sedikit', kede: 'warung', bayo: 'bayar', dibayo: 'dibayar', bayonye: 'bayarnya', ambik: 'ambil', ngambik: 'ambil',
  diambik: 'diambil', ekok: 'ekor', kamek: 'saya', awak: 'saya',
  // Riau "mak cik kiah berhutang teh pucuk 3 botol" (not understood).
  berhutang: 'ngutang', berutang: 'ngutang',
  // Pontianak: "telok" is an egg (a product "telok" was asked), "same" is "and" or "with".
  telok: 'telur', same: 'sama',
});
const minangWords = words(minang);
const kramaWords = words(krama);
const minangAnd = new RegExp(`(?<!\\b(?:${[...honorifics].join('|')}) )\\bjo (?=\\p{L})`, 'gu');
const banjarWords = words(banjar);
const medanWords = words(medan);
const baliWords = words(bali);
const honorificList = [...honorifics].join('|');
// "mak etek bali rokok 2 bungkuih": "bali" (buy) after a person named with an honorific, before what was bought.
const personBuys = new RegExp(`(?<=\\b(?:${honorificList})(?: \\p{L}+){1,2} )bali(?= \\p{L})`, 'gu');
const acehWords = words(aceh);
const palembangWords = words(palembang);
const manadoWords = words(manado);
// Their words are read in one pass: no word of one is a word (or a reading) of another.
const betawiMaduraKupang = new Map([...betawi, ...madura, ...kupang, ...ngapak, ...suroboyo]);
const betawiMaduraKupangWords = words(betawiMaduraKupang);
const debtVerb = '(?:bayar|dibayar|ngutang|utang|ngebon|ambil|ngambil|nyicil|nyaur|lunas|beli)';
const kin = 'tanta|om|oma|opa|ci|ko|bu|ibu|pak|bapak|mas|mbak|kak|nyong|nona|mama|usi|ina|ama|bapa|kaka';
const parFor = new RegExp(`\\bpar (?=(?:${kin}) )`, 'g');
const gaveTo = new RegExp(`^(?:(?:saya|aku|sy|gw|gue|beta|kita)\\s+)?(?:kasi|kasih|kase|ngasih|ngasi)\\s+ke\\s+((?:${kin})\\s+\\p{L}+)\\s+(?=\\p{L})`, 'u');
const laPaid = new RegExp(`\\bla (?=${debtVerb}\\b)`, 'g');
const cekSister = new RegExp(`\\bcek (?=\\p{L}+ (?:(?:la|lah|sudah|udah|dah|baru|so) )?${debtVerb}\\b)`, 'gu');
const kaseUtang = new RegExp(`\\bkase (?:utang|bon|ngutang) (?:pa|ke|kepada|for) ((?:(?:${kin}) )?\\p{L}+)`, 'gu');

/** The text with regional words read as Indonesian (lower-case, normalised input). */
export function regionalWords(s: string): string {
  return s
    // "Cek Ani nambah utang lagi, ambek gas 1 tabung 23rb": more debt, not stock coming in (it was booked as a purchase).
    .replace(/\b(?:nambah|tambah|nambahin|nambah\s+lagi)\s+(?:utang|hutang|bon|utange|utangnya|bonnya)\b/g, 'ngutang')
    .replace(minangWords, (w) => minang.get(w) ?? w)
    // "ado nan balanjo": someone ("nan", who) shopped; "gula sakilo jo indomie": "jo" joins two goods, unless it is a
    // name after an honorific ("pak jo").
    .replace(/\bada nan\b/g, 'ada yang')
    .replace(minangAnd, 'dan ')
    // "bali"/"jua" (buy/sell) open a clause or follow "ambo" (I); elsewhere "bali" is the island ("kopi bali").
    .replace(/(^|\n|[,;]\s*|\bambo |\bsudah |\blah |\bbaru )(bali|jua)\b/g, (_, pre, w) => `${pre}${w === 'bali' ? 'beli' : 'jual'}`)
    .replace(personBuys, 'beli')
    // "alun" (not yet) before a verb, not the square ("alun alun").
    .replace(/\balun (?!alun)(?=\p{L})/gu, 'belum ')
    // "bara" (how much) asks at a clause's edge or after "tingga", not the ember.
    .replace(/(^|\n|[,;]\s*)bara\b|\bbara(?=\s*(?:\?|$)| (?:lagi|lai|lg)\b)|\b(tinggal|sisa|harga|utang|untung) bara\b/g, (_, pre, after) => (after ? `${after} berapa` : `${pre ?? ''}berapa`))
    .replace(/\b(?:h?ari) ko\b/g, 'hari ini')
    // Minang "bara lai?" (how many left), "nan tadi" (the one just now); Banjar "nang tadi", "wayah ini" (now).
    .replace(/\blai(?=\s*(?:\?|$))/g, 'lagi')
    .replace(/\b(?:nan|nang) (?=tadi\b)/g, 'yang ')
    .replace(/\bwayah ini\b/g, 'sekarang')
    // Banjar "nukar" (buy) goods; changing money ("nukar uang") and swapping a gas tube stay an exchange.
    .replace(/\bnukar (?!(?:uang|duit|receh|recehan|pecahan|kembalian|tabung|gas|galon|barang)\b)/g, 'beli ')
    // Makassar "pete-pete" (the minibus), paid as a fare: transport, not the bean.
    .replace(/\bpete[- ]pete\b/g, 'angkot')
    // Lampung "mak jadi" (not after all).
    .replace(/^mak jadi\b/, 'gak jadi')
    .replace(/\b(ka|ke|di|dari) pasa\b/g, '$1 pasar')
    // "nyuwun sewu, …" (excuse me) greets; "wau enjing" is "tadi pagi"; "wonten pasar" is "di pasar".
    .replace(/\b(?:nyuwun|nuwun) (?:sewu|pangapunten|ngapunten)\b/g, 'permisi')
    .replace(/\bwau (?=enjing|siang|sonten|dalu|wau)/g, 'tadi ')
    .replace(kramaWords, (w) => krama.get(w) ?? w)
    .replace(/\bwonten (?=pasar|warung|toko|grosir|agen)\b/g, 'di ')
    .replace(palembangWords, (w) => palembang.get(w) ?? w)
    // "la bayar": has paid. "cek ani" is an elder sister when named or when a debt verb follows, not "check".
    .replace(laPaid, 'sudah ')
    .replace(/\b(namanya|namane|namina|nama|an) cek\b/g, '$1 cik')
    // "bayar nanti, atas nama pak rudi": whose debt it is, said as on a receipt.
    .replace(/\batas nama\b/g, 'namanya')
    .replace(cekSister, 'cik ')
    // Manado "ambe" is to take; Toraja "ambe lotong" (father) is a person, named before what he does.
    .replace(/\bambe (?!\p{L}+ (?:ambil|ambe|ngutang|utang|hutang|bayar|pinjam|kasbon|ngebon|su|so|sudah|lunas)\b)/gu, 'ambil ')
    .replace(manadoWords, (w) => manado.get(w) ?? w)
    // Manado "… bukan 2 liter, mar 1 liter": "mar" is "but" after a comma or "bukan …" (not "bu mar").
    .replace(/(,\s*|\bbukan \S+(?: \S+)? )mar (?=\p{L}|\d)/gu, '$1tapi ')
    // Madura "tak majer": not paid yet (jv "tak bayar" is "I pay").
    .replace(/\btak (?=majer|majar)/g, 'belum ')
    .replace(betawiMaduraKupangWords, (w) => betawiMaduraKupang.get(w) ?? w)
    // Surabaya "37rb ae" (just): "ae" closing a clause (a product "ae" was asked).
    .replace(/\bae(?=\s*(?:[,.!?;]|$))/g, 'aja')
    // Betawi and Pontianak "-nye" is "-nya" ("duitnye 100rb": a product "duitnye" was asked); "ade yang beli", "stok … ade
    // berapa": "ade" is "ada" before those words and after "masih"/"gak" (elsewhere it is a name, "pak ade").
    .replace(/\b(\p{L}{3,})nye\b/gu, '$1nya')
    .replace(/\bade (?=(?:yang|yg|berapa|brp|lagi|gak|ga|nggak|kagak|tidak)\b)/g, 'ada ')
    .replace(/\b(masih|msh|gak|ga|nggak|kagak|tidak|tak|dak|udah|sudah) ade\b/g, '$1 ada')
    .replace(/\bsu (?=(?:jual|beli|bayar|lunas|laku|ambil|habis|abis|lapor|datang|kirim|masuk|catat|tutup|buka|kasi|kasih|kase|ngutang)\b)/g, 'sudah ')
    // "tidak jadi, yang es teh hapus": the call-off before the request, read as its chat form.
    .replace(/^(?:tidak|tdk|kada|sonde|seng|tra) jadi\s*,/, 'gak jadi,')
    // "so bayar": already ("so" before a word); "ini hari": today; "om jon pe utang": Om Jon's debt ("pe", Kupang "pung").
    // Papua: "de bayar besok" (he pays tomorrow), "de pu utang" (his debt); Sasak and Bali: "kepeng" (money).
    .replace(/\bde (?=(?:bayar|ambil|su|sudah|mau|blum|belum|utang|ngutang|pu|punya|kasi|kasih|lunas|datang|beli|janji)\b)/g, 'dia ')
    .replace(/\bkepeng\b/g, 'uang')
    .replace(baliWords, (w) => bali.get(w) ?? w)
    // Palembang "dak bayar dulu, ngutang" (not paid: it was read as paying a debt); jv "dak bayar" is "I pay", so only with
    // the debt said after it.
    .replace(/\bdak (?=bayar\b.*\b(?:ngutang|utang|ngebon|bon)\b)/g, 'belum ')
    // Bali "tiang meli ..." (I buy) opens the message; "kuda stok gula?" (how much) asks before what it asks about.
    .replace(/^tiang (?=\p{L})/u, 'saya ')
    .replace(/(^|[,;]\s*)kuda (?=stok|harga|hrg|ajine|ajin|sisa)\b/g, '$1berapa ')
    // Banjar "bayarnya kena" (pays later).
    .replace(/\b(bayar|bayarnya|dibayar) kena\b/g, '$1 nanti')
    .replace(/\bso (?=\p{L})/gu, 'sudah ')
    // Flores and Papua "sa" (I) before what I did; Ambon "par" (for) before a person, "dolo" (first).
    .replace(/\bsa (?=(?:su|sudah|pu|punya|lupa|jual|beli|bayar|mau|mo|tra|tara|sonde|ambil|kasi|kasih|pi|belanja|catat|ada|dapa|lapor)\b)/g, 'saya ')
    .replace(parFor, 'ke ')
    // Ambon "beta kasi par Tanta Mery minyakita 1, dia utang …" (I gave her): she took the goods (it was the warung's purchase
    // on credit from her, stock up and a debt the wrong way).
    .replace(gaveTo, '$1 ambil ')
    .replace(/\bdolo\b/g, 'dulu')
    .replace(/\bini hari\b/g, 'hari ini')
    .replace(/\b(\p{L}+) (?:pe|pung|pu) (?=utang|hutang|bon)/gu, '$1 ')
    // Kupang and Ambon: "minya tana" (kerosene); Madura: "15 ebu" (thousand).
    .replace(/\bminya tana\b/g, 'minyak tanah')
    // Manado: "kase nae harga" (raise), "kase turun" (lower); "pe harga" (its price).
    .replace(/\bkas[ei]h? (?:nae|naek|naik)\b/g, 'naikin')
    .replace(/\bkas[ei]h? turun\b/g, 'turunin')
    // "dia kase 20rb, kita kase kembali 4rb": money given, and change given back (a helper's try offered a product "kase").
    .replace(/\bkase (?=\d|kembali)/g, 'kasih ')
    .replace(/(^|\s)pe (?=harga\b)/g, '$1')
    // Ambon: "seng bayar" (not paid; "seng" alone is the zinc sheet), "dong beli" / "dorang beli" (they bought: a sale).
    .replace(/\bseng (?=(?:bayar|ada|jadi|mau|usah|tau|bisa|laku|dibayar|lunas)\b)/g, 'tidak ')
    .replace(/^(?:dong|dorang|dong dong) (?=beli|ambil|bli)/, 'ada yang ')
    .replace(/(\d) ?ebu\b/g, '$1 ribu')
    // "kita bli beras" (I bought): "bli" after a subject or "so" is buying, not the Balinese "bli made".
    .replace(/\b(kita|torang|so|sudah|ada|mo|mau|ja) bli\b/g, '$1 beli')
    // "doi masuk" (money in); "doi" alone stays slang for a sweetheart.
    .replace(/\bdoi (?=masuk|keluar|kaluar|kas)/g, 'uang ')
    // "kase utang pa tanta mery indomie 2": credit given to Tanta Mery, said as her taking it.
    .replace(kaseUtang, '$1 ngutang')
    .replace(/\bsiapa ?- ?siapa\b/g, 'siapa saja')
    // Aceh: "ka bayeu" (has paid), "uroe nyoe" (today).
    .replace(/\bka (?=bayeu|geubayeue?|bloe|publoe)/g, 'sudah ')
    .replace(/\buroe ?nyoe\b/g, 'hari ini')
    .replace(acehWords, (w) => aceh.get(w) ?? w)
    .replace(banjarWords, (w) => banjar.get(w) ?? w)
    // Banjar "tukar" is to buy ("ulun tukar hintalu 1 kilo") when it opens a clause or follows "ulun"/"handak" (read as
    // "saya"/"mau" above), and not
    // money or a gas cylinder exchanged ("tukar uang", "tukar tabung").
    .replace(/(^|\n|[,;]\s*|\bsaya |\bmau )tukar (?!(?:uang|duit|recehan|receh|pecahan|tabung|gas|galon)\b)/g, '$1beli ')
    .replace(medanWords, (w) => medan.get(w) ?? w)
    // Medan: "mahal kali" is "very dear" ("2 kali", twice, keeps its count); "minyak kereta" is the motorbike's petrol.
    .replace(/\b(mahal|murah|mantap|laris|sepi|rame|ramai|enak|capek|susah|payah|bagus|parah|lama|cepat|dikit|sedikit|jauh|panas|hujan) kali\b/g, '$1 banget')
    .replace(/\bminyak (?:kereta|motor)\b/g, 'bensin motor')
    // "aqua gelas sikit lagi, tinggal 5": nearly gone, then the count left.
    .replace(/\b(?:sedikit|dikit) lagi(?=[,\s]+(?:tinggal|sisa)\b)/g, 'mau habis')
    // Medan: "kek mana" is "how" (a product "kek mana" was looked up); "pala kau" opening a message is a curse, no goods (a
    // correction after it was booked as a second sale).
    .replace(/\bkek mana\b/g, 'gimana').replace(/^(?:pala|palak) (?:kau|ko|kao)\b\s*,?\s*/, '')
    // Medan: "pajak" is the market ("belanja ke pajak"); "bayar pajak" is still the tax.
    .replace(/\b(ke|ka|di|dari|dr|sama) pajak\b(?! (?:bumi|toko|reklame|kendaraan|motor|tahunan|usaha|umkm))/g, '$1 pasar')
    // Makassar: "mi", "ji", "pi" after one of these words are particles ("berapa mi stok beras", "lunas mi", "nanti pi",
    // "batal mi yang terakhir": a helper's undo listed the noodle sales);
    // "mi" before a kind of noodle ("laku mi goreng") or after any other word ("beli mi ayam") is the noodle.
    .replace(makassarParticle, '$1')
    // "3500 ji satunya", "seribu ji satu": after a price too; "2rb satu mi": after "each" after a price (a helper's sale added a
    // pack of Mie Sedaap).
    .replace(/(\d|\b(?:rb|ribu|rebu|ewu|k|seribu|sarebu|sewu))\s+(?:ji|mi|ki)\b/g, '$1')
    .replace(/(\d\s*(?:rb|ribu|rebu|ewu|k)|\d{3,})\s+(satu|satunya|sebiji)\s+(?:ji|mi|ki)\b/g, '$1 $2')
    // Papua "tara bayar" (not paid), Sasak "ndek man bayar" (not yet), Makassar "kodong" (poor thing).
    .replace(/\btara (?=bayar|jadi|ada|lunas)/g, 'tidak ').replace(/\bndek man\b/g, 'belum').replace(/\bndek (?=bayar|jadi|ada|lunas)/g, 'tidak ')
    // Buton "La Ode", "Wa Ode": one title before the name.
    .replace(/\b(la|wa) ode\b/g, '$1ode')
    // "stok minyak tinggal 6 botol mi": after the count left, "mi"/"ji" closing the clause is the particle too.
    .replace(/\b((?:tinggal|sisa|sisanya) \d+(?: \p{L}+)?) (?:mi|ji)(?=\s*(?:[,;.!?]|$))/gu, '$1');
}

const noodle = 'goreng|ayam|instan|instant|rebus|kuah|bakso|sedaap|sedap|kering|telur|telor|lidi|aceh|kocok|yamin|pangsit|gelas|cup|kuning|hijau|sehat|sagu|jagung|bihun';
const particleHost = `berapa|brp|brapa|laku|lunas|sudah|udah|dah|tadi|td|ada|habis|abis|tinggal|sisa|dibayar|bayar|ambil|datang|masuk|kirim|dikirim|
  mau|nanti|besok|baru|itu|ini|iya|ya|ok|oke|dibeli|dijual|terjual|kasih|ngutang|utang|juga|saja|tutup|salah|ji|pi|mi|
  batal|batalkan|batalin|hapus|hapuskan|hapusin`.replace(/\s+/g, '');
const makassarParticle = new RegExp(`\\b(${particleHost}) (?:mi|ji|pi)\\b(?! (?:${noodle})\\b)`, 'g');
