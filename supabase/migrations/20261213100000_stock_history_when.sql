-- The Stok page's history showed when a movement was written, so a POS sale rung up offline yesterday and
-- synced this morning, a sale told in chat as "kemarin laku ...", or "kemarin telor pecah 2 kg" read as
-- today. Each row now shows when it happened: a sale's or purchase's occurred_at, a dated loss's or
-- count's counted_at, otherwise (a void, goods in) when it was booked. The running level still follows
-- the booking order (id), the order in which the level really changed in the books.
create or replace function public.dashboard_stock_history(p_tenant_id uuid, p_product_id uuid, p_limit integer default 100)
returns table (id bigint, created_at timestamptz, kind text, qty numeric, transaction_id uuid, note text, balance numeric)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  perform internal.require_reader();
  return query
  select h.id, coalesce(case when h.kind in ('sale', 'purchase') then t.occurred_at end, h.counted_at, h.created_at),
         h.kind, h.qty, h.transaction_id, h.note, h.balance from (
    select m.id, m.created_at, m.counted_at, m.kind, m.qty, m.transaction_id, m.note,
           sum(m.qty) over (order by m.id) as balance
      from public.stock_movements m where m.tenant_id = v and m.product_id = p_product_id
     order by m.id desc limit p_limit) h
    left join public.transactions t on t.tenant_id = v and t.id = h.transaction_id
   order by h.id desc;
end
$$;
comment on function public.dashboard_stock_history(uuid, uuid, integer) is 'Stock movements of one product with the running level, newest first; each dated when it happened (a sale''s or purchase''s time, a dated count or loss), not when it was booked.';
