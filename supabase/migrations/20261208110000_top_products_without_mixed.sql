-- A sale of mixed goods the owner did not count ("laku 150rb" → "campur") is one line "Barang campur"
-- with no product (agents/router/questions/mixed-sale.ts). It is no product that sells best, but it
-- led Terlaris in the chat's report and on Ringkasan. Both top-products functions now leave that line
-- out; they are otherwise as in 20261201070100 and 20261201099810.

create or replace function public.report_top_products(p_tenant_id uuid, p_start timestamptz, p_end timestamptz, p_limit integer default 5)
returns table (name text, qty numeric, unit text, total bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  select coalesce(p.name, min(l.description)), sum(l.qty), coalesce(p.unit, min(l.unit)), sum(l.total)::bigint
    from public.transaction_lines l join public.transactions t on t.id = l.transaction_id
    left join public.products p on p.id = l.product_id
   where t.tenant_id = v and t.kind = 'sale' and t.status = 'posted' and t.occurred_at >= p_start and t.occurred_at < p_end
     and (l.product_id is not null or lower(l.description) <> 'barang campur')
   group by coalesce(l.product_id::text, lower(l.description)), p.name, p.unit
   order by sum(l.total) desc, 1 limit p_limit;
end
$$;
comment on function public.report_top_products(uuid, timestamptz, timestamptz, integer) is 'Top products of a period by omzet (name, qty, unit, total); a sale of uncounted mixed goods is none.';
select internal.tenant_function('public.report_top_products(uuid, timestamptz, timestamptz, integer)'::regprocedure);

create or replace function public.report_top_products_days(p_tenant_id uuid, p_from date, p_to date, p_limit integer default 5)
returns table (name text, qty numeric, unit text, total bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  select coalesce(p.name, min(r.description)), sum(r.qty), coalesce(p.unit, min(r.unit)), sum(r.total)::bigint
    from public.report_product_days r left join public.products p on p.id = r.product_id
   where r.tenant_id = v and r.day between p_from and p_to and r.item <> 'barang campur'
   group by r.item, p.name, p.unit
  having sum(r.lines) > 0
   order by sum(r.total) desc, 1 limit p_limit;
end
$$;
comment on function public.report_top_products_days(uuid, date, date, integer) is 'report_top_products over whole local days, read from report_product_days.';
select internal.tenant_function('public.report_top_products_days(uuid, date, date, integer)'::regprocedure);
