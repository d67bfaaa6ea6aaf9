-- The owner resets a cashier's (or staff member's) POS PIN from the dashboard: clears it, or sets the
-- hash of a new 4-6 digit PIN. The server hashes the PIN (scrypt, dashboard/lib/pin.ts) so the PIN
-- itself never reaches the database or its logs; this function only accepts a well-formed scrypt
-- string. members.pin_hash is not writable by a tenant session, hence SECURITY DEFINER.
create or replace function public.set_member_pin(p_tenant_id uuid, p_member_id uuid, p_pin_hash text) returns boolean
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_id uuid;
begin
  perform internal.require_member_role('owner');
  if p_pin_hash is not null and p_pin_hash !~ '^scrypt\$[0-9]+\$[A-Za-z0-9_-]{16,}\$[A-Za-z0-9_-]{32,}$' then
    raise exception 'invalid:pin_hash';
  end if;
  -- The owner's own PIN is not reset from here (a stolen owner session must not lock the owner out).
  update public.members set pin_hash = p_pin_hash
   where tenant_id = v_tenant and id = p_member_id and role <> 'owner' and active
  returning id into v_id;
  if v_id is null then
    raise exception 'not_found:member' using detail = coalesce(p_member_id::text, 'null');
  end if;
  perform internal.audit(v_tenant, case when p_pin_hash is null then 'member.pin_cleared' else 'member.pin_set' end,
                         'member', v_id::text, '{}'::jsonb);
  return true;
end
$$;
comment on function public.set_member_pin(uuid, uuid, text) is 'Owner only: sets (scrypt string) or clears (NULL) the POS PIN of an active staff/cashier member; not_found:member otherwise.';
select internal.secure_function('public.set_member_pin(uuid, uuid, text)'::regprocedure);
