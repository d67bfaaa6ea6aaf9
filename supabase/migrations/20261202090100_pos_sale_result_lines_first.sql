-- A POS sale's answer names the products the sale took below zero. The query computed the stock level
-- of every product of the warung and only then kept the sale's own (40 levels for a one-line sale:
-- 41 stock_level calls a sale once its product was below zero, track_functions on PostgreSQL 15). It
-- now starts from the sale's lines. Same result, same shape (see 20261202010100_pos_functions.sql).
create or replace function internal.pos_sale_result(p_sale uuid, p_status text) returns jsonb
language plpgsql stable security invoker as $$
begin
  return (select jsonb_build_object('id', s.id, 'status', p_status, 'transactionId', s.transaction_id,
    'receiptNo', s.receipt_no, 'total', s.total, 'flags', to_jsonb(s.flags),
    'negative', case when 'negative_stock' = any (s.flags) and s.owner_told_at is null then
      (select coalesce(jsonb_agg(jsonb_build_object('name', p.name, 'unit', p.unit, 'level', x.level) order by p.name), '[]'::jsonb)
         from (select distinct l.product_id from public.pos_sale_lines l where l.tenant_id = s.tenant_id and l.sale_id = s.id) sl
         join public.products p on p.tenant_id = s.tenant_id and p.id = sl.product_id
         cross join lateral (select internal.stock_level(p.tenant_id, p.id) as level) x
        where x.level < 0) end)
    from public.pos_sales s where s.id = p_sale);
end
$$;
