-- day_entries' lines carry the quantity as said (said_qty, said_unit: "1 slop" of 10 bks), so "catatan
-- hari ini" shows what the owner said beside the base quantity, as the booking reply did. Same signature.

create or replace function public.day_entries(p_tenant_id uuid, p_from timestamptz, p_to timestamptz, p_member uuid default null)
returns table (ref text, kind text, at timestamptz, total bigint, payment text, category text, direction text,
    counterparty text, lines jsonb, voided boolean, created_by uuid)
language sql stable security invoker set search_path = public, pg_temp as $$
  select * from (
    select t.id::text, t.kind, t.occurred_at, t.total, t.payment, t.category,
           case when t.payment = 'credit' then case t.kind when 'sale' then 'receivable' else 'payable' end end,
           coalesce(c.name, t.counterparty_name),
           coalesce((select jsonb_agg(jsonb_build_object('description', l.description, 'qty', l.qty, 'unit', l.unit,
               'unit_price', l.unit_price, 'total', l.total, 'said_qty', l.said_qty, 'said_unit', l.said_unit, 'names', coalesce(to_jsonb(p.aliases), '[]'::jsonb)) order by l.line_no)
              from public.transaction_lines l left join public.products p on p.tenant_id = l.tenant_id and p.id = l.product_id
             where l.tenant_id = t.tenant_id and l.transaction_id = t.id), '[]'::jsonb),
           t.status = 'voided', t.created_by
      from public.transactions t left join public.contacts c on c.tenant_id = t.tenant_id and c.id = t.contact_id
     where t.tenant_id = internal.require_tenant(p_tenant_id) and t.occurred_at >= p_from and t.occurred_at < p_to
       and (p_member is null or t.created_by = p_member)
    union all
    select 'debt:' || d.id::text, 'debt', d.created_at, d.amount, 'credit', null, d.direction, c.name, '[]'::jsonb, d.status = 'void', null::uuid
      from public.debts d join public.contacts c on c.tenant_id = d.tenant_id and c.id = d.contact_id
     where d.tenant_id = internal.require_tenant(p_tenant_id) and d.transaction_id is null
       and d.created_at >= p_from and d.created_at < p_to and p_member is null
    union all
    select 'payment:' || p.id::text, 'debt_payment', p.paid_at, p.amount, p.payment, null, p.direction, c.name, '[]'::jsonb,
           p.voided_at is not null, p.created_by
      from public.debt_payments p join public.contacts c on c.tenant_id = p.tenant_id and c.id = p.contact_id
     where p.tenant_id = internal.require_tenant(p_tenant_id) and p.paid_at >= p_from and p.paid_at < p_to
       and (p_member is null or p.created_by = p_member)
  ) e order by 3, 1
$$;
