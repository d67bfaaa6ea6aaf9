-- Daily figures kept as the ledger changes, so Ringkasan's 7- and 30-day figures and charts read a
-- few rows per day instead of every transaction (1M transactions in one warung: seconds → milliseconds).
-- The raw functions stay the definition: dashboard/tests/report-parity.test.ts checks over random
-- ledgers (voids included) that these sums equal report_figures over the same days.

create table public.report_days (
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  day date not null,
  omzet bigint not null default 0,
  cogs bigint not null default 0,
  cogs_unknown integer not null default 0,
  expenses bigint not null default 0,
  income bigint not null default 0,
  sales_count integer not null default 0,
  cash bigint not null default 0, qris bigint not null default 0, transfer bigint not null default 0, credit bigint not null default 0,
  cash_n integer not null default 0, qris_n integer not null default 0, transfer_n integer not null default 0, credit_n integer not null default 0,
  primary key (tenant_id, day)
);
comment on table public.report_days is 'Per warung and local day: posted sales (omzet, known line cogs, lines without cogs, count, by payment), expenses and other income. Kept by triggers; never written by hand.';
comment on column public.report_days.day is 'Calendar day in the warung''s time zone (tenants.timezone).';
comment on column public.report_days.cogs_unknown is 'Posted sale lines without a cost (report "sebagian modal belum tercatat").';
select internal.tenant_rls('public.report_days');
revoke insert, update, delete on public.report_days from authenticated;

-- Adds (sign 1) or removes (sign -1) one transaction's share, lines included, to its day.
create or replace function internal.report_days_apply(t public.transactions, p_sign integer) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_day date;
  v_cogs bigint := 0;
  v_unknown integer := 0;
  v_sale boolean := t.kind = 'sale';
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
    p_sign * case when v_sale and t.payment = 'cash' then t.total else 0 end, p_sign * case when v_sale and t.payment = 'qris' then t.total else 0 end,
    p_sign * case when v_sale and t.payment = 'transfer' then t.total else 0 end, p_sign * case when v_sale and t.payment = 'credit' then t.total else 0 end,
    p_sign * (v_sale and t.payment = 'cash')::integer, p_sign * (v_sale and t.payment = 'qris')::integer,
    p_sign * (v_sale and t.payment = 'transfer')::integer, p_sign * (v_sale and t.payment = 'credit')::integer)
  on conflict (tenant_id, day) do update set
    omzet = r.omzet + excluded.omzet, cogs = r.cogs + excluded.cogs, cogs_unknown = r.cogs_unknown + excluded.cogs_unknown,
    expenses = r.expenses + excluded.expenses, income = r.income + excluded.income, sales_count = r.sales_count + excluded.sales_count,
    cash = r.cash + excluded.cash, qris = r.qris + excluded.qris, transfer = r.transfer + excluded.transfer, credit = r.credit + excluded.credit,
    cash_n = r.cash_n + excluded.cash_n, qris_n = r.qris_n + excluded.qris_n, transfer_n = r.transfer_n + excluded.transfer_n, credit_n = r.credit_n + excluded.credit_n;
end
$$;
comment on function internal.report_days_apply(public.transactions, integer) is 'Adds or removes a transaction''s share of report_days (with its lines'' cogs).';

-- A transaction's share moves whenever its kind, status, total, payment or time changes. Its lines
-- are counted at that moment too, so removing the old share and adding the new one cancels them out.
create or replace function internal.report_days_tx() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_op = 'UPDATE' and (old.kind, old.status, old.total, old.payment, old.occurred_at) is not distinct from
                          (new.kind, new.status, new.total, new.payment, new.occurred_at) then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then perform internal.report_days_apply(old, -1); end if;
  if tg_op in ('INSERT', 'UPDATE') then perform internal.report_days_apply(new, 1); end if;
  return null;
end
$$;
comment on function internal.report_days_tx() is 'Trigger on transactions: keeps report_days.';
create trigger report_days_tx after insert or update or delete on public.transactions
  for each row execute function internal.report_days_tx();

-- A line added to (or changed in) a posted sale changes its day's cogs.
create or replace function internal.report_days_line() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  t public.transactions%rowtype;
  v_tx uuid;
  v_cogs bigint := 0;
  v_unknown integer := 0;
begin
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
comment on function internal.report_days_line() is 'Trigger on transaction_lines: keeps report_days.cogs for lines of posted sales.';
create trigger report_days_line after insert or update of cogs or delete on public.transaction_lines
  for each row execute function internal.report_days_line();

-- Recomputes report_days from the ledger (this migration on existing data; bulk loads without triggers).
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
         coalesce(sum(t.total) filter (where t.kind = 'sale' and t.payment = 'cash'), 0), coalesce(sum(t.total) filter (where t.kind = 'sale' and t.payment = 'qris'), 0),
         coalesce(sum(t.total) filter (where t.kind = 'sale' and t.payment = 'transfer'), 0), coalesce(sum(t.total) filter (where t.kind = 'sale' and t.payment = 'credit'), 0),
         count(*) filter (where t.kind = 'sale' and t.payment = 'cash'), count(*) filter (where t.kind = 'sale' and t.payment = 'qris'),
         count(*) filter (where t.kind = 'sale' and t.payment = 'transfer'), count(*) filter (where t.kind = 'sale' and t.payment = 'credit')
    from public.transactions t join public.tenants tz on tz.id = t.tenant_id
    left join lateral (select sum(x.cogs) as cogs, count(*) filter (where x.cogs is null) as unknown
                         from public.transaction_lines x where x.transaction_id = t.id and t.kind = 'sale') l on true
   where t.status = 'posted' and (p_tenant_id is null or t.tenant_id = p_tenant_id)
   group by 1, 2;
end
$$;
comment on function internal.report_days_rebuild(uuid) is 'Recomputes report_days from transactions (one warung or all).';
revoke execute on function internal.report_days_rebuild(uuid) from public, authenticated;
select internal.report_days_rebuild();

-- Figures of whole local days [p_from, p_to] from report_days: the same columns as report_figures.
create or replace function public.report_days_figures(p_tenant_id uuid, p_from date, p_to date)
returns table (omzet bigint, cogs bigint, cogs_missing boolean, expenses bigint, income bigint, sales_count bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  select coalesce(sum(r.omzet), 0)::bigint, coalesce(sum(r.cogs), 0)::bigint, coalesce(sum(r.cogs_unknown), 0) > 0,
         coalesce(sum(r.expenses), 0)::bigint, coalesce(sum(r.income), 0)::bigint, coalesce(sum(r.sales_count), 0)::bigint
    from public.report_days r where r.tenant_id = v and r.day between p_from and p_to;
end
$$;
comment on function public.report_days_figures(uuid, date, date) is 'report_figures over whole local days, read from report_days.';

create or replace function public.dashboard_days_figures(p_tenant_id uuid, p_from date, p_to date)
returns table (omzet bigint, cogs bigint, cogs_missing boolean, expenses bigint, income bigint, sales_count bigint)
language sql stable security invoker set search_path = public, pg_temp as $$
  select f.omzet, case when internal.sees_costs() then f.cogs end, case when internal.sees_costs() then f.cogs_missing end,
         f.expenses, f.income, f.sales_count
    from public.report_days_figures(p_tenant_id, p_from, p_to) f
$$;
comment on function public.dashboard_days_figures(uuid, date, date) is 'report_days_figures for the dashboard; cogs NULL for staff and cashiers.';

-- Per local day of the warung: omzet, cogs, sales and expenses, for charts (days without sales too), from report_days.
create or replace function public.report_daily(p_tenant_id uuid, p_from date, p_days integer)
returns table (day date, omzet bigint, cogs bigint, sales_count bigint, expenses bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  select g.d::date, coalesce(r.omzet, 0), coalesce(r.cogs, 0), coalesce(r.sales_count, 0)::bigint, coalesce(r.expenses, 0)
    from generate_series(p_from::timestamp, (p_from + p_days - 1)::timestamp, interval '1 day') as g(d)
    left join public.report_days r on r.tenant_id = v and r.day = g.d::date
   order by 1;
end
$$;
comment on function public.report_daily(uuid, date, integer) is 'Daily omzet, cogs, number of sales and expenses over p_days local days from p_from.';

create or replace function public.dashboard_daily(p_tenant_id uuid, p_from date, p_days integer)
returns table (day date, omzet bigint, cogs bigint, sales_count bigint, expenses bigint)
language sql stable security invoker set search_path = public, pg_temp as $$
  select d.day, d.omzet, case when internal.sees_costs() then d.cogs end, d.sales_count, d.expenses
    from public.report_daily(p_tenant_id, p_from, p_days) d
$$;
comment on function public.dashboard_daily(uuid, date, integer) is 'report_daily for the dashboard; cogs NULL for staff and cashiers.';

-- Sales by payment over whole local days, from report_days.
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
   where m.n > 0 order by m.total desc;
end
$$;
comment on function public.report_payment_mix_days(uuid, date, date) is 'Sales by payment method over whole local days (report_days).';
