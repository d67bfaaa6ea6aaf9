-- The Transaksi detail, as in 20261208120000_transaction_detail_as_said.sql, with one change: an entry booked by an
-- answer ("2500" to "Harga jual Rokok Surya 12 per batang berapa, Kak?") shows the question and the message that
-- raised it beside its origin, which alone read as a bare number (page tour).
create or replace function public.dashboard_transaction(p_tenant_id uuid, p_transaction_id uuid) returns jsonb
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
  v_costs boolean := internal.sees_costs();
  v_tx public.transactions%rowtype;
  v_inbox bigint;
begin
  perform internal.require_reader();
  select * into v_tx from public.transactions t where t.tenant_id = v and t.id = p_transaction_id;
  if not found then
    raise exception 'not_found:transaction' using detail = p_transaction_id::text;
  end if;
  if v_tx.source_ref ~ '^inbox:[0-9]+(:|$)' then v_inbox := substring(v_tx.source_ref from '^inbox:([0-9]+)')::bigint; end if;
  return jsonb_build_object(
    'id', v_tx.id, 'kind', v_tx.kind, 'occurred_at', v_tx.occurred_at, 'created_at', v_tx.created_at,
    'payment', v_tx.payment, 'cash_part', v_tx.cash_part, 'source', v_tx.source, 'source_ref', v_tx.source_ref, 'status', v_tx.status,
    'total', v_tx.total, 'cogs', case when v_costs then v_tx.cogs end, 'category', v_tx.category, 'note', v_tx.note,
    'voided_at', v_tx.voided_at, 'void_reason', v_tx.void_reason,
    'counterparty', coalesce((select c.name from public.contacts c where c.id = v_tx.contact_id and c.tenant_id = v), v_tx.counterparty_name),
    'contact_id', v_tx.contact_id,
    'created_by', (select m.name from public.members m where m.id = v_tx.created_by and m.tenant_id = v),
    'lines', coalesce((select jsonb_agg(jsonb_build_object('line_no', l.line_no, 'product_id', l.product_id, 'description', l.description,
        'qty', l.qty, 'unit', l.unit, 'said_qty', l.said_qty, 'said_unit', l.said_unit, 'unit_price', l.unit_price, 'total', l.total,
        'cogs', case when v_costs then l.cogs end) order by l.line_no)
      from public.transaction_lines l where l.transaction_id = v_tx.id and l.tenant_id = v), '[]'::jsonb),
    'stock', coalesce((select jsonb_agg(jsonb_build_object('product', p.name, 'unit', p.unit, 'qty', s.qty, 'kind', s.kind,
        'at', s.created_at) order by s.id)
      from public.stock_movements s join public.products p on p.id = s.product_id and p.tenant_id = s.tenant_id
      where s.transaction_id = v_tx.id and s.tenant_id = v), '[]'::jsonb),
    'debt', (select jsonb_build_object('id', d.id, 'amount', d.amount, 'paid', d.paid, 'status', d.status, 'due_date', d.due_date)
      from public.debts d where d.transaction_id = v_tx.id and d.tenant_id = v),
    'origin', (select jsonb_build_object('kind', i.kind, 'text', i.body, 'transcript', i.transcript, 'media_ref', i.media_ref,
        'sent_at', coalesce(i.sent_at, i.received_at), 'member', (select m.name from public.members m where m.id = i.member_id and m.tenant_id = v))
      from public.inbox i where i.id = v_inbox and i.tenant_id = v),
    -- The question the origin message answered: the chat's message before it, within 30 minutes, when Juragan's reply
    -- to that one asked something ("Harga jual … per batang berapa, Kak?" before "2500"). An origin whose own reply
    -- says the question was skipped ("saya lewati", agents/router/questions/interrupt.ts) answered nothing.
    'asked', (select jsonb_build_object('kind', p.kind, 'text', p.body, 'transcript', p.transcript,
        'sent_at', coalesce(p.sent_at, p.received_at), 'question', q.body)
      from public.inbox i
      cross join lateral (select * from public.inbox b where b.tenant_id = v and b.chat = i.chat and b.id < i.id
        order by b.id desc limit 1) p
      cross join lateral (select o.body from public.outbox o where o.tenant_id = v and o.inbox_id = p.id order by o.seq desc limit 1) q
      where i.id = v_inbox and i.tenant_id = v and p.received_at > i.received_at - interval '30 minutes'
        and (q.body like '%?%' or q.body like '%Balas%')
        and not exists (select 1 from public.outbox r where r.tenant_id = v and r.inbox_id = i.id and r.body like '%saya lewati%')),
    'pos', (select jsonb_build_object('receipt_no', s.receipt_no, 'device', d.name, 'device_code', d.code,
        'device_removed', d.revoked_at is not null, 'cashier', m.name, 'flags', to_jsonb(s.flags))
      from public.pos_sales s
      join public.pos_devices d on d.tenant_id = s.tenant_id and d.id = s.device_id
      left join public.members m on m.tenant_id = s.tenant_id and m.id = s.cashier_id
      where s.tenant_id = v and s.transaction_id = v_tx.id));
end
$$;
