-- Catalogue and stock. Stock is a ledger: the level of a product is the sum of its movements.

-- Trigram search. Supabase keeps extensions in schema `extensions` (on its search_path); plain
-- PostgreSQL and PGlite have no such schema, so there it goes to public.
do $$
begin
  if exists (select 1 from pg_namespace where nspname = 'extensions') then
    create extension if not exists pg_trgm with schema extensions;
    -- Supabase grants this already; a self-made `extensions` schema may not.
    grant usage on schema extensions to anon, authenticated, service_role;
  else
    create extension if not exists pg_trgm;
  end if;
end
$$;

create table public.products (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  name text not null check (length(trim(name)) > 0),
  aliases text[] not null default '{}',
  unit text not null default 'pcs',
  sell_price bigint check (sell_price >= 0),
  avg_cost numeric(14, 4) check (avg_cost >= 0),
  barcode text,
  category text,
  reorder_point numeric(14, 3),
  lead_time_days integer not null default 2 check (lead_time_days >= 0),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (tenant_id, id)
);
comment on table public.products is 'What a warung sells or buys for resale. Stock level is not stored here: see stock_movements / stock_levels.';
comment on column public.products.aliases is 'Names customers and the owner use ("indomi goreng", "mie goreng"), lower case; searched together with name.';
comment on column public.products.unit is 'Selling unit: pcs, bks (bungkus), kg, liter, btl, sachet, tabung, dus… Quantities everywhere are in this unit.';
comment on column public.products.sell_price is 'Current selling price per unit in whole rupiah; NULL when unknown.';
comment on column public.products.avg_cost is 'Moving-average purchase cost per unit in rupiah (fractional). NULL until a purchase or stock-in with cost. Kept by post_transaction/add_stock.';
comment on column public.products.reorder_point is 'Level at or below which the owner wants a restock reminder; NULL = no reminder.';
comment on column public.products.lead_time_days is 'Usual days between ordering and delivery, for restock suggestions.';
create index products_name_trgm_idx on public.products using gin (lower(name) gin_trgm_ops);
create unique index products_barcode_uq on public.products (tenant_id, barcode) where barcode is not null;
create index products_tenant_idx on public.products (tenant_id, lower(name));
select internal.tenant_rls('public.products');

create table public.stock_movements (
  id bigint generated always as identity primary key,
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  product_id uuid not null,
  qty numeric(14, 3) not null,
  kind text not null check (kind in ('sale', 'purchase', 'adjustment', 'opname', 'void', 'stock_in')),
  transaction_id uuid,
  transaction_line_id uuid,
  unit_cost numeric(14, 4),
  source_ref text,
  note text,
  created_by uuid,
  created_at timestamptz not null default now(),
  foreign key (tenant_id, product_id) references public.products (tenant_id, id)
);
comment on table public.stock_movements is 'Stock ledger, append-only. Level of a product = sum(qty). Written by the posting functions, never updated.';
comment on column public.stock_movements.qty is 'Signed quantity in the product unit: + into the shop (purchase, stock_in), − out (sale).';
comment on column public.stock_movements.kind is 'sale/purchase: from a transaction; void: reversal of a voided transaction; opname: difference found by a count; stock_in: goods received without a purchase; adjustment: anything else (opening stock, breakage).';
comment on column public.stock_movements.transaction_id is 'The transaction that caused it (sale, purchase, void), else NULL.';
comment on column public.stock_movements.unit_cost is 'Purchase: cost per unit paid. Sale: moving-average cost at the time (what cogs used).';
comment on column public.stock_movements.source_ref is 'Idempotency key for movements made outside a transaction (opname, stock_in, adjustment); for void rows the void request''s key.';
-- Covers the level sum (index-only scans) for every posting and stock query.
create index stock_movements_product_idx on public.stock_movements (tenant_id, product_id) include (qty);
create index stock_movements_tx_idx on public.stock_movements (transaction_id) where transaction_id is not null;
create unique index stock_movements_source_ref_uq on public.stock_movements (tenant_id, source_ref)
  where transaction_id is null and source_ref is not null;
select internal.tenant_rls('public.stock_movements');
grant usage, select on sequence public.stock_movements_id_seq to authenticated, service_role;

-- Current level of every product; security_invoker so the caller's RLS applies.
create view public.stock_levels with (security_invoker = true) as
  select p.tenant_id, p.id as product_id, coalesce(sum(m.qty), 0)::numeric(14, 3) as level
  from public.products p
  left join public.stock_movements m on m.product_id = p.id and m.tenant_id = p.tenant_id
  group by p.tenant_id, p.id;
comment on view public.stock_levels is 'Stock level per product = sum of its stock_movements (RLS of the caller applies).';
grant select on public.stock_levels to authenticated, service_role;

-- The ledger is append-only for API roles: corrections are new movements.
revoke update, delete on public.stock_movements from authenticated;
