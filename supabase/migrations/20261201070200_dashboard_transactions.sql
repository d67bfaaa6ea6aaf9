-- The dashboard's Transaksi page: the filtered list (also what the CSV/XLSX exports contain) and one
-- transaction's detail. SECURITY INVOKER (RLS applies); cashiers may not read them, staff see no cost.

-- Staff and owners read the books; cashiers only ring up sales.
create or replace function internal.require_reader() returns void
language plpgsql stable security invoker as $$
begin
  if coalesce(auth.jwt() ->> 'role', '') = 'authenticated' and auth.jwt() ->> 'member_role' = 'cashier' then
    raise exception 'forbidden:role' using detail = 'cashiers cannot read the books';
  end if;
end
$$;
comment on function internal.require_reader() is 'Raises forbidden:role for a cashier''s claims; owners, staff and the service pass.';

-- Newest first, the page read straight off this index (no sort of the whole period).
create index if not exists transactions_tenant_time_id_idx on public.transactions (tenant_id, occurred_at desc, id desc);
comment on index public.transactions_tenant_time_id_idx is 'Transaksi pages: newest first within a warung, ties by id.';

-- One page of transactions, newest first, matching every filter given (NULL = any). p_limit + 1 rows
-- tell the caller whether a next page exists without counting every match. Only the filters given
-- are put into the query (dynamic SQL, values bound), so each combination gets its own plan; the page
-- is chosen first and only its rows are decorated (items, names).
-- Product filter: the lines' own `tenant_id = $1` (besides RLS's current_tenant_id(), unknown when planning)
-- lets the planner see how common the product is (a common one walks the page's index newest first).
-- Search: `offset 0` keeps the lines' EXISTS a per-row probe of the page's candidates (bench/dashboard.ts).
create or replace function public.dashboard_transactions(p_tenant_id uuid, p_from timestamptz, p_to timestamptz,
    p_kind text default null, p_payment text default null, p_source text default null, p_contact_id uuid default null,
    p_product_id uuid default null, p_search text default null, p_status text default null,
    p_limit integer default 50, p_offset integer default 0)
returns table (id uuid, occurred_at timestamptz, kind text, payment text, source text, status text, total bigint,
               cogs bigint, counterparty text, items text, line_count integer, created_by text)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
  v_like text := case when nullif(trim(p_search), '') is null then null
                      else '%' || replace(replace(replace(lower(trim(p_search)), '\', '\\'), '%', '\%'), '_', '\_') || '%' end;
  v_where text := 't.tenant_id = $1 and t.occurred_at >= $2 and t.occurred_at < $3';
begin
  perform internal.require_reader();
  if p_kind is not null then v_where := v_where || ' and t.kind = $4'; end if;
  if p_payment is not null then v_where := v_where || ' and t.payment = $5'; end if;
  if p_source is not null then v_where := v_where || ' and t.source = $6'; end if;
  if p_status is not null then v_where := v_where || ' and t.status = $7'; end if;
  if p_contact_id is not null then v_where := v_where || ' and t.contact_id = $8'; end if;
  if p_product_id is not null then
    v_where := v_where || ' and exists (select 1 from public.transaction_lines l where l.transaction_id = t.id and l.tenant_id = $1 and l.product_id = $9)';
  end if;
  if v_like is not null then
    v_where := v_where || $w$ and (lower(coalesce(t.counterparty_name, '')) like $10 or lower(coalesce(t.note, '')) like $10
      or lower(coalesce(t.category, '')) like $10
      or exists (select 1 from public.contacts c where c.id = t.contact_id and c.tenant_id = t.tenant_id and lower(c.name) like $10)
      or exists (select 1 from public.transaction_lines l where l.transaction_id = t.id and l.tenant_id = $1 and lower(l.description) like $10 offset 0))$w$;
  end if;
  return query execute format($q$
    select p.id, p.occurred_at, p.kind, p.payment, p.source, p.status, p.total,
           case when internal.sees_costs() then p.cogs end,
           coalesce(c.name, p.counterparty_name),
           (select string_agg(l.description || ' ' || trim(trailing '.' from trim(trailing '0' from l.qty::text)) || coalesce(' ' || l.unit, ''), ', ' order by l.line_no)
              from public.transaction_lines l where l.transaction_id = p.id),
           (select count(*)::integer from public.transaction_lines l where l.transaction_id = p.id),
           m.name
      from (select t.* from public.transactions t where %s
             order by t.occurred_at desc, t.id desc limit $11 offset $12) p
      left join public.contacts c on c.id = p.contact_id and c.tenant_id = p.tenant_id
      left join public.members m on m.id = p.created_by and m.tenant_id = p.tenant_id
     order by p.occurred_at desc, p.id desc$q$, v_where)
  using v, p_from, p_to, p_kind, p_payment, p_source, p_status, p_contact_id, p_product_id, v_like,
        least(greatest(p_limit, 1), 100000), greatest(p_offset, 0);
end
$$;
comment on function public.dashboard_transactions(uuid, timestamptz, timestamptz, text, text, text, uuid, uuid, text, text, integer, integer) is
  'Transactions of a period with optional filters (kind, payment, source, contact, product, search, status), newest first; cogs only for owners; cashiers refused.';

-- One transaction: header, lines, stock movements and where it came from (the chat message or voice
-- transcript it was booked from, the POS device, the dashboard).
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
  if v_tx.source_ref ~ '^inbox:[0-9]+$' then v_inbox := substr(v_tx.source_ref, 7)::bigint; end if;
  return jsonb_build_object(
    'id', v_tx.id, 'kind', v_tx.kind, 'occurred_at', v_tx.occurred_at, 'created_at', v_tx.created_at,
    'payment', v_tx.payment, 'source', v_tx.source, 'source_ref', v_tx.source_ref, 'status', v_tx.status,
    'total', v_tx.total, 'cogs', case when v_costs then v_tx.cogs end, 'category', v_tx.category, 'note', v_tx.note,
    'voided_at', v_tx.voided_at, 'void_reason', v_tx.void_reason,
    'counterparty', coalesce((select c.name from public.contacts c where c.id = v_tx.contact_id and c.tenant_id = v), v_tx.counterparty_name),
    'contact_id', v_tx.contact_id,
    'created_by', (select m.name from public.members m where m.id = v_tx.created_by and m.tenant_id = v),
    'lines', coalesce((select jsonb_agg(jsonb_build_object('line_no', l.line_no, 'product_id', l.product_id, 'description', l.description,
        'qty', l.qty, 'unit', l.unit, 'unit_price', l.unit_price, 'total', l.total,
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
      from public.inbox i where i.id = v_inbox and i.tenant_id = v));
end
$$;
comment on function public.dashboard_transaction(uuid, uuid) is
  'One transaction as JSON: lines, stock movements, its debt and the message it was booked from; cost only for owners; cashiers refused.';
