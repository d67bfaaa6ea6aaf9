-- The Harga pasar page (dashboard/app/(pemilik)/harga-pasar): which commodities to offer, and per
-- commodity the official price, the network median and the warung's own purchase price over time.
-- The latest figures of the page's table come from market_price_view, the function the chat's price
-- answer calls; these add the history for the chart.

-- The network median per calendar week (Monday 00:00 WIB to the next; the current week ends now),
-- in the city, else the province, only for weeks with at least 3 distinct warungs (k-anonymity).
-- SECURITY DEFINER for the reason market_network_price is (it reads every warung's observations) and
-- safe for the same one: medians and warung counts only, never a row, a name, a min or a max. The
-- buckets sit on fixed week boundaries whatever p_at is, so moving p_at cannot slide a window over a
-- single purchase (a sliding daily window could be differenced day by day).
create or replace function public.market_network_history(p_commodity text, p_regency text, p_province text,
    p_unit text default null, p_weeks integer default 13, p_at timestamptz default null)
returns table (week_start date, scope text, region text, warungs integer, median bigint)
language plpgsql stable security definer set search_path = public, pg_temp as $$
declare
  k constant integer := 3;
  v_at timestamptz := least(coalesce(p_at, now()), now());
  v_unit text := coalesce(p_unit, (select c.unit from public.market_commodities c where c.name = p_commodity));
  v_first date := date_trunc('week', v_at at time zone 'Asia/Jakarta')::date - 7 * (least(greatest(coalesce(p_weeks, 13), 1), 104) - 1);
begin
  return query
    with o as (
      select date_trunc('week', o.observed_at at time zone 'Asia/Jakarta')::date as wk, o.tenant_id, o.price,
             o.regency is not distinct from p_regency as in_city, o.province is not distinct from p_province as in_prov
      from public.market_observations o join public.tenants t on t.id = o.tenant_id and t.market_share
      where o.commodity = p_commodity and o.unit = v_unit
        and (o.regency = p_regency or o.province = p_province)
        and o.observed_at >= (v_first::timestamp at time zone 'Asia/Jakarta') and o.observed_at <= v_at),
    city as (
      select wk, count(distinct tenant_id)::integer n, round(percentile_cont(0.5) within group (order by price))::bigint m
      from o where in_city group by wk),
    prov as (
      select wk, count(distinct tenant_id)::integer n, round(percentile_cont(0.5) within group (order by price))::bigint m
      from o where in_prov and p_province is not null group by wk)
    select w.wk,
           case when c.n >= k then 'city' else 'province' end,
           case when c.n >= k then p_regency else p_province end,
           case when c.n >= k then c.n else p.n end,
           case when c.n >= k then c.m else p.m end
    from (select distinct wk from o) w
    left join city c on c.wk = w.wk
    left join prov p on p.wk = w.wk
    where coalesce(c.n, 0) >= k or (p_province is not null and coalesce(p.n, 0) >= k)
    order by w.wk;
end
$$;
comment on function public.market_network_history(text, text, text, text, integer, timestamptz) is 'Network median per calendar week (WIB) of a commodity in the city, else the province, only for weeks with at least 3 distinct warungs; fixed week buckets. SECURITY DEFINER returning aggregates only.';
revoke all on function public.market_network_history(text, text, text, text, integer, timestamptz) from public;
grant execute on function public.market_network_history(text, text, text, text, integer, timestamptz) to authenticated, service_role;

-- One commodity's history for the chart, as jsonb:
-- { commodity, unit, regency, province, end, days,
--   official: [{ at, price, unit, publisher, region }]  consumer prices of the city, else the province,
--   network:  [{ week_start, price, warungs, scope, region }]  (market_network_history),
--   own:      [{ at, price, unit, product }]  this warung's posted purchases of its products of the commodity }.
-- The window is p_days ending now; when nothing of the warung's or the official data falls in it (the
-- demo's panel data is old), it ends at the newest official price instead, so the chart is not empty.
-- SECURITY INVOKER: the caller's RLS applies to its own purchases and tenant row.
create or replace function public.market_price_history(p_commodity text, p_days integer default 90,
    p_at timestamptz default null, p_tenant_id uuid default null) returns jsonb
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_now timestamptz := least(coalesce(p_at, now()), now());
  v_days integer := least(greatest(coalesce(p_days, 90), 7), 730);
  v_unit text;
  v_regency text;
  v_province text;
  v_region text;
  v_end timestamptz := v_now;
  v_latest timestamptz;
  v_official jsonb;
  v_network jsonb;
  v_own jsonb;
begin
  select c.unit into v_unit from public.market_commodities c where c.name = p_commodity;
  if v_unit is null then raise exception 'not_found:commodity'; end if;
  select t.regency, t.province into v_regency, v_province from public.tenants t where t.id = v_tenant;
  -- The city's official prices when it has any of this commodity, else the province's.
  select r into v_region from unnest(array[v_regency, v_province]) with ordinality u(r, n)
  where r is not null and exists (select 1 from public.market_prices m where m.tenant_id is null and m.commodity = p_commodity
                                  and m.region = u.r and m.price_level = 'consumer')
  order by n limit 1;

  select max(m.observed_at) into v_latest from public.market_prices m
  where m.tenant_id is null and m.commodity = p_commodity and m.region = v_region and m.price_level = 'consumer' and m.observed_at <= v_now;
  if v_latest is not null and v_latest <= v_now - make_interval(days => v_days)
     and not exists (select 1 from public.transaction_lines l
                     join public.transactions t on t.tenant_id = l.tenant_id and t.id = l.transaction_id
                     join public.products p on p.tenant_id = l.tenant_id and p.id = l.product_id
                     where l.tenant_id = v_tenant and p.commodity = p_commodity and t.kind = 'purchase' and t.status = 'posted'
                       and t.occurred_at > v_now - make_interval(days => v_days) and t.occurred_at <= v_now)
     and not exists (select 1 from public.market_network_price(p_commodity, v_regency, v_province, v_unit, v_now)) then
    v_end := v_latest;
  end if;

  select coalesce(jsonb_agg(jsonb_build_object('at', m.observed_at, 'price', m.price, 'unit', m.unit, 'publisher', m.publisher, 'region', m.region)
                            order by m.observed_at, m.publisher), '[]'::jsonb)
  into v_official
  from public.market_prices m
  where m.tenant_id is null and m.commodity = p_commodity and m.region = v_region and m.price_level = 'consumer'
    and m.observed_at > v_end - make_interval(days => v_days) and m.observed_at <= v_end;

  select coalesce(jsonb_agg(jsonb_build_object('week_start', n.week_start, 'price', n.median, 'warungs', n.warungs, 'scope', n.scope, 'region', n.region)
                            order by n.week_start), '[]'::jsonb)
  into v_network
  from public.market_network_history(p_commodity, v_regency, v_province, v_unit, (v_days + 6) / 7, v_end) n;

  select coalesce(jsonb_agg(jsonb_build_object('at', t.occurred_at, 'price', round(l.total / l.qty)::bigint, 'unit', p.unit, 'product', p.name)
                            order by t.occurred_at, l.line_no), '[]'::jsonb)
  into v_own
  from public.transaction_lines l
  join public.transactions t on t.tenant_id = l.tenant_id and t.id = l.transaction_id
  join public.products p on p.tenant_id = l.tenant_id and p.id = l.product_id
  where l.tenant_id = v_tenant and p.commodity = p_commodity and l.qty > 0 and t.kind = 'purchase' and t.status = 'posted'
    and t.occurred_at > v_end - make_interval(days => v_days) and t.occurred_at <= v_end;

  return jsonb_build_object('commodity', p_commodity, 'unit', v_unit, 'regency', v_regency, 'province', v_province,
    'end', v_end, 'days', v_days, 'official', v_official, 'network', v_network, 'own', v_own);
end
$$;
comment on function public.market_price_history(text, integer, timestamptz, uuid) is 'History of one commodity for the Harga pasar chart: official consumer prices (city, else province), weekly k-anonymous network medians, this warung''s own purchase prices; p_days ending now, or at the newest official price when nothing newer is there.';
select internal.tenant_function('public.market_price_history(text, integer, timestamptz, uuid)'::regprocedure);

-- The page's commodity picker: every commodity, the warung's own first (it has an active product of
-- it), then those with official prices in its city or province, then by name.
create or replace function public.market_commodity_choices(p_tenant_id uuid default null)
returns table (commodity text, unit text, own boolean, latest_official timestamptz)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_regency text;
  v_province text;
begin
  select t.regency, t.province into v_regency, v_province from public.tenants t where t.id = v_tenant;
  return query
    select x.name, x.unit, x.own, x.latest from (
      select c.name, c.unit,
             exists (select 1 from public.products p where p.tenant_id = v_tenant and p.active and p.commodity = c.name) as own,
             -- One backward index probe per region (an IN list would read every day of both regions).
             greatest((select m.observed_at from public.market_prices m where m.tenant_id is null and m.commodity = c.name
                         and m.region = v_regency and m.price_level = 'consumer' order by m.observed_at desc limit 1),
                      (select m.observed_at from public.market_prices m where m.tenant_id is null and m.commodity = c.name
                         and m.region = v_province and m.price_level = 'consumer' order by m.observed_at desc limit 1)) as latest
      from public.market_commodities c) x
    order by x.own desc, (x.latest is null), x.name;
end
$$;
comment on function public.market_commodity_choices(uuid) is 'Commodities for the Harga pasar picker: the warung''s own (an active product maps to it) first, then those with official prices in its region, then by name.';
select internal.tenant_function('public.market_commodity_choices(uuid)'::regprocedure);
