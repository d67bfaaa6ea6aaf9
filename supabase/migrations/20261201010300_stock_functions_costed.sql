-- void_transaction, add_stock, set_stock_count (now with counted_at) and the new void_stock_movement,
-- all through internal.book_movement so the costing rule holds for every writer (supabase/README.md).

-- Voiding: a sale's goods come back at the cost they left with (an inflow at that cost); a purchase's
-- goods leave at what they cost (the rest re-averaged and kept between the costs still counted).
-- The voided transaction's own rows leave the books; the void row books the correction.
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
  v_range record;
  v_new numeric;
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
language plpgsql security invoker set search_path = public, pg_temp as $$
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
comment on function public.add_stock(uuid, uuid, numeric, text, numeric, text) is 'Goods in without a purchase (stock_in; a unit cost brings them into the average and the books), or with a negative qty an adjustment out (broken, lost) at the average. Idempotent on source_ref.';

-- Stock opname. The count says the level as of p_counted_at (NULL = now): sales and purchases made
-- between counting and sending stay on top. The difference is booked at the average (a loss or gain).
-- A second function next to the 5-argument one (no default on p_counted_at, so calls are never ambiguous).
create or replace function public.set_stock_count(p_tenant_id uuid, p_product_id uuid, p_counted_qty numeric,
    p_source_ref text, p_note text, p_counted_at timestamptz) returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_prev public.stock_movements%rowtype;
  v_at timestamptz := least(coalesce(p_counted_at, now()), now());
  v_before numeric;
  v_avg numeric;
  v_row public.stock_movements%rowtype;
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
      || jsonb_build_object('created', false, 'diff', v_prev.qty, 'movement_id', v_prev.id, 'counted_at', v_prev.counted_at);
  end if;
  v_before := case when p_counted_at is null then internal.stock_level(v_tenant, p_product_id)
                   else internal.level_at(v_tenant, p_product_id, v_at) end;
  -- A zero difference is still recorded: it says when the product was last counted.
  v_row := internal.book_movement(v_tenant, p_product_id, p_counted_qty - v_before, 'opname', v_avg, 0, v_avg,
    0, null, null, p_source_ref, p_note, null, v_at);
  perform internal.audit(v_tenant, 'stock.counted', 'product', p_product_id::text,
    jsonb_build_object('before', v_before, 'counted', p_counted_qty, 'counted_at', v_at));
  return internal.stock_result(v_tenant, p_product_id)
    || jsonb_build_object('created', true, 'before', v_before, 'diff', p_counted_qty - v_before, 'movement_id', v_row.id,
       'counted_at', v_at, 'cogs', v_row.cogs);
end
$$;
comment on function public.set_stock_count(uuid, uuid, numeric, text, text, timestamptz) is 'Stock opname: the counted level as of counted_at (default now); books counted - level then as an opname movement at the average, later movements stay on top. Idempotent on source_ref.';

-- The 5-argument form (callers that do not know when the goods were counted): a count as of now.
create or replace function public.set_stock_count(p_tenant_id uuid, p_product_id uuid, p_counted_qty numeric,
    p_source_ref text, p_note text default null) returns jsonb
language sql security invoker set search_path = public, pg_temp as $$
  select public.set_stock_count(p_tenant_id, p_product_id, p_counted_qty, p_source_ref, p_note, null::timestamptz)
$$;
comment on function public.set_stock_count(uuid, uuid, numeric, text, text) is 'Stock opname as of now: set_stock_count(…, p_counted_at => NULL).';

-- Undo of a movement made outside a transaction (stock-in, adjustment, opname; the chat's "batal").
-- A stock-in with a cost leaves at that cost like a voided purchase; the others at the average.
create or replace function public.void_stock_movement(p_tenant_id uuid, p_movement_id bigint, p_source_ref text,
    p_reason text default null) returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_move public.stock_movements%rowtype;
  v_prev public.stock_movements%rowtype;
  v_avg numeric;
  v_range record;
  v_new numeric;
  v_row public.stock_movements%rowtype;
begin
  if p_source_ref is null or p_source_ref = '' then
    raise exception 'invalid:source_ref';
  end if;
  select * into v_move from public.stock_movements where tenant_id = v_tenant and id = p_movement_id;
  if not found then
    raise exception 'not_found:stock_movement' using detail = coalesce(p_movement_id::text, 'null');
  end if;
  if v_move.transaction_id is not null or v_move.reverses is not null or v_move.kind not in ('stock_in', 'adjustment', 'opname') then
    raise exception 'invalid:stock_movement' using detail = 'only stock-in, adjustments and counts; void transactions with void_transaction';
  end if;
  select avg_cost into v_avg from public.products where tenant_id = v_tenant and id = v_move.product_id for update;
  select * into v_prev from public.stock_movements where reverses = v_move.id;
  if found then
    return internal.stock_result(v_tenant, v_move.product_id)
      || jsonb_build_object('created', false, 'voided', false, 'movement_id', v_prev.id);
  end if;
  select * into v_range from internal.cost_range(v_tenant, v_move.product_id, null, v_move.id);
  if v_move.cost <> 0 then
    v_new := internal.avg_after_removal(internal.stock_level(v_tenant, v_move.product_id), v_avg, v_move.qty,
      v_move.cost, v_range.lo, v_range.hi);
  else
    -- Undoing opening stock takes its unit cost out of the range: keep the average inside what is left.
    v_new := greatest(v_range.lo, least(v_range.hi, v_avg));
  end if;
  v_row := internal.book_movement(v_tenant, v_move.product_id, -v_move.qty, 'void', v_new, -v_move.cost, v_move.unit_cost,
    0, null, null, p_source_ref, p_reason, v_move.id);
  perform internal.audit(v_tenant, 'stock.movement_voided', 'product', v_move.product_id::text,
    jsonb_build_object('movement_id', v_move.id, 'qty', v_move.qty, 'reason', p_reason));
  return internal.stock_result(v_tenant, v_move.product_id)
    || jsonb_build_object('created', true, 'voided', true, 'movement_id', v_row.id, 'cogs', v_row.cogs);
end
$$;
comment on function public.void_stock_movement(uuid, bigint, text, text) is 'Undoes a stock-in, adjustment or count (not a transaction''s movement): the opposite movement, linked by reverses; a stock-in with cost leaves at its cost and the average is re-taken. Idempotent (once per movement).';
