// Which of Indonesia's three time zones a city or province is in, for onboarding.
// WIB (UTC+7): Sumatra, Java, West and Central Kalimantan. WITA (UTC+8): Bali, Nusa Tenggara,
// South/East/North Kalimantan, Sulawesi. WIT (UTC+9): Maluku and Papua.
// Anything not listed is WIB: most warung are there, and the owner can correct it later.
import type { TenantZone } from '../../core/format.ts';

const wita = [
  // provinces
  'bali', 'ntb', 'nusa tenggara barat', 'ntt', 'nusa tenggara timur', 'kalimantan selatan', 'kalsel',
  'kalimantan timur', 'kaltim', 'kalimantan utara', 'kaltara', 'sulawesi', 'sulawesi selatan', 'sulsel',
  'sulawesi tengah', 'sulteng', 'sulawesi tenggara', 'sultra', 'sulawesi utara', 'sulut', 'sulawesi barat',
  'sulbar', 'gorontalo',
  // cities and regencies
  'denpasar', 'badung', 'gianyar', 'tabanan', 'buleleng', 'singaraja', 'klungkung', 'karangasem', 'jembrana',
  'bangli', 'kuta', 'ubud', 'mataram', 'lombok', 'bima', 'sumbawa', 'dompu', 'kupang', 'ende', 'maumere',
  'labuan bajo', 'flores', 'sumba', 'waingapu', 'atambua', 'banjarmasin', 'banjarbaru', 'martapura',
  'balikpapan', 'samarinda', 'bontang', 'tarakan', 'tanjung selor', 'nunukan', 'berau', 'tenggarong',
  'penajam', 'ikn', 'nusantara', 'makassar', 'ujung pandang', 'gowa', 'maros', 'pare pare', 'parepare',
  'palopo', 'bone', 'bulukumba', 'toraja', 'palu', 'poso', 'luwuk', 'kendari', 'baubau', 'kolaka',
  'manado', 'bitung', 'tomohon', 'kotamobagu', 'mamuju', 'majene',
];

const wit = [
  'maluku', 'maluku utara', 'malut', 'papua', 'papua barat', 'papua barat daya', 'papua tengah',
  'papua pegunungan', 'papua selatan', 'ambon', 'tual', 'saumlaki', 'masohi', 'ternate', 'tidore',
  'sofifi', 'halmahera', 'jayapura', 'sentani', 'sorong', 'manokwari', 'merauke', 'timika', 'mimika',
  'biak', 'nabire', 'wamena', 'fakfak', 'kaimana', 'raja ampat',
];

const zoneByPlace = new Map<string, TenantZone>([
  ...wita.map((p): [string, TenantZone] => [p, 'Asia/Makassar']),
  ...wit.map((p): [string, TenantZone] => [p, 'Asia/Jayapura']),
]);

/** Lower-case, without "kota"/"kab." prefixes and punctuation. */
export function normalizePlace(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\b(kota|kabupaten|kab|provinsi|prov|di)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The zone of a city/province as typed ("Kota Makassar", "denpasar, bali"); WIB when unknown. */
export function zoneForCity(text: string): TenantZone {
  const place = normalizePlace(text);
  const exact = zoneByPlace.get(place);
  if (exact) return exact;
  // "denpasar bali", "sorong papua barat daya": the longest known name inside wins.
  let best: { len: number; zone: TenantZone } | null = null;
  for (const [name, zone] of zoneByPlace) {
    if (new RegExp(`\\b${name}\\b`).test(place) && (!best || name.length > best.len)) best = { len: name.length, zone };
  }
  return best?.zone ?? 'Asia/Jakarta';
}
