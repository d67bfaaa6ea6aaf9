-- dashboard_debt_history: a voided payment said 'paid' (so the page showed money that was taken back as
-- paid), and a down payment did not point at the sale it was paid at. Now a payment's status is 'void'
-- once voided, and a down payment carries its transaction. Same signature.
create or replace function public.dashboard_debt_history(p_tenant_id uuid, p_contact_id uuid)
returns table (at timestamptz, entry text, direction text, amount bigint, status text, note text, transaction_id uuid)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  perform internal.require_reader();
  return query
  select * from (
    select d.created_at, 'debt'::text, d.direction, d.amount, d.status, d.note, d.transaction_id
      from public.debts d where d.tenant_id = v and d.contact_id = p_contact_id
    union all
    select p.paid_at, 'payment'::text, p.direction, p.amount, case when p.voided_at is null then 'paid' else 'void' end,
           p.note, p.transaction_id
      from public.debt_payments p where p.tenant_id = v and p.contact_id = p_contact_id) h
  order by 1 desc limit 200;
end
$$;
comment on function public.dashboard_debt_history(uuid, uuid) is 'Debts (kasbon) and payments of one contact, newest first; a voided payment has status void, a down payment its transaction.';
