-- "Selisih stok" also counts goods gone without a sale ("telor pecah 3 butir", chat intent stock_out):
-- add_stock with a negative quantity and no cost books an 'adjustment' whose cogs is the goods' value at
-- the average cost, a loss no report showed. report_stock_diff now sums those too (and takes back the
-- ones undone), beside stock counts. Positive adjustments (opening stock, the costing start's valuation)
-- are not losses and stay out. Same signature.
drop index if exists public.stock_movements_counts_idx;
create index stock_movements_counts_idx on public.stock_movements (tenant_id, (coalesce(counted_at, created_at)))
  include (cogs) where transaction_id is null and kind in ('opname', 'void', 'adjustment');
comment on index public.stock_movements_counts_idx is 'report_stock_diff: stock counts, losses and their undos of a warung by time.';

create or replace function public.report_stock_diff(p_tenant_id uuid, p_start timestamptz, p_end timestamptz) returns bigint
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return (
    select coalesce(-sum(m.cogs), 0)::bigint from public.stock_movements m
     where m.tenant_id = v and m.transaction_id is null and m.kind in ('opname', 'void', 'adjustment')
       and coalesce(m.counted_at, m.created_at) >= p_start and coalesce(m.counted_at, m.created_at) < p_end
       and (m.kind = 'opname' or (m.kind = 'adjustment' and m.qty < 0)
            or exists (select 1 from public.stock_movements o where o.id = m.reverses and o.tenant_id = v
                        and (o.kind = 'opname' or (o.kind = 'adjustment' and o.qty < 0)))));
end
$$;
comment on function public.report_stock_diff(uuid, timestamptz, timestamptz) is
  'Selisih stok of a period: value stock counts added and goods lost (negative = goods missing), at average cost, from the cost_ledger rows of counts, losses and their undos.';
