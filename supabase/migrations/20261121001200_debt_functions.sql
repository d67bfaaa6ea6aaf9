-- record_debt_payment: a contact pays (or the warung pays a supplier); the amount settles open debts
-- in that direction oldest first. Idempotent on source_ref. debt_balances: outstanding per contact.

-- What record_debt_payment returns for a payment.
create or replace function internal.debt_payment_result(p_pay uuid, p_created boolean) returns jsonb
language sql stable security invoker as $$
  select jsonb_build_object(
    'payment_id', p.id, 'created', p_created, 'contact_id', p.contact_id, 'direction', p.direction,
    'amount', p.amount, 'paid', p.applied, 'unapplied', p.amount - p.applied,
    'remaining', coalesce((select sum(d.amount - d.paid) from public.debts d
       where d.tenant_id = p.tenant_id and d.contact_id = p.contact_id and d.direction = p.direction
         and d.status = 'open'), 0)::bigint,
    'allocations', coalesce((select jsonb_agg(jsonb_build_object('debt_id', a.debt_id, 'amount', a.amount,
         'status', d.status, 'outstanding', d.amount - d.paid) order by d.created_at, d.id)
       from public.debt_payment_allocations a join public.debts d on d.id = a.debt_id
       where a.payment_id = p.id), '[]'::jsonb))
  from public.debt_payments p where p.id = p_pay
$$;
grant execute on function internal.debt_payment_result(uuid, boolean) to authenticated, service_role;

-- The arguments every debt writer checks: a direction, a positive amount, an idempotency key, and a
-- contact of the tenant. Shared by record_debt_payment and add_debt.
create or replace function internal.check_debt_args(p_tenant uuid, p_contact uuid, p_direction text, p_amount bigint, p_source_ref text)
returns void language plpgsql stable security invoker set search_path = public, pg_temp as $$
begin
  if p_direction is null or p_direction not in ('receivable', 'payable') then
    raise exception 'invalid:direction' using detail = coalesce(p_direction, 'null');
  end if;
  if p_amount is null or p_amount <= 0 then
    raise exception 'invalid:amount' using detail = coalesce(p_amount::text, 'null');
  end if;
  if p_source_ref is null or p_source_ref = '' then
    raise exception 'invalid:source_ref';
  end if;
  perform 1 from public.contacts where tenant_id = p_tenant and id = p_contact;
  if not found then
    raise exception 'not_found:contact' using detail = coalesce(p_contact::text, 'null');
  end if;
end
$$;
grant execute on function internal.check_debt_args(uuid, uuid, text, bigint, text) to authenticated, service_role;

create or replace function public.record_debt_payment(p_tenant_id uuid, p_contact_id uuid, p_direction text,
    p_amount bigint, p_source_ref text, p_payment text default 'cash', p_paid_at timestamptz default null,
    p_note text default null) returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_pay uuid;
  v_rest bigint := p_amount;
  v_part bigint;
  v_debt record;
begin
  perform internal.check_debt_args(v_tenant, p_contact_id, p_direction, p_amount, p_source_ref);
  select id into v_pay from public.debt_payments where tenant_id = v_tenant and source_ref = p_source_ref;
  if found then
    return internal.debt_payment_result(v_pay, false);
  end if;

  insert into public.debt_payments (tenant_id, contact_id, direction, amount, payment, paid_at, source_ref, note, created_by)
  values (v_tenant, p_contact_id, p_direction, p_amount, coalesce(p_payment, 'cash'), coalesce(p_paid_at, now()),
      p_source_ref, p_note, internal.current_member_id(v_tenant))
  on conflict (tenant_id, source_ref) do nothing
  returning id into v_pay;
  if v_pay is null then
    select id into v_pay from public.debt_payments where tenant_id = v_tenant and source_ref = p_source_ref;
    return internal.debt_payment_result(v_pay, false);
  end if;

  -- Lock the open debts in id order (as void_debt_payment does) so the two cannot deadlock, then
  -- settle them oldest first.
  perform 1 from public.debts
  where tenant_id = v_tenant and contact_id = p_contact_id and direction = p_direction and status = 'open'
  order by id for update;
  for v_debt in
    select id, amount, paid from public.debts
    where tenant_id = v_tenant and contact_id = p_contact_id and direction = p_direction and status = 'open'
    order by created_at, id
  loop
    exit when v_rest = 0;
    v_part := least(v_rest, v_debt.amount - v_debt.paid);
    continue when v_part <= 0;
    update public.debts
       set paid = paid + v_part,
           status = case when paid + v_part = amount then 'paid' else 'open' end,
           settled_at = case when paid + v_part = amount then now() end
     where id = v_debt.id;
    insert into public.debt_payment_allocations (tenant_id, payment_id, debt_id, amount)
    values (v_tenant, v_pay, v_debt.id, v_part);
    v_rest := v_rest - v_part;
  end loop;

  update public.debt_payments set applied = p_amount - v_rest where id = v_pay;
  perform internal.audit(v_tenant, 'debt.paid', 'contact', p_contact_id::text,
    jsonb_build_object('direction', p_direction, 'amount', p_amount, 'applied', p_amount - v_rest));
  return internal.debt_payment_result(v_pay, true);
end
$$;
comment on function public.record_debt_payment(uuid, uuid, text, bigint, text, text, timestamptz, text) is 'Pays a contact''s open debts in one direction, oldest first. Returns paid, unapplied (overpayment) and remaining balance. Idempotent on source_ref.';

-- Outstanding (unpaid) amount per contact and direction.
create view public.debt_balances with (security_invoker = true) as
  select d.tenant_id, d.contact_id, d.direction, sum(d.amount - d.paid)::bigint as outstanding,
         count(*)::integer as open_debts, min(d.due_date) as next_due_date, min(d.created_at) as oldest_at
  from public.debts d
  where d.status = 'open'
  group by d.tenant_id, d.contact_id, d.direction;
comment on view public.debt_balances is 'Open debts summed per contact and direction (RLS of the caller applies).';
grant select on public.debt_balances to authenticated, service_role;
