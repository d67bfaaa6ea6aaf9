-- A POS sale made before a stock count and booked after it (sold offline, sent once the owner had
-- counted the shelf): the count saw the shelf without those goods, so its difference already holds
-- them. Booked as they were, the goods went out twice, once sold and once as a loss in "Selisih stok"
-- (a pages try: 2 packs of Indomie sold offline, the shelf counted at 23, synced: 21 left, Rp6.200
-- lost). The sale's goods are taken back into the first count after it: an opname movement at that
-- count's time, so the level is the count plus what came after, and the loss is gone.
--
-- Only sales dated a minute or more before they are booked are looked at: a sale made online is booked
-- as it happens and costs nothing more.

create or replace function internal.pos_sale_before_count() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_move record;
  v_count timestamptz;
  v_avg numeric;
begin
  if new.occurred_at > now() - interval '1 minute' then
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
select internal.secure_function('internal.pos_sale_before_count()'::regprocedure);
create trigger pos_sale_before_count after insert on public.pos_sales
  for each row execute function internal.pos_sale_before_count();
