-- Dashboard login: a one-time code sent over WhatsApp, then a session cookie whose hash is stored.

create table public.login_codes (
  id uuid primary key default gen_random_uuid(),
  phone text not null check (phone ~ '^\+[1-9][0-9]{6,14}$'),
  code_hash text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  attempts integer not null default 0,
  consumed_at timestamptz
);
comment on table public.login_codes is 'One-time login codes sent by WhatsApp. Looked up by phone before any tenant is known, so service role only.';
comment on column public.login_codes.phone is 'E.164 of the member asking to log in. Personal data.';
comment on column public.login_codes.code_hash is 'Hash of the code (never the code itself).';
comment on column public.login_codes.attempts is 'Wrong guesses so far; the code is dead after a few.';
create index login_codes_phone_idx on public.login_codes (phone, created_at desc);
select internal.service_only_rls('public.login_codes');

create table public.dashboard_sessions (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  member_id uuid not null,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz,
  revoked_at timestamptz,
  user_agent text,
  foreign key (tenant_id, member_id) references public.members (tenant_id, id) on delete cascade
);
comment on table public.dashboard_sessions is 'Logged-in dashboard/POS sessions. The cookie holds a random token; only its sha256 is stored.';
comment on column public.dashboard_sessions.token_hash is 'sha256 (hex) of the session token; the server looks sessions up by it as service role.';
comment on column public.dashboard_sessions.revoked_at is 'Set on logout or when the owner removes the device.';
create index dashboard_sessions_member_idx on public.dashboard_sessions (tenant_id, member_id);
select internal.tenant_rls('public.dashboard_sessions');
