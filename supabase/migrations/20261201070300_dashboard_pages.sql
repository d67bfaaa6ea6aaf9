-- Reads of the dashboard's Stok, Utang-piutang, Kontak and Percakapan pages. SECURITY INVOKER (RLS
-- applies); cashiers are refused (internal.require_reader), cost is shown to owners only.

-- Products with their stock level, newest movement and (owners only) average cost.
create or replace function public.dashboard_products(p_tenant_id uuid, p_search text default null, p_low_only boolean default false)
returns table (id uuid, name text, aliases text[], unit text, sell_price bigint, avg_cost numeric, barcode text, category text,
               reorder_point numeric, active boolean, level numeric, units jsonb)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
  v_costs boolean := internal.sees_costs();
  v_q text := nullif(lower(trim(p_search)), '');
begin
  perform internal.require_reader();
  return query
  select p.id, p.name, p.aliases, p.unit, p.sell_price, case when v_costs then p.avg_cost end, p.barcode, p.category,
         p.reorder_point, p.active, sl.level,
         coalesce((select jsonb_agg(jsonb_build_object('name', u.name, 'size', u.size, 'sell_price', u.sell_price) order by u.size)
                     from public.product_units u where u.product_id = p.id and u.tenant_id = v), '[]'::jsonb)
    from public.products p join public.stock_levels sl on sl.product_id = p.id and sl.tenant_id = p.tenant_id
   where p.tenant_id = v
     and (v_q is null or lower(p.name) like '%' || v_q || '%' or v_q = any (p.aliases) or p.barcode = v_q)
     and (not p_low_only or (p.active and (sl.level <= 0 or sl.level <= p.reorder_point)))
   order by p.active desc, lower(p.name);
end
$$;
comment on function public.dashboard_products(uuid, text, boolean) is 'Products with stock level and pack units; avg_cost only for owners; optional search and low-stock filter.';

-- A product's stock movements, newest first.
create or replace function public.dashboard_stock_history(p_tenant_id uuid, p_product_id uuid, p_limit integer default 100)
returns table (id bigint, created_at timestamptz, kind text, qty numeric, transaction_id uuid, note text, balance numeric)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  perform internal.require_reader();
  return query
  select h.id, h.created_at, h.kind, h.qty, h.transaction_id, h.note, h.balance from (
    select m.id, m.created_at, m.kind, m.qty, m.transaction_id, m.note,
           sum(m.qty) over (order by m.id) as balance
      from public.stock_movements m where m.tenant_id = v and m.product_id = p_product_id) h
   order by h.id desc limit p_limit;
end
$$;
comment on function public.dashboard_stock_history(uuid, uuid, integer) is 'Stock movements of one product with the running level, newest first.';

-- Contacts with what they owe the warung (receivable) and what the warung owes them (payable).
create or replace function public.dashboard_contacts(p_tenant_id uuid, p_kind text default null)
returns table (id uuid, kind text, name text, aliases text[], phone text, note text, active boolean,
               receivable bigint, payable bigint, next_due date, oldest_at timestamptz)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  perform internal.require_reader();
  return query
  select c.id, c.kind, c.name, c.aliases, c.phone, c.note, c.active,
         coalesce(sum(d.amount - d.paid) filter (where d.direction = 'receivable'), 0)::bigint,
         coalesce(sum(d.amount - d.paid) filter (where d.direction = 'payable'), 0)::bigint,
         min(d.due_date), min(d.created_at)
    from public.contacts c
    left join public.debts d on d.contact_id = c.id and d.tenant_id = c.tenant_id and d.status = 'open'
   where c.tenant_id = v and (p_kind is null or c.kind = p_kind)
   group by c.id
   order by c.active desc, lower(c.name);
end
$$;
comment on function public.dashboard_contacts(uuid, text) is 'Customers and suppliers with their open receivable and payable balances.';

-- A contact's debts and payments, newest first, as one history.
create or replace function public.dashboard_debt_history(p_tenant_id uuid, p_contact_id uuid)
returns table (at timestamptz, entry text, direction text, amount bigint, status text, note text, transaction_id uuid)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  perform internal.require_reader();
  return query
  select * from (
    select d.created_at, 'debt'::text, d.direction, d.amount, d.status, d.note, d.transaction_id
      from public.debts d where d.tenant_id = v and d.contact_id = p_contact_id
    union all
    select p.paid_at, 'payment'::text, p.direction, p.amount, 'paid'::text, p.note, null::uuid
      from public.debt_payments p where p.tenant_id = v and p.contact_id = p_contact_id) h
  order by 1 desc limit 200;
end
$$;
comment on function public.dashboard_debt_history(uuid, uuid) is 'Debts (kasbon) and payments of one contact, newest first.';

-- Members who chat with Juragan, with their latest message. The pipeline knows the sender by phone
-- (inbox.member_id may be unset), so both are matched.
create or replace function public.dashboard_conversations(p_tenant_id uuid)
returns table (member_id uuid, name text, role text, messages bigint, last_at timestamptz)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  perform internal.require_reader();
  return query
  select m.id, m.name, m.role, count(i.id), max(i.received_at)
    from public.members m left join public.inbox i on i.tenant_id = m.tenant_id
     and (i.member_id = m.id or (i.member_id is null and i.sender_phone = m.phone))
   where m.tenant_id = v
   group by m.id order by max(i.received_at) desc nulls last, m.name;
end
$$;
comment on function public.dashboard_conversations(uuid) is 'Members with how many messages they sent and when last.';

-- One member's chat: each message (text, voice transcript and media), the replies it got, and what it
-- booked (transactions with source_ref inbox:<id>).
create or replace function public.dashboard_chat(p_tenant_id uuid, p_member_id uuid, p_limit integer default 100)
returns table (inbox_id bigint, at timestamptz, kind text, body text, transcript text, media_ref text, status text,
               replies jsonb, booked jsonb)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  perform internal.require_reader();
  return query
  select i.id, coalesce(i.sent_at, i.received_at), i.kind, i.body, i.transcript, i.media_ref, i.status,
         coalesce((select jsonb_agg(jsonb_build_object('text', o.body, 'at', coalesce(o.sent_at, o.created_at)) order by o.seq)
                     from public.outbox o where o.inbox_id = i.id and o.tenant_id = v), '[]'::jsonb),
         coalesce((select jsonb_agg(jsonb_build_object('id', t.id, 'kind', t.kind, 'total', t.total, 'status', t.status))
                     from public.transactions t where t.tenant_id = v and t.source_ref = 'inbox:' || i.id), '[]'::jsonb)
    from public.inbox i
    join public.members m on m.id = p_member_id and m.tenant_id = v
   where i.tenant_id = v and (i.member_id = m.id or (i.member_id is null and i.sender_phone = m.phone))
   order by i.id desc limit p_limit;
end
$$;
comment on function public.dashboard_chat(uuid, uuid, integer) is 'A member''s messages with their replies and the transactions each booked, newest first.';
