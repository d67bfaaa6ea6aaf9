-- "Selisih stok": what stock counts found missing (or extra), at the average cost, in a period. Gross
-- profit sums the sale lines' cogs, so a count's loss (booked as an opname movement's cogs in the
-- cost_ledger view) was in no report; the chat's report and Ringkasan now both show it from here.

-- Counts (and their undos) of a warung by when they count in the books (cost_ledger's `at`).
create index if not exists stock_movements_counts_idx on public.stock_movements (tenant_id, (coalesce(counted_at, created_at)))
  include (cogs) where transaction_id is null and kind in ('opname', 'void');
comment on index public.stock_movements_counts_idx is 'report_stock_diff: stock counts and undone counts of a warung by time.';

-- The value stock counts added in [p_start, p_end): minus the cogs of the cost_ledger rows of kind
-- opname, and of the void rows that undo one (a count taken back takes its loss with it). Negative =
-- goods missing. These rows have no transaction, so cost_ledger's `at` is coalesce(counted_at, created_at).
create or replace function public.report_stock_diff(p_tenant_id uuid, p_start timestamptz, p_end timestamptz) returns bigint
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return (
    select coalesce(-sum(m.cogs), 0)::bigint from public.stock_movements m
     where m.tenant_id = v and m.transaction_id is null and m.kind in ('opname', 'void')
       and coalesce(m.counted_at, m.created_at) >= p_start and coalesce(m.counted_at, m.created_at) < p_end
       and (m.kind = 'opname' or exists (select 1 from public.stock_movements o where o.id = m.reverses and o.tenant_id = v and o.kind = 'opname')));
end
$$;
comment on function public.report_stock_diff(uuid, timestamptz, timestamptz) is
  'Selisih stok of a period: value stock counts added (negative = goods missing), at average cost, from the cost_ledger rows of counts and their undos.';

-- The dashboard's: a cost figure, so NULL for staff and cashiers.
create or replace function public.dashboard_stock_diff(p_tenant_id uuid, p_start timestamptz, p_end timestamptz) returns bigint
language sql stable security invoker set search_path = public, pg_temp as $$
  select case when internal.sees_costs() then public.report_stock_diff(p_tenant_id, p_start, p_end) end
$$;
comment on function public.dashboard_stock_diff(uuid, timestamptz, timestamptz) is 'report_stock_diff for the dashboard; NULL for staff and cashiers.';

select internal.tenant_function('public.report_stock_diff(uuid, timestamptz, timestamptz)'::regprocedure);
select internal.tenant_function('public.dashboard_stock_diff(uuid, timestamptz, timestamptz)'::regprocedure);
