-- The figures of reports, once: the chat's "laporan hari ini" (agents/finance/report.ts) and the
-- dashboard's Ringkasan call these, so they can never disagree. SECURITY INVOKER: the caller's RLS
-- applies, and an authenticated caller may not name another tenant (internal.require_tenant).
-- Periods are instants [p_start, p_end); only posted transactions count.

-- Omzet, cost of goods sold (known line costs), expenses, other income and the number of sales.
create or replace function public.report_figures(p_tenant_id uuid, p_start timestamptz, p_end timestamptz)
returns table (omzet bigint, cogs bigint, cogs_missing boolean, expenses bigint, income bigint, sales_count bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  with t as (
    select x.id, x.kind, x.total from public.transactions x
     where x.tenant_id = v and x.status = 'posted' and x.occurred_at >= p_start and x.occurred_at < p_end),
  l as (
    select coalesce(sum(tl.cogs), 0)::bigint as cogs, coalesce(bool_or(tl.cogs is null), false) as missing
      from t join public.transaction_lines tl on tl.transaction_id = t.id and tl.tenant_id = v
     where t.kind = 'sale')
  select coalesce(sum(t.total) filter (where t.kind = 'sale'), 0)::bigint,
         (select l.cogs from l), (select l.missing from l),
         coalesce(sum(t.total) filter (where t.kind = 'expense'), 0)::bigint,
         coalesce(sum(t.total) filter (where t.kind = 'income'), 0)::bigint,
         count(*) filter (where t.kind = 'sale')
    from t;
end
$$;
comment on function public.report_figures(uuid, timestamptz, timestamptz) is
  'Period figures of a warung: omzet, cogs (sum of known line costs; cogs_missing when some are unknown), expenses, other income, number of sales.';

-- Best-selling products of a period by omzet; lines without a product group by their description.
create or replace function public.report_top_products(p_tenant_id uuid, p_start timestamptz, p_end timestamptz, p_limit integer default 5)
returns table (name text, qty numeric, unit text, total bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  select coalesce(p.name, min(l.description)), sum(l.qty), coalesce(p.unit, min(l.unit)), sum(l.total)::bigint
    from public.transaction_lines l join public.transactions t on t.id = l.transaction_id
    left join public.products p on p.id = l.product_id
   where t.tenant_id = v and t.kind = 'sale' and t.status = 'posted' and t.occurred_at >= p_start and t.occurred_at < p_end
   group by coalesce(l.product_id::text, lower(l.description)), p.name, p.unit
   order by sum(l.total) desc, 1 limit p_limit;
end
$$;
comment on function public.report_top_products(uuid, timestamptz, timestamptz, integer) is 'Top products of a period by omzet (name, qty, unit, total).';

-- Open debts: receivables (and how much of them is late) and payables. Late: past the due date, or
-- without one and older than p_late_before.
create or replace function public.report_debts(p_tenant_id uuid, p_today date, p_late_before timestamptz)
returns table (receivable bigint, debtors bigint, overdue bigint, overdue_debtors bigint, payable bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  with open as (
    select d.contact_id, d.direction, d.amount - d.paid as rest,
           (d.due_date < p_today or (d.due_date is null and d.created_at < p_late_before)) as late
      from public.debts d where d.tenant_id = v and d.status = 'open')
  select coalesce(sum(o.rest) filter (where o.direction = 'receivable'), 0)::bigint,
         count(distinct o.contact_id) filter (where o.direction = 'receivable'),
         coalesce(sum(o.rest) filter (where o.direction = 'receivable' and o.late), 0)::bigint,
         count(distinct o.contact_id) filter (where o.direction = 'receivable' and o.late),
         coalesce(sum(o.rest) filter (where o.direction = 'payable'), 0)::bigint
    from open o;
end
$$;
comment on function public.report_debts(uuid, date, timestamptz) is 'Open receivables (total, debtors, late part) and payables of a warung.';

-- How sales were paid in a period.
create or replace function public.report_payment_mix(p_tenant_id uuid, p_start timestamptz, p_end timestamptz)
returns table (payment text, total bigint, sales_count bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  select t.payment, sum(t.total)::bigint, count(*) from public.transactions t
   where t.tenant_id = v and t.kind = 'sale' and t.status = 'posted' and t.occurred_at >= p_start and t.occurred_at < p_end
   group by t.payment order by 2 desc;
end
$$;
comment on function public.report_payment_mix(uuid, timestamptz, timestamptz) is 'Sales of a period by payment method (cash, qris, transfer, credit).';

-- Active products at or below their reorder point (or out of stock), lowest first.
create or replace function public.report_low_stock(p_tenant_id uuid, p_limit integer default 20)
returns table (product_id uuid, name text, unit text, level numeric, reorder_point numeric)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  select p.id, p.name, p.unit, sl.level, p.reorder_point
    from public.products p join public.stock_levels sl on sl.product_id = p.id and sl.tenant_id = p.tenant_id
   where p.tenant_id = v and p.active and (sl.level <= 0 or sl.level <= p.reorder_point)
   order by sl.level - coalesce(p.reorder_point, 0), p.name limit p_limit;
end
$$;
comment on function public.report_low_stock(uuid, integer) is 'Products to restock: level at or below the reorder point, or none left.';

-- Receivables per customer, late ones first (same lateness rule as report_debts).
create or replace function public.report_receivables_due(p_tenant_id uuid, p_today date, p_late_before timestamptz, p_limit integer default 20)
returns table (contact_id uuid, name text, outstanding bigint, next_due date, late boolean)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  select d.contact_id, c.name, sum(d.amount - d.paid)::bigint, min(d.due_date),
         bool_or(d.due_date < p_today or (d.due_date is null and d.created_at < p_late_before))
    from public.debts d join public.contacts c on c.id = d.contact_id and c.tenant_id = d.tenant_id
   where d.tenant_id = v and d.status = 'open' and d.direction = 'receivable'
   group by d.contact_id, c.name
   order by 5 desc, 3 desc limit p_limit;
end
$$;
comment on function public.report_receivables_due(uuid, date, timestamptz, integer) is 'Open receivables per customer, late first, then largest.';

-- Cost and profit are for owners. The service role (schedulers) and callers without a member role
-- see them; staff and cashiers do not.
create or replace function internal.sees_costs() returns boolean
language sql stable security invoker as $$
  select coalesce(auth.jwt() ->> 'role', '') <> 'authenticated'
      or coalesce(auth.jwt() ->> 'member_role', 'owner') = 'owner'
$$;
comment on function internal.sees_costs() is 'True for owners and the service; false for staff and cashiers (no cost or profit).';

-- The dashboard's figures: report_figures with cost hidden from staff and cashiers.
create or replace function public.dashboard_figures(p_tenant_id uuid, p_start timestamptz, p_end timestamptz)
returns table (omzet bigint, cogs bigint, cogs_missing boolean, expenses bigint, income bigint, sales_count bigint)
language sql stable security invoker set search_path = public, pg_temp as $$
  select f.omzet, case when internal.sees_costs() then f.cogs end, case when internal.sees_costs() then f.cogs_missing end,
         f.expenses, f.income, f.sales_count
    from public.report_figures(p_tenant_id, p_start, p_end) f
$$;
comment on function public.dashboard_figures(uuid, timestamptz, timestamptz) is 'report_figures for the dashboard; cogs NULL for staff and cashiers.';
