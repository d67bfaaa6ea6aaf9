-- Supplier negotiation as the chat runs it (agents/negotiation): one thread per supplier with the offer
-- policy's state, every message kept, the owner's summary and choice, and timers read by the scheduler.

-- 'deciding': the owner has the summary and has not chosen yet.
alter table public.negotiations drop constraint negotiations_status_check;
alter table public.negotiations add constraint negotiations_status_check
  check (status in ('open', 'deciding', 'agreed', 'ordered', 'cancelled', 'expired', 'failed'));
comment on column public.negotiations.status is 'open: asking/haggling; deciding: the owner has the summary; agreed: (unused by the chat flow) an offer accepted; ordered: the order went to the chosen supplier (transaction_id once the goods are posted); cancelled: the owner said no; expired/failed: ended without a deal.';

alter table public.negotiations
  add column last_price bigint check (last_price >= 0),
  add column market_price bigint check (market_price >= 0),
  add column nudge_at timestamptz,
  add column summary_at timestamptz,
  add column choices uuid[] not null default '{}';
comment on column public.negotiations.last_price is 'What the warung last paid per unit when the negotiation started, rupiah (the summary compares with it).';
comment on column public.negotiations.market_price is 'A market reference per unit when the negotiation started, rupiah.';
comment on column public.negotiations.nudge_at is 'When suppliers who have not answered get their one reminder (bot/scheduled/negotiation-timers).';
comment on column public.negotiations.summary_at is 'When the owner got the summary; NULL while suppliers are still answering.';
comment on column public.negotiations.choices is 'The supplier contacts in the order of the numbered choice the owner was given.';
create index negotiations_timers_idx on public.negotiations (deadline) where status = 'open';

create table public.negotiation_suppliers (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  negotiation_id uuid not null,
  contact_id uuid not null,
  status text not null default 'asked'
    check (status in ('asked', 'bargaining', 'agreed', 'final', 'declined', 'walked', 'silent', 'ordered', 'thanked')),
  our_offer bigint check (our_offer >= 0),
  their_price bigint check (their_price >= 0),
  delivery_cost bigint check (delivery_cost >= 0),
  state jsonb not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (negotiation_id, contact_id),
  unique (tenant_id, id),
  foreign key (tenant_id, negotiation_id) references public.negotiations (tenant_id, id) on delete cascade,
  foreign key (tenant_id, contact_id) references public.contacts (tenant_id, id)
);
comment on table public.negotiation_suppliers is 'One supplier''s side of a negotiation: its status and the offer policy''s thread state (agents/negotiation/thread.ts), read back through a zod schema.';
comment on column public.negotiation_suppliers.status is 'asked → bargaining → agreed (named a price within the limit; the owner still decides) | final (last price within the limit) | declined | walked (above the limit) | silent; then ordered or thanked.';
comment on column public.negotiation_suppliers.our_offer is 'Our latest offer per unit, rupiah (never above negotiations.max_price).';
comment on column public.negotiation_suppliers.their_price is 'The supplier''s latest price per unit of the negotiation, rupiah.';
comment on column public.negotiation_suppliers.state is 'The thread as the policy keeps it: offers, asks, terms, delivery, the one question asked.';
create index negotiation_suppliers_contact_idx on public.negotiation_suppliers (tenant_id, contact_id, created_at desc);
select internal.tenant_rls('public.negotiation_suppliers');

alter table public.negotiation_offers drop constraint negotiation_offers_direction_check;
alter table public.negotiation_offers add constraint negotiation_offers_direction_check
  check (direction in ('ask', 'offer', 'counter', 'question', 'accept', 'hold', 'walk', 'noted', 'nudge', 'order', 'thanks'));
alter table public.negotiation_offers add column body text;
comment on column public.negotiation_offers.direction is 'offer: a supplier''s message (price when it named one); ask (request for quote), counter, question, accept, hold, walk, noted, nudge, order, thanks: what we sent.';
comment on column public.negotiation_offers.body is 'The message as sent or received, for the Negosiasi page.';
