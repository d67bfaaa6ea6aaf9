// Filler, politeness, question and chat words in Indonesian, Javanese, Sundanese and Jakarta slang, as data:
// none of them is ever a product or a name. lexicon.ts keeps the older part of this list (fillerWords); the parser
// reads both. Adding a word is one word here.

/** "lho kok dobel, hapus 1": an entry sent twice; the number is one of the two, not an entry's number. */
export const doubleWords: ReadonlySet<string> = new Set('dobel double doble dobelan kedobel kedobelan ganda'.split(' '));

export const stopWords: ReadonlySet<string> = new Set([...doubleWords, ...`
  bro sis cuy coy bray gan om bos boss bang bre guys gaes kakak
  lupa kelupaan ketinggalan inget ingat eh ehh anu apa itu gitu gini kayak kyk kaya
  atuh mah euy ra wae keneh tea nya sok mangga punten nuhun hatur
  wau nembe mentas lagek lagi mau mengko engko mangke mangkih benjing sonten enjing suwun nggih njih injih enggih monggo nuwun sewu kulo
  tolong tulung mbok coba pliss plis please mohon komplain complain protes diganti digantiin
  gajian sore tuh nih dong deh sih kok kan lho loh yah wkwk wkwkwk hehe hihi haha yen nek lamun
  laris rame ramai sepi alhamdulillah lumayan mantap mantul
  udah udh dah sudah wis uwis wes pun sampun parantos tos geus atos empun mpun
  mahal larang awis mahel pertama kesatu kedua ketiga keempat kelima keenam
  hampir kehabisan gratis bonus munggah mundhak mudhun mudun lungsur naek buka bukak mbukak
  harusnya seharusnya mestinya kudune kuduna si harus kudu kedah kedahna mesti musti perlu
  dikasih dikasi dikasihkan dikasi pekan weekend
  nitip titip nitipin dititipin dititip titipan konsinyasi nitipke dititipke nitipkeun tidak jarene katanya katane cenah
  buatin buatkan bikin bikinin bikinkan gawe gawekke gaweke damelke damelaken damel jieun jieunkeun
  bahan barang produk belanjaan dagangan paling sehari perhari ratarata
  dipake dipakai dimakan diminum dianggo diangge dipangan didahar sendiri dewe dhewe sorangan nyalira
  salah keliru lepat ketik ketikan typo pencet kepencet kepencetan teken keteken gajadi gjd jangan jgn ojo ojok ulah entong usah gausah ora sida sido nomer nomor no entri entry gakjadi gkjadi
  yo yoh bilang ngomong ngomongnya omong nnti nti ntr entar ntaran y
  pung pe pulang mulih balik ki kodong oge teras
  bukan bkn bukane bukannya dudu sanes
`.trim().split(/\s+/)]);
