-- The rules every writer shares (agents, POS, dashboard): posting and voiding transactions, stock
-- counts and stock-in, product search. All functions are SECURITY INVOKER, so the caller's RLS
-- still applies: a tenant can only post into its own books.
-- Errors: `raise exception '<code>:<what>'` (SQLSTATE P0001), e.g. not_found:product,
-- invalid:qty, forbidden:tenant, conflict:debt_has_payments; DETAIL carries the offending value.

grant usage on schema internal to authenticated, service_role;
revoke execute on function internal.tenant_rls(regclass), internal.service_only_rls(regclass) from public;

-- The tenant a function acts for: the argument, else the caller's JWT tenant. An authenticated
-- caller may not act for another tenant (RLS would refuse the rows anyway; this names the error).
create or replace function internal.require_tenant(p_tenant uuid) returns uuid
language plpgsql stable security invoker as $$
declare
  v_claim uuid := public.current_tenant_id();
  v uuid := coalesce(p_tenant, v_claim);
begin
  if v is null then
    raise exception 'invalid:tenant_id' using detail = 'no tenant given and none in the JWT claims';
  end if;
  if v_claim is not null and v <> v_claim then
    raise exception 'forbidden:tenant';
  end if;
  return v;
end
$$;

-- Text to uuid with a coded error instead of a bare cast failure.
create or replace function internal.to_uuid(p text, p_field text) returns uuid
language plpgsql immutable as $$
begin
  if p is null or p = '' then return null; end if;
  if p !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    raise exception 'invalid:%', p_field using detail = p;
  end if;
  return p::uuid;
end
$$;

-- The JWT subject when it is a member of the tenant (our server puts the member id there; a Supabase
-- Auth user id that is not a member gives NULL), for created_by columns with a foreign key.
create or replace function internal.current_member_id(p_tenant uuid) returns uuid
language sql stable security invoker as $$
  select m.id from public.members m where m.tenant_id = p_tenant and m.id = auth.uid()
$$;

create or replace function internal.stock_level(p_tenant uuid, p_product uuid) returns numeric
language sql stable security invoker as $$
  select coalesce(sum(qty), 0)::numeric(14, 3) from public.stock_movements
  where tenant_id = p_tenant and product_id = p_product
$$;

-- New moving-average cost after receiving p_qty at p_unit_cost. Negative stock (sold before the
-- purchase was booked) counts as zero, so it cannot drag the average below the prices paid.
create or replace function internal.moving_average(p_level numeric, p_avg numeric, p_qty numeric, p_unit_cost numeric)
returns numeric language sql immutable as $$
  select case
    when p_avg is null or greatest(p_level, 0) = 0 then round(p_unit_cost, 4)
    else round((greatest(p_level, 0) * p_avg + p_qty * p_unit_cost) / (greatest(p_level, 0) + p_qty), 4)
  end
$$;

create or replace function internal.audit(p_tenant uuid, p_action text, p_entity text, p_entity_id text, p_data jsonb)
returns void language sql security invoker as $$
  insert into public.audit_log (tenant_id, member_id, actor, action, entity, entity_id, data)
  values (p_tenant, auth.uid(), coalesce(auth.jwt() ->> 'role', 'system'), p_action, p_entity, p_entity_id, p_data)
$$;

-- What post_transaction / void_transaction return for a transaction.
create or replace function internal.transaction_result(p_tx uuid, p_created boolean) returns jsonb
language sql stable security invoker as $$
  select jsonb_build_object(
    'id', t.id, 'created', p_created, 'kind', t.kind, 'status', t.status, 'payment', t.payment,
    'occurred_at', t.occurred_at, 'source_ref', t.source_ref, 'contact_id', t.contact_id,
    'counterparty_name', t.counterparty_name, 'total', t.total, 'cogs', t.cogs,
    'debt_id', (select d.id from public.debts d where d.transaction_id = t.id),
    'lines', coalesce((select jsonb_agg(jsonb_build_object(
        'line_no', l.line_no, 'product_id', l.product_id, 'description', l.description, 'qty', l.qty,
        'unit', l.unit, 'unit_price', l.unit_price, 'total', l.total, 'cogs', l.cogs) order by l.line_no)
      from public.transaction_lines l where l.transaction_id = t.id), '[]'::jsonb),
    'stock', coalesce((select jsonb_agg(jsonb_build_object('product_id', x.product_id,
        'level', internal.stock_level(t.tenant_id, x.product_id)) order by x.product_id)
      from (select distinct l.product_id from public.transaction_lines l
            where l.transaction_id = t.id and l.product_id is not null) x), '[]'::jsonb))
  from public.transactions t where t.id = p_tx
$$;

-- A contact for a credit transaction given only by name: an existing one of the right kind whose
-- name or alias matches (case-insensitive), else a new one.
create or replace function internal.find_or_create_contact(p_tenant uuid, p_kind text, p_name text) returns uuid
language plpgsql security invoker as $$
declare
  v uuid;
  v_name text := lower(trim(p_name));
begin
  select id into v from public.contacts
  where tenant_id = p_tenant and kind = p_kind and active
    and (lower(name) = v_name or v_name = any (aliases))
  order by created_at limit 1;
  if v is null then
    insert into public.contacts (tenant_id, kind, name) values (p_tenant, p_kind, trim(p_name)) returning id into v;
  end if;
  return v;
end
$$;

grant execute on all functions in schema internal to authenticated, service_role;
revoke execute on function internal.tenant_rls(regclass), internal.service_only_rls(regclass) from authenticated, service_role;
