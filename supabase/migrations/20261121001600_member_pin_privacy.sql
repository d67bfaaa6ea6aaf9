-- A POS PIN has 4–6 digits, so its hash can be brute-forced offline in seconds. Members of a warung
-- may read each other's rows (names, roles for the dashboard) but not pin_hash: PIN checks run as
-- the service role. Column privileges do this; RLS still limits rows to the tenant.
revoke select on public.members from authenticated;
grant select (id, tenant_id, phone, wa_jid, wa_lid, name, role, active, created_at) on public.members to authenticated;
comment on column public.members.pin_hash is 'Hash of the POS PIN (scrypt/argon2 string); NULL when POS login is not set up. Not readable by authenticated (column privilege): verify PINs as service_role.';
