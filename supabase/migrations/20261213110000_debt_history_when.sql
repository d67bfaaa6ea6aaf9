-- The Utang page's history showed when a debt was written, so a credit sale rung up offline at 23.50 and synced the
-- next morning (or told in chat as "kemarin bu ani ngutang ...") stood on the wrong day. A debt from a sale, and the
-- down payment made at that sale, now show the sale's time; a debt or payment of its own keeps when it was booked.
-- Same signature.
create or replace function public.dashboard_debt_history(p_tenant_id uuid, p_contact_id uuid)
returns table (at timestamptz, entry text, direction text, amount bigint, status text, note text, transaction_id uuid)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  perform internal.require_reader();
  return query
  select * from (
    select coalesce(t.occurred_at, d.created_at), 'debt'::text, d.direction, d.amount, d.status, d.note, d.transaction_id
      from public.debts d left join public.transactions t on t.tenant_id = v and t.id = d.transaction_id
     where d.tenant_id = v and d.contact_id = p_contact_id
    union all
    select coalesce(t.occurred_at, p.paid_at), 'payment'::text, p.direction, p.amount, case when p.voided_at is null then 'paid' else 'void' end,
           p.note, p.transaction_id
      from public.debt_payments p left join public.transactions t on t.tenant_id = v and t.id = p.transaction_id
     where p.tenant_id = v and p.contact_id = p_contact_id) h
  order by 1 desc limit 200;
end
$$;
comment on function public.dashboard_debt_history(uuid, uuid) is 'Debts (kasbon) and payments of one contact, newest first, a sale''s debt and its down payment at the sale''s time; a voided payment has status void, a down payment its transaction.';
