-- Kulakan and what the pengeluaran were, in the chat's report. Owner tries: after "beli cabe merah 2 kilo 90 ribu"
-- the day's report showed no trace of the Rp90.000 (purchases are stock, not expenses, so they stay out of laba and
-- get a line of their own); "pengeluaran hari ini apa saja" got one total. A partial index keeps both reads to the
-- warung's posted purchases and expenses.
create index transactions_money_out_idx on public.transactions (tenant_id, kind, occurred_at) include (total, category)
  where status = 'posted' and kind in ('purchase', 'expense');
comment on index public.transactions_money_out_idx is 'report_purchases, report_expense_categories: a warung''s posted purchases and expenses by time.';

create or replace function public.report_purchases(p_tenant_id uuid, p_start timestamptz, p_end timestamptz) returns bigint
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return (
    select coalesce(sum(t.total), 0)::bigint from public.transactions t
     where t.tenant_id = v and t.kind = 'purchase' and t.status = 'posted'
       and t.occurred_at >= p_start and t.occurred_at < p_end);
end
$$;
comment on function public.report_purchases(uuid, timestamptz, timestamptz) is
  'Kulakan of a period: the total of posted purchases (cash and on credit) that occurred in [p_start, p_end).';
select internal.tenant_function('public.report_purchases(uuid, timestamptz, timestamptz)'::regprocedure);

create or replace function public.report_expense_categories(p_tenant_id uuid, p_start timestamptz, p_end timestamptz)
returns table (category text, total bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
    select coalesce(t.category, 'lainnya'), sum(t.total)::bigint from public.transactions t
     where t.tenant_id = v and t.kind = 'expense' and t.status = 'posted'
       and t.occurred_at >= p_start and t.occurred_at < p_end
     group by 1 order by 2 desc, 1;
end
$$;
comment on function public.report_expense_categories(uuid, timestamptz, timestamptz) is
  'Posted expenses of [p_start, p_end) by category (none = lainnya), largest first: what the report''s Pengeluaran was.';
select internal.tenant_function('public.report_expense_categories(uuid, timestamptz, timestamptz)'::regprocedure);

-- The chat's figures read both one-row functions in one statement, with report_stock_diff and report_purchases in
-- its select list. Planned at the default 1,000 rows a function, the join looked like a million rows and the
-- select list's functions a cost above jit_above_cost: PostgreSQL compiled the statement with LLVM on every report
-- (about 15 ms of CPU a message in bench/pipeline.ts, 8 messages in one a report). They return exactly one row.
alter function public.report_figures(uuid, timestamptz, timestamptz) rows 1;
alter function public.report_days_figures(uuid, date, date) rows 1;
