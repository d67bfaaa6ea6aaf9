-- POS functions: register a device (server), PIN lockout (server), remove a device (owner), and book one
-- POS sale (any member's session) through post_transaction. See dashboard/lib/pos/contract.ts.

-- Registers the session's browser as a POS device, or returns the device it registered before.
-- Service only: the web server has checked the session's cookie. Codes are random from the alphabet of
-- DEVICE_CODE (32 characters, 4 long: 1,048,576 codes), retried on the rare clash within a warung.
create or replace function public.pos_register_device(p_session_id uuid, p_name text default null) returns jsonb
language plpgsql volatile security invoker set search_path = public, pg_temp as $$
declare
  v_session public.dashboard_sessions%rowtype;
  v_device public.pos_devices%rowtype;
  v_alphabet constant text := 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  v_code text;
begin
  select * into v_session from public.dashboard_sessions
   where id = p_session_id and revoked_at is null and expires_at > now();
  if not found then
    raise exception 'not_found:session';
  end if;
  perform pg_advisory_xact_lock(hashtextextended('pos_device:' || p_session_id::text, 0));
  select * into v_device from public.pos_devices where session_id = p_session_id and revoked_at is null;
  if found then
    return jsonb_build_object('device_id', v_device.id, 'code', v_device.code, 'created', false);
  end if;
  for i in 1..50 loop
    v_code := (select string_agg(substr(v_alphabet, 1 + floor(random() * 32)::int, 1), '') from generate_series(1, 4));
    insert into public.pos_devices (tenant_id, code, session_id, member_id, name, last_seen_at)
    values (v_session.tenant_id, v_code, v_session.id, v_session.member_id, nullif(left(trim(p_name), 60), ''), now())
    on conflict (tenant_id, code) do nothing
    returning * into v_device;
    if v_device.id is not null then
      insert into public.audit_log (tenant_id, member_id, actor, action, entity, entity_id)
      values (v_session.tenant_id, v_session.member_id, 'dashboard', 'pos_device.registered', 'pos_device', v_device.id::text);
      return jsonb_build_object('device_id', v_device.id, 'code', v_device.code, 'created', true);
    end if;
  end loop;
  raise exception 'conflict:device_code';
end
$$;
comment on function public.pos_register_device(uuid, text) is 'Service only: registers the session''s browser as a POS device with a new code, or returns its device.';
select internal.service_function('public.pos_register_device(uuid, text)'::regprocedure);

-- Reserves one PIN try on a device before the server checks the PIN (so concurrent tries from several
-- processes cannot exceed 5): allowed=false while locked. The 5th try locks for 5 minutes up front; a
-- right PIN (pos_pin_result true) clears the count and the lock.
create or replace function public.pos_pin_try(p_tenant_id uuid, p_device_id uuid) returns jsonb
language plpgsql volatile security invoker set search_path = public, pg_temp as $$
declare
  v public.pos_devices%rowtype;
begin
  select * into v from public.pos_devices where tenant_id = p_tenant_id and id = p_device_id for update;
  if not found then
    raise exception 'not_found:device';
  end if;
  if v.revoked_at is not null then
    raise exception 'forbidden:device';
  end if;
  if v.pin_locked_until is not null and v.pin_locked_until > now() then
    return jsonb_build_object('allowed', false, 'locked_until', v.pin_locked_until);
  end if;
  if v.pin_locked_until is not null then
    v.pin_failures := 0; -- the lock has run out: a fresh round of tries
  end if;
  update public.pos_devices
     set pin_failures = v.pin_failures + 1,
         pin_locked_until = case when v.pin_failures + 1 >= 5 then now() + interval '5 minutes' end,
         last_seen_at = now()
   where id = p_device_id;
  return jsonb_build_object('allowed', true, 'locked_until', null);
end
$$;
comment on function public.pos_pin_try(uuid, uuid) is 'Service only: counts a PIN try on a device (5 wrong tries lock it 5 minutes); allowed=false while locked.';
select internal.service_function('public.pos_pin_try(uuid, uuid)'::regprocedure);

create or replace function public.pos_pin_result(p_tenant_id uuid, p_device_id uuid, p_ok boolean) returns jsonb
language plpgsql volatile security invoker set search_path = public, pg_temp as $$
declare
  v public.pos_devices%rowtype;
begin
  if p_ok then
    update public.pos_devices set pin_failures = 0, pin_locked_until = null
     where tenant_id = p_tenant_id and id = p_device_id returning * into v;
  else
    select * into v from public.pos_devices where tenant_id = p_tenant_id and id = p_device_id;
  end if;
  return jsonb_build_object('failures', v.pin_failures, 'locked_until', v.pin_locked_until);
end
$$;
comment on function public.pos_pin_result(uuid, uuid, boolean) is 'Service only: after a PIN check; a right PIN clears the device''s wrong tries and lock.';
select internal.service_function('public.pos_pin_result(uuid, uuid, boolean)'::regprocedure);

-- The owner removes a POS device (Pengaturan): it books nothing more, and its session is logged out.
create or replace function public.pos_revoke_device(p_tenant_id uuid, p_device_id uuid) returns boolean
language plpgsql volatile security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v public.pos_devices%rowtype;
begin
  perform internal.require_member_role('owner');
  update public.pos_devices set revoked_at = coalesce(revoked_at, now())
   where tenant_id = v_tenant and id = p_device_id
  returning * into v;
  if not found then
    raise exception 'not_found:device' using detail = coalesce(p_device_id::text, 'null');
  end if;
  if v.session_id is not null then
    update public.dashboard_sessions set revoked_at = now()
     where tenant_id = v_tenant and id = v.session_id and revoked_at is null;
  end if;
  perform internal.audit(v_tenant, 'pos_device.revoked', 'pos_device', v.id::text, jsonb_build_object('code', v.code));
  return true;
end
$$;
comment on function public.pos_revoke_device(uuid, uuid) is 'Owner only: revokes a POS device and logs its session out; not_found:device otherwise.';
select internal.secure_function('public.pos_revoke_device(uuid, uuid)'::regprocedure);

-- What pos_book_sale answers (the contract's SaleResult, minus the message), plus `negative`: while the
-- owner has not been told about a negative_stock sale, its products now below zero (name, unit, level).
create or replace function internal.pos_sale_result(p_sale uuid, p_status text) returns jsonb
language sql stable security invoker as $$
  select jsonb_build_object('id', s.id, 'status', p_status, 'transactionId', s.transaction_id,
    'receiptNo', s.receipt_no, 'total', s.total, 'flags', to_jsonb(s.flags),
    'negative', case when 'negative_stock' = any (s.flags) and s.owner_told_at is null then
      (select coalesce(jsonb_agg(jsonb_build_object('name', p.name, 'unit', p.unit, 'level', x.level) order by p.name), '[]'::jsonb)
         from public.products p
         cross join lateral (select internal.stock_level(p.tenant_id, p.id) as level) x
        where p.tenant_id = s.tenant_id and x.level < 0
          and p.id in (select l.product_id from public.pos_sale_lines l where l.tenant_id = s.tenant_id and l.sale_id = s.id)) end)
    from public.pos_sales s where s.id = p_sale
$$;
select internal.tenant_function('internal.pos_sale_result(uuid, text)'::regprocedure);

-- Books one POS sale (doc = the contract's Sale, camelCase) in the caller's transaction:
-- { id, deviceId, seq, receiptNo, cashierId, occurredAt, customer: {id?, name?}|null,
--   lines: [{ id, productId, qty, pack|null, unitPrice, discount }], payments: [{ id, method, amount, tendered? }] }
-- Returns { id, status: booked|duplicate, transactionId, receiptNo, total, flags }. The same sale id again
-- returns the stored state as 'duplicate'; a line or payment id of another sale raises conflict:id.
-- A sale that takes stock below zero is booked and flagged negative_stock (the caller tells the owner).
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
  v_may_discount := v_cashier_role = 'owner'
    or (select pos_cashier_discount from public.tenants where id = v_tenant);

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
    if not exists (select 1 from public.products where tenant_id = v_tenant and id = v_pid) then
      raise exception 'not_found:product' using detail = v_pid::text;
    end if;
    if v_pack is not null and not exists (select 1 from public.product_units
        where tenant_id = v_tenant and product_id = v_pid and name = v_pack) then
      raise exception 'not_found:pack' using detail = v_pack;
    end if;
    if v_discount < 0 or v_discount > round(v_qty * v_price) then
      raise exception 'invalid:discount' using detail = format('line %s', v_no);
    end if;
    if v_discount > 0 and not v_may_discount then
      raise exception 'forbidden:discount';
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
  update public.pos_devices set last_seen_at = now() where id = v_device_id;
  return internal.pos_sale_result(v_id, 'booked');
end
$$;
comment on function public.pos_book_sale(uuid, jsonb) is 'Books one POS sale (the contract''s Sale) through post_transaction (source pos, source_ref pos:<id>), idempotent on the sale id; checks device, cashier, receipt number, discounts, line/payment ids. See supabase/README.md.';
select internal.secure_function('public.pos_book_sale(uuid, jsonb)'::regprocedure);
