-- report_product_days: a transaction just inserted has no lines yet (transaction_lines references it with an
-- immediate foreign key, so its lines can only be written after it), so adding its lines' share on INSERT
-- always added nothing, at the cost of a query per booking. Its lines are counted by the line trigger as
-- they are written; updates and deletes are unchanged (20261201099810_report_product_days.sql).
create or replace function internal.report_product_days_tx() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_op = 'INSERT' then
    return null;
  end if;
  if tg_op = 'UPDATE' and (old.kind, old.status, old.occurred_at, old.tenant_id) is not distinct from
                          (new.kind, new.status, new.occurred_at, new.tenant_id) then
    return null;
  end if;
  perform internal.report_product_days_apply(old, -1);
  if tg_op = 'UPDATE' then perform internal.report_product_days_apply(new, 1); end if;
  return null;
end
$$;
comment on function internal.report_product_days_tx() is 'Trigger on transactions: keeps report_product_days (a transaction''s lines move when its kind, status, time or warung changes; nothing on insert, it has no lines yet).';
