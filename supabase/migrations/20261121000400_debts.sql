-- Debts (kasbon/utang): what customers owe the warung (receivable) and what the warung owes
-- suppliers (payable), their payments, and reminders ("ingatkan bu sri tgl 30").

create table public.debts (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  direction text not null check (direction in ('receivable', 'payable')),
  contact_id uuid not null,
  amount bigint not null check (amount > 0),
  paid bigint not null default 0 check (paid >= 0),
  due_date date,
  transaction_id uuid,
  status text not null default 'open' check (status in ('open', 'paid', 'void')),
  note text,
  source_ref text,
  created_at timestamptz not null default now(),
  settled_at timestamptz,
  check (paid <= amount),
  unique (tenant_id, id),
  foreign key (tenant_id, contact_id) references public.contacts (tenant_id, id),
  foreign key (tenant_id, transaction_id) references public.transactions (tenant_id, id)
);
comment on table public.debts is 'One debt: receivable = a customer owes us, payable = we owe a supplier. Outstanding = amount - paid.';
comment on column public.debts.paid is 'Sum of debt_payment_allocations for this debt; status becomes paid when it reaches amount.';
comment on column public.debts.transaction_id is 'The credit sale/purchase that created it; NULL for a debt recorded on its own (e.g. an old balance).';
comment on column public.debts.source_ref is 'Idempotency key when created on its own (unique per tenant); NULL when it comes from a transaction.';
create unique index debts_transaction_uq on public.debts (transaction_id) where transaction_id is not null;
create unique index debts_source_ref_uq on public.debts (tenant_id, source_ref) where source_ref is not null;
create index debts_open_idx on public.debts (tenant_id, contact_id, direction, created_at) where status = 'open';
select internal.tenant_rls('public.debts');

create table public.debt_payments (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  contact_id uuid not null,
  direction text not null check (direction in ('receivable', 'payable')),
  amount bigint not null check (amount > 0),
  applied bigint not null default 0 check (applied >= 0),
  payment text not null default 'cash' check (payment in ('cash', 'qris', 'transfer')),
  paid_at timestamptz not null default now(),
  source_ref text not null,
  note text,
  created_by uuid,
  created_at timestamptz not null default now(),
  unique (tenant_id, source_ref),
  unique (tenant_id, id),
  foreign key (tenant_id, contact_id) references public.contacts (tenant_id, id),
  foreign key (tenant_id, created_by) references public.members (tenant_id, id)
);
comment on table public.debt_payments is 'One payment of debts by/to a contact ("bu yati bayar 50rb"). It is spread over open debts, oldest first (debt_payment_allocations).';
comment on column public.debt_payments.applied is 'Part of amount that settled debts; amount - applied is an overpayment nothing could absorb.';
comment on column public.debt_payments.source_ref is 'Idempotency key, unique per tenant.';
select internal.tenant_rls('public.debt_payments');

create table public.debt_payment_allocations (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  payment_id uuid not null,
  debt_id uuid not null,
  amount bigint not null check (amount > 0),
  unique (payment_id, debt_id),
  foreign key (tenant_id, payment_id) references public.debt_payments (tenant_id, id) on delete cascade,
  foreign key (tenant_id, debt_id) references public.debts (tenant_id, id)
);
comment on table public.debt_payment_allocations is 'How much of one payment went to which debt.';
create index debt_payment_allocations_debt_idx on public.debt_payment_allocations (debt_id);
select internal.tenant_rls('public.debt_payment_allocations');

create table public.debt_reminders (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  contact_id uuid not null,
  debt_id uuid,
  remind_on date not null,
  note text,
  source_ref text,
  sent_at timestamptz,
  cancelled_at timestamptz,
  created_at timestamptz not null default now(),
  foreign key (tenant_id, contact_id) references public.contacts (tenant_id, id),
  foreign key (tenant_id, debt_id) references public.debts (tenant_id, id)
);
comment on table public.debt_reminders is 'A reminder to send the owner (or the customer) about a debt on a local date ("ingatkan bu sri tgl 30").';
comment on column public.debt_reminders.debt_id is 'A specific debt, or NULL for everything the contact owes on remind_on.';
comment on column public.debt_reminders.remind_on is 'Local date in the tenant timezone; the scheduler sends it on that morning.';
comment on column public.debt_reminders.sent_at is 'Set when sent; pending reminders have sent_at and cancelled_at NULL.';
create unique index debt_reminders_source_ref_uq on public.debt_reminders (tenant_id, source_ref) where source_ref is not null;
create index debt_reminders_due_idx on public.debt_reminders (remind_on) where sent_at is null and cancelled_at is null;
select internal.tenant_rls('public.debt_reminders');
