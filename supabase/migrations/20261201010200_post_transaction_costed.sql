-- post_transaction with the costing rule (internal.book_movement), pack lines and deposits:
-- - every stock line books its movement through internal.book_movement (cost, cogs, average);
--   a sale line's cogs is the value that left the shelf (round(A*L) - round(A*(L-qty)));
-- - a line with said_unit and no qty takes qty = said_qty x the pack's size (product_units); a sale of
--   a pack with no price takes the pack's sell_price; qty stays in base units, said_qty/said_unit are kept;
-- - the contact is locked before the products (the lock order of every debt writer), and a credit
--   booking is paid from the contact's deposit first.
-- Document and result are unchanged otherwise (see supabase/README.md).

create or replace function internal.transaction_result(p_tx uuid, p_created boolean) returns jsonb
language sql stable security invoker as $$
  select jsonb_build_object(
    'id', t.id, 'created', p_created, 'kind', t.kind, 'status', t.status, 'payment', t.payment,
    'occurred_at', t.occurred_at, 'source_ref', t.source_ref, 'contact_id', t.contact_id,
    'counterparty_name', t.counterparty_name, 'total', t.total, 'cogs', t.cogs,
    'debt_id', d.id, 'debt_paid', d.paid,
    'lines', coalesce((select jsonb_agg(jsonb_build_object(
        'line_no', l.line_no, 'product_id', l.product_id, 'description', l.description, 'qty', l.qty,
        'unit', l.unit, 'unit_price', l.unit_price, 'total', l.total, 'cogs', l.cogs,
        'said_qty', l.said_qty, 'said_unit', l.said_unit) order by l.line_no)
      from public.transaction_lines l where l.transaction_id = t.id), '[]'::jsonb),
    'stock', coalesce((select jsonb_agg(jsonb_build_object('product_id', x.product_id,
        'level', internal.stock_level(t.tenant_id, x.product_id)) order by x.product_id)
      from (select distinct l.product_id from public.transaction_lines l
            where l.transaction_id = t.id and l.product_id is not null) x), '[]'::jsonb))
  from public.transactions t
  left join public.debts d on d.transaction_id = t.id
  where t.id = p_tx
$$;

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
  v_pack public.product_units%rowtype;
  v_pid uuid;
  v_said_qty numeric;
  v_said_unit text;
  v_qty numeric;
  v_price bigint;
  v_total bigint;
  v_sum bigint := 0;
  v_cogs bigint;
  v_cogs_sum bigint := 0;
  v_cogs_known boolean := true;
  v_cost numeric;
  v_level numeric;
  v_line_id uuid;
  v_move public.stock_movements%rowtype;
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

  -- Lock order of every writer: the contact (debts), then the products in id order.
  if v_payment = 'credit' then
    perform internal.lock_contact(v_tenant, v_contact);
  end if;
  perform 1 from public.products
  where tenant_id = v_tenant
    and id in (select internal.to_uuid(l ->> 'product_id', 'product_id') from jsonb_array_elements(v_lines) l)
  order by id for update;

  for v_line in select value from jsonb_array_elements(v_lines) loop
    v_no := v_no + 1;
    v_pid := internal.to_uuid(v_line ->> 'product_id', 'product_id');
    v_said_qty := (v_line ->> 'said_qty')::numeric;
    v_said_unit := nullif(lower(trim(v_line ->> 'said_unit')), '');
    v_pack := null;
    if v_pid is not null and v_said_unit is not null then
      select * into v_pack from public.product_units
       where tenant_id = v_tenant and product_id = v_pid and name = v_said_unit;
    end if;
    v_qty := coalesce((v_line ->> 'qty')::numeric, v_said_qty * v_pack.size, 1);
    v_price := round((v_line ->> 'unit_price')::numeric)::bigint;
    if v_qty <= 0 then
      raise exception 'invalid:qty' using detail = format('line %s: %s', v_no, v_qty);
    end if;
    v_total := round((v_line ->> 'total')::numeric)::bigint;
    if v_price is null and v_total is null and v_pid is not null and v_kind = 'sale' then
      if v_pack.sell_price is not null and v_said_qty is not null then
        v_total := round(v_said_qty * v_pack.sell_price)::bigint;   -- a pack sold at its pack price
      else
        select sell_price into v_price from public.products where tenant_id = v_tenant and id = v_pid;
      end if;
    end if;
    v_total := coalesce(v_total, round(v_qty * v_price)::bigint);
    if v_total is null or v_total < 0 then
      raise exception 'invalid:price' using detail = format('line %s', v_no);
    end if;
    v_price := coalesce(v_price, round(v_total / v_qty)::bigint);
    v_cogs := null;
    v_cost := null;
    v_line_id := gen_random_uuid();

    if v_pid is not null then
      if v_kind not in ('sale', 'purchase') then
        raise exception 'invalid:line_product' using detail = format('line %s: products only on sales and purchases', v_no);
      end if;
      select * into v_product from public.products where tenant_id = v_tenant and id = v_pid;
      if not found then
        raise exception 'not_found:product' using detail = v_pid::text;
      end if;
      v_cost := case when v_kind = 'sale' then v_product.avg_cost else round(v_total::numeric / v_qty, 4) end;
    end if;

    -- The movement first (the line's id is known), so the line is written once with its cogs.
    if v_pid is not null then
      if v_kind = 'sale' then
        v_move := internal.book_movement(v_tenant, v_pid, -v_qty, 'sale', v_product.avg_cost, 0, v_cost,
          0, v_tx, v_line_id);
        v_cogs := case when v_product.avg_cost is not null then v_move.cogs end;
      else
        v_level := internal.stock_level(v_tenant, v_pid);
        perform internal.book_movement(v_tenant, v_pid, v_qty, 'purchase',
          internal.avg_after_inflow(v_level, v_product.avg_cost, v_qty, v_total), v_total, v_cost, 0, v_tx, v_line_id);
      end if;
    end if;

    insert into public.transaction_lines (id, tenant_id, transaction_id, line_no, product_id, description, qty, unit,
        said_qty, said_unit, unit_price, total, unit_cost, cogs)
    values (v_line_id, v_tenant, v_tx, v_no, v_pid,
        coalesce(nullif(trim(v_line ->> 'description'), ''), v_product.name, v_kind),
        v_qty, coalesce(v_line ->> 'unit', case when v_pid is not null then v_product.unit end),
        v_said_qty, v_said_unit, v_price, v_total, v_cost, v_cogs);

    if v_kind = 'sale' then
      if v_cogs is null then v_cogs_known := false; else v_cogs_sum := v_cogs_sum + v_cogs; end if;
    end if;
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
    perform internal.apply_deposits(v_tenant, v_contact, case v_kind when 'sale' then 'receivable' else 'payable' end);
  end if;

  perform internal.audit(v_tenant, 'transaction.posted', 'transaction', v_tx::text,
    jsonb_build_object('kind', v_kind, 'total', v_sum, 'source', v_source, 'payment', v_payment));
  return internal.transaction_result(v_tx, true);
end
$$;
comment on function public.post_transaction(jsonb) is 'Books a sale/purchase/expense/income with lines (packs in base units), stock movements costed by the moving-average rule, cogs, and a credit debt paid from deposits first; idempotent on source_ref. See supabase/README.md.';
