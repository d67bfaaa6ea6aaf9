-- A sale or purchase paid by two means at once (owner try: "beli beras 5 kg 70rb, bayar 50rb qris 20rb tunai").
-- A transaction has one payment method; the whole Rp70.000 was QRIS, so the cash drawer came up Rp20.000 short.
-- The transaction keeps its non-cash method and records the part paid in cash: the drawer (report_cash) counts
-- that part, QRIS/transfer the rest, and the daily figures by payment (report_days) split it the same way.
-- Counts by payment (cash_n, qris_n …) stay with the method the transaction is booked under.

alter table public.transactions add column cash_part bigint;
alter table public.transactions add constraint transactions_cash_part_ck
  check (cash_part is null or (cash_part > 0 and cash_part < total and payment in ('qris', 'transfer')));
comment on column public.transactions.cash_part is 'Paid in cash on a QRIS/transfer sale or purchase paid by both ("50rb qris 20rb tunai"); the rest came by the transaction''s payment. NULL when one means paid it all. Set by record_cash_part.';

-- The cash share of a transaction, and the share of its own payment method.
create or replace function internal.cash_share(t public.transactions) returns bigint
language sql immutable set search_path = public, pg_temp as $$
  select case when t.payment = 'cash' then t.total when t.payment in ('qris', 'transfer') then coalesce(t.cash_part, 0) else 0 end
$$;
create or replace function internal.method_share(t public.transactions) returns bigint
language sql immutable set search_path = public, pg_temp as $$
  select t.total - case when t.payment in ('qris', 'transfer') then coalesce(t.cash_part, 0) else 0 end
$$;
comment on function internal.cash_share(public.transactions) is 'What of a transaction was paid in cash: all of a cash one, the cash_part of a QRIS/transfer one.';
comment on function internal.method_share(public.transactions) is 'What of a transaction came by its own payment method: its total less a cash_part.';
select internal.tenant_function('internal.cash_share(public.transactions)'::regprocedure);
select internal.tenant_function('internal.method_share(public.transactions)'::regprocedure);

create or replace function public.record_cash_part(p_tenant_id uuid, p_transaction_id uuid, p_amount bigint) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_tx public.transactions%rowtype;
begin
  select * into v_tx from public.transactions where tenant_id = v_tenant and id = p_transaction_id for update;
  if not found then
    raise exception 'not_found:transaction' using detail = coalesce(p_transaction_id::text, 'null');
  end if;
  if v_tx.status <> 'posted' then
    raise exception 'conflict:transaction_voided' using detail = v_tx.id::text;
  end if;
  if v_tx.kind not in ('sale', 'purchase') or v_tx.payment not in ('qris', 'transfer') then
    raise exception 'invalid:payment' using detail = 'a cash part only on a sale or purchase paid by QRIS or transfer';
  end if;
  if p_amount is null or p_amount <= 0 or p_amount >= v_tx.total then
    raise exception 'invalid:amount' using detail = format('a cash part is more than 0 and less than the total %s', v_tx.total);
  end if;
  -- A retried message sets the same part again: nothing changes.
  if v_tx.cash_part is distinct from p_amount then
    update public.transactions set cash_part = p_amount where id = v_tx.id;
    perform internal.audit(v_tenant, 'transaction.cash_part', 'transaction', v_tx.id::text,
      jsonb_build_object('cash_part', p_amount, 'payment', v_tx.payment));
  end if;
  return jsonb_build_object('id', v_tx.id, 'cash_part', p_amount, 'payment', v_tx.payment, 'total', v_tx.total);
end
$$;
comment on function public.record_cash_part(uuid, uuid, bigint) is 'Records the part of a QRIS/transfer sale or purchase that was paid in cash (less than its total). Idempotent.';
select internal.secure_function('public.record_cash_part(uuid, uuid, bigint)'::regprocedure);

-- report_days: as in 20261201070400_report_days.sql, with cash and the method's column split by cash_part.
create or replace function internal.report_days_apply(t public.transactions, p_sign integer) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_day date;
  v_cogs bigint := 0;
  v_unknown integer := 0;
  v_sale boolean := t.kind = 'sale';
  v_cash bigint := case when t.kind = 'sale' then internal.cash_share(t) else 0 end;
  v_own bigint := case when t.kind = 'sale' then internal.method_share(t) else 0 end;
begin
  if t.status <> 'posted' then return; end if;
  v_day := (t.occurred_at at time zone (select tz.timezone from public.tenants tz where tz.id = t.tenant_id))::date;
  if v_day is null then return; end if; -- the warung itself is being deleted (its report_days go with it)
  if v_sale then
    select coalesce(sum(l.cogs), 0), count(*) filter (where l.cogs is null) into v_cogs, v_unknown
      from public.transaction_lines l where l.transaction_id = t.id;
  end if;
  insert into public.report_days as r (tenant_id, day, omzet, cogs, cogs_unknown, expenses, income, sales_count,
      cash, qris, transfer, credit, cash_n, qris_n, transfer_n, credit_n)
  values (t.tenant_id, v_day,
    p_sign * case when v_sale then t.total else 0 end, p_sign * v_cogs, p_sign * v_unknown,
    p_sign * case when t.kind = 'expense' then t.total else 0 end, p_sign * case when t.kind = 'income' then t.total else 0 end,
    p_sign * v_sale::integer,
    p_sign * v_cash, p_sign * case when t.payment = 'qris' then v_own else 0 end,
    p_sign * case when t.payment = 'transfer' then v_own else 0 end, p_sign * case when t.payment = 'credit' then v_own else 0 end,
    p_sign * (v_sale and t.payment = 'cash')::integer, p_sign * (v_sale and t.payment = 'qris')::integer,
    p_sign * (v_sale and t.payment = 'transfer')::integer, p_sign * (v_sale and t.payment = 'credit')::integer)
  on conflict (tenant_id, day) do update set
    omzet = r.omzet + excluded.omzet, cogs = r.cogs + excluded.cogs, cogs_unknown = r.cogs_unknown + excluded.cogs_unknown,
    expenses = r.expenses + excluded.expenses, income = r.income + excluded.income, sales_count = r.sales_count + excluded.sales_count,
    cash = r.cash + excluded.cash, qris = r.qris + excluded.qris, transfer = r.transfer + excluded.transfer, credit = r.credit + excluded.credit,
    cash_n = r.cash_n + excluded.cash_n, qris_n = r.qris_n + excluded.qris_n, transfer_n = r.transfer_n + excluded.transfer_n, credit_n = r.credit_n + excluded.credit_n;
end
$$;

-- As in 20261202100100_reports_once_per_posting.sql, with cash_part among what moves a transaction's share.
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
  if tg_op = 'UPDATE' and (old.kind, old.status, old.total, old.payment, old.occurred_at, old.cash_part) is not distinct from
                          (new.kind, new.status, new.total, new.payment, new.occurred_at, new.cash_part) then
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
      cash = r.cash + case when v_sale then internal.cash_share(new) - internal.cash_share(old) else 0 end,
      qris = r.qris + case when v_sale and new.payment = 'qris' then internal.method_share(new) else 0 end - case when v_sale and old.payment = 'qris' then internal.method_share(old) else 0 end,
      transfer = r.transfer + case when v_sale and new.payment = 'transfer' then internal.method_share(new) else 0 end - case when v_sale and old.payment = 'transfer' then internal.method_share(old) else 0 end,
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

-- As in 20261201070400_report_days.sql, with the cash part counted as cash.
create or replace function internal.report_days_rebuild(p_tenant_id uuid default null) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  delete from public.report_days where p_tenant_id is null or tenant_id = p_tenant_id;
  insert into public.report_days (tenant_id, day, omzet, cogs, cogs_unknown, expenses, income, sales_count,
      cash, qris, transfer, credit, cash_n, qris_n, transfer_n, credit_n)
  select t.tenant_id, (t.occurred_at at time zone tz.timezone)::date,
         coalesce(sum(t.total) filter (where t.kind = 'sale'), 0), coalesce(sum(l.cogs), 0), coalesce(sum(l.unknown), 0),
         coalesce(sum(t.total) filter (where t.kind = 'expense'), 0), coalesce(sum(t.total) filter (where t.kind = 'income'), 0),
         count(*) filter (where t.kind = 'sale'),
         coalesce(sum(internal.cash_share(t)) filter (where t.kind = 'sale'), 0),
         coalesce(sum(internal.method_share(t)) filter (where t.kind = 'sale' and t.payment = 'qris'), 0),
         coalesce(sum(internal.method_share(t)) filter (where t.kind = 'sale' and t.payment = 'transfer'), 0),
         coalesce(sum(t.total) filter (where t.kind = 'sale' and t.payment = 'credit'), 0),
         count(*) filter (where t.kind = 'sale' and t.payment = 'cash'), count(*) filter (where t.kind = 'sale' and t.payment = 'qris'),
         count(*) filter (where t.kind = 'sale' and t.payment = 'transfer'), count(*) filter (where t.kind = 'sale' and t.payment = 'credit')
    from public.transactions t join public.tenants tz on tz.id = t.tenant_id
    left join lateral (select sum(x.cogs) as cogs, count(*) filter (where x.cogs is null) as unknown
                         from public.transaction_lines x where x.transaction_id = t.id and t.kind = 'sale') l on true
   where t.status = 'posted' and (p_tenant_id is null or t.tenant_id = p_tenant_id)
   group by 1, 2;
end
$$;

-- As in 20261205110000_report_cash.sql, with the cash part of QRIS/transfer sales and purchases in the drawer.
create or replace function public.report_cash(p_tenant_id uuid, p_start timestamptz, p_end timestamptz)
returns table (sales bigint, income bigint, debts_in bigint, purchases bigint, expenses bigint, debts_out bigint, not_cash bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
    select coalesce(sum(internal.cash_share(t)) filter (where t.kind = 'sale'), 0)::bigint,
           coalesce(sum(t.total) filter (where t.kind = 'income' and t.payment = 'cash'), 0)::bigint,
           (select coalesce(sum(p.amount), 0)::bigint from public.debt_payments p
             where p.tenant_id = v and p.direction = 'receivable' and p.payment = 'cash' and p.voided_at is null
               and p.paid_at >= p_start and p.paid_at < p_end),
           coalesce(sum(internal.cash_share(t)) filter (where t.kind = 'purchase'), 0)::bigint,
           coalesce(sum(t.total) filter (where t.kind = 'expense' and t.payment = 'cash'), 0)::bigint,
           (select coalesce(sum(p.amount), 0)::bigint from public.debt_payments p
             where p.tenant_id = v and p.direction = 'payable' and p.payment = 'cash' and p.voided_at is null
               and p.paid_at >= p_start and p.paid_at < p_end),
           coalesce(sum(internal.method_share(t)) filter (where t.kind in ('sale', 'income') and t.payment in ('qris', 'transfer')), 0)::bigint
      from public.transactions t
     where t.tenant_id = v and t.status = 'posted' and t.occurred_at >= p_start and t.occurred_at < p_end;
end
$$;

-- The Transaksi detail says the cash part: as in 20261202070200_transaction_pos_origin.sql, with cash_part.
create or replace function public.dashboard_transaction(p_tenant_id uuid, p_transaction_id uuid) returns jsonb
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
  v_costs boolean := internal.sees_costs();
  v_tx public.transactions%rowtype;
  v_inbox bigint;
begin
  perform internal.require_reader();
  select * into v_tx from public.transactions t where t.tenant_id = v and t.id = p_transaction_id;
  if not found then
    raise exception 'not_found:transaction' using detail = p_transaction_id::text;
  end if;
  if v_tx.source_ref ~ '^inbox:[0-9]+$' then v_inbox := substr(v_tx.source_ref, 7)::bigint; end if;
  return jsonb_build_object(
    'id', v_tx.id, 'kind', v_tx.kind, 'occurred_at', v_tx.occurred_at, 'created_at', v_tx.created_at,
    'payment', v_tx.payment, 'cash_part', v_tx.cash_part, 'source', v_tx.source, 'source_ref', v_tx.source_ref, 'status', v_tx.status,
    'total', v_tx.total, 'cogs', case when v_costs then v_tx.cogs end, 'category', v_tx.category, 'note', v_tx.note,
    'voided_at', v_tx.voided_at, 'void_reason', v_tx.void_reason,
    'counterparty', coalesce((select c.name from public.contacts c where c.id = v_tx.contact_id and c.tenant_id = v), v_tx.counterparty_name),
    'contact_id', v_tx.contact_id,
    'created_by', (select m.name from public.members m where m.id = v_tx.created_by and m.tenant_id = v),
    'lines', coalesce((select jsonb_agg(jsonb_build_object('line_no', l.line_no, 'product_id', l.product_id, 'description', l.description,
        'qty', l.qty, 'unit', l.unit, 'unit_price', l.unit_price, 'total', l.total,
        'cogs', case when v_costs then l.cogs end) order by l.line_no)
      from public.transaction_lines l where l.transaction_id = v_tx.id and l.tenant_id = v), '[]'::jsonb),
    'stock', coalesce((select jsonb_agg(jsonb_build_object('product', p.name, 'unit', p.unit, 'qty', s.qty, 'kind', s.kind,
        'at', s.created_at) order by s.id)
      from public.stock_movements s join public.products p on p.id = s.product_id and p.tenant_id = s.tenant_id
      where s.transaction_id = v_tx.id and s.tenant_id = v), '[]'::jsonb),
    'debt', (select jsonb_build_object('id', d.id, 'amount', d.amount, 'paid', d.paid, 'status', d.status, 'due_date', d.due_date)
      from public.debts d where d.transaction_id = v_tx.id and d.tenant_id = v),
    'origin', (select jsonb_build_object('kind', i.kind, 'text', i.body, 'transcript', i.transcript, 'media_ref', i.media_ref,
        'sent_at', coalesce(i.sent_at, i.received_at), 'member', (select m.name from public.members m where m.id = i.member_id and m.tenant_id = v))
      from public.inbox i where i.id = v_inbox and i.tenant_id = v),
    'pos', (select jsonb_build_object('receipt_no', s.receipt_no, 'device', d.name, 'device_code', d.code,
        'device_removed', d.revoked_at is not null, 'cashier', m.name, 'flags', to_jsonb(s.flags))
      from public.pos_sales s
      join public.pos_devices d on d.tenant_id = s.tenant_id and d.id = s.device_id
      left join public.members m on m.tenant_id = s.tenant_id and m.id = s.cashier_id
      where s.tenant_id = v and s.transaction_id = v_tx.id));
end
$$;

-- Ringkasan's "Cara bayar": as in 20261201070400_report_days.sql, with a method that has money but no sales of its
-- own (the cash part of QRIS sales) shown too.
create or replace function public.report_payment_mix_days(p_tenant_id uuid, p_from date, p_to date)
returns table (payment text, total bigint, sales_count bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  select m.payment, m.total, m.n from (
    select 'cash' as payment, sum(r.cash)::bigint as total, sum(r.cash_n)::bigint as n from public.report_days r where r.tenant_id = v and r.day between p_from and p_to
    union all select 'qris', sum(r.qris)::bigint, sum(r.qris_n)::bigint from public.report_days r where r.tenant_id = v and r.day between p_from and p_to
    union all select 'transfer', sum(r.transfer)::bigint, sum(r.transfer_n)::bigint from public.report_days r where r.tenant_id = v and r.day between p_from and p_to
    union all select 'credit', sum(r.credit)::bigint, sum(r.credit_n)::bigint from public.report_days r where r.tenant_id = v and r.day between p_from and p_to) m
   where m.n > 0 or m.total > 0 order by m.total desc;
end
$$;
