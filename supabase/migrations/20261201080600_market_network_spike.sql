-- A spike in what warungs pay: the median of the last 2 days against the median of the 7 days
-- before, in the city (else the province), each window over at least 3 distinct warungs.
-- SECURITY DEFINER for the reason market_network_price is (it reads every warung's observations) and
-- safe for the same one: it returns two medians and a warung count, never a row or a name.
create or replace function public.market_network_spike(p_commodity text, p_regency text, p_province text,
    p_unit text default null, p_at timestamptz default null)
returns table (scope text, region text, warungs integer, before_median bigint, now_median bigint)
language plpgsql stable security definer set search_path = public, pg_temp as $$
declare
  k constant integer := 3;
  v_at timestamptz := least(coalesce(p_at, now()), now());
  v_unit text := coalesce(p_unit, (select c.unit from public.market_commodities c where c.name = p_commodity));
  v_scope record;
begin
  for v_scope in select * from (values (1, 'city', p_regency), (2, 'province', p_province)) s(n, name, reg) order by n loop
    continue when v_scope.reg is null;
    return query
      with o as (
        select o.tenant_id, o.price, o.observed_at > v_at - interval '2 days' as recent
        from public.market_observations o join public.tenants t on t.id = o.tenant_id and t.market_share
        where o.commodity = p_commodity and o.unit = v_unit
          and (case when v_scope.name = 'city' then o.regency else o.province end) = v_scope.reg
          and o.observed_at > v_at - interval '9 days' and o.observed_at <= v_at),
      agg as (
        select count(distinct tenant_id) filter (where recent) as n_now, count(distinct tenant_id) filter (where not recent) as n_before,
               percentile_cont(0.5) within group (order by price) filter (where recent) as m_now,
               percentile_cont(0.5) within group (order by price) filter (where not recent) as m_before
        from o)
      select v_scope.name, v_scope.reg, least(n_now, n_before)::integer, round(m_before)::bigint, round(m_now)::bigint
      from agg where n_now >= k and n_before >= k;
    if found then return; end if;
  end loop;
end
$$;
comment on function public.market_network_spike(text, text, text, text, timestamptz) is 'Network medians of the last 2 days and of the 7 days before (city, else province), only when both windows have at least 3 distinct warungs. SECURITY DEFINER returning aggregates only.';
revoke all on function public.market_network_spike(text, text, text, text, timestamptz) from public;
grant execute on function public.market_network_spike(text, text, text, text, timestamptz) to authenticated, service_role;
