-- The writes tenant sessions used to make directly, now through functions that check who may do what:
-- the router's conversation state, staff management (owner only; a phone already working in another
-- warung is refused), and selling price changes (owner and staff). SECURITY DEFINER is applied in
-- 20261201099000 with everything else.

-- A member writes only the state of its own chat: the router keys it `<chat>:<member id>` and the
-- member id is the JWT subject. The server (service role) may write any.
create or replace function internal.require_own_chat(p_chat_key text) returns void
language plpgsql stable security invoker as $$
begin
  if internal.is_privileged() then return; end if;
  if auth.uid() is null or p_chat_key is null or right(p_chat_key, 37) <> ':' || auth.uid()::text then
    raise exception 'forbidden:chat' using detail = 'a member writes only its own chat state';
  end if;
end
$$;
comment on function internal.require_own_chat(text) is 'Raises forbidden:chat unless the chat key ends with the caller''s member id (JWT sub) or the caller is the server.';

create or replace function public.set_chat_pending(p_tenant_id uuid, p_chat_key text, p_pending jsonb,
    p_expires_at timestamptz, p_now timestamptz default now()) returns void
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
begin
  perform internal.require_own_chat(p_chat_key);
  insert into public.conversation_state (tenant_id, chat_key, pending, expires_at, updated_at)
  values (v_tenant, p_chat_key, p_pending, p_expires_at, p_now)
  on conflict (tenant_id, chat_key) do update
    set pending = excluded.pending, expires_at = excluded.expires_at, updated_at = excluded.updated_at;
end
$$;
comment on function public.set_chat_pending(uuid, text, jsonb, timestamptz, timestamptz) is 'Sets (or clears, with null) the open question of the caller''s own chat.';

create or replace function public.set_chat_last_event(p_tenant_id uuid, p_chat_key text, p_event jsonb,
    p_now timestamptz default now()) returns void
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
begin
  perform internal.require_own_chat(p_chat_key);
  insert into public.conversation_state (tenant_id, chat_key, last_event, updated_at)
  values (v_tenant, p_chat_key, p_event, p_now)
  on conflict (tenant_id, chat_key) do update set last_event = excluded.last_event, updated_at = excluded.updated_at;
end
$$;
comment on function public.set_chat_last_event(uuid, text, jsonb, timestamptz) is 'Remembers (or forgets, with null) the last booking of the caller''s own chat, for "batal".';

-- Adds (or re-activates, or changes the role of) a cashier/staff member. Owner only. A phone that is an
-- active member of another warung is refused (conflict:member_elsewhere): identify.ts finds a sender by
-- phone, so one phone in two warungs would book into only one of them.
create or replace function public.add_staff(p_tenant_id uuid, p_phone text, p_name text, p_role text) returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_row public.members%rowtype;
  v_created boolean;
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
  v_created := not exists (select 1 from public.members where tenant_id = v_tenant and phone = p_phone);
  insert into public.members (tenant_id, phone, name, role)
  values (v_tenant, p_phone, coalesce(nullif(trim(p_name), ''), case p_role when 'cashier' then 'Kasir' else 'Karyawan' end), p_role)
  on conflict (tenant_id, phone) do update
    set active = true, name = coalesce(nullif(trim(p_name), ''), members.name),
        role = case when members.role = 'owner' then 'owner' else excluded.role end
  returning * into v_row;
  perform internal.audit(v_tenant, 'member.added', 'member', v_row.id::text, jsonb_build_object('role', v_row.role));
  return jsonb_build_object('id', v_row.id, 'name', v_row.name, 'role', v_row.role, 'created', v_created);
end
$$;
comment on function public.add_staff(uuid, text, text, text) is 'Owner only: adds or re-activates a staff/cashier member by phone; conflict:member_elsewhere when the phone is active in another warung.';

-- Deactivates a staff/cashier member (never the owner). Owner only. Returns whether one was removed.
create or replace function public.remove_staff(p_tenant_id uuid, p_phone text) returns boolean
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_id uuid;
begin
  perform internal.require_member_role('owner');
  update public.members set active = false
   where tenant_id = v_tenant and phone = p_phone and role <> 'owner' and active
  returning id into v_id;
  if v_id is null then return false; end if;
  perform internal.audit(v_tenant, 'member.removed', 'member', v_id::text, '{}'::jsonb);
  return true;
end
$$;
comment on function public.remove_staff(uuid, text) is 'Owner only: deactivates a staff/cashier member by phone; false when there was none.';

-- Sets a product's selling price and records the old one in audit_log (what "batal" reads to put it
-- back). Owner and staff. Idempotent on source_ref: a repeated call changes nothing and returns the
-- first change.
create or replace function public.set_product_price(p_tenant_id uuid, p_product_id uuid, p_price bigint,
    p_source_ref text) returns jsonb
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_old bigint;
  v_audit bigint;
begin
  perform internal.require_member_role('owner', 'staff');
  if p_price is null or p_price < 0 then
    raise exception 'invalid:price' using detail = coalesce(p_price::text, 'null');
  end if;
  if p_source_ref is null or p_source_ref = '' then
    raise exception 'invalid:source_ref';
  end if;
  select id, (data ->> 'old')::bigint into v_audit, v_old from public.audit_log
   where tenant_id = v_tenant and action = 'product.price_set' and data ->> 'source_ref' = p_source_ref;
  if found then
    return jsonb_build_object('audit_id', v_audit, 'old', v_old, 'new', p_price, 'created', false);
  end if;
  select sell_price into v_old from public.products where tenant_id = v_tenant and id = p_product_id for update;
  if not found then
    raise exception 'not_found:product' using detail = coalesce(p_product_id::text, 'null');
  end if;
  update public.products set sell_price = p_price, updated_at = now() where tenant_id = v_tenant and id = p_product_id;
  insert into public.audit_log (tenant_id, member_id, actor, action, entity, entity_id, data)
  values (v_tenant, internal.current_member_id(v_tenant), coalesce(auth.jwt() ->> 'role', 'system'), 'product.price_set',
          'product', p_product_id::text, jsonb_build_object('old', v_old, 'new', p_price, 'source_ref', p_source_ref))
  returning id into v_audit;
  return jsonb_build_object('audit_id', v_audit, 'old', v_old, 'new', p_price, 'created', true);
end
$$;
comment on function public.set_product_price(uuid, uuid, bigint, text) is 'Owner/staff: sets a product''s selling price, audit row keeps the old one; idempotent on source_ref.';

-- The audit trail is append-only and tenant sessions may not write it directly: internal.audit runs
-- as its owner (SECURITY DEFINER, applied in 20261201099000) but only for the caller's own tenant.
create or replace function internal.audit(p_tenant uuid, p_action text, p_entity text, p_entity_id text, p_data jsonb)
returns void language plpgsql security invoker as $$
begin
  if not internal.is_privileged() and p_tenant is distinct from public.current_tenant_id() then
    raise exception 'forbidden:tenant';
  end if;
  insert into public.audit_log (tenant_id, member_id, actor, action, entity, entity_id, data)
  values (p_tenant, auth.uid(), coalesce(auth.jwt() ->> 'role', 'system'), p_action, p_entity, p_entity_id, p_data);
end
$$;
comment on function internal.audit(uuid, text, text, text, jsonb) is 'Appends an audit row for the caller''s own tenant (any tenant for the server).';

-- Money going out (purchases, expenses) is booked by the owner and staff, not by a cashier
-- (agents/router/permissions.ts says the same for chat). A trigger, so it holds for every writer and
-- inside SECURITY DEFINER functions, which read the caller's claims all the same.
create or replace function internal.check_transaction_role() returns trigger
language plpgsql security invoker set search_path = public, pg_temp as $$
begin
  if new.kind in ('purchase', 'expense') and not internal.is_privileged() and auth.jwt() ->> 'member_role' = 'cashier' then
    raise exception 'forbidden:role' using detail = format('a cashier may not book a %s', new.kind);
  end if;
  return new;
end
$$;
comment on function internal.check_transaction_role() is 'Trigger: a cashier session may not book purchases or expenses (forbidden:role).';
create trigger transactions_check_role before insert on public.transactions
  for each row execute function internal.check_transaction_role();
