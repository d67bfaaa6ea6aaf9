-- A product's cost known when it is made, before any goods come in: phone credit and tokens sold at the
-- counter ("pulsa 20rb terjual 22rb"). Such goods never come in as stock (the warung tops up one balance at
-- its server), so the average stayed unknown and every sale counted as profit in full ("Laba kotor Rp22.000").
--
-- set_first_cost sets products.avg_cost once: only while it is unknown and no stock movement exists for the
-- product, so it can never rewrite the costing of goods already in the books (supabase/README.md, Costing).
-- A tenant session may not write avg_cost itself; this is the one door, as narrow as that.
create or replace function public.set_first_cost(p_tenant_id uuid, p_product_id uuid, p_unit_cost numeric)
returns boolean
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
begin
  if p_unit_cost is null or p_unit_cost < 0 then
    raise exception 'invalid:unit_cost' using detail = coalesce(p_unit_cost::text, 'null');
  end if;
  update public.products p set avg_cost = round(p_unit_cost, 4)
   where p.tenant_id = v_tenant and p.id = p_product_id and p.avg_cost is null
     and not exists (select 1 from public.stock_movements m where m.tenant_id = v_tenant and m.product_id = p.id);
  return found;
end
$$;
comment on function public.set_first_cost(uuid, uuid, numeric) is
  'Sets a product''s average cost when it is made (phone credit, tokens: goods that never come in as stock). Only while the cost is unknown and the product has no stock movement; returns whether it was set.';
select internal.secure_function('public.set_first_cost(uuid, uuid, numeric)'::regprocedure);
