-- Costing: one moving-average rule for every stock writer, with the stock's value kept in the books.
-- See supabase/README.md "Costing". In short, per product: level L (base units, the ledger sum),
-- average A (products.avg_cost, 4 decimals) and value V = round(A * L) in whole rupiah (0 while A is
-- unknown). Every movement records the money it brought in (cost) and the cost of goods it booked
-- (cogs = V before + cost - value leaving the books - V after), so over any sequence
--   cost of goods bought = cost of goods booked + value on hand   (exactly, to the rupiah).
-- A changes only when goods come in at a cost (a convex mix, so it stays between the costs paid) or
-- when such goods are taken back (the rest is re-averaged and kept between the costs still counted).

alter table public.stock_movements
  add column cost bigint not null default 0,
  add column cogs bigint not null default 0,
  add column reverses bigint references public.stock_movements (id),
  add column counted_at timestamptz;
comment on column public.stock_movements.cost is 'Money for goods coming in, whole rupiah: a purchase line''s total, qty x unit cost of a stock-in with cost; minus that on the undo of a stock-in. 0 otherwise.';
comment on column public.stock_movements.cogs is 'Cost of goods this movement booked, whole rupiah: a sale''s cost, a loss (count, breakage), a gain (negative), the re-costing of goods sold short when they arrive, a void''s correction. value on hand changes by cost - cogs.';
comment on column public.stock_movements.reverses is 'For the undo of a movement made outside a transaction (void_stock_movement): the movement it reverses. Unique: a movement is undone once.';
comment on column public.stock_movements.counted_at is 'Opname: when the goods were counted; the count sets the level as of then, later movements stay on top.';
create unique index stock_movements_reverses_uq on public.stock_movements (reverses) where reverses is not null;

-- Rows from before this migration: a sale row's cost of goods was round(qty * unit_cost), a purchase
-- row's cost its line total (= round(qty * unit_cost)).
update public.stock_movements set cogs = round(-qty * unit_cost)::bigint where kind = 'sale' and unit_cost is not null;
update public.stock_movements set cost = round(qty * unit_cost)::bigint where kind = 'purchase' and unit_cost is not null;

-- Books that start balanced on a database with history: per product, one movement of no quantity whose
-- cost is what the stock on hand is worth (round(avg * level)) beyond what the rows above carry.
insert into public.stock_movements (tenant_id, product_id, qty, kind, cost, note)
select p.tenant_id, p.id, 0, 'adjustment', v.worth - v.booked, 'nilai stok saat aturan biaya mulai'
from public.products p
cross join lateral (
  select coalesce(round(p.avg_cost * coalesce(sum(m.qty), 0)), 0)::bigint as worth,
         coalesce(sum(m.cost - m.cogs) filter (where t.id is null or t.status = 'posted' or m.kind not in ('sale', 'purchase')), 0)::bigint as booked
  from public.stock_movements m
  left join public.transactions t on t.id = m.transaction_id
  where m.tenant_id = p.tenant_id and m.product_id = p.id) v
where v.worth <> v.booked;

-- Value of stock on hand: round(avg * level), 0 when the average is unknown. Negative stock (sold
-- before it was booked in) has a negative value: goods owed to the shelf at the provisional average.
create or replace function internal.stock_value(p_avg numeric, p_level numeric) returns bigint
language sql immutable as $$
  select coalesce(round(p_avg * p_level), 0)::bigint
$$;

-- Average after p_qty units come in for p_total rupiah (p_total / p_qty a unit cost):
-- stock on hand mixes with the new goods; goods sold short (level < 0) are filled first and the rest
-- of the delivery sets the average; while still short, the provisional average stays.
create or replace function internal.avg_after_inflow(p_level numeric, p_avg numeric, p_qty numeric, p_total numeric)
returns numeric language sql immutable as $$
  select case
    when p_avg is null then round(p_total / p_qty, 4)
    when p_level >= 0 then round((p_level * p_avg + p_total) / (p_level + p_qty), 4)
    when p_level + p_qty > 0 then round(p_total / p_qty, 4)
    else p_avg
  end
$$;

-- Average after goods that came in for p_value rupiah are taken back (a voided purchase, an undone
-- stock-in): what stays is re-averaged without them, then kept between the lowest and highest unit
-- cost still counted (p_lo, p_hi; NULL when none: the average stays). Average costing cannot tell
-- which goods were sold, so the re-average alone may leave that range (even go negative).
create or replace function internal.avg_after_removal(p_level numeric, p_avg numeric, p_qty numeric, p_value numeric,
    p_lo numeric, p_hi numeric) returns numeric language sql immutable as $$
  select case
    when p_avg is null or p_lo is null then p_avg
    else greatest(p_lo, least(p_hi, round(case when p_level - p_qty > 0
      then (p_level * p_avg - p_value) / (p_level - p_qty) else p_avg end, 4)))
  end
$$;

-- Lowest and highest unit cost of the goods still counted as bought: posted purchases, stock-in with a
-- cost and opening stock (an adjustment in at a unit cost) that were not undone; p_skip_tx / p_skip_move
-- leave out the one being undone. A stock-in without cost is no price paid (it carries the average).
create or replace function internal.cost_range(p_tenant uuid, p_product uuid, p_skip_tx uuid, p_skip_move bigint,
    out lo numeric, out hi numeric) language sql stable security invoker as $$
  select min(m.unit_cost), max(m.unit_cost)
  from public.stock_movements m
  left join public.transactions t on t.id = m.transaction_id
  where m.tenant_id = p_tenant and m.product_id = p_product and m.qty > 0 and m.unit_cost is not null
    and ((m.kind = 'purchase' and t.status = 'posted' and t.id is distinct from p_skip_tx)
      or (((m.kind = 'stock_in' and m.cost <> 0) or m.kind = 'adjustment') and m.transaction_id is null and m.id is distinct from p_skip_move
          and not exists (select 1 from public.stock_movements r where r.reverses = m.id)))
$$;

-- Level as of a moment: movements of transactions count at the transaction's time, counts at their
-- counted_at, everything else when it was recorded.
create or replace function internal.level_at(p_tenant uuid, p_product uuid, p_at timestamptz) returns numeric
language sql stable security invoker as $$
  select coalesce(sum(m.qty), 0)::numeric(14, 3)
  from public.stock_movements m
  left join public.transactions t on t.id = m.transaction_id and m.kind in ('sale', 'purchase')
  where m.tenant_id = p_tenant and m.product_id = p_product
    and coalesce(m.counted_at, t.occurred_at, m.created_at) <= p_at
$$;

-- The one place a stock movement is written. The caller has locked the product row and computed the
-- new average (p_avg); this books cost and cogs so that value changes by cost - cogs, where p_removed
-- is the value of a voided transaction's rows that leave the books with it.
create or replace function internal.book_movement(p_tenant uuid, p_product uuid, p_qty numeric, p_kind text,
    p_avg numeric, p_cost bigint, p_unit_cost numeric, p_removed bigint default 0, p_tx uuid default null,
    p_line uuid default null, p_source_ref text default null, p_note text default null,
    p_reverses bigint default null, p_counted_at timestamptz default null)
returns public.stock_movements language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_level numeric := internal.stock_level(p_tenant, p_product);
  v_old numeric;
  v_row public.stock_movements%rowtype;
begin
  select avg_cost into v_old from public.products where tenant_id = p_tenant and id = p_product;
  insert into public.stock_movements (tenant_id, product_id, qty, kind, transaction_id, transaction_line_id, unit_cost,
      cost, cogs, source_ref, note, created_by, reverses, counted_at)
  values (p_tenant, p_product, p_qty, p_kind, p_tx, p_line, p_unit_cost, p_cost,
      internal.stock_value(v_old, v_level) + p_cost - p_removed - internal.stock_value(p_avg, v_level + p_qty),
      p_source_ref, p_note, auth.uid(), p_reverses, p_counted_at)
  returning * into v_row;
  if p_avg is distinct from v_old then
    update public.products set avg_cost = p_avg, updated_at = now() where tenant_id = p_tenant and id = p_product;
  end if;
  return v_row;
end
$$;
comment on function internal.book_movement(uuid, uuid, numeric, text, numeric, bigint, numeric, bigint, uuid, uuid, text, text, bigint, timestamptz) is 'Writes one stock movement with its cost and cogs (value before + cost - removed - value after) and sets the new average. Caller holds the product lock.';

-- Results of the stock functions carry the value on hand too.
create or replace function internal.stock_result(p_tenant uuid, p_product uuid) returns jsonb
language sql stable security invoker as $$
  select jsonb_build_object('product_id', p.id, 'level', internal.stock_level(p_tenant, p.id), 'avg_cost', p.avg_cost,
    'value', internal.stock_value(p.avg_cost, internal.stock_level(p_tenant, p.id)))
  from public.products p where p.tenant_id = p_tenant and p.id = p_product
$$;

-- The books of goods: every movement that counts (a voided transaction's own rows leave with it; its
-- void row keeps the correction). Sum cost = goods bought, sum cogs = cost of goods, per period by `at`.
create or replace view public.cost_ledger with (security_invoker = true) as
  select m.tenant_id, m.product_id, m.id as movement_id, m.kind, m.transaction_id,
         coalesce(t.occurred_at, m.counted_at, m.created_at) as at, m.qty, m.cost, m.cogs
  from public.stock_movements m
  left join public.transactions t on t.id = m.transaction_id and m.kind in ('sale', 'purchase')
  where t.id is null or t.status = 'posted';
comment on view public.cost_ledger is 'Stock movements that count in the books: cost (goods bought) and cogs (cost of goods sold, losses, gains, corrections); sum(cost) - sum(cogs) = change of stock value. Reports take cost of goods from here.';
grant select on public.cost_ledger to authenticated, service_role;

grant execute on function internal.stock_value(numeric, numeric), internal.avg_after_inflow(numeric, numeric, numeric, numeric),
  internal.avg_after_removal(numeric, numeric, numeric, numeric, numeric, numeric),
  internal.cost_range(uuid, uuid, uuid, bigint), internal.level_at(uuid, uuid, timestamptz),
  internal.book_movement(uuid, uuid, numeric, text, numeric, bigint, numeric, bigint, uuid, uuid, text, text, bigint, timestamptz)
  to authenticated, service_role;
