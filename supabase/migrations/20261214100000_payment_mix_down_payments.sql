-- Ringkasan's "Cara bayar": a credit sale with money paid at once (a down payment, record_down_payment) counts that money
-- under the way it was paid, and only the rest as owed. An owner's dashboard showed "mama ros ambil beras 5 kg, bayar
-- 50rb sisanya utang" as Rp90.000 of debt and none of the Rp50.000 in cash. As in 20261206100000_split_tender.sql
-- otherwise: report_days by the sales' payment, a method with money but no sales of its own shown too.
create or replace function public.report_payment_mix_days(p_tenant_id uuid, p_from date, p_to date)
returns table (payment text, total bigint, sales_count bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  with days as (
    select coalesce(sum(r.cash), 0) as cash, coalesce(sum(r.cash_n), 0) as cash_n, coalesce(sum(r.qris), 0) as qris,
           coalesce(sum(r.qris_n), 0) as qris_n, coalesce(sum(r.transfer), 0) as transfer, coalesce(sum(r.transfer_n), 0) as transfer_n,
           coalesce(sum(r.credit), 0) as credit, coalesce(sum(r.credit_n), 0) as credit_n
      from public.report_days r where r.tenant_id = v and r.day between p_from and p_to),
  -- Down payments on the period's posted credit sales, by how they were paid (a voided sale voids its down payment).
  down as (
    select p.payment as method, sum(p.amount) as amount
      from public.debt_payments p
      join public.transactions t on t.tenant_id = p.tenant_id and t.id = p.transaction_id
      join public.tenants tz on tz.id = t.tenant_id
     where p.tenant_id = v and p.voided_at is null and t.kind = 'sale' and t.status = 'posted'
       and (t.occurred_at at time zone tz.timezone)::date between p_from and p_to
     group by p.payment),
  dp as (
    select coalesce(sum(amount) filter (where method = 'cash'), 0) as cash, coalesce(sum(amount) filter (where method = 'qris'), 0) as qris,
           coalesce(sum(amount) filter (where method = 'transfer'), 0) as transfer, coalesce(sum(amount), 0) as total from down)
  select m.payment, m.total::bigint, m.n::bigint from (
    select 'cash' as payment, d.cash + dp.cash as total, d.cash_n as n from days d, dp
    union all select 'qris', d.qris + dp.qris, d.qris_n from days d, dp
    union all select 'transfer', d.transfer + dp.transfer, d.transfer_n from days d, dp
    union all select 'credit', d.credit - dp.total, d.credit_n from days d, dp) m
   where m.n > 0 or m.total > 0 order by m.total desc;
end
$$;
