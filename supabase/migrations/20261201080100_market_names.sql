-- Owner words and product names → commodities, as data. The longest phrase found in the text wins,
-- so "cabe rawit" beats "cabe" and "gula merah" (no official price: an empty list) beats "gula".
-- One table for the chat (agents/market-intel) and for the network observations (a trigger), so a
-- word added here counts everywhere.

create table public.market_commodity_words (
  phrase text primary key check (phrase = lower(trim(phrase)) and phrase ~ '^[a-z0-9]+( [a-z0-9]+)*$'),
  commodities text[] not null,
  created_at timestamptz not null default now()
);
comment on table public.market_commodity_words is 'Words owners and product names use for a commodity: phrase (lower case, words separated by one space) → the commodities it means, most likely first ("minyak" → Kemasan, Curah, Minyakita). An empty list marks goods that look alike but have no official price ("gula merah", "telur puyuh").';
alter table public.market_commodity_words enable row level security;
grant select on public.market_commodity_words to anon, authenticated;
grant select, insert, update, delete on public.market_commodity_words to service_role;
create policy market_words_read on public.market_commodity_words for select to anon, authenticated using (true);
create policy service_all on public.market_commodity_words for all to service_role using (true) with check (true);

insert into public.market_commodity_words (phrase, commodities) values
  -- rice (beas: Sundanese; uwos: Javanese krama)
  ('beras', '{Beras Medium}'), ('beas', '{Beras Medium}'), ('uwos', '{Beras Medium}'), ('beras medium', '{Beras Medium}'),
  ('beras premium', '{Beras Premium}'), ('beas premium', '{Beras Premium}'), ('beras sphp', '{Beras SPHP}'), ('sphp', '{Beras SPHP}'),
  ('beras bulog', '{Beras SPHP}'), ('beras ketan', '{}'), ('ketan', '{}'), ('beras merah', '{}'),
  -- soybeans
  ('kedelai', '{Kedelai Biji Kering (Impor)}'), ('kedele', '{Kedelai Biji Kering (Impor)}'), ('kacang kedelai', '{Kedelai Biji Kering (Impor)}'),
  -- shallots and garlic
  ('bawang merah', '{Bawang Merah}'), ('brambang', '{Bawang Merah}'), ('bawang beureum', '{Bawang Merah}'), ('bawang abang', '{Bawang Merah}'),
  ('bamer', '{Bawang Merah}'), ('bawang putih', '{Bawang Putih Bonggol}'), ('bawang bodas', '{Bawang Putih Bonggol}'),
  ('bawang', '{Bawang Merah,Bawang Putih Bonggol}'), ('baput', '{Bawang Putih Bonggol}'), ('bawang bombay', '{}'), ('bawang goreng', '{}'),
  -- chilies (lombok: Javanese; cengek: Sundanese)
  ('cabe rawit', '{Cabai Rawit Merah}'), ('cabai rawit', '{Cabai Rawit Merah}'), ('rawit', '{Cabai Rawit Merah}'), ('cengek', '{Cabai Rawit Merah}'),
  ('cabe setan', '{Cabai Rawit Merah}'), ('lombok rawit', '{Cabai Rawit Merah}'), ('lombok setan', '{Cabai Rawit Merah}'),
  ('rawit hijau', '{}'), ('cabe rawit hijau', '{}'), ('cabai rawit hijau', '{}'), ('cengek hejo', '{}'),
  ('cabe keriting', '{Cabai Merah Keriting}'), ('cabai keriting', '{Cabai Merah Keriting}'), ('cabe merah keriting', '{Cabai Merah Keriting}'),
  ('lombok keriting', '{Cabai Merah Keriting}'), ('cabe merah besar', '{Cabai Merah Besar}'), ('cabai merah besar', '{Cabai Merah Besar}'),
  ('cabe besar', '{Cabai Merah Besar}'), ('cabe teropong', '{Cabai Merah Besar}'), ('lombok gede', '{Cabai Merah Besar}'),
  ('cabe merah', '{Cabai Merah Keriting,Cabai Merah Besar}'), ('cabai merah', '{Cabai Merah Keriting,Cabai Merah Besar}'),
  ('lombok abang', '{Cabai Merah Keriting,Cabai Merah Besar}'),
  ('cabe', '{Cabai Rawit Merah,Cabai Merah Keriting,Cabai Merah Besar}'), ('cabai', '{Cabai Rawit Merah,Cabai Merah Keriting,Cabai Merah Besar}'),
  ('lombok', '{Cabai Rawit Merah,Cabai Merah Keriting,Cabai Merah Besar}'), ('cabe hijau', '{}'), ('cabai hijau', '{}'), ('cabe bubuk', '{}'),
  -- meat
  ('daging sapi', '{Daging Sapi Murni}'), ('sapi', '{Daging Sapi Murni}'), ('daging', '{Daging Sapi Murni}'), ('has dalam', '{Daging Sapi Murni}'),
  ('daging kerbau', '{Daging Kerbau Segar (Lokal),Daging Kerbau Beku (Impor Luar Negeri)}'), ('kerbau', '{Daging Kerbau Segar (Lokal),Daging Kerbau Beku (Impor Luar Negeri)}'),
  ('kerbau beku', '{Daging Kerbau Beku (Impor Luar Negeri)}'), ('daging kerbau beku', '{Daging Kerbau Beku (Impor Luar Negeri)}'),
  ('ayam', '{Daging Ayam Ras}'), ('daging ayam', '{Daging Ayam Ras}'), ('ayam potong', '{Daging Ayam Ras}'), ('ayam broiler', '{Daging Ayam Ras}'),
  ('ayam ras', '{Daging Ayam Ras}'), ('ayam kampung', '{}'), ('ayam bawang', '{}'), ('kaldu ayam', '{}'),
  -- eggs (endog: Javanese and Sundanese)
  ('telur', '{Telur Ayam Ras}'), ('telor', '{Telur Ayam Ras}'), ('endog', '{Telur Ayam Ras}'), ('endhog', '{Telur Ayam Ras}'), ('ndog', '{Telur Ayam Ras}'),
  ('telur ayam', '{Telur Ayam Ras}'), ('telor ayam', '{Telur Ayam Ras}'), ('telur negeri', '{Telur Ayam Ras}'), ('endog hayam', '{Telur Ayam Ras}'),
  ('telur bebek', '{}'), ('telor bebek', '{}'), ('telur puyuh', '{}'), ('telor puyuh', '{}'), ('telur asin', '{}'), ('telor asin', '{}'),
  ('telur ayam kampung', '{}'), ('endog meri', '{}'),
  -- sugar (gendis: Javanese krama)
  ('gula', '{Gula Konsumsi}'), ('gula pasir', '{Gula Konsumsi}'), ('gendis', '{Gula Konsumsi}'), ('gula putih', '{Gula Konsumsi}'),
  ('gulaku', '{Gula Konsumsi}'), ('gula merah', '{}'), ('gula jawa', '{}'), ('gula aren', '{}'), ('gula batu', '{}'), ('gula semut', '{}'),
  ('gendis jawi', '{}'), ('gula kawung', '{}'),
  -- cooking oil (lenga: Javanese); brands are packaged oil
  ('minyak', '{Minyak Goreng Kemasan,Minyak Goreng Curah,Minyakita}'), ('minyak goreng', '{Minyak Goreng Kemasan,Minyak Goreng Curah,Minyakita}'),
  ('migor', '{Minyak Goreng Kemasan,Minyak Goreng Curah,Minyakita}'), ('lenga', '{Minyak Goreng Kemasan,Minyak Goreng Curah,Minyakita}'),
  ('minyak sayur', '{Minyak Goreng Kemasan,Minyak Goreng Curah,Minyakita}'), ('minyak kelapa sawit', '{Minyak Goreng Kemasan,Minyak Goreng Curah,Minyakita}'),
  ('minyak kemasan', '{Minyak Goreng Kemasan}'), ('minyak goreng kemasan', '{Minyak Goreng Kemasan}'), ('minyak botol', '{Minyak Goreng Kemasan}'),
  ('minyak pouch', '{Minyak Goreng Kemasan}'), ('bimoli', '{Minyak Goreng Kemasan}'), ('sania', '{Minyak Goreng Kemasan}'),
  ('filma', '{Minyak Goreng Kemasan}'), ('tropical', '{Minyak Goreng Kemasan}'), ('sunco', '{Minyak Goreng Kemasan}'),
  ('fortune', '{Minyak Goreng Kemasan}'), ('sovia', '{Minyak Goreng Kemasan}'), ('rose brand minyak', '{Minyak Goreng Kemasan}'),
  ('minyak curah', '{Minyak Goreng Curah}'), ('minyak goreng curah', '{Minyak Goreng Curah}'), ('lenga curah', '{Minyak Goreng Curah}'),
  ('minyakita', '{Minyakita}'), ('minyak kita', '{Minyakita}'),
  ('minyak tanah', '{}'), ('minyak kayu putih', '{}'), ('minyak telon', '{}'), ('minyak angin', '{}'), ('minyak rambut', '{}'),
  ('minyak wijen', '{}'), ('minyak zaitun', '{}'), ('lenga tanah', '{}'),
  -- flour
  ('terigu', '{Tepung Terigu Kemasan,Tepung Terigu (Curah)}'), ('tepung terigu', '{Tepung Terigu Kemasan,Tepung Terigu (Curah)}'),
  ('tepung', '{Tepung Terigu Kemasan,Tepung Terigu (Curah)}'), ('terigu curah', '{Tepung Terigu (Curah)}'),
  ('tepung curah', '{Tepung Terigu (Curah)}'), ('tepung terigu curah', '{Tepung Terigu (Curah)}'), ('terigu kemasan', '{Tepung Terigu Kemasan}'),
  ('tepung terigu kemasan', '{Tepung Terigu Kemasan}'), ('segitiga biru', '{Tepung Terigu Kemasan}'), ('cakra kembar', '{Tepung Terigu Kemasan}'),
  ('kunci biru', '{Tepung Terigu Kemasan}'), ('tepung beras', '{}'), ('tepung tapioka', '{}'), ('tepung kanji', '{}'), ('tepung maizena', '{}'),
  ('tepung ketan', '{}'), ('tepung bumbu', '{}'), ('tepung roti', '{}'),
  -- maize for feed
  ('jagung pakan', '{Jagung Tk Peternak}'), ('jagung pipil', '{Jagung Tk Peternak}'), ('jagung peternak', '{Jagung Tk Peternak}'),
  -- fish
  ('ikan', '{Ikan Kembung,Ikan Tongkol,Ikan Bandeng}'), ('kembung', '{Ikan Kembung}'), ('ikan kembung', '{Ikan Kembung}'), ('gembung', '{Ikan Kembung}'),
  ('tongkol', '{Ikan Tongkol}'), ('ikan tongkol', '{Ikan Tongkol}'), ('bandeng', '{Ikan Bandeng}'), ('ikan bandeng', '{Ikan Bandeng}'),
  ('bandeng presto', '{}'), ('ikan asin', '{}'), ('ikan teri', '{}'), ('teri', '{}'), ('ikan lele', '{}'), ('lele', '{}'), ('ikan nila', '{}'),
  ('ikan kaleng', '{}'),
  -- salt (uyah: Javanese and Sundanese)
  ('garam', '{Garam Konsumsi}'), ('uyah', '{Garam Konsumsi}'), ('garam dapur', '{Garam Konsumsi}'), ('garam halus', '{Garam Konsumsi}'),
  ('garam beryodium', '{Garam Konsumsi}');

-- The official names themselves ("cabai rawit merah", "telur ayam ras").
insert into public.market_commodity_words (phrase, commodities)
select trim(regexp_replace(lower(name), '[^a-z0-9]+', ' ', 'g')), array[name] from public.market_commodities
on conflict (phrase) do nothing;

-- Lower case, every run of other characters one space, padded with spaces so a phrase is found as
-- whole words with a plain position() (no regular expression per row).
create or replace function internal.market_norm(p_text text) returns text
language sql immutable as $$
  select ' ' || trim(regexp_replace(lower(coalesce(p_text, '')), '[^a-z0-9]+', ' ', 'g')) || ' '
$$;

-- The commodities a text names: the longest phrase found wins; NULL when none is found, an empty
-- array for goods without an official price. p_at_start: the phrase must open the text (product names:
-- "Indomie Ayam Bawang" is no chicken, "Minyak Kayu Putih" no cooking oil).
create or replace function public.market_commodities_for(p_text text, p_at_start boolean default false) returns text[]
language sql stable security invoker set search_path = public, pg_temp as $$
  select w.commodities
  from public.market_commodity_words w, (select internal.market_norm(p_text) as t) n
  where case when p_at_start then left(n.t, length(w.phrase) + 2) = ' ' || w.phrase || ' '
             else position(' ' || w.phrase || ' ' in n.t) > 0 end
  order by length(w.phrase) desc, w.phrase
  limit 1
$$;
comment on function public.market_commodities_for(text, boolean) is 'Commodities an owner''s words or a product name mean, most likely first (longest phrase of market_commodity_words found); NULL when unknown, {} for look-alikes without an official price.';

-- The one commodity a catalogue product stands for: its name first, then its aliases; the first
-- (most likely) commodity of the phrase ("Minyak Goreng 1L" → Minyak Goreng Kemasan).
create or replace function public.market_commodity_of_product(p_name text, p_aliases text[]) returns text
language sql stable security invoker set search_path = public, pg_temp as $$
  select c[1] from (
    select public.market_commodities_for(x.t, true) as c, x.n
    from unnest(array[p_name] || coalesce(p_aliases, '{}')) with ordinality as x(t, n)
  ) m
  where c is not null
  order by n
  limit 1
$$;
comment on function public.market_commodity_of_product(text, text[]) is 'The commodity a catalogue product stands for (its name, else its first alias that names one), NULL when none or a look-alike.';

grant usage on schema internal to authenticated, service_role;
grant execute on function internal.market_norm(text) to authenticated, service_role;
