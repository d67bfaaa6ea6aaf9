-- Goods lost on another day ("kemarin telor pecah 2 kg", chat intent stock_out with a date) are dated then:
-- add_stock takes when the goods went (p_at, kept as counted_at like a stock count's, never in the future), so the
-- "Selisih stok" of that day shows the loss instead of today's. Without p_at nothing changes. The old six-argument
-- function is dropped so a call with six arguments is not ambiguous. Undoing a dated loss or count takes its date
-- too, so "batal" today puts it back on the day it was booked (not a gain today against a loss yesterday).
drop function public.add_stock(uuid, uuid, numeric, text, numeric, text);

create function public.add_stock(p_tenant_id uuid, p_product_id uuid, p_qty numeric,
    p_source_ref text, p_unit_cost numeric default null, p_note text default null, p_at timestamptz default null) returns jsonb
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
    coalesce(round(p_qty * p_unit_cost)::bigint, 0), coalesce(p_unit_cost, v_avg), 0, null, null, p_source_ref, p_note,
    null, least(p_at, now()));
  perform internal.audit(v_tenant, 'stock.added', 'product', p_product_id::text,
    jsonb_build_object('qty', p_qty, 'unit_cost', p_unit_cost));
  return internal.stock_result(v_tenant, p_product_id)
    || jsonb_build_object('created', true, 'movement_id', v_row.id, 'cogs', v_row.cogs);
end
$$;

comment on function public.add_stock(uuid, uuid, numeric, text, numeric, text, timestamptz) is 'Goods in without a purchase (stock_in; a unit cost brings them into the average and the books), or with a negative qty an adjustment out (broken, lost) at the average; p_at dates it (a loss said for yesterday). Idempotent on source_ref.';
select internal.secure_function('public.add_stock(uuid, uuid, numeric, text, numeric, text, timestamptz)'::regprocedure);

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
    0, null, null, p_source_ref, p_reason, v_move.id, v_move.counted_at);
  perform internal.audit(v_tenant, 'stock.movement_voided', 'product', v_move.product_id::text,
    jsonb_build_object('movement_id', v_move.id, 'qty', v_move.qty, 'reason', p_reason));
  return internal.stock_result(v_tenant, v_move.product_id)
    || jsonb_build_object('created', true, 'voided', true, 'movement_id', v_row.id, 'cogs', v_row.cogs);
end
$$;
select internal.secure_function('public.void_stock_movement(uuid, bigint, text, text)'::regprocedure);
