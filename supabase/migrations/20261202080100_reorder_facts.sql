-- Everything the reorder alert (agents/inventory/reorder-alert.ts) needs for some products, as one
-- function: the product and its stock level, units sold in [p_from, p_to], whether an alert was
-- remembered (audit_log 'stock.reorder_alert'), the highest level the ledger reached after that alert's
-- movement (above the point means the alert was re-armed), and whether the product is known to be kept.
-- A function so that a sale can send it in the same round trip as post_transaction (values inlined)
-- while its plan stays cached per connection, as the prepared statement it replaces did. Runs as the
-- caller: row-level security keeps it to the caller's warung.

create or replace function internal.reorder_facts(p_tenant uuid, p_products uuid[], p_from timestamptz, p_to timestamptz)
returns table (id uuid, name text, unit text, sell_price bigint, avg_cost numeric, reorder_point numeric, lead_time_days integer,
               level numeric, sold numeric, alerted boolean, max_after numeric, known boolean)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
begin
  return query
    select p.id, p.name, p.unit, p.sell_price, p.avg_cost, p.reorder_point, p.lead_time_days,
      coalesce((select sum(m.qty) from stock_movements m where m.tenant_id = p.tenant_id and m.product_id = p.id), 0)::numeric,
      (select coalesce(sum(l.qty), 0) from transaction_lines l
         join transactions t on t.id = l.transaction_id and t.tenant_id = l.tenant_id
        where l.tenant_id = p.tenant_id and l.product_id = p.id and t.kind = 'sale' and t.status = 'posted'
          and t.occurred_at > p_from and t.occurred_at <= p_to)::numeric,
      a.hit is not null,
      (select max(s.lvl) from (
         select coalesce((select sum(b.qty) from stock_movements b where b.tenant_id = p.tenant_id and b.product_id = p.id and b.id <= a.mid), 0)
                + sum(m.qty) over (order by m.id) as lvl
           from stock_movements m where m.tenant_id = p.tenant_id and m.product_id = p.id and m.id > a.mid) s)::numeric,
      -- A product the warung really keeps: stock came in once (not a void's return), or it sold before this
      -- sale. A product created by a slip of the thumb has neither, and must not nag the owner.
      (exists (select 1 from stock_movements m where m.tenant_id = p.tenant_id and m.product_id = p.id and m.qty > 0 and m.kind <> 'void')
       or (select count(*) from transaction_lines l join transactions t on t.id = l.transaction_id and t.tenant_id = l.tenant_id
            where l.tenant_id = p.tenant_id and l.product_id = p.id and t.kind = 'sale' and t.status = 'posted') > 1)
    from products p
    left join lateral (
      select true as hit, (x.data ->> 'movement_id')::bigint as mid from audit_log x
       where x.tenant_id = p.tenant_id and x.action = 'stock.reorder_alert' and x.entity_id = p.id::text order by x.id desc limit 1) a on true
    where p.tenant_id = p_tenant and p.id = any(p_products);
end
$$;
comment on function internal.reorder_facts(uuid, uuid[], timestamptz, timestamptz) is 'Stock level, recent sales and alert state of some products, for the reorder alert after a sale and the stock check. As the caller (RLS).';
select internal.tenant_function('internal.reorder_facts(uuid, uuid[], timestamptz, timestamptz)'::regprocedure);
