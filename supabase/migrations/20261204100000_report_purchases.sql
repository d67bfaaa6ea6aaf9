-- Kulakan in the chat's report (owner try, Medan: after "beli cabe merah 2 kilo 90 ribu" the day's report
-- showed no trace of the Rp90.000). Purchases are stock, not expenses, so they stay out of laba; the report
-- shows their sum on a line of its own. A partial index keeps the sum to the warung's purchases only.
create index transactions_purchases_idx on public.transactions (tenant_id, occurred_at) include (total)
  where kind = 'purchase' and status = 'posted';
comment on index public.transactions_purchases_idx is 'report_purchases: a warung''s posted purchases by time.';

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
