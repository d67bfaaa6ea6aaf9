-- A debt payment, an expense or an income paid by two means at once (owner try: "uni ros bayar utang 20rb, 10rb
-- tunai 10rb qris"), as 20261206100000_split_tender.sql did for sales and purchases: the row keeps its non-cash
-- method and records the part paid in cash, so the drawer (report_cash) counts only that part.

alter table public.debt_payments add column cash_part bigint;
alter table public.debt_payments add constraint debt_payments_cash_part_ck
  check (cash_part is null or (cash_part > 0 and cash_part < amount and payment in ('qris', 'transfer')));
comment on column public.debt_payments.cash_part is 'Paid in cash on a QRIS/transfer debt payment paid by both ("10rb tunai 10rb qris"); the rest came by its payment. NULL when one means paid it all. Set by record_debt_cash_part.';

-- As in 20261206100000_split_tender.sql, for expenses and income too.
create or replace function public.record_cash_part(p_tenant_id uuid, p_transaction_id uuid, p_amount bigint) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_tx public.transactions%rowtype;
begin
  select * into v_tx from public.transactions where tenant_id = v_tenant and id = p_transaction_id for update;
  if not found then
    raise exception 'not_found:transaction' using detail = coalesce(p_transaction_id::text, 'null');
  end if;
  if v_tx.status <> 'posted' then
    raise exception 'conflict:transaction_voided' using detail = v_tx.id::text;
  end if;
  if v_tx.kind not in ('sale', 'purchase', 'expense', 'income') or v_tx.payment not in ('qris', 'transfer') then
    raise exception 'invalid:payment' using detail = 'a cash part only on a transaction paid by QRIS or transfer';
  end if;
  if p_amount is null or p_amount <= 0 or p_amount >= v_tx.total then
    raise exception 'invalid:amount' using detail = format('a cash part is more than 0 and less than the total %s', v_tx.total);
  end if;
  -- A retried message sets the same part again: nothing changes.
  if v_tx.cash_part is distinct from p_amount then
    update public.transactions set cash_part = p_amount where id = v_tx.id;
    perform internal.audit(v_tenant, 'transaction.cash_part', 'transaction', v_tx.id::text,
      jsonb_build_object('cash_part', p_amount, 'payment', v_tx.payment));
  end if;
  return jsonb_build_object('id', v_tx.id, 'cash_part', p_amount, 'payment', v_tx.payment, 'total', v_tx.total);
end
$$;
comment on function public.record_cash_part(uuid, uuid, bigint) is 'Records the part of a QRIS/transfer transaction that was paid in cash (less than its total). Idempotent.';

create function public.record_debt_cash_part(p_tenant_id uuid, p_payment_id uuid, p_amount bigint) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_p public.debt_payments%rowtype;
begin
  select * into v_p from public.debt_payments where tenant_id = v_tenant and id = p_payment_id for update;
  if not found then
    raise exception 'not_found:debt_payment' using detail = coalesce(p_payment_id::text, 'null');
  end if;
  if v_p.voided_at is not null then
    raise exception 'conflict:payment_voided' using detail = v_p.id::text;
  end if;
  if v_p.payment not in ('qris', 'transfer') then
    raise exception 'invalid:payment' using detail = 'a cash part only on a payment by QRIS or transfer';
  end if;
  if p_amount is null or p_amount <= 0 or p_amount >= v_p.amount then
    raise exception 'invalid:amount' using detail = format('a cash part is more than 0 and less than the payment %s', v_p.amount);
  end if;
  if v_p.cash_part is distinct from p_amount then
    update public.debt_payments set cash_part = p_amount where id = v_p.id;
    perform internal.audit(v_tenant, 'debt_payment.cash_part', 'debt_payment', v_p.id::text,
      jsonb_build_object('cash_part', p_amount, 'payment', v_p.payment));
  end if;
  return jsonb_build_object('id', v_p.id, 'cash_part', p_amount, 'payment', v_p.payment, 'amount', v_p.amount);
end
$$;
comment on function public.record_debt_cash_part(uuid, uuid, bigint) is 'Records the part of a QRIS/transfer debt payment that was paid in cash (less than its amount). Idempotent.';
select internal.secure_function('public.record_debt_cash_part(uuid, uuid, bigint)'::regprocedure);

-- What of a debt payment was paid in cash.
create function internal.debt_cash_share(p public.debt_payments) returns bigint
language sql immutable set search_path = public, pg_temp as $$
  select case when p.payment = 'cash' then p.amount else coalesce(p.cash_part, 0) end
$$;
comment on function internal.debt_cash_share(public.debt_payments) is 'What of a debt payment was paid in cash: all of a cash one, the cash_part of a QRIS/transfer one.';
select internal.tenant_function('internal.debt_cash_share(public.debt_payments)'::regprocedure);

-- As in 20261206100000_split_tender.sql, with the cash parts of expenses, income and debt payments in the drawer.
create or replace function public.report_cash(p_tenant_id uuid, p_start timestamptz, p_end timestamptz)
returns table (sales bigint, income bigint, debts_in bigint, purchases bigint, expenses bigint, debts_out bigint, not_cash bigint)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
    select coalesce(sum(internal.cash_share(t)) filter (where t.kind = 'sale'), 0)::bigint,
           coalesce(sum(internal.cash_share(t)) filter (where t.kind = 'income'), 0)::bigint,
           (select coalesce(sum(internal.debt_cash_share(p)), 0)::bigint from public.debt_payments p
             where p.tenant_id = v and p.direction = 'receivable' and p.voided_at is null
               and p.paid_at >= p_start and p.paid_at < p_end),
           coalesce(sum(internal.cash_share(t)) filter (where t.kind = 'purchase'), 0)::bigint,
           coalesce(sum(internal.cash_share(t)) filter (where t.kind = 'expense'), 0)::bigint,
           (select coalesce(sum(internal.debt_cash_share(p)), 0)::bigint from public.debt_payments p
             where p.tenant_id = v and p.direction = 'payable' and p.voided_at is null
               and p.paid_at >= p_start and p.paid_at < p_end),
           coalesce(sum(internal.method_share(t)) filter (where t.kind in ('sale', 'income') and t.payment in ('qris', 'transfer')), 0)::bigint
      from public.transactions t
     where t.tenant_id = v and t.status = 'posted' and t.occurred_at >= p_start and t.occurred_at < p_end;
end
$$;
