import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';

// Messages written fresh for this file, in the way owners type and voice notes come out, each with the whole
// frame expected by FRAME.md and its conventions. None is in the corpus: they check that the rules generalise.
// Clock: Saturday 21 November 2026, 10:00 WIB.
const now = new Date('2026-11-21T10:00:00+07:00');

type Want = { amount?: number | null; cp?: string | null; direction?: string | null; category?: string | null;
  date?: string | null; period?: string | null; max?: number | null; payment?: string | null };
// [text, items "product|qty|unit|unit_price|total; ..." ("-" = null, "" = no items), rest of the frame].
type Case = [string, string, Want?];

const sale: Case[] = [
  ['laku indomie goreng 5 bks 17500', 'indomie goreng|5|bungkus|3500|17500'],
  ['tadi laku rokok sampoerna mild 2 bungkus 64rb', 'rokok sampoerna mild|2|bungkus|32000|64000'],
  ['jual telur 2 kg @28rb', 'telur|2|kg|28000|56000'],
  ['laku kopi kapal api 10 sachet 15.000an', 'kopi kapal api|10|bungkus|1500|15000'],
  ['jual beras 5 liter Rp 60.000,-', 'beras|5|liter|12000|60000'],
  ['laku es teh 1 gelas 3rb an', 'es teh|1|gelas|3000|3000'],
  ['payu rokok gudang garam 1 slop 230rb', 'rokok gudang garam|1|slop|230000|230000'],
  ['laku telor 1 rak 55rb', 'telor|1|rak|55000|55000'],
  ['laku telur 2 tray 110rb', 'telur|2|tray|55000|110000'],
  ['jual kangkung 3 ikat 6rb', 'kangkung|3|ikat|2000|6000'],
  ['laku shampo sunsilk 2 renteng 24rb', 'shampo sunsilk|2|renteng|12000|24000'],
  ['laku aqua 1 karton 48rb', 'aqua|1|dus|48000|48000'],
  ['laku gula setengah kilo 9rb', 'gula|0.5|kg|18000|9000'],
  ['laku gula 1/2 kg 9rb', 'gula|0.5|kg|18000|9000'],
  ['jual bawang merah seperempat kilo 10rb', 'bawang merah|0.25|kg|40000|10000'],
  ['laku minyak goreng dua liter tiga puluh empat ribu', 'minyak goreng|2|liter|17000|34000'],
  ['laku mie sedap lima bungkus lima belas ribu', 'mie sedap|5|bungkus|3000|15000'],
  ['tadi pagi laku indomie goreng tiga bungkus sepuluh ribu lima ratus', 'indomie goreng|3|bungkus|3500|10500'],
  ['bu sri ngebon beras 2 kg 30rb', 'beras|2|kg|15000|30000', { cp: 'bu sri', payment: 'credit' }],
  ['pak darto ambil rokok surya 16 sebungkus 30rb blm bayar', 'rokok surya 16|1|bungkus|30000|30000', { cp: 'pak darto', payment: 'credit' }],
  ['mbak yuli beli sabun 2 biji 8rb', 'sabun|2|pcs|4000|8000', { cp: 'mbak yuli' }],
  ['laku 2 telur 4rb', 'telur|2|-|2000|4000'],
  ['laku roti 3 buah @ 2.500', 'roti|3|pcs|2500|7500'],
  ['laku indomie 3 bks, telor 4 butir, kopi 2 sachet total 25rb', 'indomie|3|bungkus|-|-; telor|4|pcs|-|-; kopi|2|bungkus|-|-', { amount: 25000 }],
  ['jual gas 3kg 1 tabung 23rb qris', 'gas 3kg|1|tabung|23000|23000', { payment: 'qris' }],
  ['laku beras 10 kg 140rb transfer', 'beras|10|kg|14000|140000', { payment: 'transfer' }],
  ['kemarin laku pulsa 20rb', 'pulsa|-|-|-|20000', { date: '2026-11-20' }],
  ['senin kemarin laku minyak 5 liter 85rb', 'minyak|5|liter|17000|85000', { date: '2026-11-16' }],
  ['tgl 18 jual beras 3 karung 1.950.000', 'beras|3|karung|650000|1950000', { date: '2026-11-18' }],
  ['laku sabun cuci rinso 3 pcs 15rb 👍', 'sabun cuci rinso|3|pcs|5000|15000'],
  ['kopi 3 gelas 12rb', 'kopi|3|gelas|4000|12000'],
  ['es jeruk 2 gelas goceng', 'es jeruk|2|gelas|2500|5000'],
  ['laku permen 20 biji ceban', 'permen|20|pcs|500|10000'],
  ['laku gorengan sepuluh biji sepuluh ribu', 'gorengan|10|pcs|1000|10000'],
  ['laku rokok djarum super 2 bks @ 22rb cash', 'rokok djarum super|2|bungkus|22000|44000', { payment: 'cash' }],
  ['jual telur ayam sekilo 28rb', 'telur ayam|1|kg|28000|28000'],
  ['laku air galon 3 galon 18rb', 'air galon|3|galon|6000|18000'],
  ['mas budi ngutang rokok 1 bungkus 25rb', 'rokok|1|bungkus|25000|25000', { cp: 'mas budi', payment: 'credit' }],
  ['teh ani meuli beas 5 kilo 65 rebu', 'beas|5|kg|13000|65000', { cp: 'teh ani' }],
  ['kang ujang mundut roko 2 bungkus 50 rebu', 'roko|2|bungkus|25000|50000', { cp: 'kang ujang' }],
  ['laku indomie 5 bks 3.500 per bks', 'indomie|5|bungkus|3500|17500'],
  ['terjual minyak 2 liter masing2 17rb', 'minyak|2|liter|17000|34000'],
  ['laku beras 2 karung @650 rb', 'beras|2|karung|650000|1300000'],
  ['laku susu kental manis 3 kaleng 36rb', 'susu kental manis|3|kaleng|12000|36000'],
  ['jual tahu 10 biji 5 rb, tempe 2 papan 10 rb', 'tahu|10|pcs|500|5000; tempe|2|papan|5000|10000'],
  ['laku kopi hitam 2 gelas sama teh manis 1 gelas total 9rb', 'kopi hitam|2|gelas|-|-; teh manis|1|gelas|-|-', { amount: 9000 }],
  ['adol gulo rong kilo telung puluh papat ewu', 'gulo|2|kg|17000|34000'],
  ['ngical endog hiji kilo dua puluh dalapan rebu', 'endog|1|kg|28000|28000'],
  ['laku rokok 3 bungkus. 75rb', 'rokok|3|bungkus|25000|75000'],
  ['Penjualan hari ini: Gula 2 kg Rp36.000', 'gula|2|kg|18000|36000'],
  ['bon bu tini minyak 1 liter 18rb', 'minyak|1|liter|18000|18000', { cp: 'bu tini', payment: 'credit' }],
  ['laku gas elpiji 2 tabung 46rb', 'gas elpiji|2|tabung|23000|46000'],
  ['laku 1 lusin telor 24rb', 'telor|1|lusin|24000|24000'],
  ['laku aqua gelas 2 dus 50rb', 'aqua gelas|2|dus|25000|50000'],
  ['jual rokok ketengan 5 batang 7500', 'rokok ketengan|5|batang|1500|7500'],
  ['td ada yg beli indomie 2 bks 7rb', 'indomie|2|bungkus|3500|7000'],
  ['wingi payu kopi 5 gelas 20 ewu', 'kopi|5|gelas|4000|20000', { date: '2026-11-20' }],
  ['laku gula 2kg 36rb dibayar qris', 'gula|2|kg|18000|36000', { payment: 'qris' }],
  ['laku teh pucuk 3 btl @4rb', 'teh pucuk|3|botol|4000|12000'],
  ['laku bensin eceran 2 botol 24rb', 'bensin eceran|2|botol|12000|24000'],
  ['laku krupuk 5 bks @1000', 'krupuk|5|bungkus|1000|5000'],
  ['jual sosis 4 biji 2rb an', 'sosis|4|pcs|500|2000'],
  ['ibu ratna beli minyak 2 liter 36 rb bayar cash', 'minyak|2|liter|18000|36000', { cp: 'ibu ratna', payment: 'cash' }],
  ['laku indomie 10 bungkus harga 3500', 'indomie|10|bungkus|3500|35000'],
  ['laku royco 3 saset seribu satunya', 'royco|3|bungkus|1000|3000'],
  ['jual beras 25 kg sekilo 13rb', 'beras|25|kg|13000|325000'],
  ['laku teh gelas 1 dus 24 rebu tf', 'teh gelas|1|dus|24000|24000', { payment: 'transfer' }],
  ['laku gula aren 3 biji 15rb yg bayar pake qris', 'gula aren|3|pcs|5000|15000', { payment: 'qris' }],
];

const purchase: Case[] = [
  ['kulakan indomie goreng 2 dus 230rb', 'indomie goreng|2|dus|115000|230000'],
  ['kulak beras 2 karung 1,3jt di pasar', 'beras|2|karung|650000|1300000'],
  ['belanja ke agen telor 3 rak @52rb', 'telor|3|rak|52000|156000'],
  ['beli gula pasir 1 karung 50kg 850rb', 'gula pasir|1|karung|850000|850000'],
  ['beli minyak goreng 1 dus 12 liter 190rb', 'minyak goreng|1|dus|190000|190000'],
  ['kulakan rokok sampoerna 2 slop 620rb dr ud sumber rejeki', 'rokok sampoerna|2|slop|310000|620000', { cp: 'ud sumber rejeki' }],
  ['beli aqua 5 dus @ 42.000 ke toko makmur', 'aqua|5|dus|42000|210000', { cp: 'toko makmur' }],
  ['kulakan telur 1 peti 400rb ngutang ke koh ahong', 'telur|1|peti|400000|400000', { cp: 'koh ahong', payment: 'credit' }],
  ['kulakan gas 10 tabung 190rb belum bayar', 'gas|10|tabung|19000|190000', { payment: 'credit' }],
  ['tuku endog rong rak satus sepuluh ewu', 'endog|2|rak|55000|110000'],
  ['meuli beas sakarung genep ratus lima puluh rebu', 'beas|1|karung|650000|650000'],
  ['kulakan kopi kapal api 5 renteng 55rb', 'kopi kapal api|5|renteng|11000|55000'],
  ['belanja sayur ke pasar 150rb', 'sayur|-|-|-|150000'],
  ['restok mie sedaap 3 dus 330rb tf', 'mie sedaap|3|dus|110000|330000', { payment: 'transfer' }],
  ['kulakan tgl 15 beras 5 karung 3.250.000', 'beras|5|karung|650000|3250000', { date: '2026-11-15' }],
  ['kemarin kulakan gula 20 kg Rp340.000', 'gula|20|kg|17000|340000', { date: '2026-11-20' }],
  ['beli telor 2 tray @ 50rb dari pak haji mamat', 'telor|2|tray|50000|100000', { cp: 'pak haji mamat' }],
  ['kulakan susu bendera 2 karton 280rb', 'susu bendera|2|dus|140000|280000'],
  ['kulakan sabun lifebuoy 2 lusin 96rb', 'sabun lifebuoy|2|lusin|48000|96000'],
  ['belanja stok: gula 10 kg 170rb, minyak 6 liter 102rb', 'gula|10|kg|17000|170000; minyak|6|liter|17000|102000'],
  ['kulakan tahu 50 biji 25rb sama tempe 10 papan 40rb', 'tahu|50|pcs|500|25000; tempe|10|papan|4000|40000'],
  ['barang masuk teh botol 3 krat 210rb', 'teh botol|3|krat|70000|210000'],
  ['kulakan rokok 1 bal 1,2jt', 'rokok|1|bal|1200000|1200000'],
  ['beli kacang tanah 5 kg 125 ribu cash', 'kacang tanah|5|kg|25000|125000', { payment: 'cash' }],
  ['kulakan beras sepuluh kilo seratus empat puluh ribu', 'beras|10|kg|14000|140000'],
  ['kulakan telur dua rak seratus sepuluh ribu', 'telur|2|rak|55000|110000'],
  ['nyetok aqua 600ml 4 dus 180rb', 'aqua 600ml|4|dus|45000|180000'],
  ['order ke sales indomie 10 dus 1.150.000', 'indomie|10|dus|115000|1150000'],
  ['kulakan gas melon 15 tabung @ 19rb ke pangkalan', 'gas melon|15|tabung|19000|285000'],
  ['beli bawang merah 3 kilo 90 rebu di pasar', 'bawang merah|3|kg|30000|90000'],
  ['blanja minyak 2 jerigen 5 liter 340rb', 'minyak|2|jerigen|170000|340000'],
  ['kulakan kopi good day 10 renteng @ 11.500', 'kopi good day|10|renteng|11500|115000'],
  ['pembelian beras 1 karung Rp 650.000,-', 'beras|1|karung|650000|650000'],
  ['kulakan terigu segitiga 1 sak 25 kg 240rb', 'terigu segitiga|1|karung|240000|240000'],
  ['beli rokok surya 12 1 slop 250rb ke agen', 'rokok surya 12|1|slop|250000|250000'],
  ['kulakan snack chitato 2 pak 45rb dr cv maju jaya', 'snack chitato|2|bungkus|22500|45000', { cp: 'cv maju jaya' }],
];

const expense: Case[] = [
  ['bayar listrik 250rb', '', { amount: 250000, category: 'listrik' }],
  ['bayar pdam 85rb', '', { amount: 85000, category: 'air' }],
  ['beli token listrik 100rb', 'token listrik|-|-|-|100000', { amount: 100000, category: 'listrik' }],
  ['isi gas melon 1 tabung 22rb', 'gas melon|1|tabung|22000|22000', { amount: 22000, category: 'gas' }],
  ['gaji mbak rini 600rb', '', { amount: 600000, category: 'gaji', cp: 'mbak rini' }],
  ['bayar gaji karyawan 1,5jt', '', { amount: 1500000, category: 'gaji' }],
  ['bayar sewa kios 750rb', '', { amount: 750000, category: 'sewa' }],
  ['bayar kontrakan 1.2jt', '', { amount: 1200000, category: 'sewa' }],
  ['bensin 20rb', 'bensin|-|-|-|20000', { amount: 20000, category: 'transport' }],
  ['isi bensin 25 ribu', 'bensin|-|-|-|25000', { amount: 25000, category: 'transport' }],
  ['ongkos ojek 15rb', '', { amount: 15000, category: 'transport' }],
  ['parkir 2rb', '', { amount: 2000, category: 'transport' }],
  ['beli pulsa buat hp 50rb', 'pulsa|-|-|-|50000', { amount: 50000, category: 'pulsa' }],
  ['bayar wifi indihome 350rb', '', { amount: 350000, category: 'pulsa' }],
  ['beli kresek 2 pak 15rb', 'kresek|2|bungkus|7500|15000', { amount: 15000, category: 'plastik' }],
  ['iuran rt 20rb', '', { amount: 20000, category: 'lainnya' }],
  ['bayar iuran sampah 15rb', '', { amount: 15000, category: 'lainnya' }],
  ['bayar keamanan 25rb', '', { amount: 25000, category: 'lainnya' }],
  ['servis kulkas 150rb', '', { amount: 150000, category: 'lainnya' }],
  ['beli lampu 35rb', 'lampu|-|-|-|35000', { amount: 35000, category: 'lainnya' }],
  ['bayar tukang benerin atap 200rb', '', { amount: 200000, category: 'lainnya' }],
  ['kasih upah kuli angkut 50rb', '', { amount: 50000, category: 'gaji' }],
  ['sumbangan masjid 50rb', '', { amount: 50000, category: 'lainnya' }],
  ['bayar listrik pake tf 300rb', '', { amount: 300000, category: 'listrik', payment: 'transfer' }],
  ['kemarin bayar air 60rb', '', { amount: 60000, category: 'air', date: '2026-11-20' }],
  ['tadi isi pulsa 25rb', 'pulsa|-|-|-|25000', { amount: 25000, category: 'pulsa' }],
  ['Pengeluaran: Gaji Mas Anto Rp1.000.000', '', { amount: 1000000, category: 'gaji', cp: 'mas anto' }],
  ['ongkir kiriman barang 20rb', '', { amount: 20000, category: 'transport' }],
  ['bayar ojol 12rb', '', { amount: 12000, category: 'transport' }],
  ['bayar listrik sama air 400rb', '', { amount: 400000, category: 'listrik' }],
  ['bayar zakat 250rb', '', { amount: 250000, category: 'lainnya' }],
  ['bayar angkot ke pasar 10rb', '', { amount: 10000, category: 'transport' }],
  ['isi token 50rb', 'token|-|-|-|50000', { amount: 50000, category: 'listrik' }],
  ['gajian mas joko 500rb', '', { amount: 500000, category: 'gaji', cp: 'mas joko' }],
  ['beli bensin buat motor 30rb', 'bensin|-|-|-|30000', { amount: 30000, category: 'transport' }],
  ['bayar sewa tempat 1jt', '', { amount: 1000000, category: 'sewa' }],
  ['bayar listrik dua ratus lima puluh ribu', '', { amount: 250000, category: 'listrik' }],
  ['mbayar listrik 175 ewu', '', { amount: 175000, category: 'listrik' }],
  ['bayar pln 215.000', '', { amount: 215000, category: 'listrik' }],
  ['beli elpiji buat masak 23rb', 'elpiji|-|-|-|23000', { amount: 23000, category: 'gas' }],
];

const credit = { payment: 'credit' };
const debtAdd: Case[] = [
  ['bu ida ngutang 30rb', '', { amount: 30000, cp: 'bu ida', direction: 'receivable', ...credit }],
  ['pak rahmat kasbon 100rb', '', { amount: 100000, cp: 'pak rahmat', direction: 'receivable', ...credit }],
  ['kasbon mas dodi 150rb', '', { amount: 150000, cp: 'mas dodi', direction: 'receivable', ...credit }],
  ['ngutang ke ud makmur 2jt', '', { amount: 2000000, cp: 'ud makmur', direction: 'payable', ...credit }],
  ['saya pinjam uang ke koperasi 5jt', '', { amount: 5000000, direction: 'payable', ...credit }],
  ['bang jali minjem duit 50rb', '', { amount: 50000, cp: 'bang jali', direction: 'receivable', ...credit }],
  ['hutang ke toko sinar 750rb jatuh tempo tgl 5', '', { amount: 750000, cp: 'toko sinar', direction: 'payable', date: '2026-12-05', ...credit }],
  ['ceu entin ngahutang 40 rebu', '', { amount: 40000, cp: 'ceu entin', direction: 'receivable', ...credit }],
  ['mbak tini utang 25rb', '', { amount: 25000, cp: 'mbak tini', direction: 'receivable', ...credit }],
  ['catat hutang bu rt 50rb', '', { amount: 50000, cp: 'bu rt', direction: 'receivable', ...credit }],
  ['pak kades pinjem 500rb bayar akhir bulan', '', { amount: 500000, cp: 'pak kades', direction: 'receivable', date: '2026-11-30', ...credit }],
  ['utang dulu ke koh acong 1 juta', '', { amount: 1000000, cp: 'koh acong', direction: 'payable', ...credit }],
  ['om roni ngebon 20rb', '', { amount: 20000, cp: 'om roni', direction: 'receivable', ...credit }],
  ['mak ijah ngutang goceng', '', { amount: 5000, cp: 'mak ijah', direction: 'receivable', ...credit }],
  ['bu haji romlah ngutang 100 ribu', '', { amount: 100000, cp: 'bu haji romlah', direction: 'receivable', ...credit }],
  ['yu sarni utang selawe ewu', '', { amount: 25000, cp: 'yu sarni', direction: 'receivable', ...credit }],
  ['aku utang ke mas yanto 300rb', '', { amount: 300000, cp: 'mas yanto', direction: 'payable', ...credit }],
  ['kasbon karyawan 200rb', '', { amount: 200000, direction: 'receivable', ...credit }],
  ['bi inah nginjeum 50rb', '', { amount: 50000, cp: 'bi inah', direction: 'receivable', ...credit }],
  ['pak ahmad nyilih duit 100 ewu', '', { amount: 100000, cp: 'pak ahmad', direction: 'receivable', ...credit }],
  ['bu sri utang dua puluh ribu', '', { amount: 20000, cp: 'bu sri', direction: 'receivable', ...credit }],
  ['utang bu sri nambah 15rb', '', { amount: 15000, cp: 'bu sri', direction: 'receivable', ...credit }],
  ['pak rt ngutang 100rb bayar besok', '', { amount: 100000, cp: 'pak rt', direction: 'receivable', date: '2026-11-22', ...credit }],
];

const debtPay: Case[] = [
  ['bu ida bayar utang 30rb', '', { amount: 30000, cp: 'bu ida', direction: 'receivable' }],
  ['pak rahmat nyicil kasbon 50rb', '', { amount: 50000, cp: 'pak rahmat', direction: 'receivable' }],
  ['bayar utang ke ud makmur 1jt', '', { amount: 1000000, cp: 'ud makmur', direction: 'payable' }],
  ['lunasin hutang ke koh acong 1 juta tf bca', '', { amount: 1000000, cp: 'koh acong', direction: 'payable', payment: 'transfer' }],
  ['mas dodi udah bayar hutangnya 150rb', '', { amount: 150000, cp: 'mas dodi', direction: 'receivable' }],
  ['ceu entin mayar utang 40 rebu', '', { amount: 40000, cp: 'ceu entin', direction: 'receivable' }],
  ['cicil utang ke toko sinar 250rb', '', { amount: 250000, cp: 'toko sinar', direction: 'payable' }],
  ['mbak tini lunas', '', { cp: 'mbak tini', direction: 'receivable' }],
  ['pak kades balikin pinjeman 500rb', '', { amount: 500000, cp: 'pak kades', direction: 'receivable' }],
  ['bang jali bayar bon 20rb cash', '', { amount: 20000, cp: 'bang jali', direction: 'receivable', payment: 'cash' }],
  ['nyaur utang nang toko makmur 500 ewu', '', { amount: 500000, cp: 'toko makmur', direction: 'payable' }],
  ['bu rt nyicil 25rb', '', { amount: 25000, cp: 'bu rt', direction: 'receivable' }],
  ['saya bayar utang ke pak haji 200rb', '', { amount: 200000, cp: 'pak haji', direction: 'payable' }],
  ['om roni lunasin bon 20rb qris', '', { amount: 20000, cp: 'om roni', direction: 'receivable', payment: 'qris' }],
  ['terima pelunasan dari bu tuti 75rb', '', { amount: 75000, cp: 'bu tuti', direction: 'receivable' }],
  ['hutang ke agen udah dibayar 800rb', '', { amount: 800000, direction: 'payable' }],
  ['bu yati bayar utang goban', '', { amount: 50000, cp: 'bu yati', direction: 'receivable' }],
  ['mang ujang mayar hutang sapuluh rebu', '', { amount: 10000, cp: 'mang ujang', direction: 'receivable' }],
  ['kang asep ngelunasi utang 60rb', '', { amount: 60000, cp: 'kang asep', direction: 'receivable' }],
  ['bu sri nyicil utang 10rb lewat transfer', '', { amount: 10000, cp: 'bu sri', direction: 'receivable', payment: 'transfer' }],
];

const stockCheck: Case[] = [
  ['stok gula brp', 'gula|-|-|-|-'],
  ['indomie masih ada gak', 'indomie|-|-|-|-'],
  ['beras tinggal berapa karung', 'beras|-|karung|-|-'],
  ['cek stok minyak goreng', 'minyak goreng|-|-|-|-'],
  ['aqua msh ada?', 'aqua|-|-|-|-'],
  ['rokok surya sisa brp', 'rokok surya|-|-|-|-'],
  ['stok telur', 'telur|-|-|-|-'],
  ['gas elpiji masih ada ga ya', 'gas elpiji|-|-|-|-'],
  ['kopi kapal api tinggal piro', 'kopi kapal api|-|-|-|-'],
  ['endog aya keneh teu', 'endog|-|-|-|-'],
  ['gula pasir stoknya berapa', 'gula pasir|-|-|-|-'],
  ['cek stok', ''],
  ['sabun lifebuoy ready?', 'sabun lifebuoy|-|-|-|-'],
  ['tepung terigu masih brp kg', 'tepung terigu|-|kg|-|-'],
  ['liat stok beras dong', 'beras|-|-|-|-'],
  ['sisa minyak brp liter ya', 'minyak|-|liter|-|-'],
  ['ada rokok sampoerna mild gak', 'rokok sampoerna mild|-|-|-|-'],
  ['telor sisa berapa rak', 'telor|-|rak|-|-'],
  ['stok indomie goreng masih banyak?', 'indomie goreng|-|-|-|-'],
  ['stok susu ultra', 'susu ultra|-|-|-|-'],
  ['masih ada telur ga', 'telur|-|-|-|-'],
];

const stockIn: Case[] = [
  ['barang masuk indomie 3 dus', 'indomie|3|dus|-|-'],
  ['aqua dateng 10 dus', 'aqua|10|dus|-|-'],
  ['tambah stok beras 2 karung', 'beras|2|karung|-|-'],
  ['kiriman dari ud sinar jaya gula 5 sak', 'gula|5|karung|-|-', { cp: 'ud sinar jaya' }],
  ['telur masuk 5 rak', 'telur|5|rak|-|-'],
  ['terima kiriman rokok surya 16 3 slop', 'rokok surya 16|3|slop|-|-'],
  ['stok masuk: minyak 2 dus, gula 10 kg', 'minyak|2|dus|-|-; gula|10|kg|-|-'],
  ['koh ahong nganter beras 4 karung', 'beras|4|karung|-|-', { cp: 'koh ahong' }],
  ['sales indomie udah nganter 5 dus', 'indomie|5|dus|-|-'],
  ['nambah stok telor 3 tray', 'telor|3|tray|-|-'],
  ['gas dateng 20 tabung', 'gas|20|tabung|-|-'],
  ['barang dtg kopi 10 renteng', 'kopi|10|renteng|-|-'],
  ['masuk gula pasir 1 karung', 'gula pasir|1|karung|-|-'],
  ['pak slamet ngirim tahu 100 biji', 'tahu|100|pcs|-|-', { cp: 'pak slamet' }],
  ['datang susu ultra 2 karton', 'susu ultra|2|dus|-|-'],
  ['tambah aqua gelas 5 dus', 'aqua gelas|5|dus|-|-'],
  ['barang masuk sabun 1 lusin sama sampo 2 renteng', 'sabun|1|lusin|-|-; sampo|2|renteng|-|-'],
  ['nampi beas 3 karung', 'beas|3|karung|-|-'],
];

const stockSet: Case[] = [
  ['stok gula sekarang 8 kg', 'gula|8|kg|-|-'],
  ['sisa indomie 15 bks', 'indomie|15|bungkus|-|-'],
  ['beras tinggal 2 karung', 'beras|2|karung|-|-'],
  ['minyak goreng abis', 'minyak goreng|0|-|-|-'],
  ['telor habis', 'telor|0|-|-|-'],
  ['aqua tinggal 3 dus', 'aqua|3|dus|-|-'],
  ['stok opname rokok surya 12 bungkus', 'rokok surya|12|bungkus|-|-'],
  ['gas entek', 'gas|0|-|-|-'],
  ['kopi sachet kari 10', 'kopi sachet|10|-|-|-'],
  ['hitung stok: gula 5 kg, beras 30 kg, minyak 12 liter', 'gula|5|kg|-|-; beras|30|kg|-|-; minyak|12|liter|-|-'],
  ['endog seep', 'endog|0|-|-|-'],
  ['stok telur skrg 4 rak', 'telur|4|rak|-|-'],
  ['sabun rinso tinggal 6 bungkus', 'sabun rinso|6|bungkus|-|-'],
  ['tepung sisa setengah karung', 'tepung|0.5|karung|-|-'],
  ['rokok magnum udah abis', 'rokok magnum|0|-|-|-'],
  ['stok gas 3kg sekarang 5 tabung', 'gas 3kg|5|tabung|-|-'],
  ['gula tinggal sekilo', 'gula|1|kg|-|-'],
  ['susu kaleng sisane 7', 'susu kaleng|7|-|-|-'],
  ['indomie soto habis total', 'indomie soto|0|-|-|-'],
];

const priceSet: Case[] = [
  ['harga indomie goreng jadi 3.500', 'indomie goreng|-|-|3500|-'],
  ['ganti harga aqua 600ml 4rb', 'aqua 600ml|-|-|4000|-'],
  ['harga gula naik jadi 19rb/kg', 'gula|-|kg|19000|-'],
  ['mulai besok telur 29rb sekilo', 'telur|-|kg|29000|-', { date: '2026-11-22' }],
  ['update harga rokok surya 16 jadi 32rb', 'rokok surya 16|-|-|32000|-'],
  ['set harga kopi 4000 per gelas', 'kopi|-|gelas|4000|-'],
  ['harga beras skrg 14rb per kilo', 'beras|-|kg|14000|-'],
  ['naikin harga minyak 1 liter jadi 20rb', 'minyak|-|liter|20000|-'],
  ['rega endog saiki 28 ewu sekilo', 'endog|-|kg|28000|-'],
  ['turunin harga telor jadi 27rb', 'telor|-|-|27000|-'],
  ['harga es teh 3rb', 'es teh|-|-|3000|-'],
  ['pasang harga gas 3kg 25rb', 'gas 3kg|-|-|25000|-'],
  ['harga jual sabun lifebuoy 5rb', 'sabun lifebuoy|-|-|5000|-'],
  ['ubah harga kopi susu jadi lima ribu', 'kopi susu|-|-|5000|-'],
  ['harga rokok gudang garam filter sekarang 26.000', 'rokok gudang garam filter|-|-|26000|-'],
  ['indomie goreng skrg dijual 3500', 'indomie goreng|-|-|3500|-'],
];

const report: Case[] = [
  ['laporan minggu ini', '', { period: 'this_week' }],
  ['untung bulan ini berapa', '', { period: 'this_month' }],
  ['omset hari ini brp', '', { period: 'today' }],
  ['rekap penjualan minggu lalu', '', { period: 'last_week' }],
  ['laba bulan kemarin', '', { period: 'last_month' }],
  ['pendapatan kemarin', '', { period: 'yesterday' }],
  ['gimana jualan hari ini', '', { period: 'today' }],
  ['pengeluaran minggu ini brp', '', { period: 'this_week' }],
  ['laporan', '', { period: 'today' }],
  ['bati sasi iki piro', '', { period: 'this_month' }],
  ['untung rugi bulan lalu', '', { period: 'last_month' }],
  ['total penjualan kemarin berapa', '', { period: 'yesterday' }],
  ['minta laporan mingguan', '', { period: 'this_week' }],
  ['indomie bulan ini laku berapa', 'indomie|-|-|-|-', { period: 'this_month' }],
  ['rekap kulakan bulan ini', '', { period: 'this_month' }],
  ['omzet pekan lalu', '', { period: 'last_week' }],
  ['hasil jualan poe ieu sabaraha', '', { period: 'today' }],
  ['untung hari ini dapet brp ya', '', { period: 'today' }],
  ['kirim laporan bulanan dong', '', { period: 'this_month' }],
];

const negotiate: Case[] = [
  ['cariin gula 50 kg max 17rb/kg', 'gula|50|kg|-|-', { max: 17000 }],
  ['tolong nego beras 2 karung maks 640rb per karung', 'beras|2|karung|-|-', { max: 640000 }],
  ['carikan telur 5 rak budget 250rb', 'telur|5|rak|-|-', { max: 50000 }],
  ['tawar minyak goreng 1 dus max 180rb', 'minyak goreng|1|dus|-|-', { max: 180000 }],
  ['cari supplier aqua 10 dus paling mahal 400rb', 'aqua|10|dus|-|-', { max: 40000 }],
  ['nyariin tepung terigu 25 kg max 12rb sekilo', 'tepung terigu|25|kg|-|-', { max: 12000 }],
  ['golekno endog 10 kilo maksimal 27 ewu sekilo', 'endog|10|kg|-|-', { max: 27000 }],
  ['tolong tawarin rokok surya 16 5 slop budget 1,6jt', 'rokok surya 16|5|slop|-|-', { max: 320000 }],
  ['nego harga cabe rawit 5 kg max 45rb/kg', 'cabe rawit|5|kg|-|-', { max: 45000 }],
  ['cariin gas melon 20 tabung maks 19rb per tabung', 'gas melon|20|tabung|-|-', { max: 19000 }],
  ['tolong carikeun beas 1 karung maksimal 650 rebu', 'beas|1|karung|-|-', { max: 650000 }],
  ['cari bawang merah 3 kg jangan lebih dari 35rb sekilo', 'bawang merah|3|kg|-|-', { max: 35000 }],
];

const marketPrice: Case[] = [
  ['harga cabe rawit hari ini berapa', 'cabe rawit|-|-|-|-'],
  ['bawang putih di pasar skrg brp', 'bawang putih|-|-|-|-'],
  ['harga telur ayam per kg brp sekarang', 'telur ayam|-|kg|-|-'],
  ['info harga beras premium dong', 'beras premium|-|-|-|-'],
  ['rego lombok abang saiki piro', 'lombok abang|-|-|-|-'],
  ['harga gula pasaran brp ya', 'gula|-|-|-|-'],
  ['harga minyak goreng naik ga sih', 'minyak goreng|-|-|-|-'],
  ['sabaraha harga cengek ayeuna', 'cengek|-|-|-|-'],
  ['harga bawang bombay di pasar induk', 'bawang bombay|-|-|-|-'],
  ['kemarin harga cabe merah brp', 'cabe merah|-|-|-|-', { date: '2026-11-20' }],
  ['pasaran telur hari ini', 'telur|-|-|-|-'],
  ['harga tomat skrg', 'tomat|-|-|-|-'],
  ['hrg daging ayam brp skrg', 'daging ayam|-|-|-|-'],
];

const undo: Case[] = [
  ['batal', ''], ['batalin yg tadi', ''], ['hapus transaksi terakhir', ''], ['eh salah ketik, hapus', ''],
  ['cancel yang barusan', ''], ['undo', ''], ['yang terakhir salah, batalkan', ''], ['busak sing mau', ''],
  ['hapus catatan tadi', ''], ['salah input tolong dihapus', ''], ['gajadi, batalin aja', ''], ['tadi salah catat', ''],
  ['yg barusan hapus aja', ''],
];

const help: Case[] = [
  ['bisa apa aja', ''], ['cara pakainya gimana', ''], ['help', ''], ['menu', ''], ['gimana cara nyatet penjualan', ''],
  ['bot ini bisa ngapain aja', ''], ['bingung cara pake nya', ''], ['tolong ajarin pake aplikasi ini', ''],
  ['fitur apa aja yang ada', ''], ['cara input utang gimana', ''], ['kumaha carana', ''], ['perintahnya apa aja', ''],
];

const greeting: Case[] = [
  ['pagi', ''], ['selamat pagi bos', ''], ['assalamualaikum', ''], ['makasih ya 🙏', ''], ['terima kasih min', ''],
  ['oke siap', ''], ['halo', ''], ['sip mantap', ''], ['matur nuwun', ''], ['hatur nuhun', ''], ['punten', ''],
  ['met malem', ''], ['thx', ''], ['siang kak', ''], ['waalaikumsalam', ''], ['ok makasih', ''], ['permisi', ''],
  ['sugeng enjing', ''], ['hai juragan 👋', ''],
];

const unknown: Case[] = [
  ['wkwkwk', ''], ['lagi hujan deres', ''], ['anak saya sakit', ''], ['hp nya lowbat', ''], ['nanti aja deh', ''],
  ['hmm', ''], ['lagi sepi pembeli hari ini', ''], ['besok libur dulu', ''], ['siapa ini', ''],
  ['listrik mati dari pagi', ''], ['tes', ''], ['🙏🙏', ''], ['kucing masuk warung', ''], ['jalanan macet parah', ''],
  ['lagi nonton bola', ''], ['mau tidur dulu', ''],
];

export const groups: Record<string, Case[]> = {
  sale, purchase, expense, debt_add: debtAdd, debt_pay: debtPay, stock_check: stockCheck, stock_in: stockIn,
  stock_set: stockSet, price_set: priceSet, report, negotiate, market_price: marketPrice, undo, help, greeting, unknown,
};

const cell = (v: string) => (v === '-' ? null : /^\d+(\.\d+)?$/.test(v) ? Number(v) : v);
const sumOr = (xs: (number | null)[]) => (xs.length > 0 && xs.every((x) => x !== null) ? xs.reduce((a, b) => a! + b!, 0) : null);

/** The frame FRAME.md asks for, from a case's short form. */
export function expected(intent: string, [, items, w = {}]: Case) {
  const list = items === '' ? [] : items.split('; ').map((s) => {
    const [product, qty, unit, unitPrice, total] = s.split('|');
    return { product, qty: cell(qty), unit: cell(unit), unit_price: cell(unitPrice), total: cell(total) };
  });
  const trade = intent === 'sale' || intent === 'purchase';
  return {
    intent, items: list,
    amount: w.amount !== undefined ? w.amount : trade ? sumOr(list.map((i) => i.total as number | null)) : null,
    counterparty: w.cp ?? null, direction: w.direction ?? null, category: w.category ?? null, date: w.date ?? null,
    period: w.period ?? null, max_unit_price: w.max ?? null, payment: w.payment ?? null,
  };
}

/** The same keys from the parser. */
export function actual(text: string) {
  const f = parse(text, { now, offsetMinutes: 420 });
  return {
    intent: f.intent, items: f.items.map((i) => ({ product: i.product, qty: i.qty, unit: i.unit, unit_price: i.unit_price, total: i.total })),
    amount: f.amount, counterparty: f.counterparty, direction: f.direction, category: f.category, date: f.date,
    period: f.period, max_unit_price: f.max_unit_price, payment: f.payment,
  };
}

for (const [intent, cases] of Object.entries(groups)) {
  describe(`held-out style: ${intent}`, () => {
    it.each(cases)('%s', (...c) => {
      const tuple = c as unknown as Case;
      expect(actual(tuple[0])).toEqual(expected(intent, tuple));
    });
  });
}
