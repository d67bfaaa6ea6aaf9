-- Deposits (titipan) and one lock per person. A payment larger than what a contact owes keeps the rest
-- as the contact's deposit: the part of a non-voided payment not allocated to any debt
-- (debt_payments.amount - applied). Every new debt of that contact and direction (credit sale or
-- purchase, add_debt) and every debt reopened by void_debt_payment is paid from deposits first,
-- oldest payment first, with ordinary allocation rows. debt_balances shows the deposit.
--
-- Every debt writer locks the contact row first (internal.lock_contact), so writers of one person's
-- debts run one after the other and cannot deadlock on debts and payments taken in different orders.

create or replace function internal.lock_contact(p_tenant uuid, p_contact uuid) returns void
language plpgsql security invoker as $$
begin
  perform 1 from public.contacts where tenant_id = p_tenant and id = p_contact for update;
end
$$;
comment on function internal.lock_contact(uuid, uuid) is 'Serialises every writer of one contact''s debts and payments (taken before any debt or payment row).';

-- The contact's deposit in one direction: what non-voided payments paid beyond the debts they settled.
create or replace function internal.deposit_of(p_tenant uuid, p_contact uuid, p_direction text) returns bigint
language sql stable security invoker as $$
  select coalesce(sum(amount - applied), 0)::bigint from public.debt_payments
  where tenant_id = p_tenant and contact_id = p_contact and direction = p_direction and voided_at is null
$$;
comment on function internal.deposit_of(uuid, uuid, text) is 'Deposit (titipan) of a contact in one direction: sum of the unallocated parts of its non-voided payments.';

-- Pays open debts from deposits, oldest payment to oldest debt. Caller holds the contact lock.
-- Returns the amount applied.
create or replace function internal.apply_deposits(p_tenant uuid, p_contact uuid, p_direction text) returns bigint
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_pay record;
  v_debt record;
  v_rest bigint;
  v_part bigint;
  v_total bigint := 0;
begin
  for v_pay in
    select id, amount - applied as rest from public.debt_payments
    where tenant_id = p_tenant and contact_id = p_contact and direction = p_direction
      and voided_at is null and amount > applied
    order by paid_at, created_at, id
  loop
    v_rest := v_pay.rest;
    for v_debt in
      select id, amount - paid as open from public.debts
      where tenant_id = p_tenant and contact_id = p_contact and direction = p_direction and status = 'open'
      order by created_at, id
    loop
      exit when v_rest = 0;
      v_part := least(v_rest, v_debt.open);
      continue when v_part <= 0;
      update public.debts
         set paid = paid + v_part,
             status = case when paid + v_part = amount then 'paid' else 'open' end,
             settled_at = case when paid + v_part = amount then now() end
       where id = v_debt.id;
      -- A payment may meet the same debt again after another payment on it was voided.
      insert into public.debt_payment_allocations as a (tenant_id, payment_id, debt_id, amount)
      values (p_tenant, v_pay.id, v_debt.id, v_part)
      on conflict (payment_id, debt_id) do update set amount = a.amount + excluded.amount;
      update public.debt_payments set applied = applied + v_part where id = v_pay.id;
      v_rest := v_rest - v_part;
      v_total := v_total + v_part;
    end loop;
  end loop;
  return v_total;
end
$$;
comment on function internal.apply_deposits(uuid, uuid, text) is 'Settles a contact''s open debts from its deposits (unallocated parts of payments), oldest first. Caller holds internal.lock_contact.';

-- Payment results also carry the contact's deposit after the payment.
create or replace function internal.debt_payment_result(p_pay uuid, p_created boolean) returns jsonb
language sql stable security invoker as $$
  select jsonb_build_object(
    'payment_id', p.id, 'created', p_created, 'contact_id', p.contact_id, 'direction', p.direction,
    'amount', p.amount, 'paid', p.applied, 'unapplied', p.amount - p.applied, 'voided_at', p.voided_at,
    'remaining', coalesce((select sum(d.amount - d.paid) from public.debts d
       where d.tenant_id = p.tenant_id and d.contact_id = p.contact_id and d.direction = p.direction
         and d.status = 'open'), 0)::bigint,
    'deposit', internal.deposit_of(p.tenant_id, p.contact_id, p.direction),
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
         and o.status = 'open'), 0)::bigint,
    'deposit', internal.deposit_of(d.tenant_id, d.contact_id, d.direction))
  from public.debts d where d.id = p_debt
$$;

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
  perform internal.lock_contact(v_tenant, p_contact_id);
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

  -- What is left stays as the contact's deposit (amount - applied) for the next debt.
  update public.debt_payments set applied = p_amount - v_rest where id = v_pay;
  perform internal.audit(v_tenant, 'debt.paid', 'contact', p_contact_id::text,
    jsonb_build_object('direction', p_direction, 'amount', p_amount, 'applied', p_amount - v_rest));
  return internal.debt_payment_result(v_pay, true);
end
$$;
comment on function public.record_debt_payment(uuid, uuid, text, bigint, text, text, timestamptz, text) is 'Pays a contact''s open debts in one direction, oldest first; an overpayment stays as the contact''s deposit (titipan) for the next debt. Returns paid, unapplied, remaining and deposit. Idempotent on source_ref.';

create or replace function public.add_debt(p_tenant_id uuid, p_contact_id uuid, p_direction text, p_amount bigint,
    p_source_ref text, p_due_date date default null, p_note text default null, p_occurred_at timestamptz default null)
returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_id uuid;
begin
  perform internal.check_debt_args(v_tenant, p_contact_id, p_direction, p_amount, p_source_ref);
  perform internal.lock_contact(v_tenant, p_contact_id);
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
  perform internal.apply_deposits(v_tenant, p_contact_id, p_direction);
  perform internal.audit(v_tenant, 'debt.added', 'debt', v_id::text,
    jsonb_build_object('direction', p_direction, 'amount', p_amount));
  return internal.debt_result(v_id, true);
end
$$;
comment on function public.add_debt(uuid, uuid, text, bigint, text, date, text, timestamptz) is 'Records a debt of money alone (no goods), paid from the contact''s deposit first. Idempotent on source_ref.';

create or replace function public.void_debt(p_tenant_id uuid, p_debt_id uuid, p_reason text default null) returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_debt public.debts%rowtype;
begin
  select * into v_debt from public.debts where tenant_id = v_tenant and id = p_debt_id;
  if not found then
    raise exception 'not_found:debt' using detail = coalesce(p_debt_id::text, 'null');
  end if;
  perform internal.lock_contact(v_tenant, v_debt.contact_id);
  select * into v_debt from public.debts where id = p_debt_id for update;
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

-- The one way to undo a debt payment (the chat's "batal" calls it too). Two concurrent undos of one
-- payment: the second waits on the contact lock, then finds voided_at set and changes nothing.
create or replace function public.void_debt_payment(p_tenant_id uuid, p_payment_id uuid, p_reason text default null) returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_pay public.debt_payments%rowtype;
begin
  select * into v_pay from public.debt_payments where tenant_id = v_tenant and id = p_payment_id;
  if not found then
    raise exception 'not_found:debt_payment' using detail = coalesce(p_payment_id::text, 'null');
  end if;
  perform internal.lock_contact(v_tenant, v_pay.contact_id);
  select * into v_pay from public.debt_payments where id = p_payment_id for update;
  if v_pay.voided_at is not null then
    return internal.debt_payment_result(v_pay.id, false) || jsonb_build_object('voided', false);
  end if;
  -- Take each allocation back (a void debt stays void), then let other deposits pay what reopened.
  update public.debts d
     set paid = d.paid - a.amount,
         status = case when d.status = 'void' then 'void' else 'open' end,
         settled_at = case when d.status = 'void' then d.settled_at end
    from public.debt_payment_allocations a
   where a.payment_id = v_pay.id and a.debt_id = d.id;
  update public.debt_payments set voided_at = now(), void_reason = p_reason where id = v_pay.id;
  perform internal.apply_deposits(v_tenant, v_pay.contact_id, v_pay.direction);
  perform internal.audit(v_tenant, 'debt.payment_voided', 'debt_payment', v_pay.id::text,
    jsonb_build_object('amount', v_pay.amount, 'reason', p_reason));
  return internal.debt_payment_result(v_pay.id, false) || jsonb_build_object('voided', true);
end
$$;
comment on function public.void_debt_payment(uuid, uuid, text) is 'Undoes a debt payment: its allocations are taken back from the debts (reopened, then paid from other deposits), the payment is marked voided. Idempotent, also under concurrent calls.';

-- Outstanding debt and deposit per contact and direction (a contact with only a deposit has a row too).
create or replace view public.debt_balances with (security_invoker = true) as
  with open as (
    select d.tenant_id, d.contact_id, d.direction, sum(d.amount - d.paid)::bigint as outstanding,
           count(*)::integer as open_debts, min(d.due_date) as next_due_date, min(d.created_at) as oldest_at
    from public.debts d where d.status = 'open'
    group by d.tenant_id, d.contact_id, d.direction),
  dep as (
    select p.tenant_id, p.contact_id, p.direction, sum(p.amount - p.applied)::bigint as deposit
    from public.debt_payments p where p.voided_at is null and p.amount > p.applied
    group by p.tenant_id, p.contact_id, p.direction)
  select coalesce(o.tenant_id, x.tenant_id) as tenant_id, coalesce(o.contact_id, x.contact_id) as contact_id,
         coalesce(o.direction, x.direction) as direction, coalesce(o.outstanding, 0)::bigint as outstanding,
         coalesce(o.open_debts, 0)::integer as open_debts, o.next_due_date, o.oldest_at,
         coalesce(x.deposit, 0)::bigint as deposit
  from open o
  full join dep x on x.tenant_id = o.tenant_id and x.contact_id = o.contact_id and x.direction = o.direction;
comment on view public.debt_balances is 'Per contact and direction: outstanding (open debts) and deposit (titipan: overpaid money kept for the next debt). RLS of the caller applies.';
comment on column public.debt_payments.applied is 'Part of amount that settled debts; amount - applied is the contact''s deposit (titipan), used for the next debt (internal.apply_deposits).';

grant execute on function internal.lock_contact(uuid, uuid), internal.deposit_of(uuid, uuid, text),
  internal.apply_deposits(uuid, uuid, text) to authenticated, service_role;
