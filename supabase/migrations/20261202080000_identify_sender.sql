-- Who wrote a message, as one function (agents/router/people/identify.ts): a member of a warung by phone
-- or WhatsApp JID/LID (a phone in two warungs goes to the one they own, then the oldest), else a
-- supplier contact, else nobody. The pipeline calls it in the same round trip as its `begin`, with the
-- values inlined; a PL/pgSQL body keeps both lookups' plans cached per connection, as the prepared
-- statements it replaces did. One row, or none for an unknown sender.

create or replace function internal.identify_sender(p_phone text, p_address text)
returns table (kind text, id uuid, tenant_id uuid, role text, name text, phone text, tenant_name text, timezone text)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
begin
  return query
    select 'member', m.id, m.tenant_id, m.role::text, m.name, m.phone, t.name, t.timezone
      from public.members m join public.tenants t on t.id = m.tenant_id
     where m.active and (m.phone = p_phone or (p_address is not null and (m.wa_jid = p_address or m.wa_lid = p_address)))
     order by (m.role = 'owner') desc, m.created_at
     limit 1;
  if found then return; end if;
  return query
    select 'supplier', c.id, c.tenant_id, null::text, c.name, c.phone, null::text, null::text
      from public.contacts c
     where c.active and c.kind = 'supplier'
       and (c.phone = p_phone or (p_address is not null and (c.wa_jid = p_address or c.wa_lid = p_address)))
     order by c.created_at
     limit 1;
end
$$;
comment on function internal.identify_sender(text, text) is 'The member (preferring an owner) or supplier contact writing from this phone or WhatsApp address; no row when unknown. Service role only: it reads every warung.';
select internal.service_function('internal.identify_sender(text, text)'::regprocedure);
