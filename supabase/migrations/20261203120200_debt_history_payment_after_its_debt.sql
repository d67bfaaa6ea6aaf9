-- debt_history (the chat's "utang bu tini brp"): a down payment is paid at the instant of the sale that
-- made the debt, and the tie put "bayar" before "ngutang" in time. Payments now come after debts of the
-- same instant. Same signature; the body is 20261201050000's otherwise.
create or replace function public.debt_history(p_tenant_id uuid, p_contact_id uuid, p_limit integer default 5)
returns table (at timestamptz, entry text, direction text, amount bigint, outstanding bigint, due_date date, description text)
language sql stable security invoker set search_path = public, pg_temp as $$
  select * from (
    select internal.debt_arose_at(d) as at, 'debt'::text, d.direction, d.amount, d.amount - d.paid, d.due_date,
           coalesce((select string_agg(l.description, ', ' order by l.line_no) from public.transaction_lines l
                      where l.tenant_id = d.tenant_id and l.transaction_id = d.transaction_id), d.note)
      from public.debts d
     where d.tenant_id = internal.require_tenant(p_tenant_id) and d.contact_id = p_contact_id and d.status <> 'void'
    union all
    select p.paid_at, 'payment', p.direction, p.amount, null, null, p.note
      from public.debt_payments p
     where p.tenant_id = internal.require_tenant(p_tenant_id) and p.contact_id = p_contact_id and p.voided_at is null
  ) h order by 1 desc, 2 desc limit greatest(p_limit, 0)
$$;
