-- Transaksi search by a term of one or two letters ("es" for es teh, "ab") without walking the period:
-- internal.transaction_search_ids finds its candidates through transaction_search_texts
-- (20261202060000) when the term has no trigram, and dashboard_transactions takes the same two steps
-- (the newest window, else the candidates) for every term length. What a search finds is unchanged:
-- candidates are a superset of the matches, every one is re-checked with the exact test of the walk,
-- and more than 5,000 of them still means walking the period.

-- The ids of a warung's transactions whose lines, header texts or contact's name match a LIKE pattern
-- (at most p_cap; `union all` streams, so the cap stops the scans). SECURITY DEFINER because under RLS
-- a LIKE (not leakproof) may not be an index condition: it checks the caller's tenant itself
-- (require_tenant, require_reader) and names it in every branch. Only ids leave; dashboard_transactions
-- reads their rows as the caller, under RLS.
-- A pattern with three letters in a row uses the trigram indexes (20261202030000). A shorter one has no
-- trigram: it is matched against the warung's few distinct texts, whose md5 then finds the lines and
-- transactions through btree indexes. Contacts are few per warung: their names are read directly.
-- Always a custom plan: after five calls PL/pgSQL may keep a generic plan, which knows neither the
-- pattern nor how big the warung is, and (with the md5 index leading on tenant_id) would filter a 1M-row
-- warung's lines one by one instead of asking the trigram index (bench: "tidak ada" 20 ms → 900 ms).
create or replace function internal.transaction_search_ids(p_tenant_id uuid, p_like text, p_cap integer) returns uuid[]
language plpgsql stable security definer set search_path = public, pg_temp set max_parallel_workers_per_gather = 0
  set plan_cache_mode = force_custom_plan as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  perform internal.require_reader();
  if p_like ~ '[[:alnum:]]{3}' then
    return array(
      select l.transaction_id from public.transaction_lines l where l.tenant_id = v and lower(l.description) like p_like
      union all
      select h.id from public.transactions h where h.tenant_id = v
         and lower(coalesce(h.counterparty_name, '') || ' ' || coalesce(h.note, '') || ' ' || coalesce(h.category, '')) like p_like
      union all
      select k.id from public.contacts c join public.transactions k on k.contact_id = c.id and k.tenant_id = c.tenant_id
       where c.tenant_id = v and lower(c.name) like p_like
      limit greatest(p_cap, 0));
  end if;
  return array(
    select l.transaction_id from public.transaction_search_texts s
      join public.transaction_lines l on l.tenant_id = s.tenant_id and md5(lower(l.description)) = md5(s.content)
     where s.tenant_id = v and s.kind = 'line' and s.content like p_like
    union all
    select h.id from public.transaction_search_texts s
      join public.transactions h on h.tenant_id = s.tenant_id
       and (h.counterparty_name is not null or h.note is not null or h.category is not null)
       and md5(lower(coalesce(h.counterparty_name, '') || ' ' || coalesce(h.note, '') || ' ' || coalesce(h.category, ''))) = md5(s.content)
     where s.tenant_id = v and s.kind = 'header' and s.content like p_like
    union all
    select k.id from public.contacts c join public.transactions k on k.contact_id = c.id and k.tenant_id = c.tenant_id
     where c.tenant_id = v and lower(c.name) like p_like
    limit greatest(p_cap, 0));
end
$$;
comment on function internal.transaction_search_ids(uuid, text, integer) is
  'Transaksi search candidates: ids of the caller''s warung''s transactions matching a LIKE pattern by line, header text or contact (trigram indexes, or transaction_search_texts for a pattern without a trigram); at most p_cap.';
select internal.secure_function('internal.transaction_search_ids(uuid, text, integer)'::regprocedure);

-- One page of transactions, newest first, matching every filter given (NULL = any). p_limit + 1 rows
-- tell the caller whether a next page exists without counting every match. Only the filters given
-- are put into the query (dynamic SQL, values bound), so each combination gets its own plan; the page
-- is chosen first and only its rows are decorated (items, names).
-- Product filter: the lines' own `tenant_id = $1` (besides RLS's current_tenant_id(), unknown when planning)
-- lets the planner see how common the product is (a common one walks the page's index newest first).
-- Search, in two steps:
--   1. the walk: the newest rows of the period (a window of $14: 1000, or 4x the rows asked), each probed.
--      When the window holds a whole page of matches, or is the whole period, that page is the answer.
--      An export (more than 2,500 rows asked) skips it.
--   2. otherwise the term is rare here: candidates from internal.transaction_search_ids (lines, header
--      texts, contacts' names; at most 5,000, else the period is walked), fetched by id, re-checked with
--      the exact test of step 1, sorted, paged. A term without three letters in a row (no trigram) takes
--      the same two steps since 20261202060100: its candidates come from transaction_search_texts.
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
           (select string_agg(l.description || ' ' || trim(trailing '.' from trim(trailing '0' from l.qty::text)) || coalesce(' ' || l.unit, ''), ', ' order by l.line_no)
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
