-- The cashier's POS (issue #11): devices, their sales as the device made them, and one function that books
-- a POS sale through post_transaction (source 'pos', source_ref 'pos:<sale id>'), idempotent on the sale id
-- the device made (a UUIDv7), so retries, two tabs and a crash between commit and answer book it once.

-- Whether cashiers (and staff) may give a line discount at the POS; the owner always may.
alter table public.tenants add column pos_cashier_discount boolean not null default false;
comment on column public.tenants.pos_cashier_discount is 'Cashiers and staff may give line discounts at the POS (the owner always may). Owner-editable.';
grant update (pos_cashier_discount) on public.tenants to authenticated;

create table public.pos_devices (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  code text not null check (code ~ '^[A-HJ-NP-Z2-9]{4}$'),
  session_id uuid references public.dashboard_sessions (id) on delete set null,
  member_id uuid not null,
  name text check (length(name) <= 60),
  pin_failures integer not null default 0 check (pin_failures >= 0),
  pin_locked_until timestamptz,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz,
  revoked_at timestamptz,
  unique (tenant_id, code),
  unique (tenant_id, id),
  foreign key (tenant_id, member_id) references public.members (tenant_id, id) on delete cascade
);
comment on table public.pos_devices is 'A browser registered as a POS (cashier) device. Its code prefixes the receipt numbers it makes offline.';
comment on column public.pos_devices.code is '4 characters from an unambiguous alphabet (no I, O, 0, 1), unique within the warung: receipt numbers are CODE-000123.';
comment on column public.pos_devices.session_id is 'The dashboard session that registered it; removing the device revokes that session too.';
comment on column public.pos_devices.member_id is 'The member whose session registered the device.';
comment on column public.pos_devices.pin_failures is 'Wrong PIN tries (and tries in flight) since the last right one; 5 locks the device (pin_locked_until).';
comment on column public.pos_devices.pin_locked_until is 'PIN unlock refused until then (5 minutes after the 5th wrong try). In the database so every web process agrees.';
create unique index pos_devices_session_uq on public.pos_devices (session_id) where revoked_at is null and session_id is not null;
select internal.tenant_read_only('public.pos_devices');

create table public.pos_sales (
  id uuid primary key,
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  device_id uuid not null,
  seq integer not null check (seq > 0),
  receipt_no text not null,
  cashier_id uuid not null,
  transaction_id uuid not null,
  total bigint not null check (total >= 0),
  payment text not null check (payment in ('cash', 'qris', 'transfer', 'credit')),
  flags text[] not null default '{}',
  owner_told_at timestamptz,
  occurred_at timestamptz not null,
  created_at timestamptz not null default now(),
  unique (tenant_id, device_id, seq),
  unique (tenant_id, receipt_no),
  unique (tenant_id, id),
  foreign key (tenant_id, device_id) references public.pos_devices (tenant_id, id),
  foreign key (tenant_id, cashier_id) references public.members (tenant_id, id),
  foreign key (tenant_id, transaction_id) references public.transactions (tenant_id, id)
);
comment on table public.pos_sales is 'A sale made on a POS device, keyed by the UUIDv7 the device gave it; booked as transaction_id (source pos).';
comment on column public.pos_sales.seq is 'The device''s own sale counter; receipt_no = device code + seq.';
comment on column public.pos_sales.flags is 'e.g. negative_stock: booked although it took stock below zero (the owner is told once).';
comment on column public.pos_sales.owner_told_at is 'When the owner notice of a flagged sale was queued (outbox, deduplicated per sale); NULL = not yet.';
create index pos_sales_transaction_idx on public.pos_sales (tenant_id, transaction_id);
select internal.tenant_read_only('public.pos_sales');

create table public.pos_sale_lines (
  id uuid primary key,
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  sale_id uuid not null,
  line_no integer not null,
  product_id uuid not null,
  qty numeric(14, 3) not null check (qty > 0),
  pack text,
  unit_price bigint not null check (unit_price >= 0),
  discount bigint not null default 0 check (discount >= 0),
  total bigint not null check (total >= 0),
  unique (sale_id, line_no),
  foreign key (tenant_id, sale_id) references public.pos_sales (tenant_id, id) on delete cascade,
  foreign key (tenant_id, product_id) references public.products (tenant_id, id)
);
comment on table public.pos_sale_lines is 'A POS sale''s lines as the cashier rang them up (qty in the pack or base unit sold, price per that unit, discount); the id is the device''s.';
select internal.tenant_read_only('public.pos_sale_lines');

create table public.pos_payments (
  id uuid primary key,
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  sale_id uuid not null,
  method text not null check (method in ('cash', 'qris', 'transfer', 'credit')),
  amount bigint not null check (amount >= 0),
  tendered bigint,
  check (tendered >= amount),
  foreign key (tenant_id, sale_id) references public.pos_sales (tenant_id, id) on delete cascade
);
comment on table public.pos_payments is 'How a POS sale was paid; tendered = cash handed over (change = tendered - amount). The id is the device''s.';
create index pos_payments_sale_idx on public.pos_payments (tenant_id, sale_id);
select internal.tenant_read_only('public.pos_payments');

-- Stock and prices changed anywhere reach every open POS and dashboard: the catalogue's rows notify too.
create trigger live_notify after insert or update on public.products for each row execute function internal.notify_live();
create trigger live_notify after insert or update or delete on public.product_units for each row execute function internal.notify_live();
create trigger live_notify after insert or update on public.contacts for each row execute function internal.notify_live();

create or replace function internal.notify_live_tenant() returns trigger
language plpgsql security invoker as $$
begin
  perform pg_notify('juragan_live', new.id::text);
  return null;
end
$$;
comment on function internal.notify_live_tenant() is 'Trigger on tenants: NOTIFY juragan_live <tenant id> when its settings (QRIS, POS discount) change.';
create trigger live_notify after update on public.tenants for each row execute function internal.notify_live_tenant();
select internal.tenant_function('internal.notify_live_tenant()'::regprocedure);
