-- WhatsApp gateway state (bot/channels/whatsapp): the linked account's Signal keys and credentials,
-- the messages we sent (so a recipient's retry request can be answered), and the lease that keeps
-- one live socket per account. Only the gateway (service_role) reads or writes these tables.

create table if not exists public.whatsapp_auth (
  account    text not null,
  key_type   text not null,
  key_id     text not null,
  value      jsonb not null,
  updated_at timestamptz not null default now(),
  primary key (account, key_type, key_id)
);
comment on table public.whatsapp_auth is
  'Baileys auth state per linked account: creds (key_type ''creds'') and every Signal key family stored generically by its type name (pre-key, session, sender-key, app-state-sync-key, lid-mapping, device-list, tctoken, identity-key, ...). value is BufferJSON-encoded JSON.';
comment on column public.whatsapp_auth.key_type is 'Baileys SignalDataTypeMap family name, or ''creds''.';

create table if not exists public.whatsapp_sent_messages (
  account    text not null,
  message_id text not null,
  outbox_id  text,
  chat       text not null,
  message    bytea not null,
  sent_at    timestamptz,
  created_at timestamptz not null default now(),
  primary key (account, message_id)
);
create unique index if not exists whatsapp_sent_messages_outbox_idx on public.whatsapp_sent_messages (account, outbox_id);
create index if not exists whatsapp_sent_messages_created_idx on public.whatsapp_sent_messages (created_at);
comment on table public.whatsapp_sent_messages is
  'Every outbound WhatsApp message, stored with its generated id before sending (sent_at null until the server took it), so a retried outbox row reuses its id instead of sending twice, and Baileys'' getMessage can answer a recipient''s retry request. message is the protobuf-encoded proto.Message.';
comment on column public.whatsapp_sent_messages.outbox_id is 'The outbox row this message was sent for (null for messages not from the outbox).';

create table if not exists public.whatsapp_leases (
  account    text primary key,
  holder     text not null,
  token      bigint not null default 1,
  expires_at timestamptz not null,
  updated_at timestamptz not null default now()
);
comment on table public.whatsapp_leases is
  'One live WhatsApp socket per account: the holder renews expires_at; a new holder only takes an expired lease and increments token (the fencing token checked by auth-state writes).';

alter table public.whatsapp_auth enable row level security;
alter table public.whatsapp_sent_messages enable row level security;
alter table public.whatsapp_leases enable row level security;

drop policy if exists whatsapp_auth_service on public.whatsapp_auth;
create policy whatsapp_auth_service on public.whatsapp_auth for all to service_role using (true) with check (true);
drop policy if exists whatsapp_sent_messages_service on public.whatsapp_sent_messages;
create policy whatsapp_sent_messages_service on public.whatsapp_sent_messages for all to service_role using (true) with check (true);
drop policy if exists whatsapp_leases_service on public.whatsapp_leases;
create policy whatsapp_leases_service on public.whatsapp_leases for all to service_role using (true) with check (true);

revoke all on public.whatsapp_auth, public.whatsapp_sent_messages, public.whatsapp_leases from anon, authenticated;
grant select, insert, update, delete on public.whatsapp_auth, public.whatsapp_sent_messages, public.whatsapp_leases to service_role;
