-- Money events: a transaction (sale, purchase, expense, income) and its lines.
-- Write them only through post_transaction / void_transaction (functions migration), which keep
-- stock, cost of goods and debts consistent.

create table public.transactions (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  kind text not null check (kind in ('sale', 'purchase', 'expense', 'income')),
  occurred_at timestamptz not null default now(),
  payment text not null default 'cash' check (payment in ('cash', 'qris', 'transfer', 'credit')),
  contact_id uuid,
  counterparty_name text,
  source text not null check (source in ('chat', 'voice', 'pos', 'dashboard')),
  source_ref text not null check (length(source_ref) > 0),
  status text not null default 'posted' check (status in ('posted', 'voided')),
  total bigint not null check (total >= 0),
  cogs bigint,
  category text,
  note text,
  created_by uuid,
  created_at timestamptz not null default now(),
  voided_at timestamptz,
  void_reason text,
  void_source_ref text,
  unique (tenant_id, source_ref),
  unique (tenant_id, id),
  foreign key (tenant_id, contact_id) references public.contacts (tenant_id, id),
  foreign key (tenant_id, created_by) references public.members (tenant_id, id)
);
comment on table public.transactions is 'One money event of a warung. Amounts are whole rupiah. Voided rows stay (status voided) so history is kept.';
comment on column public.transactions.occurred_at is 'When it happened (the owner may say "kemarin"); created_at is when it was recorded.';
comment on column public.transactions.payment is 'credit = not paid now: a sale on credit creates a receivable, a purchase on credit a payable (debts).';
comment on column public.transactions.counterparty_name is 'Name as said by the user when no contact is linked (or a copy of the contact name at the time).';
comment on column public.transactions.source is 'Where it was entered: chat (text), voice (voice note), pos, dashboard.';
comment on column public.transactions.source_ref is 'Idempotency key, unique per tenant: e.g. inbox:<inbox id>, pos:<client uuid>. Posting the same key again books nothing.';
comment on column public.transactions.cogs is 'Cost of goods sold (sales only): sum of line cogs; NULL when some product cost is unknown.';
comment on column public.transactions.category is 'Expense/income category (listrik, gaji, sewa, …).';
comment on column public.transactions.void_source_ref is 'Idempotency key of the void request.';
create index transactions_tenant_time_idx on public.transactions (tenant_id, occurred_at desc);
create index transactions_contact_idx on public.transactions (contact_id) where contact_id is not null;
select internal.tenant_rls('public.transactions');

create table public.transaction_lines (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  transaction_id uuid not null,
  line_no integer not null,
  product_id uuid,
  description text not null,
  qty numeric(14, 3) not null check (qty > 0),
  unit text,
  unit_price bigint not null check (unit_price >= 0),
  total bigint not null check (total >= 0),
  unit_cost numeric(14, 4),
  cogs bigint,
  unique (transaction_id, line_no),
  foreign key (tenant_id, transaction_id) references public.transactions (tenant_id, id) on delete cascade,
  foreign key (tenant_id, product_id) references public.products (tenant_id, id)
);
comment on table public.transaction_lines is 'Lines of a transaction. product_id is NULL for lines that are not stock (expenses, services, a bare amount).';
comment on column public.transaction_lines.description is 'What the line is, as shown on receipts and reports (product name at the time, or the expense).';
comment on column public.transaction_lines.unit_price is 'Agreed price per unit in rupiah. total may differ from qty*unit_price by rounding or a discount; total is authoritative.';
comment on column public.transaction_lines.unit_cost is 'Sales: moving-average cost per unit when sold. Purchases: total/qty.';
comment on column public.transaction_lines.cogs is 'Sales: round(qty * unit_cost); NULL when the cost is unknown.';
create index transaction_lines_tx_idx on public.transaction_lines (transaction_id);
create index transaction_lines_product_idx on public.transaction_lines (tenant_id, product_id) where product_id is not null;
select internal.tenant_rls('public.transaction_lines');

alter table public.stock_movements
  add foreign key (tenant_id, transaction_id) references public.transactions (tenant_id, id);
