-- report_days kept with one row write for the commonest update of a transaction.
--
-- post_transaction inserts a transaction with total 0, writes its lines, then sets the total it summed.
-- The trigger took the old share away and added the new one: two upserts of the day's row, each summing
-- the transaction's lines again. When the transaction stays a posted one of the same kind, warung and
-- time, its lines' cogs cancel out and only total and payment can move: one UPDATE of the day's row by
-- the difference does the same. Anything else (a void, a changed time or kind) takes the general path.
-- dashboard/tests/report-parity.test.ts checks these sums against the raw ledger (voids included).
create or replace function internal.report_days_tx() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_sale boolean;
  v_day date;
  v_d bigint;
begin
  if tg_op = 'UPDATE' and (old.kind, old.status, old.total, old.payment, old.occurred_at) is not distinct from
                          (new.kind, new.status, new.total, new.payment, new.occurred_at) then
    return null;
  end if;
  if tg_op = 'UPDATE' and old.status = 'posted' and new.status = 'posted' and old.kind = new.kind
     and old.tenant_id = new.tenant_id and old.occurred_at = new.occurred_at then
    v_sale := new.kind = 'sale';
    v_d := new.total - old.total;
    v_day := (new.occurred_at at time zone (select tz.timezone from public.tenants tz where tz.id = new.tenant_id))::date;
    update public.report_days r set
      omzet = r.omzet + case when v_sale then v_d else 0 end,
      expenses = r.expenses + case when new.kind = 'expense' then v_d else 0 end,
      income = r.income + case when new.kind = 'income' then v_d else 0 end,
      cash = r.cash + case when v_sale and new.payment = 'cash' then new.total else 0 end - case when v_sale and old.payment = 'cash' then old.total else 0 end,
      qris = r.qris + case when v_sale and new.payment = 'qris' then new.total else 0 end - case when v_sale and old.payment = 'qris' then old.total else 0 end,
      transfer = r.transfer + case when v_sale and new.payment = 'transfer' then new.total else 0 end - case when v_sale and old.payment = 'transfer' then old.total else 0 end,
      credit = r.credit + case when v_sale and new.payment = 'credit' then new.total else 0 end - case when v_sale and old.payment = 'credit' then old.total else 0 end,
      cash_n = r.cash_n + (v_sale and new.payment = 'cash')::integer - (v_sale and old.payment = 'cash')::integer,
      qris_n = r.qris_n + (v_sale and new.payment = 'qris')::integer - (v_sale and old.payment = 'qris')::integer,
      transfer_n = r.transfer_n + (v_sale and new.payment = 'transfer')::integer - (v_sale and old.payment = 'transfer')::integer,
      credit_n = r.credit_n + (v_sale and new.payment = 'credit')::integer - (v_sale and old.payment = 'credit')::integer
     where r.tenant_id = new.tenant_id and r.day = v_day;
    -- The old share made the row; without it (the warung being deleted, a hand-made gap) take the general path.
    if found or v_day is null then
      return null;
    end if;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then perform internal.report_days_apply(old, -1); end if;
  if tg_op in ('INSERT', 'UPDATE') then perform internal.report_days_apply(new, 1); end if;
  return null;
end
$$;
comment on function internal.report_days_tx() is 'Trigger on transactions: keeps report_days (a posted transaction''s total or payment change by the difference).';
