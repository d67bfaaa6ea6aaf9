-- A cashier's discount the owner does not allow is booked and flagged, not refused.
-- The POS learns whether its cashier may give discounts when the PIN unlocks it. A device unlocked before the
-- owner switched discounts off (or selling offline) still offers the field: the cashier gave Rp2.000 off, took the
-- money, printed "Tersimpan", and the server refused the sale with forbidden:discount, so it never reached the
-- books, the stock or the owner (a helper's try). The sale happened at the price the customer paid: it is booked
-- as rung up, flagged 'discount_not_allowed' on pos_sales, and the owner is told by WhatsApp (dashboard/server/
-- pos-routes.ts), as with negative stock. Same function as 20261202100000_pos_book_sale_lean.sql otherwise.
create or replace function public.pos_book_sale(p_tenant_id uuid, p_sale jsonb) returns jsonb
language plpgsql volatile security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_id uuid := internal.to_uuid(p_sale ->> 'id', 'id');
  v_device_id uuid := internal.to_uuid(p_sale ->> 'deviceId', 'deviceId');
  v_cashier_id uuid := internal.to_uuid(p_sale ->> 'cashierId', 'cashierId');
  v_seq integer;
  v_receipt text := p_sale ->> 'receiptNo';
  v_found public.pos_sales%rowtype;
  v_device public.pos_devices%rowtype;
  v_cashier_role text;
  v_may_discount boolean;
  v_customer jsonb := case when jsonb_typeof(p_sale -> 'customer') = 'object' then p_sale -> 'customer' end;
  v_contact uuid;
  v_cust_name text;
  v_pay jsonb;
  v_method text;
  v_amount bigint;
  v_tendered bigint;
  v_line jsonb;
  v_lines jsonb := '[]'::jsonb;
  v_no integer := 0;
  v_pid uuid;
  v_qty numeric;
  v_pack text;
  v_price bigint;
  v_discount bigint;
  v_total bigint;
  v_sum bigint := 0;
  v_result jsonb;
  v_flags text[] := '{}';
begin
  perform internal.require_member_role('owner', 'staff', 'cashier');
  if v_id is null or v_device_id is null or v_cashier_id is null then
    raise exception 'invalid:sale' using detail = 'id, deviceId and cashierId are required';
  end if;

  -- One booking per sale id at a time (two tabs, a retry racing the first try): the second waits, then
  -- finds the first's rows.
  perform pg_advisory_xact_lock(hashtextextended('pos_sale:' || v_id::text, 0));
  select * into v_found from public.pos_sales where id = v_id;
  if found then
    if v_found.tenant_id <> v_tenant then
      raise exception 'conflict:id' using detail = 'sale id used by another warung';
    end if;
    return internal.pos_sale_result(v_id, 'duplicate');
  end if;

  select * into v_device from public.pos_devices where tenant_id = v_tenant and id = v_device_id;
  if not found then
    raise exception 'not_found:device' using detail = v_device_id::text;
  end if;
  if v_device.revoked_at is not null then
    raise exception 'forbidden:device' using detail = 'device removed by the owner';
  end if;
  begin
    v_seq := (p_sale ->> 'seq')::integer;
  exception when others then
    raise exception 'invalid:seq';
  end;
  if v_seq is null or v_seq <= 0 or v_receipt is null
     or v_receipt !~ ('^' || v_device.code || '-[0-9]{6,}$')
     or substr(v_receipt, 6)::numeric <> v_seq then
    raise exception 'invalid:receipt_no' using detail = coalesce(v_receipt, 'null');
  end if;
  if exists (select 1 from public.pos_sales where tenant_id = v_tenant and (receipt_no = v_receipt or (device_id = v_device_id and seq = v_seq))) then
    raise exception 'conflict:receipt_no' using detail = v_receipt;
  end if;

  select role into v_cashier_role from public.members
   where tenant_id = v_tenant and id = v_cashier_id and active and role in ('owner', 'staff', 'cashier');
  if not found then
    raise exception 'forbidden:cashier' using detail = v_cashier_id::text;
  end if;
  v_may_discount := case when v_cashier_role = 'owner' then true end;  -- a cashier's: read at the first discount

  -- Ids the device made for lines and payments are keys too: one sale each.
  if jsonb_typeof(p_sale -> 'lines') <> 'array' or jsonb_array_length(p_sale -> 'lines') = 0
     or jsonb_typeof(p_sale -> 'payments') <> 'array' or jsonb_array_length(p_sale -> 'payments') <> 1 then
    raise exception 'invalid:lines';
  end if;
  if exists (select 1 from jsonb_array_elements(p_sale -> 'lines') l
              where exists (select 1 from public.pos_sale_lines x where x.id = internal.to_uuid(l ->> 'id', 'line_id')))
     or exists (select 1 from jsonb_array_elements(p_sale -> 'payments') p
              where exists (select 1 from public.pos_payments x where x.id = internal.to_uuid(p ->> 'id', 'payment_id')))
     or (select count(distinct l ->> 'id') <> count(*) from jsonb_array_elements(p_sale -> 'lines') l) then
    raise exception 'conflict:id' using detail = 'a line or payment id belongs to another sale';
  end if;

  -- Lines as the cashier rang them up: qty in the pack or base unit, price per that unit, minus discount.
  for v_line in select value from jsonb_array_elements(p_sale -> 'lines') loop
    v_no := v_no + 1;
    v_pid := internal.to_uuid(v_line ->> 'productId', 'productId');
    v_qty := (v_line ->> 'qty')::numeric;
    v_price := (v_line ->> 'unitPrice')::bigint;
    v_discount := coalesce((v_line ->> 'discount')::bigint, 0);
    v_pack := nullif(lower(trim(v_line ->> 'pack')), '');
    if v_pid is null or v_qty is null or v_qty <= 0 or v_price is null or v_price < 0 then
      raise exception 'invalid:line' using detail = format('line %s', v_no);
    end if;
    if v_pack is not null and not exists (select 1 from public.product_units
        where tenant_id = v_tenant and product_id = v_pid and name = v_pack) then
      raise exception 'not_found:pack' using detail = v_pack;
    end if;
    if v_discount < 0 or v_discount > round(v_qty * v_price) then
      raise exception 'invalid:discount' using detail = format('line %s', v_no);
    end if;
    if v_discount > 0 and v_may_discount is null then
      v_may_discount := coalesce((select pos_cashier_discount from public.tenants where id = v_tenant), false);
    end if;
    if v_discount > 0 and not v_may_discount and not ('discount_not_allowed' = any (v_flags)) then
      v_flags := array_append(v_flags, 'discount_not_allowed');
    end if;
    v_total := round(v_qty * v_price)::bigint - v_discount;
    v_sum := v_sum + v_total;
    v_lines := v_lines || case when v_pack is null
      then jsonb_build_object('product_id', v_pid, 'qty', v_qty, 'unit_price', v_price, 'total', v_total)
      else jsonb_build_object('product_id', v_pid, 'said_qty', v_qty, 'said_unit', v_pack, 'total', v_total) end;
  end loop;

  v_pay := p_sale -> 'payments' -> 0;
  v_method := v_pay ->> 'method';
  v_amount := (v_pay ->> 'amount')::bigint;
  v_tendered := case when v_method = 'cash' then (v_pay ->> 'tendered')::bigint end;
  if v_method is null or v_method not in ('cash', 'qris', 'transfer', 'credit') then
    raise exception 'invalid:payment';
  end if;
  if v_amount is distinct from v_sum then
    raise exception 'invalid:amount' using detail = format('paid %s, lines total %s', v_amount, v_sum);
  end if;
  if v_tendered is not null and v_tendered < v_amount then
    raise exception 'invalid:tendered';
  end if;

  v_contact := internal.to_uuid(v_customer ->> 'id', 'customer_id');
  v_cust_name := nullif(trim(v_customer ->> 'name'), '');
  if v_contact is not null and not exists (select 1 from public.contacts where tenant_id = v_tenant and id = v_contact) then
    raise exception 'not_found:contact' using detail = v_contact::text;
  end if;
  if v_method = 'credit' and v_contact is null and v_cust_name is null then
    raise exception 'invalid:customer' using detail = 'credit needs a customer';
  end if;

  v_result := public.post_transaction(jsonb_build_object(
    'tenant_id', v_tenant, 'kind', 'sale', 'payment', v_method, 'source', 'pos', 'source_ref', 'pos:' || v_id,
    'occurred_at', p_sale ->> 'occurredAt', 'contact_id', v_contact,
    'counterparty_name', case when v_contact is null then v_cust_name end,
    'created_by', v_cashier_id, 'note', 'POS ' || v_receipt, 'lines', v_lines));

  if exists (select 1 from jsonb_array_elements(v_result -> 'stock') s where (s ->> 'level')::numeric < 0) then
    v_flags := array_append(v_flags, 'negative_stock');
  end if;

  insert into public.pos_sales (id, tenant_id, device_id, seq, receipt_no, cashier_id, transaction_id, total, payment, flags, occurred_at)
  values (v_id, v_tenant, v_device_id, v_seq, v_receipt, v_cashier_id, (v_result ->> 'id')::uuid, (v_result ->> 'total')::bigint,
          v_method, v_flags, (v_result ->> 'occurred_at')::timestamptz);
  insert into public.pos_sale_lines (id, tenant_id, sale_id, line_no, product_id, qty, pack, unit_price, discount, total)
  select internal.to_uuid(l.value ->> 'id', 'line_id'), v_tenant, v_id, l.ordinality::int, (l.value ->> 'productId')::uuid,
         (l.value ->> 'qty')::numeric, nullif(lower(trim(l.value ->> 'pack')), ''), (l.value ->> 'unitPrice')::bigint,
         coalesce((l.value ->> 'discount')::bigint, 0), (x.value ->> 'total')::bigint
    from jsonb_array_elements(p_sale -> 'lines') with ordinality l
    join jsonb_array_elements(v_lines) with ordinality x on x.ordinality = l.ordinality;
  insert into public.pos_payments (id, tenant_id, sale_id, method, amount, tendered)
  values (internal.to_uuid(v_pay ->> 'id', 'payment_id'), v_tenant, v_id, v_method, v_amount, v_tendered);
  update public.pos_devices set last_seen_at = now() where id = v_device_id and last_seen_at is distinct from now();
  return internal.pos_sale_result(v_id, 'booked');
end
$$;
comment on function public.pos_book_sale(uuid, jsonb) is 'Books one POS sale (the contract''s Sale) through post_transaction (source pos, source_ref pos:<id>), idempotent on the sale id; checks device, cashier, receipt number, line/payment ids; a discount the owner does not allow is booked and flagged discount_not_allowed. See supabase/README.md.';
select internal.secure_function('public.pos_book_sale(uuid, jsonb)'::regprocedure);
