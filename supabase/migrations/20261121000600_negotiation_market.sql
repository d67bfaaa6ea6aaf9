-- Supplier haggling and market prices. Their agents come later; the model is here so the
-- dashboard and the agents share it.

create table public.negotiations (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  product_id uuid,
  item text not null,
  qty numeric(14, 3) not null check (qty > 0),
  unit text not null,
  target_price bigint check (target_price >= 0),
  max_price bigint check (max_price >= 0),
  deadline timestamptz,
  status text not null default 'open'
    check (status in ('open', 'agreed', 'ordered', 'cancelled', 'expired', 'failed')),
  agreed_offer_id uuid,
  transaction_id uuid,
  source_ref text,
  note text,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, product_id) references public.products (tenant_id, id),
  foreign key (tenant_id, transaction_id) references public.transactions (tenant_id, id),
  foreign key (tenant_id, created_by) references public.members (tenant_id, id)
);
comment on table public.negotiations is 'A buying request the owner delegates ("cariin telur 10 kg maks 27rb/kg"): Juragan asks suppliers, haggles within the limits and reports back.';
comment on column public.negotiations.item is 'What to buy, as the owner said it (or the product name).';
comment on column public.negotiations.target_price is 'Price per unit Juragan opens with / hopes for, rupiah.';
comment on column public.negotiations.max_price is 'The owner''s limit per unit, rupiah: never agree above it.';
comment on column public.negotiations.deadline is 'When to stop asking and report the best offer.';
comment on column public.negotiations.status is 'open: asking/haggling; agreed: an offer accepted, waiting for the owner to order; ordered: purchase booked (transaction_id); cancelled/expired/failed: ended without a deal.';
comment on column public.negotiations.source_ref is 'Idempotency key of the request (unique per tenant).';
create unique index negotiations_source_ref_uq on public.negotiations (tenant_id, source_ref) where source_ref is not null;
create index negotiations_open_idx on public.negotiations (tenant_id, created_at desc) where status in ('open', 'agreed');
select internal.tenant_rls('public.negotiations');

create table public.negotiation_offers (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  negotiation_id uuid not null,
  contact_id uuid not null,
  direction text not null check (direction in ('ask', 'offer', 'counter')),
  price bigint check (price >= 0),
  qty numeric(14, 3),
  status text not null default 'open' check (status in ('open', 'accepted', 'rejected', 'expired')),
  inbox_id bigint references public.inbox (id) on delete set null,
  outbox_id uuid references public.outbox (id) on delete set null,
  note text,
  created_at timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, negotiation_id) references public.negotiations (tenant_id, id) on delete cascade,
  foreign key (tenant_id, contact_id) references public.contacts (tenant_id, id)
);
comment on table public.negotiation_offers is 'Each step of a negotiation with one supplier: our ask or counter (outbox_id), their offer (inbox_id).';
comment on column public.negotiation_offers.direction is 'ask: we request a quote; offer: the supplier quotes; counter: we counter-offer.';
comment on column public.negotiation_offers.price is 'Price per unit of the negotiation, rupiah; NULL for a plain ask.';
create index negotiation_offers_neg_idx on public.negotiation_offers (negotiation_id, created_at);
select internal.tenant_rls('public.negotiation_offers');

alter table public.negotiations
  add foreign key (tenant_id, agreed_offer_id) references public.negotiation_offers (tenant_id, id);

create table public.market_prices (
  id bigint generated always as identity primary key,
  tenant_id uuid references public.tenants (id) on delete cascade,
  commodity text not null,
  product_id uuid,
  region text not null,
  unit text not null,
  price bigint not null check (price >= 0),
  source text not null check (source in ('network', 'supplier', 'official')),
  contact_id uuid,
  observed_at timestamptz not null,
  source_ref text,
  created_at timestamptz not null default now(),
  foreign key (tenant_id, product_id) references public.products (tenant_id, id),
  foreign key (tenant_id, contact_id) references public.contacts (tenant_id, id)
);
comment on table public.market_prices is 'Price observations. Rows with tenant_id NULL are shared (official panels such as Bapanas, anonymised network averages): every tenant reads them, only the service role writes them. Tenant rows (a supplier quote) are private.';
comment on column public.market_prices.commodity is 'Normalised commodity name, e.g. "Telur Ayam Ras", "Beras Medium".';
comment on column public.market_prices.region is 'Kota/kabupaten, e.g. "Kota Bandung".';
comment on column public.market_prices.unit is 'Normalised unit: kg, liter, pcs…';
comment on column public.market_prices.price is 'Rupiah per unit.';
comment on column public.market_prices.source is 'official: government panel; network: aggregate of Juragan tenants; supplier: a quote a supplier gave this tenant.';
comment on column public.market_prices.source_ref is 'Idempotency key of the import or message (unique with source).';
create index market_prices_lookup_idx on public.market_prices (commodity, region, observed_at desc);
create index market_prices_tenant_idx on public.market_prices (tenant_id, observed_at desc) where tenant_id is not null;
create unique index market_prices_source_ref_uq on public.market_prices (source, source_ref) where source_ref is not null;

alter table public.market_prices enable row level security;
grant select, insert, update, delete on public.market_prices to authenticated, service_role;
grant usage, select on sequence public.market_prices_id_seq to authenticated, service_role;
create policy market_read on public.market_prices for select to authenticated
  using (tenant_id is null or tenant_id = (select public.current_tenant_id()));
create policy market_insert on public.market_prices for insert to authenticated
  with check (tenant_id = (select public.current_tenant_id()));
create policy market_update on public.market_prices for update to authenticated
  using (tenant_id = (select public.current_tenant_id())) with check (tenant_id = (select public.current_tenant_id()));
create policy market_delete on public.market_prices for delete to authenticated
  using (tenant_id = (select public.current_tenant_id()));
create policy service_all on public.market_prices for all to service_role using (true) with check (true);
