-- Pack units. A product's stock is counted in ONE base unit (products.unit: bks, kg, gelas, butir…);
-- warungs also buy and sell by packs of it (1 slop = 10 bks, 1 dus Aqua Gelas = 48 gelas, 1 karung =
-- 50 kg, 1 rak = 30 butir). Stock movements and transaction_lines.qty are always in the base unit;
-- a line also keeps what was said (said_qty + said_unit: "1 slop") so replies, receipts and the
-- dashboard can show both.

create table public.product_units (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  product_id uuid not null,
  name text not null check (name = lower(trim(name)) and length(name) > 0),
  size numeric(14, 3) not null check (size > 0),
  sell_price bigint check (sell_price >= 0),
  barcode text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (tenant_id, product_id, name),
  foreign key (tenant_id, product_id) references public.products (tenant_id, id) on delete cascade
);
comment on table public.product_units is 'Pack units of a product: name (lower case: slop, dus, karung, rak, renteng…) and size in the product''s base unit (products.unit). Sizes said in chat ("1 karung 50kg", "dus isi 24") are remembered here.';
comment on column public.product_units.size is 'How many base units one pack holds (1 slop = 10 bks → 10).';
comment on column public.product_units.sell_price is 'Price of the whole pack when sold as a pack (may be below size × products.sell_price); NULL = size × the loose price.';
comment on column public.product_units.barcode is 'Barcode printed on the pack (a dus has its own EAN), for the POS scanner.';
create unique index product_units_barcode_uq on public.product_units (tenant_id, barcode) where barcode is not null;
select internal.tenant_rls('public.product_units');

alter table public.transaction_lines
  add column said_qty numeric(14, 3) check (said_qty > 0),
  add column said_unit text;
comment on column public.transaction_lines.said_qty is 'Quantity as said when it was in a pack unit (1 in "1 slop"); qty is the same amount in the base unit (10). NULL when said in the base unit.';
comment on column public.transaction_lines.said_unit is 'The pack unit said ("slop"), with said_qty; NULL when said in the base unit.';

-- set_product_unit: adds or changes one pack unit of a product (chat "dus isi 24", the dashboard's
-- product form). Returns the row as jsonb.
create or replace function public.set_product_unit(p_tenant_id uuid, p_product_id uuid, p_name text,
    p_size numeric, p_sell_price bigint default null, p_barcode text default null) returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_name text := lower(trim(coalesce(p_name, '')));
  v_row public.product_units%rowtype;
begin
  if v_name = '' then
    raise exception 'invalid:unit' using detail = 'empty unit name';
  end if;
  if p_size is null or p_size <= 0 then
    raise exception 'invalid:qty' using detail = coalesce(p_size::text, 'null');
  end if;
  if p_sell_price is not null and p_sell_price < 0 then
    raise exception 'invalid:price' using detail = p_sell_price::text;
  end if;
  perform 1 from public.products where tenant_id = v_tenant and id = p_product_id;
  if not found then
    raise exception 'not_found:product' using detail = coalesce(p_product_id::text, 'null');
  end if;
  insert into public.product_units (tenant_id, product_id, name, size, sell_price, barcode)
  values (v_tenant, p_product_id, v_name, p_size, p_sell_price, nullif(trim(p_barcode), ''))
  on conflict (tenant_id, product_id, name) do update
     set size = excluded.size,
         sell_price = coalesce(excluded.sell_price, product_units.sell_price),
         barcode = coalesce(excluded.barcode, product_units.barcode),
         updated_at = now()
  returning * into v_row;
  perform internal.audit(v_tenant, 'product_unit.set', 'product', p_product_id::text,
    jsonb_build_object('unit', v_name, 'size', p_size, 'sell_price', p_sell_price));
  return to_jsonb(v_row);
end
$$;
comment on function public.set_product_unit(uuid, uuid, text, numeric, bigint, text) is 'Adds or updates a pack unit (name, size in base units, optional pack price and barcode) of a product.';

-- post_transaction and transaction_result take and return said_qty / said_unit from
-- 20261201010200_post_transaction_costed.sql on.
