-- The cash that should be in the drawer ("uang di laci harusnya berapa", chat; an owner try): what came in and went
-- out in cash over a period, by where it came from. QRIS and transfers never reach the drawer, so they are summed
-- apart; goods on credit are not cash until paid (their payments, down payments included, are debt_payments).
create or replace function public.report_cash(p_tenant_id uuid, p_start timestamptz, p_end timestamptz)
returns table (sales bigint, income bigint, debts_in bigint, purchases bigint, expenses bigint, debts_out bigint, not_cash bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
    select coalesce(sum(t.total) filter (where t.kind = 'sale' and t.payment = 'cash'), 0)::bigint,
           coalesce(sum(t.total) filter (where t.kind = 'income' and t.payment = 'cash'), 0)::bigint,
           (select coalesce(sum(p.amount), 0)::bigint from public.debt_payments p
             where p.tenant_id = v and p.direction = 'receivable' and p.payment = 'cash' and p.voided_at is null
               and p.paid_at >= p_start and p.paid_at < p_end),
           coalesce(sum(t.total) filter (where t.kind = 'purchase' and t.payment = 'cash'), 0)::bigint,
           coalesce(sum(t.total) filter (where t.kind = 'expense' and t.payment = 'cash'), 0)::bigint,
           (select coalesce(sum(p.amount), 0)::bigint from public.debt_payments p
             where p.tenant_id = v and p.direction = 'payable' and p.payment = 'cash' and p.voided_at is null
               and p.paid_at >= p_start and p.paid_at < p_end),
           coalesce(sum(t.total) filter (where t.kind in ('sale', 'income') and t.payment in ('qris', 'transfer')), 0)::bigint
      from public.transactions t
     where t.tenant_id = v and t.status = 'posted' and t.occurred_at >= p_start and t.occurred_at < p_end;
end
$$;
comment on function public.report_cash(uuid, timestamptz, timestamptz) is
  'Cash in and out of [p_start, p_end): cash sales and income, debts paid to the warung in cash (down payments too); cash purchases, expenses and debts the warung paid; and what came in by QRIS or transfer (not in the drawer).';
select internal.tenant_function('public.report_cash(uuid, timestamptz, timestamptz)'::regprocedure);
