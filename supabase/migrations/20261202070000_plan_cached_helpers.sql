-- Hot helpers as PL/pgSQL, so their query plans are cached per connection.
--
-- A LANGUAGE sql function whose body has a FROM clause is never inlined, and before PostgreSQL 18 it is
-- planned again on every call. These five are called for every booked line or sale (a POS batch of 100
-- sales calls stock_level ~450 times and is_privileged ~230 times); measured on PostgreSQL 15 with
-- track_functions, their self time was 0.08 ms (stock_level) to 0.5 ms (transaction_result) a call,
-- mostly planning. PL/pgSQL keeps the plan of each statement for the session. Bodies, results,
-- volatility, SECURITY INVOKER and grants are unchanged (CREATE OR REPLACE keeps the grants).

-- Stock level of a product = the sum of its movements (see stock_levels).
create or replace function internal.stock_level(p_tenant uuid, p_product uuid) returns numeric
language plpgsql stable security invoker as $$
begin
  return (select coalesce(sum(qty), 0)::numeric(14, 3) from public.stock_movements
           where tenant_id = p_tenant and product_id = p_product);
end
$$;

-- The member id of the caller (auth.uid()) in a warung, or null.
create or replace function internal.current_member_id(p_tenant uuid) returns uuid
language plpgsql stable security invoker as $$
begin
  return (select m.id from public.members m where m.tenant_id = p_tenant and m.id = auth.uid());
end
$$;

-- True for the service role (or the connection's own role without SET ROLE).
create or replace function internal.is_privileged() returns boolean
language plpgsql stable as $$
begin
  if coalesce(nullif(current_setting('role', true), ''), 'none') = 'none' then
    return true;
  end if;
  return coalesce((select r.rolbypassrls or r.rolsuper from pg_catalog.pg_roles r
                    where r.rolname = current_setting('role', true)), false);
end
$$;

-- What post_transaction / void_transaction return for a transaction (unchanged shape, see
-- 20261201010200_post_transaction_costed.sql).
create or replace function internal.transaction_result(p_tx uuid, p_created boolean) returns jsonb
language plpgsql stable security invoker as $$
begin
  return (select jsonb_build_object(
    'id', t.id, 'created', p_created, 'kind', t.kind, 'status', t.status, 'payment', t.payment,
    'occurred_at', t.occurred_at, 'source_ref', t.source_ref, 'contact_id', t.contact_id,
    'counterparty_name', t.counterparty_name, 'total', t.total, 'cogs', t.cogs,
    'debt_id', d.id, 'debt_paid', d.paid,
    'lines', coalesce((select jsonb_agg(jsonb_build_object(
        'line_no', l.line_no, 'product_id', l.product_id, 'description', l.description, 'qty', l.qty,
        'unit', l.unit, 'unit_price', l.unit_price, 'total', l.total, 'cogs', l.cogs,
        'said_qty', l.said_qty, 'said_unit', l.said_unit) order by l.line_no)
      from public.transaction_lines l where l.transaction_id = t.id), '[]'::jsonb),
    'stock', coalesce((select jsonb_agg(jsonb_build_object('product_id', x.product_id,
        'level', internal.stock_level(t.tenant_id, x.product_id)) order by x.product_id)
      from (select distinct l.product_id from public.transaction_lines l
            where l.transaction_id = t.id and l.product_id is not null) x), '[]'::jsonb))
  from public.transactions t
  left join public.debts d on d.transaction_id = t.id
  where t.id = p_tx);
end
$$;

-- What pos_book_sale answers (unchanged shape, see 20261202010100_pos_functions.sql).
create or replace function internal.pos_sale_result(p_sale uuid, p_status text) returns jsonb
language plpgsql stable security invoker as $$
begin
  return (select jsonb_build_object('id', s.id, 'status', p_status, 'transactionId', s.transaction_id,
    'receiptNo', s.receipt_no, 'total', s.total, 'flags', to_jsonb(s.flags),
    'negative', case when 'negative_stock' = any (s.flags) and s.owner_told_at is null then
      (select coalesce(jsonb_agg(jsonb_build_object('name', p.name, 'unit', p.unit, 'level', x.level) order by p.name), '[]'::jsonb)
         from public.products p
         cross join lateral (select internal.stock_level(p.tenant_id, p.id) as level) x
        where p.tenant_id = s.tenant_id and x.level < 0
          and p.id in (select l.product_id from public.pos_sale_lines l where l.tenant_id = s.tenant_id and l.sale_id = s.id)) end)
    from public.pos_sales s where s.id = p_sale);
end
$$;
