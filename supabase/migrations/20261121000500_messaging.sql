-- Messaging: every inbound message lands in the inbox first (deduplicated), replies go through the
-- outbox, and the router keeps a little state per chat. audit_log records who changed what.

create table public.inbox (
  id bigint generated always as identity primary key,
  tenant_id uuid references public.tenants (id) on delete cascade,
  member_id uuid,
  channel text not null,
  account text not null,
  external_id text not null,
  sender_phone text,
  sender_address text,
  sender_name text,
  chat text not null,
  kind text not null check (kind in ('text', 'voice', 'image', 'document')),
  body text,
  media_ref text,
  media_meta jsonb,
  quoted_id text,
  transcript text,
  sent_at timestamptz,
  received_at timestamptz not null default now(),
  status text not null default 'pending' check (status in ('pending', 'processing', 'done', 'failed', 'ignored')),
  attempts integer not null default 0,
  locked_until timestamptz,
  last_error text,
  processed_at timestamptz,
  unique (channel, account, external_id),
  foreign key (tenant_id, member_id) references public.members (tenant_id, id)
);
comment on table public.inbox is 'Every inbound message, written before anything else happens. id orders a chat''s messages; a lane handles one chat in id order.';
comment on column public.inbox.tenant_id is 'NULL until the sender is matched to a tenant (unknown senders, suppliers before routing).';
comment on column public.inbox.member_id is 'The member who sent it, when the sender is one.';
comment on column public.inbox.channel is 'whatsapp | simulator | … (the transport).';
comment on column public.inbox.account is 'Which of our accounts received it (the WhatsApp number / simulator instance).';
comment on column public.inbox.external_id is 'The transport''s message id; (channel, account, external_id) deduplicates redeliveries.';
comment on column public.inbox.sender_phone is 'E.164 when known. Personal data.';
comment on column public.inbox.sender_address is 'Transport address of the sender (JID or LID).';
comment on column public.inbox.chat is 'Conversation key on the transport (the chat JID); replies go there.';
comment on column public.inbox.body is 'Message text or caption. Personal data: never logged at info level.';
comment on column public.inbox.media_ref is 'MediaStore key of the downloaded media (voice note, image).';
comment on column public.inbox.media_meta is 'Media facts: mime, bytes, seconds, sha256.';
comment on column public.inbox.quoted_id is 'external_id of the message this one replies to, if any.';
comment on column public.inbox.transcript is 'Speech-to-text of a voice note; then handled like body.';
comment on column public.inbox.locked_until is 'Lease of the worker processing it; after it passes another worker may retry.';
create index inbox_chat_open_idx on public.inbox (chat, id) where status in ('pending', 'processing');
create index inbox_tenant_idx on public.inbox (tenant_id, id desc) where tenant_id is not null;
select internal.tenant_rls('public.inbox');
grant usage, select on sequence public.inbox_id_seq to authenticated, service_role;

create table public.outbox (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid references public.tenants (id) on delete cascade,
  inbox_id bigint references public.inbox (id) on delete set null,
  seq integer not null default 0,
  channel text not null,
  account text not null,
  chat text not null,
  body text not null,
  media_ref text,
  status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
  external_id text,
  attempts integer not null default 0,
  last_error text,
  not_before timestamptz not null default now(),
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  unique (inbox_id, seq)
);
comment on table public.outbox is 'Messages to send. A handler writes its replies here in the same transaction as its work; the channel sender delivers them.';
comment on column public.outbox.tenant_id is 'NULL for replies to senders without a tenant.';
comment on column public.outbox.inbox_id is 'The message this answers (NULL for reminders, reports, negotiation messages).';
comment on column public.outbox.seq is 'Reply number for that inbox message: unique (inbox_id, seq) so a retried handler never queues a reply twice.';
comment on column public.outbox.body is 'Text to send. Personal data.';
comment on column public.outbox.external_id is 'The transport''s id once sent.';
comment on column public.outbox.not_before is 'Do not send before this time (retry backoff, scheduled messages).';
create index outbox_pending_idx on public.outbox (not_before) where status in ('pending', 'sending');
create index outbox_chat_idx on public.outbox (chat, created_at);
select internal.tenant_rls('public.outbox');

create table public.conversation_state (
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  chat_key text not null,
  pending jsonb,
  expires_at timestamptz,
  last_event jsonb,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, chat_key)
);
comment on table public.conversation_state is 'What the router remembers per chat: a pending question and the last booked event (for "batal").';
comment on column public.conversation_state.chat_key is 'channel:account:chat, plus :sender in group chats (the router builds it).';
comment on column public.conversation_state.pending is 'A frame waiting for an answer ("harganya berapa?"); ignored after expires_at.';
comment on column public.conversation_state.last_event is 'The last thing booked from this chat ({type, id, source_ref}), so "batal" knows what to undo.';
select internal.tenant_rls('public.conversation_state');

create table public.audit_log (
  id bigint generated always as identity primary key,
  tenant_id uuid references public.tenants (id) on delete cascade,
  member_id uuid,
  actor text not null,
  action text not null,
  entity text,
  entity_id text,
  data jsonb,
  created_at timestamptz not null default now()
);
comment on table public.audit_log is 'Who did what: postings, voids, price changes, logins. Append-only.';
comment on column public.audit_log.tenant_id is 'NULL for system events without a tenant.';
comment on column public.audit_log.actor is 'agent:finance, pos, dashboard, system, … (plus member_id when a person did it).';
comment on column public.audit_log.action is 'Dotted verb, e.g. transaction.posted, transaction.voided, stock.counted.';
comment on column public.audit_log.data is 'Small facts of the change; no message bodies or phone numbers.';
create index audit_log_tenant_idx on public.audit_log (tenant_id, created_at desc);
select internal.tenant_rls('public.audit_log');
grant usage, select on sequence public.audit_log_id_seq to authenticated, service_role;

-- The audit trail is append-only for API roles.
revoke update, delete on public.audit_log from authenticated;
