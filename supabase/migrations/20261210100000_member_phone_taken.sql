-- Adding a member with the number of one already active: a helper's try added "Rina" with Mbak Dewi's number and
-- Dewi became Rina everywhere, her old sales included ("Kasir: Rina"); the owner's own row was renamed the same way.
-- Now an active member's number with another name is refused (conflict:member_phone_taken, the member's name in
-- the detail), the owner's row is never changed, and a member removed before is re-activated under the name given.
create or replace function public.add_staff(p_tenant_id uuid, p_phone text, p_name text, p_role text) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_id uuid;
  v_role text;
  v_old record;
  v_name text := nullif(trim(p_name), '');
begin
  perform internal.require_member_role('owner');
  if p_role is null or p_role not in ('staff', 'cashier') then
    raise exception 'invalid:role' using detail = coalesce(p_role, 'null');
  end if;
  if p_phone is null or p_phone !~ '^\+[1-9][0-9]{6,14}$' then
    raise exception 'invalid:phone';
  end if;
  -- Two owners adding the same phone at once: the second waits and then sees the first.
  perform pg_advisory_xact_lock(hashtext('member-phone:' || p_phone));
  if exists (select 1 from public.members where phone = p_phone and active and tenant_id <> v_tenant) then
    raise exception 'conflict:member_elsewhere';
  end if;
  -- The columns a tenant session may read (the PIN's hash is not one of them).
  select id, name, role, active into v_old from public.members where tenant_id = v_tenant and phone = p_phone;
  if found and v_old.role = 'owner' then
    return jsonb_build_object('id', v_old.id, 'name', v_old.name, 'role', v_old.role, 'created', false);
  end if;
  -- Names compared as people type them ("mbak dewi" is "Mbak Dewi"); a role change of the same person is allowed.
  if found and v_old.active and v_name is not null and lower(v_name) <> lower(v_old.name) then
    raise exception 'conflict:member_phone_taken' using detail = v_old.name;
  end if;
  insert into public.members (tenant_id, phone, name, role)
  values (v_tenant, p_phone, coalesce(v_name, case p_role when 'cashier' then 'Kasir' else 'Karyawan' end), p_role)
  on conflict (tenant_id, phone) do update
    set active = true, name = coalesce(v_name, members.name), role = excluded.role
  returning id, name, role into v_id, v_name, v_role;
  perform internal.audit(v_tenant, 'member.added', 'member', v_id::text, jsonb_build_object('role', v_role));
  return jsonb_build_object('id', v_id, 'name', v_name, 'role', v_role, 'created', v_old.id is null, 'was_active', coalesce(v_old.active, false));
end
$$;
comment on function public.add_staff(uuid, text, text, text) is 'Owner only: adds or re-activates a staff/cashier member by phone; conflict:member_elsewhere when the phone is active in another warung, conflict:member_phone_taken (detail: the name) when it is an active member of this one under another name; the owner''s row is never changed.';
-- A writer run as its owner, as every writer is (20261201099000_least_privilege.sql).
select internal.secure_function('public.add_staff(uuid, text, text, text)'::regprocedure);
