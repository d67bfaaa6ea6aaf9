import { describe, expect, it } from 'vitest';
import { cueTypo } from './cues.ts';
import { parse } from './index.ts';

const now = new Date('2026-11-21T10:00:00+07:00');

// Own messages per intent, in the many ways owners write them (FRAME.md "Intents").
const byIntent: Record<string, string[]> = {
  sale: [
    'laku beras 5 kg 70rb lunas', 'indomie dibeli bu sri 2 bks 7rb', 'laku gula 1 kg Rp. 18.000', 'pak joko ambil gas 1 tabung bayar nanti', 'teh euis nyandak beras 2 kg 30 rebu', 'indomie 5 x 3500', 'tadi laku aqua 3 btl 15rb', 'jual mie goreng 2 porsi @12rb', 'laku kopi susu 5 gelas 25 ribu cash',
    'bu ani beli gula 2 kg 36rb', 'pak joko ngutang beras 5 kilo 70rb', 'laku 3 indomie goreng 10.500',
    // Owner try (jv): "the one who bought" is a customer, not the shop buying.
    'sing tuku aqua gelas sedus mbak yu ngebon', 'wingi sing tuku beras 5 kilo 70 ewu',
    // Owner try (jv/su): paid "next week" is a promise, so goods on credit, not a debt payment.
    'pak joko utang rokok 1 slop, bayar minggu ngarep', 'ceu imas nganjuk beas 5 kilo, mayar minggu payun',
    'barusan ada yg borong indomie goreng 1 dus sama telor 2 kilo, total 150rb', 'ono sing pesen sego kucing 10 bungkus 20 ewu',
    'ojek online ambil pesenan nasi goreng 2 porsi 30rb via gofood', 'ada pesanan nasi goreng 2 porsi 30rb', 'driver grab ambil es teh 3 gelas 15rb',
    'indomie 2 teh botol 1 total 9rb', 'dua bungkus rokok 40 ribu', 'bu sri ambil minyak 1 liter, belum bayar',
    'kemarin laku gas 3kg 2 tabung 44rb', 'kmrn payu endog 1 kilo 28rb', 'senin lalu laku telur 5 kg 140rb',
    'jual telur setengah kilo 14 ribu', 'laku es jeruk 3 gelas 15rb sama es teh 2 gelas 8rb',
    'laku kopi tiga gelas dua belas ribu', 'payu gula rong kilo telung puluh enem ewu', 'adol endog sekilo selawe ewu',
    'ngical gula sakilo dalapan welas rebu', 'dodol endog sekilo 28rb', 'customer bayar pake qris 45rb buat rokok sampoerna mild 1 bungkus', 'pelanggan bayar qris 20rb indomie 5 bks', 'tadi dodol beras 2 kilo 26rb', 'jual indomi goreng 5bks 17rb', 'laku aqwa 2 botl 10rb',
    'laku indomie 5 @3.5rb', 'laku es teh 10 gelas @goceng', 'jual gula 1kg 18k', 'laku beras 5 kg 70rb tf bca',
    'bu yanti bon rokok 1 bks 28rb', 'ceu imas ngahutang beras 3 kilo 45 rebu', 'Penjualan: Kopi Susu 3 gelas @ Rp5.000',
    'tadi ada yang beli indomie lima bungkus sama telur dua butir semuanya dua puluh ribu', 'kopi 2 gelas 10rb',
    'mie ayam 3 porsi 45rb', 'gorengan 10 biji 10rb', 'Terjual: Beras 5 kg Rp70.000', 'laris manis tahu 20 biji 20rb',
    'catat jual gula pasir 1/4 kg 4500', 'laku sabun 2 pcs 10rb, sampo 5 saset 5rb',
  ],
  purchase: [
    'kulakn gula 10 kg 170rb', 'kulakna telur 2 rak 110rb', 'barang masuk aqua 5 dus 200rb', 'mas anto nganter gula 2 karung 1,6jt', 'kulakan indomie 3 dus 345rb dari agen', 'beli telur 2 rak @55rb ke koh ahong', 'belanja minyak goreng 12 liter 200rb',
    'Pembelian: Gula Pasir 50 kg @ Rp16.500', 'kulakan gula sepuluh kilo seratus tujuh puluh ribu',
    'tuku beras rong karung sejuta telung atus', 'meuli minyak dua liter tilu puluh genep rebu',
    'tanggal 3 kulakan kopi 10 renteng 150rb', 'tgl 25 beli beras 2 karung 1.3 juta', 'beli 2 karung beras 1.300.000',
    'kulakan aqua 5 dus ngutang ke toko jaya', 'restock rokok surya 16 2 slop 690rb', 'borong telur 10 rak 550rb',
    'beli gas melon 20 tabung @18rb', 'nyetok mie sedaap 4 dus 440rb',
  ],
  expense: [
    'beli sapu 25rb', 'bayar karyawan 500rb', 'bayar listrik 200rb', 'bayar air 50rb', 'bayar gaji mas anto 1,2jt', 'sesuk bayar kontrakan 2jt', 'bayar bensin 20rb',
    'isi bensin motor 30rb', 'beli gas 1 tabung buat masak 22rb', 'beli kresek 1 pak 10rb', 'bayar sewa kios 500rb bulan ini',
    'bayar tukang 150rb', 'bayar iuran kebersihan 10rb', 'beli token 100rb', 'gaji karyawan 1jt', 'Pengeluaran: Listrik Rp250.000',
    'ongkir 15rb', 'parkir 2rb', 'isi pulsa hp 25rb', 'bayar wifi 300rb', 'servis motor 85rb', 'bayar pajak 100rb',
    // Owner try: snacks for the people working there asked the selling price of a new product.
    'jajan gorengan buat karyawan 15rb', 'beli gorengan buat karyawan 15rb', 'beli kopi buat tukang 20rb',
    'naik ojek online ambil barang di agen 20rb',
  ],
  debt_add: [
    'bu sri ngutan 20rb', 'ngutang ke bank 1jt', 'bu rina ngutang 50rb', 'utang ke toko sinar 500rb', 'kasbon pak dodi 200rb buat berobat', 'mbak sari pinjem duit 100rb', 'mang ujang nambut heula 50rb, engke dibayar minggu hareup', 'pak harjo nyelang duit 100rb', 'mbakyu ngutang 20rb',
    'aku ngutang ke koh liong 1jt', 'Hutang: Pak Darto Rp75.000', 'lik parmi ngutang 25 ewu', 'catet bon mas eko 30rb',
  ],
  debt_pay: [
    'pak rt bayar utang 30rb', 'cicil utang ke ud maju 200rb tf', 'lunas utang bu sri', 'Pembayaran piutang Bu Sri Rp50.000 (tunai)',
    'mang asep mayar hutang 20 rebu', 'kang dedi nyicil 50 rebu', 'yu darmi nyaur utang 30 ewu', 'bu ani udah lunas',
    'pak budi balikin duit 100rb', 'bayar bon ke toko makmur 400rb', 'lunasin kasbon mbak rini 100rb',
  ],
  stock_check: [
    // Owner try (jv ngapak "ana pira": how many are there).
    'rokok surya 12 ana pira',
    'indomie ready ga?', 'ada gula ga?', 'cek gas', 'isih ono gula ora', 'aya keneh endog teu', 'stok indomie berapa?', 'sisa gula berapa kg', 'beras masih ada?', 'aqua 600ml stoknya berapa', 'minyak goreng masih ada ga',
    'telur masih berapa kg', 'cek stok beras dong', 'berapa stok gula?', 'rokok surya kari piro', 'endog isih ono ora',
    'sabun masih ada gak', 'gas tinggal berapa tabung', 'stok beras', 'stok indomie goreng', 'stock minyak goreng',
  ],
  // Owner try: goods gone without a sale were not understood.
  stock_out: [
    'telor pecah 3 butir, buang', 'roti basi 2 bungkus dibuang', 'indomie rusak 1 dus', 'susu kadaluarsa 4 kotak', 'endog peupeus 5',
    'beras 2 kg hilang', 'gula tumpah sekilo',
  ],
  stock_in: [
    'stok masuk aqua 5 dus', 'tambah stok aqua 5 dus', 'koh acong kirim beras 5 karung', 'ud sumber rejeki nganter gula 2 sak', 'indomie masuk 5 dus',
    'barang dateng: gula 20 kg, beras 2 karung', 'terima kiriman telur 5 rak', 'stok masuk minyak 2 dus',
  ],
  stock_set: [
    // Owner try: the goods, "there are", a count.
    'indomie goreng ono 24 bungkus', 'gula aya 3 kilo', 'indomie goreng ada 24 bungkus',
    'stok indomie 20 bks', 'stok minyak sekarang 10 liter', 'gula habis', 'rokok surya 16 tinggal 5 bungkus', 'stok telur tinggal 3 rak',
    'indomie goreng sisa 12', 'kopi kapal api habis', 'minyak tinggal 3 liter', 'endog kari 2 kilo', 'aqua abis',
    'opname: gula 5 kg, beras 20 kg', 'hitung stok indomie 40 bks', 'gas entek',
  ],
  price_set: [
    'jual indomie 3500 mulai sekarang', 'harga gula sekilo 18rb mulai hari ini', 'tak regani kopi 3 ewu segelas', 'harga aqua jadi 4rb', 'ganti harga rokok surya 16 jadi 35rb', 'harga telur naik jadi 30rb/kg', 'harga indomie 3500',
    'rega gula saiki 18 ewu', 'update harga kopi 5rb per gelas', 'set harga minyak 18.000/liter', 'harga beras turun 13rb sekilo',
  ],
  report: [
    'laporn hari ini', 'penjulan kemarin brp', 'indomie minggu ini terjual brp bks?', 'berapa yang kejual hari ini', 'laporan mingguan', 'untung kotor minggu ini', 'omset poe ieu sabaraha', 'hasil jualan kemarin berapa', 'laporan minggu ini', 'omzet kemarin berapa', 'untung bulan ini', 'laporan kemarin', 'rekap hari ini', 'omzet minggu kemarin',
    'bati sasi iki piro', 'untung minggu lalu berapa', 'laporan penjualan kemarin dong', 'rekap minggu lalu',
    'penjualan bulan ini berapa', 'pengeluaran minggu ini brp', 'kopi laku berapa gelas hari ini',
  ],
  negotiate: [
    'cariinn telur 10 kg max 27rb', 'tolong orderin gula 1 karung max 850rb', 'pesenin aqua 5 dus paling mahal 45rb sedus', 'carikeun beras 1 karung maks 700 rebu', 'golekno minyak 2 dus rego maksimal 190 ewu sedus', 'tolong tawarkan gula 20 kg budget 350rb', 'nego telur 10 kg 270rb', 'cariin minyak goreng 10 liter max 17rb per liter', 'tolong tawar gula 50 kg budget 800rb',
    'cariin supplier beras 5 karung max 700rb per karung', 'cariin telur 20 kg yang paling murah',
    'golekke gula 1 sak maksimal 800 ewu', 'tawar minyak 1 dus max 180rb', 'nego aqua 10 dus maks 45rb sedus',
  ],
  market_price: [
    'harga jual indomie di pasar brp?', 'rega beras neng pasar saiki piro', 'harga telur hari ini berapa di pasar induk', 'harga beras hari ini', 'harga cabe hari ini brp', 'harga bawang merah di pasar sekarang berapa', 'harga telur ayam di pasar brp hari ini',
    'harga cabe skrg berapa ya', 'rega brambang saiki piro', 'sabaraha harga endog ayeuna', 'harga pasaran gula berapa',
    'info harga beras dong',
  ],
  undo: ['sorry salah ketik', 'keliru, busak', 'batalin', 'hapus transaksi terakhir', 'salah, hapus', 'cancel yg tadi', 'batal yang barusan', 'undo'],
  help: ['ini bot apa', 'tolong ajarin', 'gimana caranya nyatet kulakan', 'bisa bantu apa aja?', 'gimana cara pakai bot ini', 'menu', 'help', 'fiturnya apa aja', 'cara catat utang gimana'],
  greeting: ['wilujeng enjing', 'assalamualaikum pak', 'punten', 'matur nuwun', 'selamat pagi', 'terima kasih kak', 'makasih banyak ya', 'siap', 'ok', 'halo', 'assalamualaikum', 'sip mantap', 'suwun'],
  unknown: ['listrik mati dari pagi', 'gas melon langka', 'hujan terus dari pagi', '123456', 'hahaha', 'ini nomor saya 081234567890', 'wkwkwk', 'lagi males', '🙂🙂', 'asdfgh'],
};

describe('typos of cue words', () => {
  it.each(['bayam', 'tomat', 'kangkung', 'sarden', 'kecap', 'pampers', 'pembalut', 'kentang', 'minyakita', 'pertalite'])(
    'leaves the product %s alone', (w) => {
      expect(cueTypo(w)).toBeNull();
    });
  it.each([['kulakn', 'kulakan'], ['ngutan', 'ngutang'], ['laporn', 'laporan'], ['penjulan', 'penjualan'], ['lunasinn', 'lunasin']])(
    '%s → %s', (w, cue) => {
      expect(cueTypo(w)).toBe(cue);
    });
});

describe('intent', () => {
  for (const [intent, texts] of Object.entries(byIntent)) {
    it.each(texts)(`${intent}: %s`, (text) => {
      expect(parse(text, { now }).intent).toBe(intent);
    });
  }
});
