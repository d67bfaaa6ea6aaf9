-- Onboarding state for senders who are not a member of any warung yet (agents/router/onboarding.ts).
-- conversation_state needs a tenant, and an unknown number has none until onboarding creates it,
-- so the few steps before that (warung name, then city) are kept here, keyed by the sender.

create table if not exists public.onboarding_state (
  sender_key text primary key,
  step jsonb not null,
  expires_at timestamptz not null,
  updated_at timestamptz not null default now()
);
comment on table public.onboarding_state is 'Where an unknown sender is in onboarding (asked the warung name, asked the city). Deleted when the tenant is created.';
comment on column public.onboarding_state.sender_key is 'phone:<E.164> (or chat:<address> when the transport hides the phone). Personal data.';
comment on column public.onboarding_state.step is '{"step":"name"} or {"step":"city","name":"…"}; ignored after expires_at.';
select internal.service_only_rls('public.onboarding_state');
