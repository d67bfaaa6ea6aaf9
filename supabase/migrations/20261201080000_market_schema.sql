-- Market prices (agents/market-intel): the commodities the official panels publish, the warung's
-- region (regency + province, which pick the price regions), and what an official row needs to be
-- shown with its source. Official rows stay in market_prices with tenant_id NULL; supplier quotes
-- stay there as tenant rows. Network observations get their own table (next migration).

alter table public.tenants
  add column regency text,
  add column province text,
  add column area_code text,
  add column market_share boolean not null default true;
comment on column public.tenants.regency is 'Official regency/city name from the area codes ("Kota Bandung", "Kabupaten Wajo"); picks the city price region. NULL until resolved from city.';
comment on column public.tenants.province is 'Official province name ("Jawa Barat"); the wider price region when the city has too little data.';
comment on column public.tenants.area_code is 'Kemendagri regency code ("32.73") of regency.';
comment on column public.tenants.market_share is 'Whether this warung''s booked purchases feed the anonymous network prices (opt-out in Pengaturan). Off: nothing is recorded and earlier observations are dropped.';

create table public.market_commodities (
  name text primary key,
  unit text not null check (unit in ('kg', 'liter')),
  bapanas_id integer unique,
  created_at timestamptz not null default now()
);
comment on table public.market_commodities is 'Commodities the official panels publish (Badan Pangan Nasional names), with the unit their price is per. Shared reference data: everyone reads, only the service role writes.';
comment on column public.market_commodities.bapanas_id is 'Commodity id in the Bapanas price panel (column ID of its export, "id" of its JSON).';
alter table public.market_commodities enable row level security;
grant select on public.market_commodities to anon, authenticated;
grant select, insert, update, delete on public.market_commodities to service_role;
create policy market_commodities_read on public.market_commodities for select to anon, authenticated using (true);
create policy service_all on public.market_commodities for all to service_role using (true) with check (true);

insert into public.market_commodities (name, unit, bapanas_id) values
  ('Beras Premium', 'kg', 27), ('Beras Medium', 'kg', 28), ('Kedelai Biji Kering (Impor)', 'kg', 29),
  ('Bawang Merah', 'kg', 30), ('Bawang Putih Bonggol', 'kg', 31), ('Cabai Merah Keriting', 'kg', 32),
  ('Cabai Rawit Merah', 'kg', 33), ('Daging Sapi Murni', 'kg', 34), ('Daging Ayam Ras', 'kg', 35),
  ('Telur Ayam Ras', 'kg', 36), ('Gula Konsumsi', 'kg', 37), ('Minyak Goreng Kemasan', 'liter', 38),
  ('Tepung Terigu (Curah)', 'kg', 40), ('Minyak Goreng Curah', 'liter', 101), ('Jagung Tk Peternak', 'kg', 102),
  ('Ikan Kembung', 'kg', 104), ('Ikan Tongkol', 'kg', 105), ('Ikan Bandeng', 'kg', 106), ('Garam Konsumsi', 'kg', 107),
  ('Tepung Terigu Kemasan', 'kg', 108), ('Beras SPHP', 'kg', 109), ('Cabai Merah Besar', 'kg', 126),
  ('Minyakita', 'liter', 127), ('Daging Kerbau Beku (Impor Luar Negeri)', 'kg', 149), ('Daging Kerbau Segar (Lokal)', 'kg', 152);

alter table public.market_prices
  add column price_level text not null default 'consumer' check (price_level in ('consumer', 'wholesale', 'producer')),
  add column publisher text check (publisher in ('bapanas', 'bi_pihps')),
  add column province text;
comment on column public.market_prices.price_level is 'consumer (retail: compare a selling price), wholesale (compare a supplier''s quote), producer. Supplier quotes are wholesale.';
comment on column public.market_prices.publisher is 'Official rows: bapanas (Badan Pangan Nasional panel) or bi_pihps (Bank Indonesia PIHPS). NULL for supplier quotes.';
comment on column public.market_prices.province is 'Province of region; for official province-wide rows region is the province itself.';
comment on column public.market_prices.region is 'Official regency/city name ("Kota Bandung") or, for province-wide rows, the province ("Jawa Barat").';
comment on column public.market_prices.observed_at is 'Official rows: the day published, at 00:00 WIB. Quotes: when the supplier said it.';
comment on table public.market_prices is 'Official panel prices (tenant_id NULL: every tenant reads them, only the service role writes) and supplier quotes (tenant rows, private to the warung that received them). Network prices are aggregates of market_observations, read only through market_network_price().';
comment on column public.market_prices.source is 'official: government panel; supplier: a quote a supplier gave this tenant; network: kept for old rows, network prices now come from market_observations.';

-- The chat's price question reads the latest official row of a commodity in a region at one level.
create index market_prices_official_idx on public.market_prices (commodity, region, price_level, observed_at desc)
  where tenant_id is null;
