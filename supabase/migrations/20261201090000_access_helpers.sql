-- Least privilege, part 1: the helpers that declare who may touch a table or call a function, and the
-- checks SECURITY DEFINER functions use to find out who is calling. Part 2 (20261201099000) applies
-- them to everything that exists. The rules are in supabase/README.md ("Access").

-- Is the caller the server itself (the service role, or the connection's own role with no SET ROLE,
-- as in migrations and serviceQuery)? Reads the SET ROLE setting, which a SECURITY DEFINER function
-- does not change, so it tells the caller even inside one. A role that bypasses RLS is privileged.
create or replace function internal.is_privileged() returns boolean
language sql stable as $$
  select case when coalesce(nullif(current_setting('role', true), ''), 'none') = 'none' then true
    else coalesce((select r.rolbypassrls or r.rolsuper from pg_catalog.pg_roles r
                    where r.rolname = current_setting('role', true)), false) end
$$;
comment on function internal.is_privileged() is 'True for the service role (or the connection''s own role without SET ROLE); false for anon and tenant sessions.';

-- The tenant a function acts for: the argument, else the caller's JWT tenant. A tenant session must
-- carry a tenant claim (a SECURITY DEFINER function bypasses RLS, so without a claim it could act for
-- any tenant named in the argument) and may not name another tenant.
create or replace function internal.require_tenant(p_tenant uuid) returns uuid
language plpgsql stable security invoker as $$
declare
  v_claim uuid := public.current_tenant_id();
  v uuid := coalesce(p_tenant, v_claim);
begin
  if v_claim is null and not internal.is_privileged() then
    raise exception 'forbidden:tenant' using detail = 'no tenant in the JWT claims';
  end if;
  if v is null then
    raise exception 'invalid:tenant_id' using detail = 'no tenant given and none in the JWT claims';
  end if;
  if v_claim is not null and v <> v_claim then
    raise exception 'forbidden:tenant';
  end if;
  return v;
end
$$;

-- A tenant session's member role (claim member_role) must be one of p_roles; the server passes.
create or replace function internal.require_member_role(variadic p_roles text[]) returns void
language plpgsql stable security invoker as $$
begin
  if internal.is_privileged() then return; end if;
  if coalesce(auth.jwt() ->> 'member_role', '') <> all (p_roles) then
    raise exception 'forbidden:role' using detail = coalesce(auth.jwt() ->> 'member_role', 'none');
  end if;
end
$$;
comment on function internal.require_member_role(text[]) is 'Raises forbidden:role unless the caller is the server or its JWT member_role is one of the given roles.';

-- A tenant table that tenant sessions only read: RLS on, authenticated selects its tenant's rows, the
-- service role does anything, anon nothing. Writes go through SECURITY DEFINER functions.
create or replace function internal.tenant_read_only(tbl regclass) returns void
language plpgsql as $$
begin
  execute format('alter table %s enable row level security', tbl);
  execute format('revoke all on %s from public, anon, authenticated', tbl);
  execute format('grant select on %s to authenticated', tbl);
  execute format('grant select, insert, update, delete on %s to service_role', tbl);
  execute format('drop policy if exists tenant_isolation on %s', tbl);
  execute format('create policy tenant_isolation on %s for all to authenticated
                    using (tenant_id = (select public.current_tenant_id()))
                    with check (tenant_id = (select public.current_tenant_id()))', tbl);
  execute format('drop policy if exists service_all on %s', tbl);
  execute format('create policy service_all on %s for all to service_role using (true) with check (true)', tbl);
end
$$;
comment on function internal.tenant_read_only(regclass) is 'Declares a tenant table (tenant_id column) that authenticated may only read, its tenant''s rows. The default for every tenant table.';

-- The old name, kept for migrations that call it: a tenant table is now read-only for tenant sessions.
create or replace function internal.tenant_rls(tbl regclass) returns void
language sql as $$ select internal.tenant_read_only(tbl) $$;
comment on function internal.tenant_rls(regclass) is 'Same as internal.tenant_read_only (before 20261201090000 it also granted insert/update/delete).';

-- The rare tenant table a tenant session may also write directly (its own tenant's rows, RLS checked):
-- only where no rule of the books or of the pipeline depends on the row. verbs: insert, update, delete.
create or replace function internal.tenant_writable(tbl regclass, verbs text[]) returns void
language plpgsql as $$
declare
  v text;
begin
  perform internal.tenant_read_only(tbl);
  foreach v in array verbs loop
    if v not in ('insert', 'update', 'delete') then
      raise exception 'invalid:verb' using detail = v;
    end if;
    execute format('grant %s on %s to authenticated', v, tbl);
  end loop;
end
$$;
comment on function internal.tenant_writable(regclass, text[]) is 'A tenant table authenticated may also write (the listed verbs), its own tenant''s rows only. Needs a line in supabase/tests/access-allowlist.txt and a reason.';

-- A function tenant sessions may call that writes what they may not write directly: SECURITY DEFINER
-- (runs as its owner, past RLS and grants), a fixed search_path, EXECUTE for authenticated and the
-- service role only. Its body must take the tenant from internal.require_tenant and check the member
-- role where it matters. Call it again after every `create or replace` of the function, which resets it
-- to SECURITY INVOKER.
create or replace function internal.secure_function(fn regprocedure) returns void
language plpgsql as $$
begin
  execute format('alter function %s security definer', fn);
  if not exists (select 1 from pg_catalog.pg_proc p, unnest(coalesce(p.proconfig, '{}')) c
                 where p.oid = fn and c like 'search_path=%') then
    execute format('alter function %s set search_path = public, pg_temp', fn);
  end if;
  execute format('revoke all on function %s from public, anon', fn);
  execute format('grant execute on function %s to authenticated, service_role', fn);
end
$$;
comment on function internal.secure_function(regprocedure) is 'Makes a function SECURITY DEFINER with a fixed search_path, callable by authenticated and service_role only.';

-- A function only the server calls (pipeline, schedulers): no EXECUTE for tenant sessions.
create or replace function internal.service_function(fn regprocedure) returns void
language plpgsql as $$
begin
  execute format('revoke all on function %s from public, anon, authenticated', fn);
  execute format('grant execute on function %s to service_role', fn);
end
$$;
comment on function internal.service_function(regprocedure) is 'A function only the service role may execute.';

-- A read function (or a writing one that relies on the caller's own grants): SECURITY INVOKER, so RLS
-- and the caller's privileges apply; callable by authenticated and service_role, not anon.
create or replace function internal.tenant_function(fn regprocedure) returns void
language plpgsql as $$
begin
  execute format('alter function %s security invoker', fn);
  execute format('revoke all on function %s from public, anon', fn);
  execute format('grant execute on function %s to authenticated, service_role', fn);
end
$$;
comment on function internal.tenant_function(regprocedure) is 'A SECURITY INVOKER function callable by authenticated and service_role (RLS applies).';
