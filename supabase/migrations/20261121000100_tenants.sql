-- Tenants (one warung each), the people who run them (members) and the people they deal with
-- (contacts), plus the helpers every RLS policy in later migrations uses.


-- The tenant of the current request, read from the JWT claims the way Supabase/PostgREST set them
-- (core/db/tenant.ts sets the same claims for our own server). NULL for the service role.
create or replace function public.current_tenant_id() returns uuid
language sql stable as $$
  select nullif(auth.jwt() ->> 'tenant_id', '')::uuid
$$;
comment on function public.current_tenant_id() is 'Tenant id from request.jwt.claims (NULL when absent); every RLS policy compares against it.';

-- Internal helpers that apply the same grants and policies to every table. Not reachable by API roles.
create schema if not exists internal;
revoke all on schema internal from public;

-- Policies wrap the claim lookup in a sub-select so PostgreSQL evaluates it once per statement
-- (an InitPlan) instead of once per row, and can still use tenant_id indexes.

-- A tenant table: authenticated users see and write only rows of their tenant; the service role
-- (which bypasses RLS on Supabase anyway) gets an explicit allow-all policy so it also works where
-- the role exists without BYPASSRLS.
create or replace function internal.tenant_rls(tbl regclass) returns void
language plpgsql as $$
begin
  execute format('alter table %s enable row level security', tbl);
  execute format('grant select, insert, update, delete on %s to authenticated, service_role', tbl);
  execute format('create policy tenant_isolation on %s for all to authenticated
                    using (tenant_id = (select public.current_tenant_id()))
                    with check (tenant_id = (select public.current_tenant_id()))', tbl);
  execute format('create policy service_all on %s for all to service_role using (true) with check (true)', tbl);
end
$$;

-- A system table: only the service role may touch it.
create or replace function internal.service_only_rls(tbl regclass) returns void
language plpgsql as $$
begin
  execute format('alter table %s enable row level security', tbl);
  execute format('revoke all on %s from anon, authenticated', tbl);
  execute format('grant select, insert, update, delete on %s to service_role', tbl);
  execute format('create policy service_all on %s for all to service_role using (true) with check (true)', tbl);
end
$$;

create table public.tenants (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(trim(name)) > 0),
  city text,
  timezone text not null default 'Asia/Jakarta'
    check (timezone in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
  closing_time time not null default '21:00',
  settings jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);
comment on table public.tenants is 'One warung (shop). Every other business table carries tenant_id.';
comment on column public.tenants.timezone is 'IANA zone: WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura. Days and reports are cut in this zone.';
comment on column public.tenants.closing_time is 'Local closing time; the daily report is sent around it.';
comment on column public.tenants.settings is 'Small per-tenant preferences (e.g. negotiation defaults) that do not deserve a column yet.';

alter table public.tenants enable row level security;
grant select, update on public.tenants to authenticated;
grant select, insert, update, delete on public.tenants to service_role;
create policy tenant_read on public.tenants for select to authenticated using (id = (select public.current_tenant_id()));
create policy tenant_update on public.tenants for update to authenticated
  using (id = (select public.current_tenant_id())) with check (id = (select public.current_tenant_id()));
create policy service_all on public.tenants for all to service_role using (true) with check (true);

create table public.members (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  phone text not null check (phone ~ '^\+[1-9][0-9]{6,14}$'),
  wa_jid text,
  wa_lid text,
  name text not null,
  role text not null default 'staff' check (role in ('owner', 'staff', 'cashier')),
  pin_hash text,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  unique (tenant_id, phone),
  unique (tenant_id, id) -- target of tenant-safe composite foreign keys
);
comment on table public.members is 'People who run a warung: the owner, staff and cashiers. They may talk to Juragan and log in.';
comment on column public.members.phone is 'E.164, e.g. +6281200000001. Personal data: never log it at info level.';
comment on column public.members.wa_jid is 'WhatsApp JID (628…@s.whatsapp.net) once seen.';
comment on column public.members.wa_lid is 'WhatsApp LID (…@lid), the privacy id newer clients send instead of the phone JID.';
comment on column public.members.pin_hash is 'Hash of the POS PIN (scrypt/argon2 string); NULL when POS login is not set up.';
create index members_wa_jid_idx on public.members (wa_jid) where wa_jid is not null;
create index members_wa_lid_idx on public.members (wa_lid) where wa_lid is not null;
create index members_phone_idx on public.members (phone);
select internal.tenant_rls('public.members');

create table public.contacts (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  kind text not null check (kind in ('customer', 'supplier')),
  name text not null check (length(trim(name)) > 0),
  aliases text[] not null default '{}',
  phone text check (phone ~ '^\+[1-9][0-9]{6,14}$'),
  wa_jid text,
  wa_lid text,
  note text,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  unique (tenant_id, id)
);
comment on table public.contacts is 'Customers (who may owe the warung) and suppliers (whom the warung buys from and haggles with).';
comment on column public.contacts.aliases is 'Other names the owner uses ("bu yati", "yati warung sebelah"), lower case, for matching.';
comment on column public.contacts.phone is 'E.164 or NULL. Personal data.';
create index contacts_tenant_name_idx on public.contacts (tenant_id, lower(name));
create index contacts_phone_idx on public.contacts (phone) where phone is not null;
create index contacts_wa_lid_idx on public.contacts (wa_lid) where wa_lid is not null;
select internal.tenant_rls('public.contacts');
