-- Network prices: every purchase a warung books (chat, POS, negotiation: all go through
-- post_transaction) becomes an anonymous observation per commodity, region and unit. Observations
-- keep tenant_id only to count distinct warungs and honour an opt-out; no API role can read them.
-- The only way out is market_network_price(), which returns aggregates over at least 3 warungs.

create table public.market_observations (
  id bigint generated always as identity primary key,
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  transaction_id uuid not null references public.transactions (id) on delete cascade,
  line_no integer not null,
  commodity text not null references public.market_commodities (name),
  regency text not null,
  province text,
  unit text not null,
  price bigint not null check (price >= 0),
  observed_at timestamptz not null,
  unique (transaction_id, line_no)
);
comment on table public.market_observations is 'What warungs paid per unit for a commodity (one row per booked purchase line of a product that maps to a commodity). Service only: read through market_network_price(), which never returns fewer than 3 warungs and never a name.';
comment on column public.market_observations.tenant_id is 'Kept to count distinct warungs (k-anonymity) and drop rows on opt-out; never returned.';
comment on column public.market_observations.regency is 'The warung''s regency when it bought (tenants.regency).';
comment on column public.market_observations.unit is 'The product''s base unit (kg, liter, butir…); only like units are compared.';
comment on column public.market_observations.price is 'Rupiah per unit: the line total / qty, rounded.';
create index market_observations_city_idx on public.market_observations (commodity, unit, regency, observed_at);
create index market_observations_province_idx on public.market_observations (commodity, unit, province, observed_at);
create index market_observations_tenant_idx on public.market_observations (tenant_id);
select internal.service_only_rls('public.market_observations');

-- SECURITY DEFINER: the trigger runs inside the booking warung's own transaction (role
-- authenticated), which may not write this service-only table. It writes only the line being booked.
create or replace function internal.market_observe_line() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_tx record;
  v_t record;
  v_p record;
  v_c text;
begin
  if new.product_id is null or new.qty <= 0 then return null; end if;
  select kind, status, occurred_at into v_tx from public.transactions where id = new.transaction_id;
  if v_tx.kind is distinct from 'purchase' or v_tx.status <> 'posted' then return null; end if;
  select regency, province, market_share into v_t from public.tenants where id = new.tenant_id;
  if v_t.regency is null or not coalesce(v_t.market_share, false) then return null; end if;
  select name, aliases, unit into v_p from public.products where tenant_id = new.tenant_id and id = new.product_id;
  v_c := public.market_commodity_of_product(v_p.name, v_p.aliases);
  if v_c is null then return null; end if;
  insert into public.market_observations (tenant_id, transaction_id, line_no, commodity, regency, province, unit, price, observed_at)
  values (new.tenant_id, new.transaction_id, new.line_no, v_c, v_t.regency, v_t.province, lower(v_p.unit),
          round(new.total / new.qty), v_tx.occurred_at)
  on conflict (transaction_id, line_no) do nothing;
  return null;
end
$$;
comment on function internal.market_observe_line() is 'Trigger: a booked purchase line of a commodity product becomes an anonymous network observation (unless the warung opted out or has no region).';
create trigger market_observe_line after insert on public.transaction_lines
  for each row execute function internal.market_observe_line();

-- A voided purchase was never paid: its observations go (definer for the same reason as above).
create or replace function internal.market_forget_voided() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if new.status = 'voided' and old.status <> 'voided' then
    delete from public.market_observations where transaction_id = new.id;
  end if;
  return null;
end
$$;
comment on function internal.market_forget_voided() is 'Trigger: a voided transaction''s network observations are deleted.';
create trigger market_forget_voided after update of status on public.transactions
  for each row execute function internal.market_forget_voided();

-- Opting out drops what the warung contributed so far (definer: the owner's own update of tenants).
create or replace function internal.market_opt_out() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if not new.market_share and old.market_share then
    delete from public.market_observations where tenant_id = new.id;
  end if;
  return null;
end
$$;
comment on function internal.market_opt_out() is 'Trigger: a warung that stops sharing loses its network observations.';
create trigger market_opt_out after update of market_share on public.tenants
  for each row execute function internal.market_opt_out();

-- The network price of a commodity: median, min and max of what warungs paid, in the city, else the
-- province; over the last 7 days, else 30. Only a group of at least 3 distinct warungs is returned
-- (k-anonymity), and only aggregates: no tenant, supplier, product or single row ever leaves.
-- SECURITY DEFINER because it must read every warung's observations, which no tenant may read
-- (market_observations is service-only); that is safe only because it returns nothing but these
-- aggregates. The windows are fixed (7 or 30 days, ending at p_at, never in the future) so a caller
-- cannot narrow a window around a single purchase.
create or replace function public.market_network_price(p_commodity text, p_regency text, p_province text,
    p_unit text default null, p_at timestamptz default null)
returns table (scope text, region text, window_days integer, warungs integer, observations integer,
               median bigint, min_price bigint, max_price bigint)
language plpgsql stable security definer set search_path = public, pg_temp as $$
declare
  k constant integer := 3;
  v_at timestamptz := least(coalesce(p_at, now()), now());
  v_unit text := coalesce(p_unit, (select c.unit from public.market_commodities c where c.name = p_commodity));
  v_scope record;
  v_days integer;
begin
  for v_scope in select * from (values (1, 'city', p_regency), (2, 'province', p_province)) s(n, name, reg) order by n loop
    continue when v_scope.reg is null;
    foreach v_days in array array[7, 30] loop
      return query
        select v_scope.name, v_scope.reg, v_days, count(distinct o.tenant_id)::integer, count(*)::integer,
               round(percentile_cont(0.5) within group (order by o.price))::bigint, min(o.price), max(o.price)
        from public.market_observations o
        join public.tenants t on t.id = o.tenant_id and t.market_share
        where o.commodity = p_commodity and o.unit = v_unit
          and (case when v_scope.name = 'city' then o.regency else o.province end) = v_scope.reg
          and o.observed_at > v_at - make_interval(days => v_days) and o.observed_at <= v_at
        having count(distinct o.tenant_id) >= k;
      if found then return; end if;
    end loop;
  end loop;
end
$$;
comment on function public.market_network_price(text, text, text, text, timestamptz) is 'Network price of a commodity (median/min/max, number of warungs and window) in the city, else the province, over 7 then 30 days; nothing unless at least 3 distinct warungs contributed. SECURITY DEFINER returning aggregates only.';
revoke all on function public.market_network_price(text, text, text, text, timestamptz) from public;
grant execute on function public.market_network_price(text, text, text, text, timestamptz) to authenticated, service_role;
revoke all on function internal.market_observe_line(), internal.market_forget_voided(), internal.market_opt_out() from public;
