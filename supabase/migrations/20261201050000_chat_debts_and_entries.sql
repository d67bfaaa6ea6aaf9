-- Reads the chat answers with and the dashboard can call the same way: who owes what (as of a moment),
-- one person's debt history, and the day's entries for "catatan hari ini" / "batal 3".
-- All security invoker: row-level security of the caller applies; the tenant argument may be NULL
-- (the JWT's tenant), and naming another tenant raises forbidden:tenant.

-- When a debt arose: the credit sale/purchase's time (a debt row from post_transaction is stamped with
-- the moment of writing, which for a back-dated entry is not when it happened), else its own created_at.
create or replace function internal.debt_arose_at(p_debt public.debts) returns timestamptz
language sql stable security invoker set search_path = public, pg_temp as $$
  select coalesce((select t.occurred_at from public.transactions t
                    where t.tenant_id = p_debt.tenant_id and t.id = p_debt.transaction_id), p_debt.created_at)
$$;
comment on function internal.debt_arose_at(public.debts) is 'When a debt arose: its transaction''s occurred_at, else the debt''s created_at.';
grant execute on function internal.debt_arose_at(public.debts) to authenticated, service_role;

-- Open balances per contact as they stood at p_as_of: debts that had arisen by then (not voided), less
-- what payments made by then (not voided) settled. p_as_of = now() gives today's balances.
create or replace function public.debt_list(p_tenant_id uuid, p_direction text, p_as_of timestamptz default now(),
    p_overdue_after_days integer default 30)
returns table (contact_id uuid, name text, phone text, outstanding bigint, open_debts integer, oldest_at timestamptz,
    next_due_date date, overdue boolean)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_today date;
begin
  if p_direction is null or p_direction not in ('receivable', 'payable') then
    raise exception 'invalid:direction' using detail = coalesce(p_direction, 'null');
  end if;
  select (p_as_of at time zone t.timezone)::date into v_today from public.tenants t where t.id = v_tenant;
  return query
  with d as (
    select x.id, x.contact_id, x.amount, x.due_date, internal.debt_arose_at(x) as arose
      from public.debts x
     where x.tenant_id = v_tenant and x.direction = p_direction and x.status <> 'void'),
  rest as (
    select d.contact_id, d.due_date, d.arose,
           d.amount - coalesce((select sum(a.amount) from public.debt_payment_allocations a
              join public.debt_payments p on p.id = a.payment_id and p.tenant_id = a.tenant_id
             where a.tenant_id = v_tenant and a.debt_id = d.id and p.voided_at is null and p.paid_at <= p_as_of), 0) as rest
      from d where d.arose <= p_as_of)
  select r.contact_id, c.name, c.phone, sum(r.rest)::bigint, count(*)::integer, min(r.arose), min(r.due_date),
         coalesce(bool_or(case when r.due_date is not null then r.due_date < v_today
                                else r.arose < p_as_of - make_interval(days => p_overdue_after_days) end), false)
    from rest r join public.contacts c on c.tenant_id = v_tenant and c.id = r.contact_id
   where r.rest > 0
   group by r.contact_id, c.name, c.phone
   order by 8 desc, 4 desc, 2;
end
$$;
comment on function public.debt_list(uuid, text, timestamptz, integer) is
  'Open balances per contact in one direction as of a moment (overdue first, then the largest). A receivable without a due date is overdue after p_overdue_after_days.';
grant execute on function public.debt_list(uuid, text, timestamptz, integer) to authenticated, service_role;

-- One contact's debts and payments, newest first: what "utang bu yati berapa" shows under the balance.
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
  ) h order by 1 desc limit greatest(p_limit, 0)
$$;
comment on function public.debt_history(uuid, uuid, integer) is 'A contact''s debts (entry debt) and payments (entry payment), newest first.';
grant execute on function public.debt_history(uuid, uuid, integer) to authenticated, service_role;

-- Everything booked for a span of time (a day): transactions (voided ones too, so the numbers the owner
-- saw stay put after "batal 3"), debts recorded on their own, and debt payments, with who wrote them
-- (created_by; NULL for debts on their own). p_member limits it to what one member wrote (debts on
-- their own are then left out). Lines carry the product's aliases (names) so "batal gg tadi" can find them.
create or replace function public.day_entries(p_tenant_id uuid, p_from timestamptz, p_to timestamptz, p_member uuid default null)
returns table (ref text, kind text, at timestamptz, total bigint, payment text, category text, direction text,
    counterparty text, lines jsonb, voided boolean, created_by uuid)
language sql stable security invoker set search_path = public, pg_temp as $$
  select * from (
    select t.id::text, t.kind, t.occurred_at, t.total, t.payment, t.category,
           case when t.payment = 'credit' then case t.kind when 'sale' then 'receivable' else 'payable' end end,
           coalesce(c.name, t.counterparty_name),
           coalesce((select jsonb_agg(jsonb_build_object('description', l.description, 'qty', l.qty, 'unit', l.unit,
               'unit_price', l.unit_price, 'total', l.total, 'names', coalesce(to_jsonb(p.aliases), '[]'::jsonb)) order by l.line_no)
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
comment on function public.day_entries(uuid, timestamptz, timestamptz, uuid) is
  'Entries booked in [p_from, p_to) in time order: transactions (voided included), debts on their own (ref debt:<id>), debt payments (ref payment:<id>).';
grant execute on function public.day_entries(uuid, timestamptz, timestamptz, uuid) to authenticated, service_role;
