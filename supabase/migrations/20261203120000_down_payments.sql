-- Down payments (DP, panjer, uang muka): goods taken on credit with part paid at once ("bu tini beli beras
-- 2 kilo bayar 20rb sisanya ngutang"). The sale or purchase is booked on credit for its whole total, as any
-- credit sale (sales by payment, cost of goods and stock do not change), and the money paid is an ordinary
-- debt payment tied to the transaction that settles this debt first. Cash in then follows the one rule the
-- books already have (cash sales plus debt payments), and what is still owed is the debt's outstanding.
-- Voiding the transaction voids its down payment with it.

alter table public.debt_payments add column transaction_id uuid;
alter table public.debt_payments add constraint debt_payments_transaction_fk
  foreign key (tenant_id, transaction_id) references public.transactions (tenant_id, id);
create unique index debt_payments_transaction_uq on public.debt_payments (transaction_id) where transaction_id is not null;
comment on column public.debt_payments.transaction_id is 'Set on a down payment: the credit sale or purchase it was paid at (record_down_payment); void_transaction voids it with that transaction. NULL for a payment of its own.';

create or replace function public.record_down_payment(p_tenant_id uuid, p_transaction_id uuid, p_amount bigint,
    p_payment text default 'cash') returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_tx public.transactions%rowtype;
  v_debt public.debts%rowtype;
  v_pay uuid;
  v_part bigint;
begin
  select * into v_tx from public.transactions where tenant_id = v_tenant and id = p_transaction_id;
  if not found then
    raise exception 'not_found:transaction' using detail = coalesce(p_transaction_id::text, 'null');
  end if;
  select * into v_debt from public.debts where transaction_id = v_tx.id;
  if not found then
    raise exception 'invalid:payment' using detail = 'a down payment only on a sale or purchase on credit';
  end if;
  if v_tx.status <> 'posted' then
    raise exception 'conflict:transaction_voided' using detail = v_tx.id::text;
  end if;
  if p_amount is null or p_amount <= 0 or p_amount >= v_tx.total then
    raise exception 'invalid:amount' using detail = format('a down payment is more than 0 and less than the total %s', v_tx.total);
  end if;
  if coalesce(p_payment, 'cash') not in ('cash', 'qris', 'transfer') then
    raise exception 'invalid:payment' using detail = p_payment;
  end if;
  perform internal.lock_contact(v_tenant, v_debt.contact_id);
  -- One down payment per transaction: a retried message pays once.
  select id into v_pay from public.debt_payments where tenant_id = v_tenant and transaction_id = v_tx.id;
  if found then
    return internal.debt_payment_result(v_pay, false);
  end if;
  select * into v_debt from public.debts where id = v_debt.id for update;

  insert into public.debt_payments (tenant_id, contact_id, direction, amount, payment, paid_at, source_ref, note,
      created_by, transaction_id)
  values (v_tenant, v_debt.contact_id, v_debt.direction, p_amount, coalesce(p_payment, 'cash'), v_tx.occurred_at,
      'dp:' || v_tx.id::text, 'DP', coalesce(v_tx.created_by, internal.current_member_id(v_tenant)), v_tx.id)
  returning id into v_pay;
  -- This debt first (a deposit may already have paid part of it); anything left pays older debts or
  -- stays as the contact's deposit, as any payment does.
  v_part := least(p_amount, v_debt.amount - v_debt.paid);
  if v_part > 0 then
    update public.debts
       set paid = paid + v_part,
           status = case when paid + v_part = amount then 'paid' else 'open' end,
           settled_at = case when paid + v_part = amount then now() end
     where id = v_debt.id;
    insert into public.debt_payment_allocations (tenant_id, payment_id, debt_id, amount)
    values (v_tenant, v_pay, v_debt.id, v_part);
    update public.debt_payments set applied = v_part where id = v_pay;
  end if;
  perform internal.apply_deposits(v_tenant, v_debt.contact_id, v_debt.direction);
  perform internal.audit(v_tenant, 'debt.down_payment', 'transaction', v_tx.id::text,
    jsonb_build_object('direction', v_debt.direction, 'amount', p_amount));
  return internal.debt_payment_result(v_pay, true);
end
$$;
comment on function public.record_down_payment(uuid, uuid, bigint, text) is 'Books money paid at once on a credit sale or purchase (a down payment, less than its total) as a debt payment tied to it that settles its debt first. Idempotent: one per transaction.';
select internal.secure_function('public.record_down_payment(uuid, uuid, bigint, text)'::regprocedure);

-- What was paid on a debt other than the down payment of the transaction that made it: a sale with
-- such payments is not voided (or corrected) by the chat.
create or replace function internal.paid_besides_down_payment(p_debt uuid) returns bigint
language sql stable security invoker set search_path = public, pg_temp as $$
  select d.paid - coalesce((select sum(a.amount) from public.debt_payment_allocations a
      join public.debt_payments p on p.id = a.payment_id
     where a.debt_id = d.id and p.transaction_id = d.transaction_id and p.voided_at is null), 0)::bigint
  from public.debts d where d.id = p_debt
$$;
comment on function internal.paid_besides_down_payment(uuid) is 'A debt''s paid amount less its own transaction''s down payment: what refuses void_transaction.';
select internal.tenant_function('internal.paid_besides_down_payment(uuid)'::regprocedure);

-- void_transaction: as in 20261201010300, and a down payment of the transaction is voided with it.
create or replace function public.void_transaction(p_tenant_id uuid, p_transaction_id uuid,
    p_reason text default null, p_source_ref text default null) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_tx public.transactions%rowtype;
  v_debt public.debts%rowtype;
  v_move record;
  v_level numeric;
  v_avg numeric;
  v_range record;
  v_new numeric;
  v_pay uuid;
begin
  select * into v_tx from public.transactions where tenant_id = v_tenant and id = p_transaction_id for update;
  if not found then
    raise exception 'not_found:transaction' using detail = coalesce(p_transaction_id::text, 'null');
  end if;
  if v_tx.status = 'voided' then
    return internal.transaction_result(v_tx.id, false) || jsonb_build_object('voided', false);
  end if;

  select * into v_debt from public.debts where transaction_id = v_tx.id;
  if found then
    perform internal.lock_contact(v_tenant, v_debt.contact_id);
    select * into v_debt from public.debts where id = v_debt.id for update;
    -- Its own down payment goes with it; any other payment on it (a later instalment) refuses the void.
    if internal.paid_besides_down_payment(v_debt.id) > 0 then
      raise exception 'conflict:debt_has_payments' using detail = format('paid %s of %s', v_debt.paid, v_debt.amount);
    end if;
    update public.debts set status = 'void', settled_at = now() where id = v_debt.id;
    -- The debt is void first, so voiding the down payment reopens nothing of it; what the payment settled
    -- elsewhere reopens and is paid from other deposits (void_debt_payment).
    for v_pay in select id from public.debt_payments where tenant_id = v_tenant and transaction_id = v_tx.id and voided_at is null loop
      perform public.void_debt_payment(v_tenant, v_pay, p_reason);
    end loop;
    update public.debt_reminders set cancelled_at = now()
     where debt_id = v_debt.id and sent_at is null and cancelled_at is null;
  end if;

  perform 1 from public.products
  where tenant_id = v_tenant
    and id in (select product_id from public.stock_movements where transaction_id = v_tx.id)
  order by id for update;

  -- Status first: cost_range must no longer count this purchase.
  update public.transactions
     set status = 'voided', voided_at = now(), void_reason = p_reason, void_source_ref = p_source_ref
   where id = v_tx.id;

  for v_move in
    select product_id, qty, kind, unit_cost, cost, cogs from public.stock_movements
    where transaction_id = v_tx.id and kind in ('sale', 'purchase') order by id
  loop
    v_level := internal.stock_level(v_tenant, v_move.product_id);
    select avg_cost into v_avg from public.products where tenant_id = v_tenant and id = v_move.product_id;
    select * into v_range from internal.cost_range(v_tenant, v_move.product_id, v_tx.id, null);
    if v_move.kind = 'sale' then
      -- greatest/least skip NULLs: no range, no clamp.
      v_new := case when v_move.unit_cost is null or v_avg is null then v_avg
        else greatest(v_range.lo, least(v_range.hi,
          internal.avg_after_inflow(v_level, v_avg, -v_move.qty, -v_move.qty * v_move.unit_cost))) end;
    else
      v_new := internal.avg_after_removal(v_level, v_avg, v_move.qty, v_move.cost, v_range.lo, v_range.hi);
    end if;
    perform internal.book_movement(v_tenant, v_move.product_id, -v_move.qty, 'void', v_new, 0, v_move.unit_cost,
      v_move.cost - v_move.cogs, v_tx.id, null, p_source_ref, p_reason);
  end loop;

  perform internal.audit(v_tenant, 'transaction.voided', 'transaction', v_tx.id::text,
    jsonb_build_object('kind', v_tx.kind, 'total', v_tx.total, 'reason', p_reason));
  return internal.transaction_result(v_tx.id, false) || jsonb_build_object('voided', true);
end
$$;
comment on function public.void_transaction(uuid, uuid, text, text) is 'Voids a posted transaction: reverses its stock (kind void) by the costing rule, voids its unpaid debt (conflict:debt_has_payments when something was paid). Idempotent: a second call returns voided=false.';

create or replace function public.add_stock(p_tenant_id uuid, p_product_id uuid, p_qty numeric,
    p_source_ref text, p_unit_cost numeric default null, p_note text default null) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_prev public.stock_movements%rowtype;
  v_avg numeric;
  v_row public.stock_movements%rowtype;
begin
  if p_qty is null or p_qty = 0 then
    raise exception 'invalid:qty' using detail = coalesce(p_qty::text, 'null');
  end if;
  if p_unit_cost is not null and (p_unit_cost < 0 or p_qty < 0) then
    raise exception 'invalid:unit_cost' using detail = 'a cost only for goods coming in';
  end if;
  if p_source_ref is null or p_source_ref = '' then
    raise exception 'invalid:source_ref';
  end if;
  select avg_cost into v_avg from public.products where tenant_id = v_tenant and id = p_product_id for update;
  if not found then
    raise exception 'not_found:product' using detail = coalesce(p_product_id::text, 'null');
  end if;
  select * into v_prev from public.stock_movements
   where tenant_id = v_tenant and source_ref = p_source_ref and transaction_id is null;
  if found then
    return internal.stock_result(v_tenant, v_prev.product_id) || jsonb_build_object('created', false, 'movement_id', v_prev.id);
  end if;
  -- With a cost: goods bought outside a purchase (into the average and the books). Without: goods in
  -- or out at the average (found goods are a gain, broken or lost goods a loss).
  v_row := internal.book_movement(v_tenant, p_product_id, p_qty, case when p_qty > 0 then 'stock_in' else 'adjustment' end,
    case when p_unit_cost is null then v_avg
      else internal.avg_after_inflow(internal.stock_level(v_tenant, p_product_id), v_avg, p_qty, p_qty * p_unit_cost) end,
    coalesce(round(p_qty * p_unit_cost)::bigint, 0), coalesce(p_unit_cost, v_avg), 0, null, null, p_source_ref, p_note);
  perform internal.audit(v_tenant, 'stock.added', 'product', p_product_id::text,
    jsonb_build_object('qty', p_qty, 'unit_cost', p_unit_cost));
  return internal.stock_result(v_tenant, p_product_id)
    || jsonb_build_object('created', true, 'movement_id', v_row.id, 'cogs', v_row.cogs);
end
$$;

comment on function public.void_transaction(uuid, uuid, text, text) is 'Voids a posted transaction: reverses its stock (kind void) by the costing rule, voids its debt and its down payment (conflict:debt_has_payments when anything else was paid on the debt). Idempotent: a second call returns voided=false.';
select internal.secure_function('public.void_transaction(uuid, uuid, text, text)'::regprocedure);

-- day_entries: as in 20261202000100; a down payment's category is 'dp', so "catatan hari ini" says
-- "Bu Tini bayar DP Rp20.000" under the sale it was paid at. Same signature.
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
    select 'payment:' || p.id::text, 'debt_payment', p.paid_at, p.amount, p.payment,
           case when p.transaction_id is not null then 'dp' end, p.direction, c.name, '[]'::jsonb,
           p.voided_at is not null, p.created_by
      from public.debt_payments p join public.contacts c on c.tenant_id = p.tenant_id and c.id = p.contact_id
     where p.tenant_id = internal.require_tenant(p_tenant_id) and p.paid_at >= p_from and p.paid_at < p_to
       and (p_member is null or p.created_by = p_member)
  ) e order by 3, 1
$$;
