-- Transaksi's "items" column wrote each line's quantity in the product's base unit with a dot for the
-- decimal point: a cigarette sold by the stick read "Rokok Surya 12 0.25 bks", 250 gram of sugar
-- "Gula Pasir 0.25 kg", a slop "Rokok Surya 12 10 bks". A line now reads as the owner said it when it
-- was said in another unit (said_qty, said_unit: "Rokok Surya 12 3 batang", "Gula Pasir 250 gram",
-- "Rokok Surya 12 1 slop"), and a decimal is written the Indonesian way ("Telur Ayam 1,5 kg").
-- internal.line_text is that rule; the function is otherwise as in 20261202110200.

create or replace function internal.line_text(p_description text, p_qty numeric, p_unit text, p_said_qty numeric, p_said_unit text)
returns text language sql immutable set search_path = public, pg_temp as $$
  select p_description
    || case when p_said_unit is null and p_unit is null and p_qty = 1 then ''
            else ' ' || replace(trim(trailing '.' from trim(trailing '0' from
                 (case when p_said_unit is not null and p_said_qty is not null then p_said_qty else p_qty end)::text)), '.', ',') end
    || coalesce(' ' || case when p_said_unit is not null and p_said_qty is not null then p_said_unit else p_unit end, '')
$$;
comment on function internal.line_text(text, numeric, text, numeric, text) is
  'A transaction line as the list shows it: description, quantity and unit as said (comma decimal); an amount-only line is its description.';
select internal.tenant_function('internal.line_text(text, numeric, text, numeric, text)'::regprocedure);

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
  v_limit integer := least(greatest(p_limit, 1), 100000);
  v_offset integer := greatest(p_offset, 0);
  v_window integer := greatest(1000, 4 * (least(greatest(p_limit, 1), 100000) + greatest(p_offset, 0)));
  v_where text := 't.tenant_id = $1 and t.occurred_at >= $2 and t.occurred_at < $3';
  v_match text;
  v_ids uuid[];
  v_seen integer;
  v_source text;
  v_walk text;
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

  if v_like is null then
    v_source := format('select t.* from public.transactions t where %s order by t.occurred_at desc, t.id desc limit $11 offset $12', v_where);
  else
    v_match := $w$(lower(coalesce(t.counterparty_name, '')) like $10 or lower(coalesce(t.note, '')) like $10
      or lower(coalesce(t.category, '')) like $10
      or exists (select 1 from public.contacts c where c.id = t.contact_id and c.tenant_id = t.tenant_id and lower(c.name) like $10)
      or exists (select 1 from public.transaction_lines l where l.transaction_id = t.id and l.tenant_id = $1 and lower(l.description) like $10 offset 0))$w$;
    v_walk := format('select t.* from public.transactions t where %s and %s order by t.occurred_at desc, t.id desc limit $11 offset $12', v_where, v_match);
    -- Step 1: the walk over the newest rows of the period (a page's worth; an export skips it).
    if v_limit + v_offset <= 2500 then
      execute format($q$
        with w as materialized (select t.* from public.transactions t where %s order by t.occurred_at desc, t.id desc limit $14)
        select (select count(*)::integer from w),
               (select array_agg(x.id order by x.occurred_at desc, x.id desc)
                  from (select t.id, t.occurred_at from w t where %s order by t.occurred_at desc, t.id desc limit $11 offset $12) x)$q$,
        v_where, v_match)
        into v_seen, v_ids
        using v, p_from, p_to, p_kind, p_payment, p_source, p_status, p_contact_id, p_product_id, v_like, v_limit, v_offset, null::uuid[], v_window;
    end if;
    -- Step 2: a rare term, found through the indexes (trigrams, or for a short term the warung's
    -- distinct texts): its candidates' ids (all periods, at most 5,000), then their rows by primary
    -- key, as the caller. More candidates than that: the term is common after all (just not lately);
    -- walk the period.
    if v_seen is null or (coalesce(array_length(v_ids, 1), 0) < v_limit and v_seen >= v_window) then
      v_ids := internal.transaction_search_ids(v, v_like, 5001);
      if array_length(v_ids, 1) > 5000 then
        v_source := v_walk;
      else
        execute format($q$
          select array_agg(x.id order by x.occurred_at desc, x.id desc) from (
            select t.id, t.occurred_at from public.transactions t where t.id = any($13) and %s and %s
             order by t.occurred_at desc, t.id desc limit $11 offset $12) x$q$, v_where, v_match)
          into v_ids
          using v, p_from, p_to, p_kind, p_payment, p_source, p_status, p_contact_id, p_product_id, v_like, v_limit, v_offset, v_ids, v_window;
      end if;
    end if;
    v_source := coalesce(v_source, 'select t.* from public.transactions t where t.tenant_id = $1 and t.id = any($13)');
  end if;

  return query execute format($q$
    select p.id, p.occurred_at, p.kind, p.payment, p.source, p.status, p.total,
           case when internal.sees_costs() then p.cogs end,
           coalesce(c.name, p.counterparty_name),
           (select string_agg(internal.line_text(l.description, l.qty, l.unit, l.said_qty, l.said_unit), ', ' order by l.line_no)
              from public.transaction_lines l where l.transaction_id = p.id),
           (select count(*)::integer from public.transaction_lines l where l.transaction_id = p.id),
           m.name
      from (%s) p
      left join public.contacts c on c.id = p.contact_id and c.tenant_id = p.tenant_id
      left join public.members m on m.id = p.created_by and m.tenant_id = p.tenant_id
     order by p.occurred_at desc, p.id desc$q$, v_source)
  using v, p_from, p_to, p_kind, p_payment, p_source, p_status, p_contact_id, p_product_id, v_like, v_limit, v_offset, coalesce(v_ids, '{}'::uuid[]), v_window;
end
$$;
comment on function public.dashboard_transactions(uuid, timestamptz, timestamptz, text, text, text, uuid, uuid, text, text, integer, integer) is
  'Transactions of a period with optional filters (kind, payment, source, contact, product, search, status), newest first; cogs only for owners; cashiers refused.';
select internal.tenant_function('public.dashboard_transactions(uuid, timestamptz, timestamptz, text, text, text, uuid, uuid, text, text, integer, integer)'::regprocedure);
