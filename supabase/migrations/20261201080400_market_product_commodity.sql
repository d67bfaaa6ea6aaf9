-- Speed for the price question (bench/market-price.ts): the commodity of each product is kept on the
-- product (set by a trigger from the name table) instead of being matched on every read, and the
-- matching functions become PL/pgSQL so each connection plans their query once.

create or replace function public.market_commodities_for(p_text text, p_at_start boolean default false) returns text[]
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v_t text := internal.market_norm(p_text);
  v_c text[];
begin
  if v_t = '  ' then return null; end if;
  select w.commodities into v_c
  from public.market_commodity_words w
  where case when p_at_start then left(v_t, length(w.phrase) + 2) = ' ' || w.phrase || ' '
             else position(' ' || w.phrase || ' ' in v_t) > 0 end
  order by length(w.phrase) desc, w.phrase
  limit 1;
  return v_c;
end
$$;

create or replace function public.market_commodity_of_product(p_name text, p_aliases text[]) returns text
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v_text text;
  v_c text[];
begin
  foreach v_text in array array[p_name] || coalesce(p_aliases, '{}') loop
    v_c := public.market_commodities_for(v_text, true);
    if v_c is not null then return v_c[1]; end if;
  end loop;
  return null;
end
$$;

alter table public.products add column commodity text;
comment on column public.products.commodity is 'The market commodity this product stands for ("Telur Ayam Ras"), from its name and aliases via market_commodity_of_product; set by a trigger. Network observations, price answers and alerts read it.';
create index products_commodity_idx on public.products (tenant_id, commodity) where commodity is not null;

create or replace function internal.market_product_commodity() returns trigger
language plpgsql security invoker set search_path = public, pg_temp as $$
begin
  new.commodity := public.market_commodity_of_product(new.name, new.aliases);
  return new;
end
$$;
comment on function internal.market_product_commodity() is 'Trigger: keeps products.commodity in step with the product''s name and aliases.';
create trigger market_product_commodity before insert or update of name, aliases on public.products
  for each row execute function internal.market_product_commodity();

update public.products set commodity = public.market_commodity_of_product(name, aliases)
where commodity is distinct from public.market_commodity_of_product(name, aliases);

-- The observation trigger reads the product's commodity instead of matching its name again.
create or replace function internal.market_observe_line() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_tx record;
  v_t record;
  v_p record;
begin
  if new.product_id is null or new.qty <= 0 then return null; end if;
  select kind, status, occurred_at into v_tx from public.transactions where id = new.transaction_id;
  if v_tx.kind is distinct from 'purchase' or v_tx.status <> 'posted' then return null; end if;
  select commodity, unit into v_p from public.products where tenant_id = new.tenant_id and id = new.product_id;
  if v_p.commodity is null then return null; end if;
  select regency, province, market_share into v_t from public.tenants where id = new.tenant_id;
  if v_t.regency is null or not coalesce(v_t.market_share, false) then return null; end if;
  insert into public.market_observations (tenant_id, transaction_id, line_no, commodity, regency, province, unit, price, observed_at)
  values (new.tenant_id, new.transaction_id, new.line_no, v_p.commodity, v_t.regency, v_t.province, lower(v_p.unit),
          round(new.total / new.qty), v_tx.occurred_at)
  on conflict (transaction_id, line_no) do nothing;
  return null;
end
$$;
