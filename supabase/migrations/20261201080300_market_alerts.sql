-- Market alerts sent to a warung's owner (a quote above the market, a price spike in something it
-- sells, a selling price below cost). At most one per subject (commodity or product) per week.

create table public.market_alerts (
  id bigint generated always as identity primary key,
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  subject text not null,
  kind text not null check (kind in ('quote_above_market', 'spike', 'below_cost')),
  body text not null,
  sent_at timestamptz not null default now()
);
comment on table public.market_alerts is 'Market alerts told to a warung; the weekly limit per subject reads this table.';
comment on column public.market_alerts.subject is 'What the alert is about: a commodity ("Cabai Merah Keriting") or a product name for below-cost alerts.';
comment on column public.market_alerts.body is 'The text as sent (no personal data).';
create index market_alerts_recent_idx on public.market_alerts (tenant_id, subject, sent_at desc);
select internal.tenant_rls('public.market_alerts');
