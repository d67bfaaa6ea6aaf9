-- Debts of money alone ("bu yati ngutang 25rb", an old balance) and their undo, plus the undo of a
-- debt payment, so every writer changes debts through the same rules. Idempotent like the others.

alter table public.debt_payments add column voided_at timestamptz;
alter table public.debt_payments add column void_reason text;
comment on column public.debt_payments.voided_at is 'Set by void_debt_payment: its allocations were taken back from the debts (the allocation rows stay as history).';

-- Payment results also say whether the payment was voided.
create or replace function internal.debt_payment_result(p_pay uuid, p_created boolean) returns jsonb
language sql stable security invoker as $$
  select jsonb_build_object(
    'payment_id', p.id, 'created', p_created, 'contact_id', p.contact_id, 'direction', p.direction,
    'amount', p.amount, 'paid', p.applied, 'unapplied', p.amount - p.applied, 'voided_at', p.voided_at,
    'remaining', coalesce((select sum(d.amount - d.paid) from public.debts d
       where d.tenant_id = p.tenant_id and d.contact_id = p.contact_id and d.direction = p.direction
         and d.status = 'open'), 0)::bigint,
    'allocations', coalesce((select jsonb_agg(jsonb_build_object('debt_id', a.debt_id, 'amount', a.amount,
         'status', d.status, 'outstanding', d.amount - d.paid) order by d.created_at, d.id)
       from public.debt_payment_allocations a join public.debts d on d.id = a.debt_id
       where a.payment_id = p.id), '[]'::jsonb))
  from public.debt_payments p where p.id = p_pay
$$;

create or replace function internal.debt_result(p_debt uuid, p_created boolean) returns jsonb
language sql stable security invoker as $$
  select jsonb_build_object(
    'debt_id', d.id, 'created', p_created, 'contact_id', d.contact_id, 'direction', d.direction,
    'amount', d.amount, 'paid', d.paid, 'status', d.status, 'due_date', d.due_date, 'transaction_id', d.transaction_id,
    'remaining', coalesce((select sum(o.amount - o.paid) from public.debts o
       where o.tenant_id = d.tenant_id and o.contact_id = d.contact_id and o.direction = d.direction
         and o.status = 'open'), 0)::bigint)
  from public.debts d where d.id = p_debt
$$;
grant execute on function internal.debt_result(uuid, boolean) to authenticated, service_role;

create or replace function public.add_debt(p_tenant_id uuid, p_contact_id uuid, p_direction text, p_amount bigint,
    p_source_ref text, p_due_date date default null, p_note text default null, p_occurred_at timestamptz default null)
returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_id uuid;
begin
  perform internal.check_debt_args(v_tenant, p_contact_id, p_direction, p_amount, p_source_ref);
  select id into v_id from public.debts where tenant_id = v_tenant and source_ref = p_source_ref;
  if found then
    return internal.debt_result(v_id, false);
  end if;
  insert into public.debts (tenant_id, direction, contact_id, amount, due_date, note, source_ref, created_at)
  values (v_tenant, p_direction, p_contact_id, p_amount, p_due_date, p_note, p_source_ref, coalesce(p_occurred_at, now()))
  on conflict (tenant_id, source_ref) where source_ref is not null do nothing
  returning id into v_id;
  if v_id is null then
    select id into v_id from public.debts where tenant_id = v_tenant and source_ref = p_source_ref;
    return internal.debt_result(v_id, false);
  end if;
  perform internal.audit(v_tenant, 'debt.added', 'debt', v_id::text,
    jsonb_build_object('direction', p_direction, 'amount', p_amount));
  return internal.debt_result(v_id, true);
end
$$;
comment on function public.add_debt(uuid, uuid, text, bigint, text, date, text, timestamptz) is 'Records a debt of money alone (no goods). Idempotent on source_ref.';

create or replace function public.void_debt(p_tenant_id uuid, p_debt_id uuid, p_reason text default null) returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_debt public.debts%rowtype;
begin
  select * into v_debt from public.debts where tenant_id = v_tenant and id = p_debt_id for update;
  if not found then
    raise exception 'not_found:debt' using detail = coalesce(p_debt_id::text, 'null');
  end if;
  if v_debt.transaction_id is not null then
    raise exception 'invalid:debt_of_transaction' using detail = 'void the transaction instead';
  end if;
  if v_debt.status = 'void' then
    return internal.debt_result(v_debt.id, false) || jsonb_build_object('voided', false);
  end if;
  if v_debt.paid > 0 then
    raise exception 'conflict:debt_has_payments' using detail = format('paid %s of %s', v_debt.paid, v_debt.amount);
  end if;
  update public.debts set status = 'void', settled_at = now(), note = coalesce(p_reason, note) where id = v_debt.id;
  update public.debt_reminders set cancelled_at = now()
   where debt_id = v_debt.id and sent_at is null and cancelled_at is null;
  perform internal.audit(v_tenant, 'debt.voided', 'debt', v_debt.id::text, jsonb_build_object('reason', p_reason));
  return internal.debt_result(v_debt.id, false) || jsonb_build_object('voided', true);
end
$$;
comment on function public.void_debt(uuid, uuid, text) is 'Voids an unpaid debt recorded with add_debt (debts of transactions go through void_transaction). Idempotent.';

create or replace function public.void_debt_payment(p_tenant_id uuid, p_payment_id uuid, p_reason text default null) returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_pay public.debt_payments%rowtype;
begin
  select * into v_pay from public.debt_payments where tenant_id = v_tenant and id = p_payment_id for update;
  if not found then
    raise exception 'not_found:debt_payment' using detail = coalesce(p_payment_id::text, 'null');
  end if;
  if v_pay.voided_at is not null then
    return internal.debt_payment_result(v_pay.id, false) || jsonb_build_object('voided', false);
  end if;
  -- Lock the debts in id order, then take each allocation back (a void debt stays void).
  perform 1 from public.debts where id in (select debt_id from public.debt_payment_allocations where payment_id = v_pay.id)
  order by id for update;
  update public.debts d
     set paid = d.paid - a.amount,
         status = case when d.status = 'void' then 'void' else 'open' end,
         settled_at = case when d.status = 'void' then d.settled_at end
    from public.debt_payment_allocations a
   where a.payment_id = v_pay.id and a.debt_id = d.id;
  update public.debt_payments set voided_at = now(), void_reason = p_reason where id = v_pay.id;
  perform internal.audit(v_tenant, 'debt.payment_voided', 'debt_payment', v_pay.id::text,
    jsonb_build_object('amount', v_pay.amount, 'reason', p_reason));
  return internal.debt_payment_result(v_pay.id, false) || jsonb_build_object('voided', true);
end
$$;
comment on function public.void_debt_payment(uuid, uuid, text) is 'Undoes a debt payment: its allocations are taken back from the debts (reopened), the payment is marked voided. Idempotent.';
