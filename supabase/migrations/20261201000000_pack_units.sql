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

-- transaction_result: the lines now carry said_qty / said_unit.
create or replace function internal.transaction_result(p_tx uuid, p_created boolean) returns jsonb
language sql stable security invoker as $$
  select jsonb_build_object(
    'id', t.id, 'created', p_created, 'kind', t.kind, 'status', t.status, 'payment', t.payment,
    'occurred_at', t.occurred_at, 'source_ref', t.source_ref, 'contact_id', t.contact_id,
    'counterparty_name', t.counterparty_name, 'total', t.total, 'cogs', t.cogs,
    'debt_id', (select d.id from public.debts d where d.transaction_id = t.id),
    'lines', coalesce((select jsonb_agg(jsonb_build_object(
        'line_no', l.line_no, 'product_id', l.product_id, 'description', l.description, 'qty', l.qty,
        'unit', l.unit, 'unit_price', l.unit_price, 'total', l.total, 'cogs', l.cogs,
        'said_qty', l.said_qty, 'said_unit', l.said_unit) order by l.line_no)
      from public.transaction_lines l where l.transaction_id = t.id), '[]'::jsonb),
    'stock', coalesce((select jsonb_agg(jsonb_build_object('product_id', x.product_id,
        'level', internal.stock_level(t.tenant_id, x.product_id)) order by x.product_id)
      from (select distinct l.product_id from public.transaction_lines l
            where l.transaction_id = t.id and l.product_id is not null) x), '[]'::jsonb))
  from public.transactions t where t.id = p_tx
$$;

-- post_transaction: unchanged but for said_qty / said_unit on each line (qty stays in the base unit).
create or replace function public.post_transaction(doc jsonb) returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(internal.to_uuid(doc ->> 'tenant_id', 'tenant_id'));
  v_kind text := doc ->> 'kind';
  v_payment text := coalesce(doc ->> 'payment', 'cash');
  v_source text := doc ->> 'source';
  v_ref text := doc ->> 'source_ref';
  v_contact uuid := internal.to_uuid(doc ->> 'contact_id', 'contact_id');
  v_name text := nullif(trim(doc ->> 'counterparty_name'), '');
  v_lines jsonb := doc -> 'lines';
  v_tx uuid;
  v_line jsonb;
  v_no integer := 0;
  v_product public.products%rowtype;
  v_pid uuid;
  v_qty numeric;
  v_price bigint;
  v_total bigint;
  v_sum bigint := 0;
  v_cogs bigint;
  v_cogs_sum bigint := 0;
  v_cogs_known boolean := true;
  v_cost numeric;
  v_level numeric;
begin
  if v_kind is null or v_kind not in ('sale', 'purchase', 'expense', 'income') then
    raise exception 'invalid:kind' using detail = coalesce(v_kind, 'null');
  end if;
  if v_payment not in ('cash', 'qris', 'transfer', 'credit') then
    raise exception 'invalid:payment' using detail = v_payment;
  end if;
  if v_source is null or v_source not in ('chat', 'voice', 'pos', 'dashboard') then
    raise exception 'invalid:source' using detail = coalesce(v_source, 'null');
  end if;
  if v_ref is null or v_ref = '' then
    raise exception 'invalid:source_ref';
  end if;

  -- Idempotency: the same source_ref returns what was booked the first time.
  select id into v_tx from public.transactions where tenant_id = v_tenant and source_ref = v_ref;
  if found then
    return internal.transaction_result(v_tx, false);
  end if;

  if v_lines is null or jsonb_typeof(v_lines) <> 'array' or jsonb_array_length(v_lines) = 0 then
    if doc ? 'total' then
      v_lines := jsonb_build_array(jsonb_build_object(
        'description', coalesce(doc ->> 'description', doc ->> 'category', doc ->> 'note', v_kind),
        'qty', 1, 'unit_price', round((doc ->> 'total')::numeric), 'total', round((doc ->> 'total')::numeric)));
    else
      raise exception 'invalid:lines' using detail = 'lines or total required';
    end if;
  end if;

  if v_payment = 'credit' then
    if v_kind not in ('sale', 'purchase') then
      raise exception 'invalid:payment' using detail = 'credit only for sale or purchase';
    end if;
    if v_contact is null and v_name is null then
      raise exception 'invalid:counterparty' using detail = 'credit needs contact_id or counterparty_name';
    end if;
  end if;
  if v_contact is not null then
    select name into v_name from public.contacts where tenant_id = v_tenant and id = v_contact;
    if not found then
      raise exception 'not_found:contact' using detail = v_contact::text;
    end if;
  elsif v_payment = 'credit' then
    v_contact := internal.find_or_create_contact(v_tenant,
      case v_kind when 'sale' then 'customer' else 'supplier' end, v_name);
  end if;

  insert into public.transactions (tenant_id, kind, occurred_at, payment, contact_id, counterparty_name,
      source, source_ref, total, category, note, created_by)
  values (v_tenant, v_kind, coalesce((doc ->> 'occurred_at')::timestamptz, now()), v_payment, v_contact, v_name,
      v_source, v_ref, 0, nullif(doc ->> 'category', ''), nullif(doc ->> 'note', ''),
      coalesce(internal.to_uuid(doc ->> 'created_by', 'created_by'), internal.current_member_id(v_tenant)))
  on conflict (tenant_id, source_ref) do nothing
  returning id into v_tx;
  if v_tx is null then
    -- A concurrent call with the same source_ref won; report its booking.
    select id into v_tx from public.transactions where tenant_id = v_tenant and source_ref = v_ref;
    return internal.transaction_result(v_tx, false);
  end if;

  -- Lock the products in id order so two postings over the same products cannot deadlock.
  perform 1 from public.products
  where tenant_id = v_tenant
    and id in (select internal.to_uuid(l ->> 'product_id', 'product_id') from jsonb_array_elements(v_lines) l)
  order by id for update;

  for v_line in select value from jsonb_array_elements(v_lines) loop
    v_no := v_no + 1;
    v_pid := internal.to_uuid(v_line ->> 'product_id', 'product_id');
    v_qty := coalesce((v_line ->> 'qty')::numeric, 1);
    v_price := round((v_line ->> 'unit_price')::numeric)::bigint;
    if v_qty <= 0 then
      raise exception 'invalid:qty' using detail = format('line %s: %s', v_no, v_qty);
    end if;
    if v_price is null and v_pid is not null and v_kind = 'sale' and v_line ->> 'total' is null then
      select sell_price into v_price from public.products where tenant_id = v_tenant and id = v_pid;
    end if;
    v_total := coalesce(round((v_line ->> 'total')::numeric)::bigint, round(v_qty * v_price)::bigint);
    if v_total is null or v_total < 0 then
      raise exception 'invalid:price' using detail = format('line %s', v_no);
    end if;
    v_price := coalesce(v_price, round(v_total / v_qty)::bigint);
    v_cogs := null;
    v_cost := null;

    if v_pid is not null then
      if v_kind not in ('sale', 'purchase') then
        raise exception 'invalid:line_product' using detail = format('line %s: products only on sales and purchases', v_no);
      end if;
      select * into v_product from public.products where tenant_id = v_tenant and id = v_pid;
      if not found then
        raise exception 'not_found:product' using detail = v_pid::text;
      end if;
      v_level := internal.stock_level(v_tenant, v_pid);
      if v_kind = 'sale' then
        v_cost := v_product.avg_cost;
        v_cogs := round(v_qty * v_cost)::bigint;
        insert into public.stock_movements (tenant_id, product_id, qty, kind, transaction_id, unit_cost, created_by)
        values (v_tenant, v_pid, -v_qty, 'sale', v_tx, v_cost, auth.uid());
      else
        v_cost := round(v_total::numeric / v_qty, 4);
        update public.products
           set avg_cost = internal.moving_average(v_level, avg_cost, v_qty, v_cost), updated_at = now()
         where tenant_id = v_tenant and id = v_pid;
        insert into public.stock_movements (tenant_id, product_id, qty, kind, transaction_id, unit_cost, created_by)
        values (v_tenant, v_pid, v_qty, 'purchase', v_tx, v_cost, auth.uid());
      end if;
    end if;

    if v_kind = 'sale' then
      if v_cogs is null then v_cogs_known := false; else v_cogs_sum := v_cogs_sum + v_cogs; end if;
    end if;

    insert into public.transaction_lines (tenant_id, transaction_id, line_no, product_id, description, qty, unit, said_qty, said_unit,
        unit_price, total, unit_cost, cogs)
    values (v_tenant, v_tx, v_no, v_pid,
        coalesce(nullif(trim(v_line ->> 'description'), ''), v_product.name, v_kind),
        v_qty, coalesce(v_line ->> 'unit', case when v_pid is not null then v_product.unit end),
        (v_line ->> 'said_qty')::numeric, nullif(lower(trim(v_line ->> 'said_unit')), ''),
        v_price, v_total, v_cost, v_cogs);
    v_sum := v_sum + v_total;
    v_product := null;
  end loop;

  update public.transactions
     set total = v_sum,
         cogs = case when v_kind = 'sale' and v_cogs_known then v_cogs_sum end
   where id = v_tx;

  if v_payment = 'credit' then
    if v_sum <= 0 then
      raise exception 'invalid:total' using detail = 'credit of zero';
    end if;
    insert into public.debts (tenant_id, direction, contact_id, amount, due_date, transaction_id, note)
    values (v_tenant, case v_kind when 'sale' then 'receivable' else 'payable' end, v_contact, v_sum,
        (doc ->> 'due_date')::date, v_tx, nullif(doc ->> 'note', ''));
  end if;

  perform internal.audit(v_tenant, 'transaction.posted', 'transaction', v_tx::text,
    jsonb_build_object('kind', v_kind, 'total', v_sum, 'source', v_source, 'payment', v_payment));
  return internal.transaction_result(v_tx, true);
end
$$;
comment on function public.post_transaction(jsonb) is 'Books a sale/purchase/expense/income with lines, stock, moving-average cost, cogs and credit debt; idempotent on source_ref. See supabase/README.md.';
