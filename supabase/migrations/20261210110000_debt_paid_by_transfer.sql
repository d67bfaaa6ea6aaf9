-- "bu yati bayar setengah utangnya 42rb transfer": a debt paid to the warung by QRIS or transfer went into neither the
-- drawer nor "QRIS/transfer … masuk rekening" (a helper's try: the bank line Rp42.000 short). As in
-- 20261209110000_cash_lent.sql, with such payments in not_cash.
create or replace function public.report_cash(p_tenant_id uuid, p_start timestamptz, p_end timestamptz)
returns table (sales bigint, income bigint, debts_in bigint, purchases bigint, expenses bigint, debts_out bigint, not_cash bigint,
               lent bigint, borrowed bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
    select coalesce(sum(internal.cash_share(t)) filter (where t.kind = 'sale'), 0)::bigint,
           coalesce(sum(internal.cash_share(t)) filter (where t.kind = 'income'), 0)::bigint,
           (select coalesce(sum(internal.debt_cash_share(p)), 0)::bigint from public.debt_payments p
             where p.tenant_id = v and p.direction = 'receivable' and p.voided_at is null
               and p.paid_at >= p_start and p.paid_at < p_end),
           coalesce(sum(internal.cash_share(t)) filter (where t.kind = 'purchase'), 0)::bigint,
           coalesce(sum(internal.cash_share(t)) filter (where t.kind = 'expense'), 0)::bigint,
           (select coalesce(sum(internal.debt_cash_share(p)), 0)::bigint from public.debt_payments p
             where p.tenant_id = v and p.direction = 'payable' and p.voided_at is null
               and p.paid_at >= p_start and p.paid_at < p_end),
           coalesce(sum(internal.method_share(t)) filter (where t.kind in ('sale', 'income') and t.payment in ('qris', 'transfer')), 0)::bigint
             + (select coalesce(sum(p.amount - internal.debt_cash_share(p)), 0)::bigint from public.debt_payments p
                 where p.tenant_id = v and p.direction = 'receivable' and p.voided_at is null and p.payment in ('qris', 'transfer')
                   and p.paid_at >= p_start and p.paid_at < p_end),
           (select coalesce(sum(d.amount), 0)::bigint from public.debts d
             where d.tenant_id = v and d.cash_moved and d.direction = 'receivable' and d.status <> 'void'
               and d.created_at >= p_start and d.created_at < p_end),
           (select coalesce(sum(d.amount), 0)::bigint from public.debts d
             where d.tenant_id = v and d.cash_moved and d.direction = 'payable' and d.status <> 'void'
               and d.created_at >= p_start and d.created_at < p_end)
      from public.transactions t
     where t.tenant_id = v and t.status = 'posted' and t.occurred_at >= p_start and t.occurred_at < p_end;
end
$$;
comment on function public.report_cash(uuid, timestamptz, timestamptz) is
  'Cash in and out of [p_start, p_end): cash sales and income, debts paid to the warung in cash (down payments too); cash purchases, expenses and debts the warung paid; what came in by QRIS or transfer (not in the drawer), debts paid to the warung that way included; cash lent out and borrowed in.';
select internal.tenant_function('public.report_cash(uuid, timestamptz, timestamptz)'::regprocedure);
