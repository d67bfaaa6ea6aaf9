-- void_transaction: undoes a posted transaction (stock movements reversed with kind void, its debt
-- voided, status voided). set_stock_count: stock opname. add_stock: goods in (or out) without a
-- purchase. All idempotent; see supabase/README.md.

create or replace function public.void_transaction(p_tenant_id uuid, p_transaction_id uuid,
    p_reason text default null, p_source_ref text default null) returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_tx public.transactions%rowtype;
  v_debt public.debts%rowtype;
  v_move record;
  v_level numeric;
  v_avg numeric;
  v_rest numeric;
begin
  select * into v_tx from public.transactions where tenant_id = v_tenant and id = p_transaction_id for update;
  if not found then
    raise exception 'not_found:transaction' using detail = coalesce(p_transaction_id::text, 'null');
  end if;
  if v_tx.status = 'voided' then
    return internal.transaction_result(v_tx.id, false) || jsonb_build_object('voided', false);
  end if;

  select * into v_debt from public.debts where transaction_id = v_tx.id for update;
  if found then
    if v_debt.paid > 0 then
      raise exception 'conflict:debt_has_payments' using detail = format('paid %s of %s', v_debt.paid, v_debt.amount);
    end if;
    update public.debts set status = 'void', settled_at = now() where id = v_debt.id;
    update public.debt_reminders set cancelled_at = now()
     where debt_id = v_debt.id and sent_at is null and cancelled_at is null;
  end if;

  perform 1 from public.products
  where tenant_id = v_tenant
    and id in (select product_id from public.stock_movements where transaction_id = v_tx.id)
  order by id for update;

  for v_move in
    select product_id, qty, kind, unit_cost from public.stock_movements
    where transaction_id = v_tx.id and kind in ('sale', 'purchase') order by id
  loop
    -- Undo a purchase's effect on the moving average when the rest of the stock allows it;
    -- otherwise the average stays (it only weighs stock still on the shelf).
    if v_move.kind = 'purchase' and v_move.unit_cost is not null then
      v_level := greatest(internal.stock_level(v_tenant, v_move.product_id), 0);
      select avg_cost into v_avg from public.products where id = v_move.product_id;
      v_rest := v_level - v_move.qty;
      if v_avg is not null and v_rest > 0 and (v_level * v_avg - v_move.qty * v_move.unit_cost) > 0 then
        update public.products
           set avg_cost = round((v_level * v_avg - v_move.qty * v_move.unit_cost) / v_rest, 4), updated_at = now()
         where id = v_move.product_id;
      end if;
    end if;
    insert into public.stock_movements (tenant_id, product_id, qty, kind, transaction_id, unit_cost, source_ref, note, created_by)
    values (v_tenant, v_move.product_id, -v_move.qty, 'void', v_tx.id, v_move.unit_cost, p_source_ref, p_reason, auth.uid());
  end loop;

  update public.transactions
     set status = 'voided', voided_at = now(), void_reason = p_reason, void_source_ref = p_source_ref
   where id = v_tx.id;
  perform internal.audit(v_tenant, 'transaction.voided', 'transaction', v_tx.id::text,
    jsonb_build_object('kind', v_tx.kind, 'total', v_tx.total, 'reason', p_reason));
  return internal.transaction_result(v_tx.id, false) || jsonb_build_object('voided', true);
end
$$;
comment on function public.void_transaction(uuid, uuid, text, text) is 'Voids a posted transaction: reverses its stock (kind void), voids its unpaid debt. Idempotent: a second call returns voided=false.';

-- Current level and moving-average cost of one product, for results.
create or replace function internal.stock_result(p_tenant uuid, p_product uuid) returns jsonb
language sql stable security invoker as $$
  select jsonb_build_object('product_id', p.id, 'level', internal.stock_level(p_tenant, p.id), 'avg_cost', p.avg_cost)
  from public.products p where p.tenant_id = p_tenant and p.id = p_product
$$;
grant execute on function internal.stock_result(uuid, uuid) to authenticated, service_role;

create or replace function public.set_stock_count(p_tenant_id uuid, p_product_id uuid, p_counted_qty numeric,
    p_source_ref text, p_note text default null) returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_prev public.stock_movements%rowtype;
  v_level numeric;
  v_avg numeric;
  v_id bigint;
begin
  if p_counted_qty is null or p_counted_qty < 0 then
    raise exception 'invalid:qty' using detail = coalesce(p_counted_qty::text, 'null');
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
    return internal.stock_result(v_tenant, v_prev.product_id)
      || jsonb_build_object('created', false, 'diff', v_prev.qty, 'movement_id', v_prev.id);
  end if;
  v_level := internal.stock_level(v_tenant, p_product_id);
  -- A zero difference is still recorded: it says when the product was last counted.
  insert into public.stock_movements (tenant_id, product_id, qty, kind, unit_cost, source_ref, note, created_by)
  values (v_tenant, p_product_id, p_counted_qty - v_level, 'opname', v_avg, p_source_ref, p_note, auth.uid())
  on conflict (tenant_id, source_ref) where transaction_id is null and source_ref is not null do nothing
  returning id into v_id;
  if v_id is null then
    select * into v_prev from public.stock_movements
     where tenant_id = v_tenant and source_ref = p_source_ref and transaction_id is null;
    return internal.stock_result(v_tenant, v_prev.product_id)
      || jsonb_build_object('created', false, 'diff', v_prev.qty, 'movement_id', v_prev.id);
  end if;
  perform internal.audit(v_tenant, 'stock.counted', 'product', p_product_id::text,
    jsonb_build_object('before', v_level, 'counted', p_counted_qty));
  return internal.stock_result(v_tenant, p_product_id)
    || jsonb_build_object('created', true, 'before', v_level, 'diff', p_counted_qty - v_level, 'movement_id', v_id);
end
$$;
comment on function public.set_stock_count(uuid, uuid, numeric, text, text) is 'Stock opname: records counted - level as an opname movement. Idempotent on source_ref.';

create or replace function public.add_stock(p_tenant_id uuid, p_product_id uuid, p_qty numeric,
    p_source_ref text, p_unit_cost numeric default null, p_note text default null) returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_prev public.stock_movements%rowtype;
  v_level numeric;
  v_avg numeric;
  v_id bigint;
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
  v_level := internal.stock_level(v_tenant, p_product_id);
  insert into public.stock_movements (tenant_id, product_id, qty, kind, unit_cost, source_ref, note, created_by)
  values (v_tenant, p_product_id, p_qty, case when p_qty > 0 then 'stock_in' else 'adjustment' end,
      coalesce(p_unit_cost, v_avg), p_source_ref, p_note, auth.uid())
  on conflict (tenant_id, source_ref) where transaction_id is null and source_ref is not null do nothing
  returning id into v_id;
  if v_id is null then
    select * into v_prev from public.stock_movements
     where tenant_id = v_tenant and source_ref = p_source_ref and transaction_id is null;
    return internal.stock_result(v_tenant, v_prev.product_id) || jsonb_build_object('created', false, 'movement_id', v_prev.id);
  end if;
  if p_unit_cost is not null then
    update public.products set avg_cost = internal.moving_average(v_level, avg_cost, p_qty, p_unit_cost), updated_at = now()
     where tenant_id = v_tenant and id = p_product_id;
  end if;
  perform internal.audit(v_tenant, 'stock.added', 'product', p_product_id::text,
    jsonb_build_object('qty', p_qty, 'unit_cost', p_unit_cost));
  return internal.stock_result(v_tenant, p_product_id) || jsonb_build_object('created', true, 'movement_id', v_id);
end
$$;
comment on function public.add_stock(uuid, uuid, numeric, text, numeric, text) is 'Goods in without a purchase (stock_in, optional unit cost updates the moving average); negative qty books an adjustment (broken, lost). Idempotent on source_ref.';
