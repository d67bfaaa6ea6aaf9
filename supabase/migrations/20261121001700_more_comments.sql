-- Comments on lifecycle columns whose meaning is not obvious from the name.
comment on column public.inbox.status is 'pending: waiting for its lane; processing: a worker holds it (see locked_until); done: handled and replies queued; failed: gave up after attempts; ignored: nothing to do (status broadcasts, unknown media, our own echoes).';
comment on column public.inbox.attempts is 'Handling attempts so far; the lane retries with backoff, then marks failed.';
comment on column public.inbox.processed_at is 'When it reached done, failed or ignored.';
comment on column public.outbox.status is 'pending: to send; sending: a sender claimed it; sent: the transport accepted it (external_id); failed: gave up after attempts.';
comment on column public.transactions.status is 'posted, or voided by void_transaction (its stock movements reversed, its debt voided).';
comment on column public.debts.status is 'open: something left to pay; paid: paid = amount; void: cancelled (its transaction voided or void_debt).';
comment on column public.debt_reminders.cancelled_at is 'Set when the debt is voided or the owner cancels the reminder.';
comment on column public.debt_payments.payment is 'How the money moved: cash, qris or transfer.';
comment on column public.negotiation_offers.status is 'open: current; accepted: the deal (negotiations.agreed_offer_id); rejected/expired: superseded or timed out.';
comment on column public.negotiation_offers.inbox_id is 'The supplier message that carried this offer.';
comment on column public.negotiation_offers.outbox_id is 'Our message that carried this ask or counter.';
comment on column public.members.role is 'owner: everything; staff: record and look up; cashier: POS and sales only (the app enforces the finer rules).';
comment on column public.members.active is 'False for people who left: they can no longer talk to Juragan or log in; their history stays.';
comment on column public.debt_payment_allocations.amount is 'Part of the payment that went to this debt, rupiah.';
