-- A booking's share of the reports written once, not once per row it writes.
--
-- post_transaction inserts the transaction (total 0), then its lines, then sets the total. Each of those
-- rows fired the report triggers: a 2-line sale wrote its day's report_days row four times (insert,
-- two lines' cogs, the total's delta) and report_product_days twice, each write a trigger function
-- reading the transaction and the warung's time zone again. With track_functions on PGlite those
-- triggers were 0.8 ms of the 4.2 ms a POS sale took in the database (1,000 synced sales).
--
-- Now post_transaction marks its booking in a transaction-local setting, `juragan.posting`:
-- - 'lines:<id>' while it inserts the transaction and its lines: the INSERT triggers of that
--   transaction and of its lines leave the reports alone;
-- - 'apply:<id>' for the UPDATE that sets the total: the transactions triggers add the whole share
--   (report_days_apply and report_product_days_apply, lines included), once;
-- - '' after it.
-- Only those exact operations skip: a DELETE, a line changed later, and an UPDATE that changes kind,
-- status, time or warung (a void) take the usual path whatever the setting says. A tenant session that
-- sets the value itself gains nothing: only post_transaction inserts transactions and lines (tenants
-- have no INSERT on them), it sets its own fresh id first, and the 'apply' path adds a share only for
-- an update that moves no share (the total update post_transaction makes right after).
-- dashboard/tests/report-parity.test.ts checks both tables against the raw ledger, voids included.

create or replace function public.post_transaction(doc jsonb) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
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
  v_new uuid := gen_random_uuid();
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

  -- The report triggers wait for the lines: the day's figures are added once, at the total's update below.
  perform set_config('juragan.posting', 'lines:' || v_new, true);
  insert into public.transactions (id, tenant_id, kind, occurred_at, payment, contact_id, counterparty_name,
      source, source_ref, total, category, note, created_by)
  values (v_new, v_tenant, v_kind, coalesce((doc ->> 'occurred_at')::timestamptz, now()), v_payment, v_contact, v_name,
      v_source, v_ref, 0, nullif(doc ->> 'category', ''), nullif(doc ->> 'note', ''),
      coalesce(internal.to_uuid(doc ->> 'created_by', 'created_by'), internal.current_member_id(v_tenant)))
  on conflict (tenant_id, source_ref) do nothing
  returning id into v_tx;
  if v_tx is null then
    -- A concurrent call with the same source_ref won; report its booking.
    perform set_config('juragan.posting', '', true);
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

  perform set_config('juragan.posting', 'apply:' || v_tx, true);
  update public.transactions
     set total = v_sum,
         cogs = case when v_kind = 'sale' and v_cogs_known then v_cogs_sum end
   where id = v_tx;
  perform set_config('juragan.posting', '', true);

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

create or replace function internal.report_days_tx() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_posting text := current_setting('juragan.posting', true);
  v_sale boolean;
  v_day date;
  v_d bigint;
begin
  if tg_op = 'INSERT' and v_posting = 'lines:' || new.id then
    return null;  -- added whole at the total's update
  end if;
  if tg_op = 'UPDATE' and v_posting = 'apply:' || new.id
     and (old.kind, old.status, old.occurred_at, old.tenant_id) is not distinct from
         (new.kind, new.status, new.occurred_at, new.tenant_id) then
    perform internal.report_days_apply(new, 1);
    return null;
  end if;
  if tg_op = 'UPDATE' and (old.kind, old.status, old.total, old.payment, old.occurred_at) is not distinct from
                          (new.kind, new.status, new.total, new.payment, new.occurred_at) then
    return null;
  end if;
  if tg_op = 'UPDATE' and old.status = 'posted' and new.status = 'posted' and old.kind = new.kind
     and old.tenant_id = new.tenant_id and old.occurred_at = new.occurred_at then
    v_sale := new.kind = 'sale';
    v_d := new.total - old.total;
    v_day := (new.occurred_at at time zone (select tz.timezone from public.tenants tz where tz.id = new.tenant_id))::date;
    update public.report_days r set
      omzet = r.omzet + case when v_sale then v_d else 0 end,
      expenses = r.expenses + case when new.kind = 'expense' then v_d else 0 end,
      income = r.income + case when new.kind = 'income' then v_d else 0 end,
      cash = r.cash + case when v_sale and new.payment = 'cash' then new.total else 0 end - case when v_sale and old.payment = 'cash' then old.total else 0 end,
      qris = r.qris + case when v_sale and new.payment = 'qris' then new.total else 0 end - case when v_sale and old.payment = 'qris' then old.total else 0 end,
      transfer = r.transfer + case when v_sale and new.payment = 'transfer' then new.total else 0 end - case when v_sale and old.payment = 'transfer' then old.total else 0 end,
      credit = r.credit + case when v_sale and new.payment = 'credit' then new.total else 0 end - case when v_sale and old.payment = 'credit' then old.total else 0 end,
      cash_n = r.cash_n + (v_sale and new.payment = 'cash')::integer - (v_sale and old.payment = 'cash')::integer,
      qris_n = r.qris_n + (v_sale and new.payment = 'qris')::integer - (v_sale and old.payment = 'qris')::integer,
      transfer_n = r.transfer_n + (v_sale and new.payment = 'transfer')::integer - (v_sale and old.payment = 'transfer')::integer,
      credit_n = r.credit_n + (v_sale and new.payment = 'credit')::integer - (v_sale and old.payment = 'credit')::integer
     where r.tenant_id = new.tenant_id and r.day = v_day;
    -- The old share made the row; without it (the warung being deleted, a hand-made gap) take the general path.
    if found or v_day is null then
      return null;
    end if;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then perform internal.report_days_apply(old, -1); end if;
  if tg_op in ('INSERT', 'UPDATE') then perform internal.report_days_apply(new, 1); end if;
  return null;
end
$$;
comment on function internal.report_days_tx() is 'Trigger on transactions: keeps report_days (a posted transaction''s total or payment change by the difference; a booking of post_transaction once, at its total).';

create or replace function internal.report_product_days_tx() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_op = 'INSERT' then
    return null;  -- no lines yet
  end if;
  if tg_op = 'UPDATE' and (old.kind, old.status, old.occurred_at, old.tenant_id) is not distinct from
                          (new.kind, new.status, new.occurred_at, new.tenant_id) then
    if current_setting('juragan.posting', true) = 'apply:' || new.id then
      perform internal.report_product_days_apply(new, 1);
    end if;
    return null;
  end if;
  perform internal.report_product_days_apply(old, -1);
  if tg_op = 'UPDATE' then perform internal.report_product_days_apply(new, 1); end if;
  return null;
end
$$;
comment on function internal.report_product_days_tx() is 'Trigger on transactions: keeps report_product_days (a transaction''s lines move when its kind, status, time or warung changes; a booking of post_transaction adds its lines once, at its total).';

create or replace function internal.report_days_line() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  t public.transactions%rowtype;
  v_tx uuid;
  v_cogs bigint := 0;
  v_unknown integer := 0;
begin
  if tg_op = 'INSERT' and current_setting('juragan.posting', true) = 'lines:' || new.transaction_id then
    return null;  -- counted with the booking, at its total
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    v_tx := new.transaction_id;
    v_cogs := coalesce(new.cogs, 0);
    v_unknown := (new.cogs is null)::integer;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    v_tx := old.transaction_id;
    v_cogs := v_cogs - coalesce(old.cogs, 0);
    v_unknown := v_unknown - (old.cogs is null)::integer;
  end if;
  if v_cogs = 0 and v_unknown = 0 then return null; end if;
  select * into t from public.transactions x where x.id = v_tx;
  if not found or t.kind <> 'sale' or t.status <> 'posted' or not exists (select 1 from public.tenants tz where tz.id = t.tenant_id) then
    return null;
  end if;
  insert into public.report_days as r (tenant_id, day, cogs, cogs_unknown)
  values (t.tenant_id, (t.occurred_at at time zone (select tz.timezone from public.tenants tz where tz.id = t.tenant_id))::date, v_cogs, v_unknown)
  on conflict (tenant_id, day) do update set cogs = r.cogs + excluded.cogs, cogs_unknown = r.cogs_unknown + excluded.cogs_unknown;
  return null;
end
$$;

create or replace function internal.report_product_days_line() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  t public.transactions%rowtype;
begin
  if tg_op = 'INSERT' and current_setting('juragan.posting', true) = 'lines:' || new.transaction_id then
    return null;  -- counted with the booking, at its total
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    select * into t from public.transactions x where x.id = old.transaction_id;
    if found then perform internal.report_product_days_apply(t, -1, old); end if;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    select * into t from public.transactions x where x.id = new.transaction_id;
    if found then perform internal.report_product_days_apply(t, 1, new); end if;
  end if;
  return null;
end
$$;
