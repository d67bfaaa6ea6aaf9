-- Per-product daily sales, kept by triggers like report_days, so Ringkasan's "Terlaris" over 30 days
-- reads a few rows per product and day instead of every sale line (1M transactions: ~300 ms → a few ms).
-- report_top_products (raw lines) stays the definition; report_top_products_days equals it over whole
-- local days (dashboard/tests/report-parity.test.ts).

create table public.report_product_days (
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  day date not null,
  item text not null,
  product_id uuid,
  description text,
  unit text,
  qty numeric not null default 0,
  total bigint not null default 0,
  lines integer not null default 0,
  primary key (tenant_id, day, item)
);
comment on table public.report_product_days is 'Per warung, local day and item: qty, omzet and number of lines of posted sales. Kept by triggers; never written by hand.';
comment on column public.report_product_days.item is 'What report_top_products groups by: the product id, or the lower-cased description of a line without product ('''' when neither).';
comment on column public.report_product_days.description is 'Smallest description seen (a free-text line''s name; the product''s own name is read from products).';
comment on column public.report_product_days.lines is 'Posted sale lines counted in the row; a row at 0 lines is not reported.';
select internal.tenant_read_only('public.report_product_days');

-- Adds (sign 1) or removes (sign -1) the lines of one transaction (all of them, or only p_line) to
-- their day, when it is a posted sale.
create or replace function internal.report_product_days_apply(t public.transactions, p_sign integer,
    p_line public.transaction_lines default null) returns void
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  v_day date;
begin
  if t.kind <> 'sale' or t.status <> 'posted' then return; end if;
  v_day := (t.occurred_at at time zone (select tz.timezone from public.tenants tz where tz.id = t.tenant_id))::date;
  if v_day is null then return; end if; -- the warung itself is being deleted
  insert into public.report_product_days as r (tenant_id, day, item, product_id, description, unit, qty, total, lines)
  select t.tenant_id, v_day, coalesce(l.product_id::text, lower(l.description), ''), l.product_id, min(l.description), min(l.unit),
         p_sign * coalesce(sum(l.qty), 0), p_sign * coalesce(sum(l.total), 0), p_sign * count(*)
    from (select (p_line).* where p_line.transaction_id is not null
          union all
          select x.* from public.transaction_lines x where p_line.transaction_id is null and x.transaction_id = t.id) l
   group by 3, 4
  on conflict (tenant_id, day, item) do update set
    qty = r.qty + excluded.qty, total = r.total + excluded.total, lines = r.lines + excluded.lines,
    description = case when excluded.lines > 0 then least(r.description, excluded.description) else r.description end,
    unit = case when excluded.lines > 0 then least(r.unit, excluded.unit) else r.unit end;
end
$$;
comment on function internal.report_product_days_apply(public.transactions, integer, public.transaction_lines) is
  'Adds or removes the share of a posted sale''s lines (or of one line) in report_product_days.';
-- Not callable by tenant sessions (a crafted row would skew another warung's figures): only the
-- triggers below call it, as their owner.
select internal.service_function('internal.report_product_days_apply(public.transactions, integer, public.transaction_lines)'::regprocedure);

-- A sale's lines move when its kind, status or time changes (a void removes them).
create or replace function internal.report_product_days_tx() returns trigger
language plpgsql security invoker set search_path = public, pg_temp as $$
begin
  if tg_op = 'UPDATE' and (old.kind, old.status, old.occurred_at, old.tenant_id) is not distinct from
                          (new.kind, new.status, new.occurred_at, new.tenant_id) then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then perform internal.report_product_days_apply(old, -1); end if;
  if tg_op in ('INSERT', 'UPDATE') then perform internal.report_product_days_apply(new, 1); end if;
  return null;
end
$$;
comment on function internal.report_product_days_tx() is 'Trigger on transactions: keeps report_product_days.';
select internal.secure_function('internal.report_product_days_tx()'::regprocedure);
create trigger report_product_days_tx after insert or update or delete on public.transactions
  for each row execute function internal.report_product_days_tx();

-- A line added to, changed in or removed from a posted sale.
create or replace function internal.report_product_days_line() returns trigger
language plpgsql security invoker set search_path = public, pg_temp as $$
declare
  t public.transactions%rowtype;
begin
  if tg_op in ('UPDATE', 'DELETE') then
    select * into t from public.transactions x where x.id = old.transaction_id;
    if found then perform internal.report_product_days_apply(t, -1, old); end if;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    select * into t from public.transactions x where x.id = new.transaction_id;
    if found then perform internal.report_product_days_apply(t, 1, new); end if;
  end if;
  return null;
end
$$;
comment on function internal.report_product_days_line() is 'Trigger on transaction_lines: keeps report_product_days.';
select internal.secure_function('internal.report_product_days_line()'::regprocedure);
create trigger report_product_days_line after insert or update of transaction_id, product_id, description, qty, unit, total or delete
  on public.transaction_lines for each row execute function internal.report_product_days_line();

-- Recomputes report_product_days from the ledger (this migration on existing data; bulk loads without triggers).
create or replace function internal.report_product_days_rebuild(p_tenant_id uuid default null) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  delete from public.report_product_days where p_tenant_id is null or tenant_id = p_tenant_id;
  insert into public.report_product_days (tenant_id, day, item, product_id, description, unit, qty, total, lines)
  select t.tenant_id, (t.occurred_at at time zone tz.timezone)::date, coalesce(l.product_id::text, lower(l.description), ''), l.product_id,
         min(l.description), min(l.unit), sum(l.qty), sum(l.total), count(*)
    from public.transactions t join public.tenants tz on tz.id = t.tenant_id
    join public.transaction_lines l on l.transaction_id = t.id
   where t.kind = 'sale' and t.status = 'posted' and (p_tenant_id is null or t.tenant_id = p_tenant_id)
   group by 1, 2, 3, 4;
end
$$;
comment on function internal.report_product_days_rebuild(uuid) is 'Recomputes report_product_days from transactions (one warung or all).';
select internal.service_function('internal.report_product_days_rebuild(uuid)'::regprocedure);
select internal.report_product_days_rebuild();

-- Top products of whole local days [p_from, p_to] by omzet: report_top_products' columns and order.
create or replace function public.report_top_products_days(p_tenant_id uuid, p_from date, p_to date, p_limit integer default 5)
returns table (name text, qty numeric, unit text, total bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  select coalesce(p.name, min(r.description)), sum(r.qty), coalesce(p.unit, min(r.unit)), sum(r.total)::bigint
    from public.report_product_days r left join public.products p on p.id = r.product_id
   where r.tenant_id = v and r.day between p_from and p_to
   group by r.item, p.name, p.unit
  having sum(r.lines) > 0
   order by sum(r.total) desc, 1 limit p_limit;
end
$$;
comment on function public.report_top_products_days(uuid, date, date, integer) is 'report_top_products over whole local days, read from report_product_days.';
select internal.tenant_function('public.report_top_products_days(uuid, date, date, integer)'::regprocedure);
