-- Dashboard login: one-time codes and sessions, as SQL functions so every web process applies the
-- same limits atomically. Service role only: they run before anyone is logged in.

-- Issues a code for a phone: false when 5 codes were issued for it in the last hour. Earlier unused
-- codes of the phone die, so only the newest can be guessed. Called for unknown numbers too (with a
-- code nobody receives), so the answers never tell a member from a stranger.
create or replace function public.issue_login_code(p_phone text, p_code_hash text, p_ttl interval default interval '5 minutes')
returns boolean
language plpgsql volatile security invoker set search_path = public, pg_temp as $$
begin
  perform pg_advisory_xact_lock(hashtext('login_code:' || p_phone));
  if (select count(*) from public.login_codes where phone = p_phone and created_at > now() - interval '1 hour') >= 5 then
    return false;
  end if;
  update public.login_codes set consumed_at = now() where phone = p_phone and consumed_at is null;
  insert into public.login_codes (phone, code_hash, expires_at) values (p_phone, p_code_hash, now() + p_ttl);
  return true;
end
$$;
comment on function public.issue_login_code(text, text, interval) is
  'Stores a hashed login code for a phone (earlier unused codes die). false = 5 codes this hour already. Service role only.';

-- Checks a code and, when right, opens a session for the phone's member in the same transaction.
-- status: ok | wrong | expired | too_many | none. A code dies after 5 wrong tries or 5 minutes.
create or replace function public.login_with_code(p_phone text, p_code_hash text, p_token_hash text,
    p_user_agent text default null, p_session_ttl interval default interval '30 days')
returns jsonb
language plpgsql volatile security invoker set search_path = public, pg_temp as $$
declare
  v_code public.login_codes%rowtype;
  v_member public.members%rowtype;
begin
  select * into v_code from public.login_codes
   where phone = p_phone and consumed_at is null order by created_at desc limit 1 for update;
  if not found then return jsonb_build_object('status', 'none'); end if;
  if v_code.attempts >= 5 then return jsonb_build_object('status', 'too_many'); end if;
  if v_code.expires_at <= now() then return jsonb_build_object('status', 'expired'); end if;
  if v_code.code_hash <> p_code_hash then
    update public.login_codes set attempts = attempts + 1 where id = v_code.id;
    return jsonb_build_object('status', case when v_code.attempts + 1 >= 5 then 'too_many' else 'wrong' end);
  end if;
  update public.login_codes set consumed_at = now() where id = v_code.id;
  -- One phone may belong to several warungs: the owner's seat first, then the oldest.
  select * into v_member from public.members where phone = p_phone and active
   order by case role when 'owner' then 0 when 'staff' then 1 else 2 end, created_at limit 1;
  if not found then return jsonb_build_object('status', 'wrong'); end if;
  insert into public.dashboard_sessions (tenant_id, member_id, token_hash, expires_at, user_agent)
  values (v_member.tenant_id, v_member.id, p_token_hash, now() + p_session_ttl, left(p_user_agent, 300));
  insert into public.audit_log (tenant_id, member_id, actor, action, entity, entity_id)
  values (v_member.tenant_id, v_member.id, 'dashboard', 'session.login', 'member', v_member.id::text);
  return jsonb_build_object('status', 'ok', 'role', v_member.role);
end
$$;
comment on function public.login_with_code(text, text, text, text, interval) is
  'Verifies the newest login code of a phone; when right, consumes it and opens a dashboard session (token hash). Service role only.';

-- The live session for a token hash, with its member and warung; NULL fields when none. Touches
-- last_seen_at at most every 5 minutes so page loads stay reads.
create or replace function public.dashboard_session(p_token_hash text)
returns table (session_id uuid, tenant_id uuid, member_id uuid, role text, member_name text,
               tenant_name text, timezone text, expires_at timestamptz)
language plpgsql volatile security invoker set search_path = public, pg_temp as $$
begin
  update public.dashboard_sessions d set last_seen_at = now()
   where d.token_hash = p_token_hash and d.revoked_at is null and d.expires_at > now()
     and (d.last_seen_at is null or d.last_seen_at < now() - interval '5 minutes');
  return query
  select d.id, d.tenant_id, d.member_id, m.role, m.name, t.name, t.timezone, d.expires_at
    from public.dashboard_sessions d
    join public.members m on m.tenant_id = d.tenant_id and m.id = d.member_id and m.active
    join public.tenants t on t.id = d.tenant_id
   where d.token_hash = p_token_hash and d.revoked_at is null and d.expires_at > now();
end
$$;
comment on function public.dashboard_session(text) is
  'The unrevoked, unexpired session of a token hash with its member (active) and warung. Service role only.';

create or replace function public.revoke_dashboard_session(p_token_hash text) returns boolean
language sql volatile security invoker set search_path = public, pg_temp as $$
  with r as (update public.dashboard_sessions set revoked_at = now()
              where token_hash = p_token_hash and revoked_at is null returning id)
  select count(*) > 0 from r
$$;
comment on function public.revoke_dashboard_session(text) is 'Logout: revokes the session of a token hash. Service role only.';

do $$
declare f text;
begin
  foreach f in array array['public.issue_login_code(text, text, interval)',
    'public.login_with_code(text, text, text, text, interval)', 'public.dashboard_session(text)',
    'public.revoke_dashboard_session(text)']
  loop
    execute format('revoke execute on function %s from public, anon, authenticated', f);
    execute format('grant execute on function %s to service_role', f);
  end loop;
end
$$;

-- Live updates: every change a dashboard shows notifies "juragan_live" with the tenant id, delivered
-- at commit (PostgreSQL and PGlite alike); a revoked session notifies "juragan_session" so every web
-- process closes its stream.
create or replace function internal.notify_live() returns trigger
language plpgsql security invoker as $$
begin
  perform pg_notify('juragan_live', coalesce(new.tenant_id, old.tenant_id)::text);
  return null;
end
$$;
comment on function internal.notify_live() is 'Trigger: NOTIFY juragan_live <tenant id> (identical payloads in one transaction arrive once).';

create trigger live_notify after insert or update on public.transactions for each row execute function internal.notify_live();
create trigger live_notify after insert on public.stock_movements for each row execute function internal.notify_live();
create trigger live_notify after insert or update on public.debts for each row execute function internal.notify_live();
create trigger live_notify after insert on public.debt_payments for each row execute function internal.notify_live();

create or replace function internal.notify_session_revoked() returns trigger
language plpgsql security invoker as $$
begin
  if new.revoked_at is not null and old.revoked_at is null then
    perform pg_notify('juragan_session', new.id::text);
  end if;
  return null;
end
$$;
comment on function internal.notify_session_revoked() is 'Trigger: NOTIFY juragan_session <session id> when a session is revoked.';
create trigger session_revoked_notify after update on public.dashboard_sessions for each row execute function internal.notify_session_revoked();
