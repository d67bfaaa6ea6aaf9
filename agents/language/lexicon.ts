// Word tables for warung chat: Indonesian, Javanese (jv), Sundanese (su) and slang.
// Everything the parser knows about words lives here, so adding a word is one line.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));
import { wordTable as table } from '../../core/word-table.ts';
export { table };

/** Canonical unit (FRAME.md) for each spelling. */
export const unitWords: Record<string, string> = table({
  biji: 'pcs', bji: 'pcs', bj: 'pcs', buah: 'pcs', bh: 'pcs', butir: 'pcs', btr: 'pcs', pcs: 'pcs', pc: 'pcs',
  iji: 'pcs', siki: 'pcs', buwah: 'pcs', pieces: 'pcs',
  bungkus: 'bungkus', bks: 'bungkus', bgks: 'bungkus', bngks: 'bungkus', bkus: 'bungkus', bungkos: 'bungkus',
  pack: 'bungkus', pak: 'bungkus', pck: 'bungkus', sachet: 'bungkus', saset: 'bungkus', sachet2: 'bungkus',
  sct: 'bungkus', schet: 'bungkus', sase: 'bungkus', bks2: 'bungkus',
  bugkus: 'bungkus', bungks: 'bungkus', bunkus: 'bungkus', bngkus: 'bungkus',
  botol: 'botol', btl: 'botol', botl: 'botol', boto: 'botol',
  gelas: 'gelas', gls: 'gelas', cup: 'gelas',
  porsi: 'porsi', piring: 'porsi', prs: 'porsi',
  kaleng: 'kaleng', klg: 'kaleng',
  dus: 'dus', dos: 'dus', kardus: 'dus', karton: 'dus', box: 'dus', boks: 'dus',
  karung: 'karung', krg: 'karung', sak: 'karung',
  renteng: 'renteng', rtg: 'renteng', renceng: 'renteng',
  ikat: 'ikat', iket: 'ikat',
  lusin: 'lusin', lsn: 'lusin',
  kg: 'kg', kilo: 'kg', kilogram: 'kg', kgs: 'kg',
  gr: 'gram', gram: 'gram', grm: 'gram', g: 'gram',
  ons: 'ons',
  l: 'liter', lt: 'liter', ltr: 'liter', liter: 'liter', litre: 'liter',
  ml: 'ml',
});

/** Unit words outside the canonical list: kept as said (FRAME.md). */
export const otherUnits = set(`
  tabung slop bal rak papan batang btg lembar lbr potong ptg tusuk kotak ekor sisir galon roll rol meter
  kodi pasang keping kpg krat peti jerigen ember mangkok mangkuk tray pouch bantal balok tangkai bonggol
  biji2 lonjor gulung cangkir ton kwintal paket plastik kresek kantong kantung rim pincuk
  tumpuk tandan tumang loyang baskom gantang cupak takar takaran bambu gros
`);

/** Units glued to a number inside a product name ("aqua 600ml", "gas 3kg") describe a size. */
export const sizeUnits = set('ml l liter kg gr gram g ltr kilo kilogram');
/** Canonical units of packs that hold a weighed or counted amount ("beras 25 kg 1 karung" = one sack of 25 kg). */
export const packUnits = set('karung dus peti bal rak slop renteng lusin kodi gros jerigen krat ember');

/** Number words: value of one word. */
export const numberWords: Record<string, number> = table({
  nol: 0, kosong: 0,
  satu: 1, siji: 1, hiji: 1, setunggal: 1,
  dua: 2, loro: 2, rong: 2, kalih: 2, duo: 2,
  tiga: 3, telu: 3, telung: 3, tilu: 3, tigang: 3, tigo: 3,
  empat: 4, papat: 4, patang: 4, opat: 4, sekawan: 4, ampek: 4,
  lima: 5, limo: 5, limang: 5, gangsal: 5,
  enam: 6, enem: 6, nem: 6, genep: 6, anam: 6,
  tujuh: 7, tuju: 7, pitu: 7, pitung: 7, tujuah: 7,
  delapan: 8, lapan: 8, wolu: 8, wolung: 8, dalapan: 8, dlapan: 8, delapn: 8,
  sembilan: 9, smbilan: 9, songo: 9, sanga: 9, sangang: 9, salapan: 9, sambilan: 9,
  sepuluh: 10, sapuluh: 10, sedasa: 10, sapuluah: 10,
  sebelas: 11, sewelas: 11, sabelas: 11,
  rolas: 12, telulas: 13, patbelas: 14, limalas: 15, limolas: 15, nembelas: 16, pitulas: 17, wolulas: 18,
  sangalas: 19, songolas: 19,
  selikur: 21, rolikur: 22, telulikur: 23, patlikur: 24, selawe: 25, nemlikur: 26, pitulikur: 27,
  wolulikur: 28, sangalikur: 29,
  seket: 50, sewidak: 60,
  // Written together, as typed or transcribed ("limabelas ribu", "duapuluh lima ribu").
  duabelas: 12, tigabelas: 13, empatbelas: 14, limabelas: 15, enambelas: 16, tujuhbelas: 17, delapanbelas: 18, sembilanbelas: 19,
  duapuluh: 20, tigapuluh: 30, empatpuluh: 40, limapuluh: 50, enampuluh: 60, tujuhpuluh: 70, delapanpuluh: 80, sembilanpuluh: 90,
  duaratus: 200, tigaratus: 300, empatratus: 400, limaratus: 500, enamratus: 600, tujuhratus: 700, delapanratus: 800, sembilanratus: 900,
  seratus: 100, satus: 100, saratus: 100, saratuih: 100,
  seribu: 1000, sewu: 1000, sarebu: 1000,
  sejuta: 1_000_000, sajuta: 1_000_000, sayuta: 1_000_000,
});

/** Words that scale the number before them. */
export const multiplierWords: Record<string, number> = table({
  belas: -10, welas: -10, baleh: -10, // marker: "dua belas", "dalapan welas" = n + 10
  puluh: 10, puluah: 10, pulu: 10, puloh: 10, dasa: 10, doso: 10, // krama: "kalih dasa" = 20
  likur: -20, // jv: "telu likur" = 23
  ratus: 100, atus: 100, ratuih: 100,
  ribu: 1000, rebu: 1000, ewu: 1000, rb: 1000, rbu: 1000, rbn: 1000, ribuan: 1000, rebuan: 1000, ewuan: 1000, rban: 1000, rbuan: 1000, k: 1000, ceng: 1000,
  juta: 1_000_000, jt: 1_000_000, yuta: 1_000_000, jtan: 1_000_000, jeti: 1_000_000,
  milyar: 1_000_000_000, miliar: 1_000_000_000,
});

/** Multipliers that make a number rupiah on their own ("15rb", "70 ewu", "2jt"). */
export const moneyMultipliers = set('ribu rebu ewu rb rbu rbn ribuan rebuan ewuan rban rbuan k ceng juta jt yuta jtan jeti milyar miliar');

/** Fractions: alone they are a quantity, after a number or multiplier they add that part. */
export const fractionWords: Record<string, number> = table({
  setengah: 0.5, stengah: 0.5, stgh: 0.5, satengah: 0.5, sateungah: 0.5, separo: 0.5, separuh: 0.5, setgh: 0.5,
  seperempat: 0.25, saparapat: 0.25, seprapat: 0.25, saprapat: 0.25, saperapat: 0.25, sprapat: 0.25,
});

/** Warung slang for amounts of rupiah (always money). */
export const slangMoney: Record<string, number> = table({
  gocap: 50, cepek: 100, cepe: 100, gopek: 500, seceng: 1000, ceceng: 1000, noceng: 2000, goceng: 5000,
  ceban: 10_000, noban: 20_000, goban: 50_000, cepceng: 100_000, cepekceng: 100_000, cetiao: 1_000_000,
  // "harga seribuan", "yang gocengan": the price level of each, as "2rb-an".
  seribuan: 1000, sarebuan: 1000, sewuan: 1000, serebuan: 1000, secengan: 1000, gocengan: 5000, cebanan: 10_000,
  cepekan: 100, gopekan: 500, nocengan: 2000,
});

export const rupiahWords = set('rp rupiah idr perak');

/** Marks a unit price when before the money ("@ 3500", "harga 16rb") or after it ("29rb/kg", "seceng satunya"). */
export const perWords = set('per @ / x satunya perbiji tiap setiap persatuan satuan satuannya');
/** Marks a line or message total. */
export const totalWords = set('total totalnya semua semuanya jadi jd jadinya dapet dpt dapat tot ttl seluruhnya seharga senilai jumlah jumlahnya dadi dados janten kabeh kabehe sadayana sedaya semuanye totalnye jumlahnye galo semuo semue');
/** Money taken off a sale or purchase ("diskon 2rb", "dipotong 2rb"): never a product. */
// "dipotong komisi 20%": a delivery app's commission comes off like a discount.
export const discountWords = set('diskon disc discount diskonnya dipotong potongan potongannya korting rabat komisi komisinya');
/** Delivery paid on a purchase ("ongkir 10rb"); "ongkos kirim" is read as a pair. */
export const deliveryWords = set('ongkir ongkirnya ongkire');
/** Ordinals that point at a numbered entry ("batalin yg kedua"). */
export const ordinalWords: Record<string, number> = table({
  pertama: 1, kesatu: 1, kedua: 2, ketiga: 3, keempat: 4, kelima: 5, keenam: 6, ketujuh: 7, kedelapan: 8, kesembilan: 9,
  kesepuluh: 10,
});
/** Marks a negotiation ceiling. */
export const maxWords = set('max maks maksimal maksimum maximal mentok budget bajet budjet');
/** Splits a message into item lines. */
// Sasak "kance", Banjar "wan", Pontianak "ngan": "and" (a helper's tries offered "kance korek" as a new product).
export const separatorWords = set('sama sm dan terus trus trs lalu karo kalih lan jeung sareng plus, ama ame lawan deng kance wan');

/** Honorifics and shop words that start a counterparty name. Shops take up to three name words. */
export const honorifics = set(`
  bu ibu bude budhe mbak mba mbakyu mbok yu mak bapak pak pa pakde pakdhe mas kang akang teh teteh ceu euceu koh koko
  ci cici cik encik bang abang mang emang lik paklik bulik lek paklek bulek pakle om tante nyai nek kakek nenek kak ning cak dik ko
  neng engkong engkoh haji bi bibi uwa wa mpok empok babeh encang encing mbah uda uni etek ajo daeng si bli kaka bapa nyong nona tanta oma opa mama nyak acil mamak mace pace
  lae ito inang amang opung ompung namboru bou usi caca bung inaq amaq mamiq baiq puang julak wak men bro sis
  ambe dae minak teungku tengku cut ina ama yuk ayuk galuh
`);
/** "tuker recehan 100rb", "tukar duit receh": money changed for smaller notes, which moves no money in or out. */
export const moneyChanged = /\b(?:tukar|tuker|nukar|nuker|nukerin) (?:uang|duit|receh|recehan|pecahan|duit kecil|uang kecil|kembalian)\b/i;
/** Lenders named without a name: borrowing from them is a debt the shop owes. */
export const lenderWords = set('bank koperasi kopontren bpr leasing pegadaian');
/** Passive lending verbs: the person named lent to the shop ("dipinjemin pak rt 1jt"). */
export const lentBy = set('dipinjemin dipinjamin dipinjami diutangin dihutangi');
export const shopWords = set('toko ud cv pt tb koperasi kopontren kantor');
/** Named shops that are counterparties on their own. */
export const knownShops = set('alfamart indomaret alfamidi superindo hypermart lotte giant transmart hero yogya');
/** People by role or family: who took or is owed money, never goods ("kasbon karyawan 200rb", "modal dari suami"). */
// jv "wong", Banjar and su "urang", su "jelema": "a person" ("Penjualan (Wong)" was booked, a customer named Wong).
export const peopleWords = set(`karyawan pegawai pelayan kuli tetangga pelanggan langganan pembeli konsumen customer orang wong uwong urang jelema
  suami istri bini bojo mertua adik adek ponakan keponakan sodara saudara`);
/** "bayar setengahnya", "nyaur separo", "mayar satengahna": half of what is owed (agents/finance/debts.ts). */
export const halfWords = set('setengah setengahnya stengah stengahnya stgh separo separonya separone separuh separuhnya satengah satengahna sapalih sapalihna setengahe setengahipun sepalih sepalihipun separoh separohe');
/** Generic places: never a counterparty, never part of a product name. */
export const placeWords = set(`warung kios lapak pasar pajak agen grosir pangkalan supplier suplier sales distributor pabrik minimarket induk tradisional bank
  kantor sekolah masjid mushola musholla kampus proyek bengkel kos kosan pesantren sebelah seberang laci kasir brankas jalan gudang
  shopee tokopedia tokped lazada blibli bukalapak tiktokshop bakule tonggo tanggane tetangga tatangga`);

/** A debt paid, said as such ("bayar utang 30rb", "nyicil 20rb"); with goods traded too, the message holds two entries. */
export const debtPayPhrase = /\b(bayar|byr|mbayar|mayar|nyaur|lunasin|lunasi|ngelunasi)\s+(utang|hutang|utange|utangnya|utangna|bon|bone|kasbon)\b|\b(nyicil|dicicil|angsuran)\b/i;

/** Goods given back to a supplier ("retur roti 5 bks", "balikin aqua 2 dus ke agen"); with money said it is a debt paid. */
export const returnPhrase = /\b(retur|return|diretur|ngeretur|balikin|dibalikin|balikan|dibalikan|ngembaliin|dikembaliin|dikembalikan|kembalikan|ngembalikan|mengembalikan|mbalekke|mulangke)\b/i;

/** Money taken from the till ("ambil uang", "njupuk duit", "tarik kas"): the owner's money, never goods. */
export const cashOutPhrase = /\b(ambil|ngambil|njupuk|jupuk|nyokot|nyandak|tarik|narik|mundut) (duit|uang|duwit|artos|arto|yatra|acis|kas)\b/i;

/** Words that are not product names: fillers, pronouns, particles, question words. */
export const fillerWords = set(`
  tadi td tdi barusan pagi siang sore malam mlm tadi2 isuk esuk awan bengi wengi enjing siyang sonten dalu beurang peuting hari ini itu tu iki ieu kui kuwi kae iku nya e eh ah oh ya yah yaa iya
  kira kira2 kirakira dong deh sih aja ajah aj saja wae bae sube wes udah udh sdh sudah uwis wis dah mau arep rek bade pengen lagi lg lgi masih msh
  isih isi juga jg mah kok kan tuh nih lho loh toh kak min bot gan sis bos boss juragan mimin admin
  saya aku sy gw gue gua kula abdi ulun beta ambo kita kami dia yang yg ingkang nu sing ke ka di dr dari ti saking nang menyang nyang marang soko teko seko ing
  buat untuk utk kanggo nggo keur dengan dgn pake pakai pakek nganggo ngangge via lewat kemarin kmrn kemaren dulu dl heula belakangan disik dhisik disit dhisit sik sek
  catat catet tolong tlg mohon coba cb ok oke okay sip siap yaudah yaudh yasudah yawis yowis yowes udahlah baru br nanti ntar engko engkok engke mengke kagek buin die tapi tp terus
  cuma cuman mung ngan hanya doang thok tok pas waktu wkt sekarang skrg skg saiki ayeuna skrang sekarng sakmenika sakniki saniki samenika sapunika
  barang brg stok stock ada ono aya duit uang duwit artos arto yatra acis deui maning meneh maneh malih tgl tanggal cek cekin check
  lihat liat info mulai per nama sorry maaf sori kotor bersih awal akhir ready redi tersedia sedia an no nomor nomer hp wa telp telpon kontak bisa tak dak kulo keuangan penjualan pembukuan catatan data bgt banget sekali
  banyak bnyk byk nyatet nyatat catet input masukin tulis nulis minta mintain pls please cukup murah termurah murmer anu subuh
  sebelah seberang menipis dikit sedikit janji janjinya ji pi tawwa iye iyo io su doi bah tengok kutengok nengok ditengok margin marjin
  pesenan pesanan orderan gofood grabfood shopeefood ojol kau pian cemana
  dicatat dicatet catetin catatin tambahin masukkan dimasukin diinput modal setor setoran kas daftar list terakhir panungtung pungkasan
  nanya tanya nanyain tau tauin katanya katane jere jarene ceunah cenah soalnya soale karena krn karna sebab terbaik biasanya biasane sampai sampe hingga
  alhamdulillah alhamdulilah bismillah insyaallah insya masyaallah subhanallah astaghfirullah waduh aduh wah nah lah
  bulan januari februari maret april juni juli agustus september oktober november desember
`);

/** Question words: make a line a question (stock check, report, market price). */
// Medan "cemana", Sasak "berembe"/"bereempa", Lombok "bepe", Madura/Bali "pire", Banjar "barapa", Palembang "berapo",
// Pontianak "ape": each was read as goods ('Produk "berembe" belum ada').
export const questionWords = set('siapa brp berapa berape brapa berapaan brpan brapaan piro pira sabaraha sbrp pinten gimana gmn gmna kumaha piye pripun apa opo nopo naon cemana camana berembe bereempa bepe bepo pire barapa berapo brapo ape ?');

/** Payment words → payment. */
export const paymentWords: Record<string, 'cash' | 'qris' | 'transfer' | 'credit'> = table({
  cash: 'cash', tunai: 'cash', kes: 'cash', kontan: 'cash', cas: 'cash', cash2: 'cash', cod: 'cash',
  qris: 'qris', qr: 'qris', kiris: 'qris', qriss: 'qris', gopay: 'qris', ovo: 'qris', shopeepay: 'qris', linkaja: 'qris',
  bca: 'transfer', bri: 'transfer', bni: 'transfer', mandiri: 'transfer', rekening: 'transfer',
  tf: 'transfer', transfer: 'transfer', trf: 'transfer', trnsf: 'transfer', tranfer: 'transfer', transfe: 'transfer',
  // "udah ditransfer", "udah ditf" (a haggling try: paid from the drawer).
  ditransfer: 'transfer', ditf: 'transfer', ditrf: 'transfer', ditranfer: 'transfer', transferan: 'transfer',
  ngutang: 'credit', utang: 'credit', hutang: 'credit', ngebon: 'credit', bon: 'credit', kasbon: 'credit',
  ngahutang: 'credit', nganjuk: 'credit', nginjuk: 'credit', dianjuk: 'credit', ngutangin: 'credit', kredit: 'credit', kiridit: 'credit', kridit: 'credit', kasbonan: 'credit', piutang: 'credit', ngampil: 'credit', nyilih: 'credit',
});

/** Expense categories: word → category. */
export const expenseCategoryWords: Record<string, string> = table({
  listrik: 'listrik', pln: 'listrik', token: 'listrik', setrum: 'listrik',
  pdam: 'air', banyu: 'air', air: 'air', cai: 'air', ledeng: 'air', aer: 'air',
  gas: 'gas', elpiji: 'gas', lpg: 'gas',
  sewa: 'sewa', kontrakan: 'sewa', kontrak: 'sewa', ngontrak: 'sewa',
  gaji: 'gaji', gajih: 'gaji', gajian: 'gaji', upah: 'gaji', bayaran: 'gaji', honor: 'gaji',
  // su "ngagajih budak" (the helper's wages), jv "rewang" (a helper); "sangu" (pocket money) is money out too.
  ngagajih: 'gaji', ngagaji: 'gaji', ngegaji: 'gaji', gajiin: 'gaji', rewang: 'gaji', sangu: 'lainnya',
  bensin: 'transport', ojek: 'transport', ojol: 'transport', ongkir: 'transport', ongkos: 'transport',
  parkir: 'transport', transport: 'transport', angkot: 'transport', solar: 'transport', pertalite: 'transport',
  pertamax: 'transport', grab: 'transport', gojek: 'transport', bengkel: 'transport', tol: 'transport',
  pulsa: 'pulsa', kuota: 'pulsa', paket_data: 'pulsa', wifi: 'pulsa', internet: 'pulsa', indihome: 'pulsa',
  plastik: 'plastik', kresek: 'plastik', kantong: 'plastik', kantung: 'plastik',
  iuran: 'lainnya', bpjs: 'lainnya', asuransi: 'lainnya', spp: 'lainnya', angsuran: 'lainnya', leasing: 'lainnya', sampah: 'lainnya', keamanan: 'lainnya', servis: 'lainnya', service: 'lainnya',
  // The motorbike ("kereta" in Medan) and its parts; "oli" is also sold, so it is a weak word below.
  motor: 'transport', kereta: 'transport', oli: 'transport', ban: 'transport', aki: 'transport', busi: 'transport', kampas: 'transport',
  sumbangan: 'lainnya', retribusi: 'lainnya', pajak: 'lainnya', zakat: 'lainnya', sedekah: 'lainnya',
  perbaikan: 'lainnya', benerin: 'lainnya', ndandani: 'lainnya', dandani: 'lainnya', ngalereskeun: 'lainnya', reparasi: 'lainnya',
  tambal: 'transport', tambel: 'transport', tukang: 'lainnya', arisan: 'lainnya', kondangan: 'lainnya',
  obat: 'lainnya', jimpitan: 'lainnya', ronda: 'lainnya', kebersihan: 'lainnya',
  // Bali: the banjar's dues, a temple's ceremony ("odalan", "upacara"), a donation ("punia").
  banjar: 'lainnya', odalan: 'lainnya', upacara: 'lainnya', punia: 'lainnya',
  karyawan: 'gaji', pegawai: 'gaji', kuli: 'gaji', pelayan: 'gaji',
  sapu: 'lainnya', lakban: 'lainnya', nota: 'lainnya', struk: 'lainnya', bolpen: 'lainnya', pulpen: 'lainnya',
  lampu: 'lainnya', bohlam: 'lainnya', gembok: 'lainnya', cat: 'lainnya', etalase: 'lainnya', timbangan: 'lainnya',
  // The shop's equipment (owner try: "beli freezer bekas 1.250.000" asked its selling price).
  freezer: 'lainnya', kulkas: 'lainnya', showcase: 'lainnya', terpal: 'lainnya', tenda: 'lainnya', kompor: 'lainnya',
  blender: 'lainnya', dispenser: 'lainnya', kipas: 'lainnya', gerobak: 'lainnya', meja: 'lainnya', kursi: 'lainnya',
  // Money given back to a customer (city try: "refund ke customer 7rb" was a sale of a product "Refund").
  refund: 'lainnya', refun: 'lainnya',
});
/** Shop bags, also a unit of goods sold in one ("es batu 2 plastik"). */
export const packagingWords = set('plastik kresek kantong kantung');
/** Expense words that name goods the shop uses (they become items); the rest are bills and services. */
export const expenseGoods = set(`token bensin gas elpiji lpg pulsa kuota plastik kresek kantong kantung solar pertalite pertamax
  sapu lakban nota struk bolpen pulpen lampu bohlam gembok cat etalase timbangan galon
  freezer kulkas showcase terpal tenda kompor blender dispenser kipas gerobak meja kursi`);
/** Work done on something ("servis kulkas", "benerin etalase"): a service, not the goods it names. */
export const serviceWords = set('servis service perbaikan benerin ndandani dandani ngalereskeun reparasi');
/** Expense words that are also stock a warung sells: an expense only with "isi", a purpose or no other verb. */
export const weakExpenseWords = set('gas elpiji lpg pulsa kuota air bensin solar pertalite pertamax oli');
/** Fuel is the shop's own use when merely bought ("beli bensin"); stock only when bought as stock ("kulakan bensin"). */
export const fuelWords = set('bensin solar pertalite pertamax');
/** Buying verbs that mean stock for the shop. */
export const stockBuyWords = set('kulakan kulak ngulak restock restok nyetok borong');

/** Words that precede a purpose phrase ("buat masak", "untuk hp warung") that is not part of a name. */
export const purposeWords = set('buat untuk utk kanggo kangge nggo keur bwt');
/** Purposes that make goods stock to sell on ("buat dijual lagi"). */
export const resaleWords = set('dijual jual jualan dagang dagangan didol diecer eceran stok stock');
/** Purposes that make goods the shop's own use (an expense), not stock. */
// Snacks and meals for the people working at the shop ("buat karyawan", "buat tukang") are spent, not stock.
export const ownUseWords = set('masak goreng ngegoreng menggoreng dapur warung hp motor mobil sendiri dhewe dewe dhewek dewek nyalira piyambak sorangan pribadi rumah makan minum mandi operasional kantor keluarga anak karyawan pegawai tukang pekerja kuli tamu omah umah imah griya');

/** Numbers that are part of a product's name after these words (cigarette packs: "surya 16", "djarum 76"). */
export const nameNumbers: Record<string, readonly number[]> = table({
  surya: [12, 16], gg: [12, 16], garam: [12, 16], filter: [12, 16], mild: [12, 16], djarum: [12, 16, 76],
  soe: [12, 16, 234], magnum: [12, 16], sampoerna: [12, 16], esse: [12, 16, 20], signature: [12, 16],
  class: [12, 16], marlboro: [20], super: [12, 16], kretek: [12, 16], samsu: [12, 16, 234], '76': [12, 16],
  // Tea bags per box ("teh celup sariwangi 25").
  sariwangi: [25, 50],
});

/** Words that are part of a product after these nouns, though they are cue words elsewhere ("roti tawar"). */
export const productAdjectives: Record<string, ReadonlySet<string>> = table({
  tawar: set('roti teh es air kopi susu'),
  kosong: set('teh es kopi'),
  abang: set('lombok cabe cabai bawang brambang'),
  isi: set('tahu roti'),
  sobek: set('roti'),
});
/** Brand names holding number or cue words: first word → the words after it. */
export const brandPhrases: Record<string, readonly string[]> = table({
  dua: ['kelinci'], kaki: ['tiga'], tiga: ['roda'], sari: ['roti'], bon: ['cabe'], tolak: ['angin'], jarum: ['super'],
  kapal: ['api'], cap: ['kaki', 'tiga'], sumber: ['ayu'], sedap: ['malam'], mama: ['lemon'],
});

/**
 * "laku indomie 3 terus aqua 2, trus bu sri ngutang gula sekilo": goods counted, then after a break a person taking
 * other goods on credit. Two entries (a cash sale and a credit one) that one frame cannot hold: the whole sale was
 * booked on Bu Sri's bon. Goods said after the credit word make the second clause an entry of its own.
 * Voice try: counts said as words ("lima bungkus") and "ada" ("there was") before the name count too.
 */
const clauseBreak = String.raw`(?:[,;]|\.(?!\d)|\b(?:terus|trus|lalu|abis itu|habis itu|sama|karo|jeung|tambah)\b)`;
const thereWas = String.raw`(?:(?:ada|ana|ono|aya)\s+)?`;
const creditClause = String.raw`(?:${[...honorifics].join('|')})\s+\p{L}+\s+(?:juga\s+|uga\s+)?(?:ngutang|ngebon|utang|hutang|kasbon|nganjuk|ngampil|ngabon)\s+\p{L}`;
export const laterCreditClause = new RegExp(String.raw`(?:\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|setengah|seperempat|sebungkus|sekilo|sebiji)\b).*?${clauseBreak}\s*${thereWas}${creditClause}`, 'iu');
/** Such a message cut where the credit clause starts: [1] the cash part, [2] the credit part (router/two-entries.ts). */
export const cashThenCreditCut = new RegExp(String.raw`^(.*\S)\s*${clauseBreak}\s*${thereWas}(${creditClause}.*)$`, 'isu');

/**
 * "beli telur 1 rak 50rb, bayar listrik 100rb", "laku kopi 3 sachet 6rb. kulakan gula 5 kg 85rb": two entries of
 * different kinds, each led by its own verb. One frame cannot hold both (the eggs were booked as Rp150.000 of
 * electricity, the sugar bought as sugar sold). [1] the first entry, [2] the second (router/two-entries.ts decides
 * whether they are entries of different kinds).
 */
const entryLead = String.raw`(?:laku|jual|terjual|kejual|payu|dodol|bejual|bajual|manjua|beli|kulakan|kulak|ngulak|belanja|blanja|tuku|nukar|tukar|nyetok|restock|restok|bayar|byr|isi)`;
// "bu sri ngutang 25rb, pak darto bayar utang 10rb": each entry led by its own person and a debt verb.
// "inang sitorus beli telor …" in a voice note: a customer's purchase is led by the person too (Medan try).
const personLead = String.raw`(?:${[...honorifics].join('|')})\s+\p{L}+\s+(?:juga\s+)?(?:ngutang|ngebon|utang|hutang|kasbon|bahutang|bayar|nyicil|nyaur|lunasin|lunas|beli|ambil|ngambil)`;
const anyLead = String.raw`(?:${entryLead}|${personLead})`;
export const twoKindsCut = new RegExp(String.raw`^((?:(?:tadi|td|barusan|pagi|siang|sore|malam)\s+)*${anyLead}\b.*?\S)\s*(?:[,.;]|\b(?:terus|trus|trs|lalu|abis itu|habis itu|sama|karo)\b)\s*(?:(?:terus|trus|trs|lalu|juga|sama|dan|terus juga)\s+)?(${anyLead}\b.*)$`, 'isu');
/**
 * A voice note's run-on of several entries ("laku indomie lima bungkus terus telur setengah kilo terus ada pak rt ngutang
 * rokok … terus aku beli gas dua tabung …"): the places where a new entry starts, a break then its verb or person
 * (after "ada", "aku", "saya"). Goods after a break with no verb ("terus telur setengah kilo") stay with the entry before.
 */
// "… terus siangnya saya kulakan ke koh hendra …": a time of day may open the part before its verb (a voice note's
// purchase was merged into the sale before it).
/** The owner speaking: "aku", "saya", Medan "awak", Banjar "ulun", Ambon "beta", Minang "ambo", Betawi "aye". */
export const selfWord = '(?:aku|saya|sy|gw|gue|gua|kula|abdi|awak|ulun|beta|ambo|aye|ane|kami|kita)';
export const partTime = String.raw`(?:(?:tadi|td|pagi|siang|sore|malam|paginya|siangnya|sorenya|malamnya|terus)\s+)*`;
export const entryBreak = new RegExp(String.raw`\s*(?:[,.;]|\b(?:terus|trus|trs|lalu|abis itu|habis itu|terus juga|sama)\b)\s*(?:(?:terus|trus|lalu|juga|dan|ada|ana|ono|aya)\s+)?(?=${partTime}(?:${selfWord}\s+)?${anyLead}\b)`, 'giu');
/** What a voice note says before and after its entries ("jadi gini tadi pagi itu", "oke catat ya", "udah itu aja"). */
export const voicePreamble = /^(?:(?:jadi|jd)\s+(?:gini|gene|kieu|begini)|oke|ok|okay|catat|catet|tolong|ya|yo|nah|hari ini|tadi|pagi|siang|sore|itu|kak|min)(?:[\s,.]+|$)/i;
export const voiceClosing = /[\s,.]*(?:(?:udah|udh|sudah|wis|wes|geus|dah)\s+)?(?:itu|gitu|segitu|iku|kitu)(?:\s+(?:aja|saja|wae|dulu|ya|kak|dl))*[\s.!]*$/i;
/** A part of such a message led by its person ("pak darto bayar utang 10rb"). */
export const personLed = new RegExp(String.raw`^${personLead}\b`, 'iu');
/** Verbs that say goods were bought as stock whoever reads them ("beli" after a sale may be the customer's). */
export const stockBuyLead = new RegExp(String.raw`^${partTime}(?:kulakan|kulak|ngulak|belanja|blanja|nyetok|restock|restok)\b`, 'i');

/**
 * A count or a price said to move by an amount ("stok telor naik 5 kg", "harga telor naik 2rb", jv "mundhak",
 * "mudhun"), unless the new figure is stated ("naik jadi 32rb"). Read by the parser (stock) and the router (price).
 */
export const movesUp = /\b(naik|naek|naikin|naikkan|naikan|dinaikin|dinaikkan|munggah|mundhak|naikke|naekeun|nambah)\b/i;
export const movesDown = /\b(turun|turunin|turunkan|diturunin|diturunkan|mudhun|mudun|mudhunke|nurunkeun|lungsur|keluar|kaluar|metu|berkurang|dikurangi|ngurangi|kurangi)\b/i;
export const movedTo = /\b(jadi|jd|menjadi|dadi|dados|janten|ke)\b/i;

/**
 * "stok", "cek stok", "stok semua", "daftar produk", "list barang", "daftar harga": the whole catalogue with its stock
 * asked, no goods named (helpers' tries got "belum paham"; "cek stok" listed only what runs low).
 */
export const wholeStockAsk = new RegExp(String.raw`^(?:(?:cek|cekin|check|lihat|liat|minta|tolong)\s+)*(?:(?:stok|stock|setok|stoke|stoknya)(?:\s+(?:semua|semuanya|smua|lengkap|all|kabeh|kabehe|sadayana|barang|produk|toko|warung|sekarang|skrg))*|(?:daftar|list|lis|semua|kabeh|sadayana)\s+(?:produk|barang|harga|stok|katalog|dagangan)(?:\s+(?:semua|semuanya|lengkap))?|produk|katalog)(?:\s+(?:dong|ya|yah|kak|min|bos|gan|mas|mbak))*\s*[?!.]*$`);
