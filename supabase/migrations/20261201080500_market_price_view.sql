-- Everything a price answer shows for some commodities, in one call (one round trip): the latest
-- official consumer price with its 7- and 30-day comparison points, the network aggregate
-- (market_network_price, k-anonymous), this warung's supplier quotes and its own product's last
-- purchase and selling price. The chat's price question calls it; the Harga pasar page can too.
-- SECURITY INVOKER: the caller's RLS applies (quotes and products are the caller's own).

create or replace function public.market_price_view(p_commodities text[], p_regency text, p_province text,
    p_at timestamptz default null, p_tenant_id uuid default null) returns jsonb
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_at timestamptz := coalesce(p_at, now());
  v_out jsonb := '[]'::jsonb;
  v_c text;
  v_unit text;
  v_region text;
  v_official jsonb;
  v_network jsonb;
  v_quotes jsonb;
  v_own jsonb;
begin
  foreach v_c in array coalesce(p_commodities, '{}') loop
    select c.unit into v_unit from public.market_commodities c where c.name = v_c;
    v_official := null;
    -- The city first, then the province. The trend compares with the nearest price 7 (up to 10) and
    -- 30 (up to 35) days earlier from the same publisher and region: a gap gives no trend, not a wrong one.
    foreach v_region in array array_remove(array[p_regency, p_province], null) loop
      select jsonb_build_object('price', l.price, 'unit', l.unit, 'at', l.observed_at, 'publisher', l.publisher, 'region', l.region,
        'week_ago', (select p.price from public.market_prices p where p.tenant_id is null and p.commodity = v_c and p.region = l.region
                       and p.price_level = 'consumer' and p.publisher = l.publisher
                       and p.observed_at <= l.observed_at - interval '7 days' and p.observed_at >= l.observed_at - interval '10 days'
                     order by p.observed_at desc limit 1),
        'month_ago', (select p.price from public.market_prices p where p.tenant_id is null and p.commodity = v_c and p.region = l.region
                       and p.price_level = 'consumer' and p.publisher = l.publisher
                       and p.observed_at <= l.observed_at - interval '30 days' and p.observed_at >= l.observed_at - interval '35 days'
                     order by p.observed_at desc limit 1))
      into v_official
      from (select m.price, m.unit, m.observed_at, m.publisher, m.region from public.market_prices m
            where m.tenant_id is null and m.commodity = v_c and m.region = v_region and m.price_level = 'consumer' and m.observed_at <= v_at
            order by m.observed_at desc, m.publisher limit 1) l;
      exit when v_official is not null;
    end loop;

    select to_jsonb(n) into v_network from public.market_network_price(v_c, p_regency, p_province, v_unit, v_at) n;

    select coalesce(jsonb_agg(q order by q.at desc), '[]'::jsonb) into v_quotes from (
      select * from (
        select coalesce(c.name, 'Supplier') as supplier, m.price, m.unit, m.observed_at as at
        from public.market_prices m left join public.contacts c on c.tenant_id = m.tenant_id and c.id = m.contact_id
        where m.tenant_id = v_tenant and m.source = 'supplier' and m.commodity = v_c
          and m.observed_at > v_at - interval '30 days' and m.observed_at <= v_at
        union all
        select c.name, o.price, n.unit, o.created_at
        from public.negotiation_offers o
        join public.negotiations n on n.tenant_id = o.tenant_id and n.id = o.negotiation_id
        join public.contacts c on c.tenant_id = o.tenant_id and c.id = o.contact_id
        where o.tenant_id = v_tenant and o.direction = 'offer' and o.price is not null
          and o.created_at > v_at - interval '30 days' and o.created_at <= v_at
          and v_c = any (public.market_commodities_for(n.item))
      ) all_quotes order by at desc limit 3) q;

    -- The warung's own product for the commodity: one it bought first, then one with a selling price.
    select jsonb_build_object('product', p.name, 'unit', p.unit, 'sell_price', p.sell_price, 'paid', lp.paid, 'paid_at', lp.paid_at)
    into v_own
    from public.products p
    left join lateral (
      select round(l.total / l.qty)::bigint as paid, t.occurred_at as paid_at
      from public.transaction_lines l
      join public.transactions t on t.tenant_id = l.tenant_id and t.id = l.transaction_id
      where l.tenant_id = p.tenant_id and l.product_id = p.id and t.kind = 'purchase' and t.status = 'posted' and t.occurred_at <= v_at
      order by t.occurred_at desc limit 1) lp on true
    where p.tenant_id = v_tenant and p.active and p.commodity = v_c
    order by (lp.paid is null), (p.sell_price is null), p.name
    limit 1;

    v_out := v_out || jsonb_build_array(jsonb_build_object('commodity', v_c, 'unit', coalesce(v_unit, 'kg'),
      'official', v_official, 'network', v_network, 'quotes', v_quotes, 'own', v_own));
  end loop;
  return v_out;
end
$$;
comment on function public.market_price_view(text[], text, text, timestamptz, uuid) is 'Per commodity: latest official consumer price (+ week_ago, month_ago), network aggregate (>= 3 warungs), this warung''s supplier quotes (30 days, newest 3) and own product (last paid, sell price). One call for the chat''s price answer and the Harga pasar page.';
grant execute on function public.market_price_view(text[], text, text, timestamptz, uuid) to authenticated, service_role;
