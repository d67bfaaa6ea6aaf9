-- A POS sale made before a stock count gives its goods back to the count whatever its age (see
-- 20261215100000_pos_sale_before_count.sql). Only sales dated a minute or more before they were booked
-- were looked at: a pages try sold 3 bottles offline, the owner counted the shelf 7 s later, the sale
-- came 13 s after that, and the 3 bottles went out twice (a loss of Rp9.000 in "Selisih stok").
--
-- The minute kept a sale made online from looking older than a count made just before it by a device
-- clock a little slow. The sync route now moves a sale's time onto the server's clock when the device's
-- is off by 5 s or more (dashboard/server/pos-routes.ts, onServerClock), so the sale's own time is
-- compared. A sale with no count of any product after it (every sale made online) stops at one probe of
-- stock_movements_counts_idx.

create or replace function internal.pos_sale_before_count() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_move record;
  v_count timestamptz;
  v_avg numeric;
begin
  if not exists (select 1 from public.stock_movements c
                  where c.tenant_id = new.tenant_id and c.transaction_id is null and c.kind in ('opname', 'void', 'adjustment')
                    and c.kind = 'opname' and coalesce(c.counted_at, c.created_at) > new.occurred_at) then
    return null;
  end if;
  for v_move in
    select m.product_id, sum(m.qty) as qty from public.stock_movements m
     where m.tenant_id = new.tenant_id and m.transaction_id = new.transaction_id and m.kind = 'sale'
     group by m.product_id
  loop
    -- The first count after the sale that still stands (a count undone is no count).
    select min(c.counted_at) into v_count from public.stock_movements c
     where c.tenant_id = new.tenant_id and c.product_id = v_move.product_id and c.kind = 'opname'
       and c.transaction_id is null and c.reverses is null and c.counted_at > new.occurred_at
       and not exists (select 1 from public.stock_movements r where r.tenant_id = c.tenant_id and r.reverses = c.id);
    continue when v_count is null;
    -- The sale's posting holds the product's lock already.
    select avg_cost into v_avg from public.products where tenant_id = new.tenant_id and id = v_move.product_id;
    perform internal.book_movement(new.tenant_id, v_move.product_id, -v_move.qty, 'opname', v_avg, 0, v_avg, 0, null, null,
      'pos-counted:' || new.id || ':' || v_move.product_id, 'terjual sebelum stok dihitung', null, v_count);
  end loop;
  return null;
end
$$;
comment on function internal.pos_sale_before_count() is 'Trigger on pos_sales: a sale dated before a stock count of its goods gives them back to that count (an opname movement at its time), so they are not out twice.';
