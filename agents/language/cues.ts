// Words that signal what a message is about (Indonesian, Javanese, Sundanese, chat spellings).
// One table per cue; intent.ts combines them.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const cues = {
  sale: set(`laku lku lkau pyu jaul laris kejual terjual jual jualan ngejual ngajual ngical ngadep adol ngadol didol kedol dodolan payu kepayu pajeng
    penjualan sold ludes dibeli kebeli diborong`),
  /** Taking goods: a sale when a customer does it. */
  take: set('ambil ngambil njupuk nyokot mundut nyandak mendhet mendet'),
  purchase: set(`kulakan kulak ngulak beli membeli mbeli meuli meli ngagaleuh galeuh tukar tuker nuker nukar manukar meser tuku nuku tumbas belanja blanja belanjaan pembelian
    restock restok nyetok borong order mesen pesen pesan psn`),
  credit: set(`kredit kiridit kridit ngutang utang hutang ngebon bon kasbon ngahutang nganjuk nginjuk dianjuk piutang ngutangin ngampil nyilih minjem pinjem pinjam ngindeng
    minjam nginjeum injeum nginjem dipinjemin dipinjamin dipinjami diutangin dihutangi nambut nyelang pinjemin pinjamin minjemin minjamin utangan hutangan`),
  /** Paying back: a debt payment on its own. */
  settle: set(`nyicil cicil nyicil dicicil cicilan angsuran nyetor lunas lunasin melunasi ngelunasi pelunasan nyaur nyahur balikin ngembaliin
    ngembalikan mbalekke mulangke lunasi dilunasi dibalikin dibalikan dikembalikan dikembaliin
    dibalekke dibalekno dibalekake dibalekna mbalekna mbalekno dibalikeun mulangkeun dipulangkeun`),
  pay: set('bayar byr mbayar mayar mayah bayah nabayar bayarin dibayar bayarkeun ngebayar pembayaran bayaran mambayar mambayia mambayie bayarkan bayari mbayari mbayarke nalangin nalangi'),
  expenseVerb: set('isi ngisi kasih ngasih keluar kaluar metu tarik narik prive jajan'),
  stockIn: set(`masuk dateng datang teka sumping dongkap nganter anter dianter antar ngantar maantar mangantar ngantarin nganterin antarin ngeterke ngeterake diterke diterake ngirim kiriman kirim dikirim nambah tambah
    nyampe terima diterima tambahan bertambah ketambahan ditambah ditambahin nambahin tambahin tambahkan dtg dtng nampi ditampi katampi`),
  stockLeft: set('sisa sisane sisana tinggal kari sesa keri kantun'),
  stockOut: set('habis abis entek seep beak kosong ludes telas'),
  /** Goods gone without a sale: broken, spoiled, expired, lost, thrown away, or taken off the count (id, jv, su). */
  loss: set(`pecah rusak busuk basi kadaluarsa kadaluwarsa kedaluwarsa expired expire kedaluarsa hilang ilang dicuri kemalingan
    bocor tumpah sobek remuk bosok buang dibuang kebuang ruksak peupeus buruk leungit kaleungitan kecolongan
    berkurang ngurang kurangi kurangin dikurangi dikurangin kurangkan ngurangi nyuda dikurangan`),
  stockCount: set('opname itung hitung ngitung stokopname diitung dihitung diitang'),
  stockWord: set('stok stock setok persediaan stk'),
  priceWord: set('harga hrg rega rego regi regane hargane hargana harganya hargi hargina'),
  /** What the goods cost the warung, said after them: "indomie 40 bks modal 2800" marks a price per unit, like "harga". */
  costWord: set('modal modalnya modale modalna'),
  priceChange: set('ganti update set ubah naikin turunin naikkan naikan turunkan dinaikin diturunin naik turun regani ngregani dijual pasang naikke munggahke mudhunke dinaikke diunggahke naekeun nurunkeun unggahke unggahne mundhakke'),
  report: set(`laporan lapor rekap rekapan omzet omset untung rugi laba bati bathi pendapatan pemasukan keuntungan
    income hasil penghasilan saldo profit cashflow revenue ratarata`),
  /** Words that become a report when asked with a period or a question. */
  reportSoft: set('penjualan pengeluaran jualan laku belanja kulakan dagangan entuk oleh olih kenging meunang dapet dapat dpt kas total totalnya totale totalna'),
  negotiate: set(`cariin carikan cari nyari nyariin tawar tawarin nawar nego negoin golekno golekke golek goleki
    carikeun tawarkan tawari nawarin milarikeun orderin orderkan pesankan
    pesenin pesankeun pangmeserkeun pangmeulikeun pangneangankeun neangan tanyain bandingin dicarikan dicariin ditawar ditawarin dinego
    pados padosaken madosaken padosake`),
  /** Market words; "berapaan" asks what something goes for. */
  market: set('pasaran pasar market berapaan brpan brapaan'),
  undo: set('batal batalin batalkan cancel hapus hapusin busak delete undo dibatalkan cancell dihapus bolay bolaykeun dibolaykeun batalkeun busaken dibusak hapuskeun batalke dibatalke batalno dibatalno hapusen hapusno dihapusno'),
  /** Asking the bot to chase a debt ("tagih bu yati"); "tagihan" is a bill, not a cue. */
  remind: set('pengingat tagih tagihen ditagih ditagihin ditagihkeun tagihin nagih nagihin tagihkeun ingetin ingatkan ingetkan elingke elingno ingetke ingetno ngelingke ngelingno ingetkeun ingetan'),
  /** Listing the day's entries ("catatan hari ini"). */
  entries: set('catatan catetan cacatan riwayat histori history transaksi mutasi'),
  promo: set('promo promosi brosur'),
  help: set('bantuan bantu ajarin ajari ajarkan bingung help panduan tutorial menu fitur perintah cara caranya carane'),
  greeting: set(`pagi siang sore malam malem halo hallo helo hai hi hello assalamualaikum asalamualaikum salam
    makasih terimakasih trimakasih trims thanks thx tq suwun nuwun nuhun hatur matur oke ok okey sip siap
    mantap mantul selamat met sugeng permisi iya maturnuwun pisan semangat morning mksh makasi mksi trmksh tks tengkyu tenkyu wr wb warahmatullahi wabarakatuh punten sampurasun waalaikumsalam wassalam terima kasih ya kabar
    banyak nggih njih enggih mangga monggo wilujeng enjing sonten dalu makase makaseh suksma tabe swastyastu suastiastu rahajeng`),
  question: set(`brp berapa berape brapa piro pira sabaraha sbrp pinten gimana gmn gmna kumaha piye pripun cemana camana berembe bereempa bepe bepo pire barapa berapo brapo ape
    apa siapa ? ga gak gk nggak ngga enggak kagak kaga ndak tdk ora teu henteu belum blm durung dereng acan tah kah`),
  stillThere: set('masih msh isih ono ada aya keneh'),
};

/** Adjectives and relative words that trail a product without naming it. */
export const relativeWords = set('yg yang sing nu ingkang');

/** Every cue word: none of them is ever part of a product or a name. */
export const functionWords: ReadonlySet<string> = new Set(
  Object.entries(cues)
    .filter(([k]) => k !== 'greeting' && k !== 'market')
    .flatMap(([, s]) => [...s]),
);

/** Cue words written with a suffix ("harganya", "pasarannya", "hargane", "sisanya") read as the bare word. */
export function stemCue(w: string, known: (x: string) => boolean): string {
  if (w.length < 5 || known(w)) return w;
  // Makassar's particles: "terjualmi" (sold already), "utangji" (only a debt).
  for (const suffix of ['nya', 'ne', 'na', 'ku', 'mu', 'mi', 'ji', 'e']) {
    if (w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length);
      if (stem.length >= 3 && known(stem)) return stem;
    }
  }
  return w;
}

// Typos of the longer cue words ("kulakn", "ngutan", "laporn"): one letter missing, extra or changed.
// Short words are left alone: "bayam" is spinach, not "bayar".
const typoSource = [cues.sale, cues.purchase, cues.credit, cues.settle, cues.stockIn, cues.report, cues.negotiate,
  cues.undo, cues.stockLeft, cues.stockCount];
const deletions = (w: string): string[] => Array.from(w, (_, i) => w.slice(0, i) + w.slice(i + 1));
const typoIndex = new Map<string, string | null>();
for (const s of typoSource) {
  for (const cue of s) {
    if (cue.length < 6) continue;
    for (const key of [cue, ...deletions(cue)]) {
      const seen = typoIndex.get(key);
      // Two cues one edit from the same key: ambiguous, so no correction.
      typoIndex.set(key, seen === undefined || seen === cue ? cue : null);
    }
  }
}

/** Everyday words one letter from a cue: never its typo ("pecah di jalan", on the road, was "jualan": a sale of broken eggs). */
const notTypos = new Set(['jalan', 'jalanan', 'bulanan', 'tahunan', 'lapangan']);

/** The cue word a long unknown word is a typo of, or null. */
export function cueTypo(w: string): string | null {
  if (w.length < 5 || w.length > 14 || notTypos.has(w)) return null;
  for (const key of [w, ...deletions(w)]) {
    const cue = typoIndex.get(key);
    if (cue) return cue;
  }
  return null;
}
