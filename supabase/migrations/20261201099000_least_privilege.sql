-- Least privilege, part 2: applied to everything that exists. The last migration of its batch, so it
-- also covers tables and functions other migrations added with the old, open helpers; what it grants
-- is pinned by supabase/tests/access-allowlist.txt (a test compares the catalogue with that file).
--
-- Tenant sessions (authenticated + the JWT tenant claim, from our server or from Supabase's API) read
-- their tenant's rows and write only
--   * through SECURITY DEFINER functions that take the tenant from the claims and check the member
--     role where it matters (the ledger, debts, stock, pack units, prices, staff, chat state), or
--   * directly, a few tables no rule of the books or of the pipeline depends on: contacts and products
--     (some columns: not created_at, WhatsApp ids, avg_cost), debt_reminders, negotiations, negotiation_offers,
--     negotiation_suppliers, their own
--     market_prices rows, and their tenant's settings (owner only).
-- anon gets nothing. The pipeline's tables (inbox, outbox, conversation_state, audit_log, members)
-- and the ledger are never written by a tenant session directly.

-- 1. Tables: nothing for anon; no direct writes for authenticated; then the few allowed back.
revoke all on all tables in schema public from public, anon;
revoke insert, update, delete, truncate, references, trigger on all tables in schema public from authenticated;
revoke all on all sequences in schema public from public, anon, authenticated;
grant usage, select on all sequences in schema public to service_role;

do $$
declare
  t text;
begin
  -- Every tenant table gets the read-only declaration (policies recreated the same way everywhere),
  -- except those with their own policies (tenants, market_prices, product_units' is standard).
  for t in
    select format('%I.%I', n.nspname, c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p')
       and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
       and c.relname not in ('market_prices')
  loop
    perform internal.tenant_read_only(t::regclass);
  end loop;
end
$$;

-- members: the PIN hash stays unreadable (column privileges; see 20261121001600).
revoke select on public.members from authenticated;
grant select (id, tenant_id, phone, wa_jid, wa_lid, name, role, active, created_at) on public.members to authenticated;

-- Tables tenant sessions may still write directly (own tenant's rows, RLS with check).
-- contacts: what the owner knows about a person; not created_at (identify.ts takes the oldest supplier
-- contact of a phone, so a forged old row would take another warung's supplier) nor the WhatsApp
-- identities (wa_jid, wa_lid), which the gateway sets as the service.
grant insert (id, tenant_id, kind, name, aliases, phone, note, active) on public.contacts to authenticated;
grant update (kind, name, aliases, phone, note, active) on public.contacts to authenticated;
select internal.tenant_writable('public.debt_reminders', array['insert', 'update']);
select internal.tenant_writable('public.negotiations', array['insert', 'update']);
select internal.tenant_writable('public.negotiation_offers', array['insert', 'update']);
-- The negotiation flow's per-supplier threads (20261201060000_negotiation_flow.sql, merged beside this
-- batch): the same kind of state as negotiations, written by the owner's and the supplier's messages.
do $$
begin
  if to_regclass('public.negotiation_suppliers') is not null then
    perform internal.tenant_writable('public.negotiation_suppliers', array['insert', 'update']);
  end if;
end
$$;
-- products: the catalogue columns only. avg_cost is the ledger's (moving average), written by the
-- posting functions; stock is never a column.
grant insert (id, tenant_id, name, aliases, unit, sell_price, barcode, category, reorder_point, lead_time_days, active)
  on public.products to authenticated;
grant update (name, aliases, unit, sell_price, barcode, category, reorder_point, lead_time_days, active, updated_at)
  on public.products to authenticated;

-- market_prices keeps its own policies: shared rows (tenant_id null) are read by all, a tenant writes its own.
grant select, insert, update, delete on public.market_prices to authenticated;
grant usage, select on sequence public.market_prices_id_seq to authenticated;

-- tenants: a member reads its own warung; only the owner changes its settings; nobody creates one.
grant select on public.tenants to authenticated;
grant update (name, city, timezone, closing_time, settings) on public.tenants to authenticated;
drop policy if exists tenant_update on public.tenants;
create policy tenant_update on public.tenants for update to authenticated
  using (id = (select public.current_tenant_id()) and (select auth.jwt() ->> 'member_role') = 'owner')
  with check (id = (select public.current_tenant_id()));

-- Views (security_invoker, so the tables' RLS applies).
grant select on public.stock_levels, public.debt_balances to authenticated, service_role;

-- The service role may do anything (it bypasses RLS; explicit policies exist where it does not).
grant select, insert, update, delete on all tables in schema public to service_role;
revoke insert, update, delete on public.stock_levels, public.debt_balances from service_role;

-- 2. Functions: none for anon or PUBLIC; read and helper functions SECURITY INVOKER for authenticated
-- and service_role; the writers SECURITY DEFINER; the DDL helpers for nobody but their owner.
-- (A loop, not `on all functions in schema`: on plain PostgreSQL pg_trgm's functions live in public and
-- are the extension's business.)
do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname in ('public', 'internal') and p.prokind in ('f', 'p')
       and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
  loop
    execute format('revoke all on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated, service_role', f);
  end loop;
end
$$;
revoke all on function internal.tenant_rls(regclass), internal.service_only_rls(regclass),
  internal.tenant_read_only(regclass), internal.tenant_writable(regclass, text[]),
  internal.secure_function(regprocedure), internal.service_function(regprocedure),
  internal.tenant_function(regprocedure) from authenticated, service_role;

-- The writers, by name: every overload, so a migration of this batch that changed a signature is covered
-- too (the allow-list test pins the result).
do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where (n.nspname = 'public' and p.proname in ('post_transaction', 'void_transaction', 'set_stock_count', 'add_stock',
              'record_debt_payment', 'add_debt', 'void_debt', 'void_debt_payment', 'set_product_unit', 'set_product_price',
              'set_chat_pending', 'set_chat_last_event', 'add_staff', 'remove_staff'))
        or (n.nspname = 'internal' and p.proname = 'audit')
  loop
    perform internal.secure_function(f);
  end loop;
end
$$;
-- The pipeline's own bookkeeping: the service role only.
select internal.service_function('internal.finish_inbox(bigint, integer, text, uuid)'::regprocedure);

-- 3. Objects created later by this role start closed: no table privileges for anon/authenticated,
-- no EXECUTE for PUBLIC/anon (Supabase's own defaults grant both). Declare them with the helpers.
alter default privileges in schema public revoke all on tables from anon, authenticated;
alter default privileges in schema public revoke all on sequences from anon, authenticated;
alter default privileges in schema public, internal revoke execute on functions from public, anon;
alter default privileges in schema public, internal grant execute on functions to authenticated, service_role;
