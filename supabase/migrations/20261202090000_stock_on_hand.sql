-- A product's stock level kept in a row, so reading it costs the same after ten movements or a
-- hundred thousand.
--
-- stock_level summed all of a product's movements, and one sale reads it three or four times
-- (post_transaction, book_movement, the reorder facts, a POS sale's result). A product sold a thousand
-- times made every further sale sum a thousand rows four times: on PGlite a POS batch of 100 sales of
-- one product went from 420 ms to 665 ms over the first 1,000 (bench/pos-checkout.ts).
--
-- The ledger stays the definition: the level is kept by a trigger on stock_movements, in the same
-- transaction as the movement, and the movement's writer already holds the product's row lock, so two
-- writers of one product queue there first. bench/soak/check.ts compares the kept level with the sum
-- of the movements after its run; supabase/tests/stock-on-hand.test.ts does the same after sales,
-- voids, counts and a backfill.

create table public.stock_on_hand (
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  product_id uuid not null,
  level numeric(14, 3) not null default 0,
  primary key (tenant_id, product_id),
  foreign key (tenant_id, product_id) references public.products (tenant_id, id) on delete cascade
);
comment on table public.stock_on_hand is 'Per product: its stock level, = sum(stock_movements.qty). Kept by a trigger on stock_movements; never written by hand.';
select internal.tenant_read_only('public.stock_on_hand');

-- Adds a movement's qty to its product's level (or takes it away when the movement goes).
create or replace function internal.stock_on_hand_add(p_tenant uuid, p_product uuid, p_qty numeric) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  update public.stock_on_hand set level = level + p_qty where tenant_id = p_tenant and product_id = p_product;
  if not found then
    -- First movement of the product. A product being deleted (its warung going) has no row to add to.
    insert into public.stock_on_hand as s (tenant_id, product_id, level)
    select p_tenant, p_product, p_qty
     where exists (select 1 from public.products p where p.tenant_id = p_tenant and p.id = p_product)
    on conflict (tenant_id, product_id) do update set level = s.level + excluded.level;
  end if;
end
$$;

create or replace function internal.stock_on_hand_tx() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_op = 'UPDATE' and (old.tenant_id, old.product_id, old.qty) is not distinct from (new.tenant_id, new.product_id, new.qty) then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then perform internal.stock_on_hand_add(old.tenant_id, old.product_id, -old.qty); end if;
  if tg_op in ('INSERT', 'UPDATE') then perform internal.stock_on_hand_add(new.tenant_id, new.product_id, new.qty); end if;
  return null;
end
$$;
comment on function internal.stock_on_hand_tx() is 'Trigger on stock_movements: keeps stock_on_hand.';
select internal.service_function('internal.stock_on_hand_add(uuid, uuid, numeric)'::regprocedure);
select internal.secure_function('internal.stock_on_hand_tx()'::regprocedure);
create trigger stock_on_hand_tx after insert or update or delete on public.stock_movements
  for each row execute function internal.stock_on_hand_tx();

-- The levels of the movements already booked.
insert into public.stock_on_hand (tenant_id, product_id, level)
select tenant_id, product_id, sum(qty) from public.stock_movements group by tenant_id, product_id;

-- Readers: the same results, read from the kept row.
create or replace function internal.stock_level(p_tenant uuid, p_product uuid) returns numeric
language plpgsql stable security invoker as $$
begin
  return coalesce((select s.level from public.stock_on_hand s where s.tenant_id = p_tenant and s.product_id = p_product), 0)::numeric(14, 3);
end
$$;

create or replace view public.stock_levels with (security_invoker = true) as
  select p.tenant_id, p.id as product_id, coalesce(s.level, 0)::numeric(14, 3) as level
  from public.products p
  left join public.stock_on_hand s on s.tenant_id = p.tenant_id and s.product_id = p.id;
comment on view public.stock_levels is 'Stock level per product (stock_on_hand, = sum of its stock_movements; RLS of the caller applies).';

-- The reorder facts read the kept level too; the highest level since an alert is now computed from
-- the movements after it only, and "sold more than once" stops at the second sale.
create or replace function internal.reorder_facts(p_tenant uuid, p_products uuid[], p_from timestamptz, p_to timestamptz)
returns table (id uuid, name text, unit text, sell_price bigint, avg_cost numeric, reorder_point numeric, lead_time_days integer,
               level numeric, sold numeric, alerted boolean, max_after numeric, known boolean)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
begin
  return query
    select p.id, p.name, p.unit, p.sell_price, p.avg_cost, p.reorder_point, p.lead_time_days,
      v.level,
      (select coalesce(sum(l.qty), 0) from transaction_lines l
         join transactions t on t.id = l.transaction_id and t.tenant_id = l.tenant_id
        where l.tenant_id = p.tenant_id and l.product_id = p.id and t.kind = 'sale' and t.status = 'posted'
          and t.occurred_at > p_from and t.occurred_at <= p_to)::numeric,
      a.hit is not null,
      -- The level after each movement since the alert: today's level less what came after, plus the running sum.
      (select max(s.lvl) from (
         select v.level - sum(m.qty) over () + sum(m.qty) over (order by m.id) as lvl
           from stock_movements m where m.tenant_id = p.tenant_id and m.product_id = p.id and m.id > a.mid) s)::numeric,
      -- A product the warung really keeps: stock came in once (not a void's return), or it sold before this
      -- sale. A product created by a slip of the thumb has neither, and must not nag the owner.
      (exists (select 1 from stock_movements m where m.tenant_id = p.tenant_id and m.product_id = p.id and m.qty > 0 and m.kind <> 'void')
       or (select count(*) from (select 1 from transaction_lines l join transactions t on t.id = l.transaction_id and t.tenant_id = l.tenant_id
            where l.tenant_id = p.tenant_id and l.product_id = p.id and t.kind = 'sale' and t.status = 'posted' limit 2) x) > 1)
    from products p
    cross join lateral (select internal.stock_level(p.tenant_id, p.id) as level) v
    left join lateral (
      select true as hit, (x.data ->> 'movement_id')::bigint as mid from audit_log x
       where x.tenant_id = p.tenant_id and x.action = 'stock.reorder_alert' and x.entity_id = p.id::text order by x.id desc limit 1) a on true
    where p.tenant_id = p_tenant and p.id = any(p_products);
end
$$;
comment on function internal.reorder_facts(uuid, uuid[], timestamptz, timestamptz) is 'Stock level, recent sales and alert state of some products, for the reorder alert after a sale and the stock check. As the caller (RLS).';
select internal.tenant_function('internal.reorder_facts(uuid, uuid[], timestamptz, timestamptz)'::regprocedure);
