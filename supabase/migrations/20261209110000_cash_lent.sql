-- Cash lent from the drawer or borrowed into it ("pak harun pinjam uang 50rb", "bu ani kasbon duit 50rb"; "pinjam uang
-- dari pak rt 500rb"): a debt of money alone whose money went through the drawer when it was made. Helpers' tries: the
-- Rp50.000 lent never left "uang di laci", while its repayment came in, so the drawer read Rp50.000 too high.
alter table public.debts add column cash_moved boolean not null default false;
comment on column public.debts.cash_moved is
  'True when the debt''s money moved through the drawer as it was made: cash lent out (receivable) or borrowed in (payable). Only for debts of money alone (transaction_id null). Set by record_debt_cash.';

create or replace function public.record_debt_cash(p_tenant_id uuid, p_debt_id uuid) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_debt public.debts%rowtype;
begin
  select * into v_debt from public.debts where tenant_id = v_tenant and id = p_debt_id for update;
  if not found then
    raise exception 'not_found:debt' using detail = coalesce(p_debt_id::text, 'null');
  end if;
  if v_debt.transaction_id is not null then
    raise exception 'invalid:debt_of_transaction' using detail = 'the money of goods on credit never went through the drawer';
  end if;
  if v_debt.status = 'void' then
    raise exception 'conflict:debt_voided' using detail = v_debt.id::text;
  end if;
  -- A retried message marks it again: nothing changes.
  if not v_debt.cash_moved then
    update public.debts set cash_moved = true where id = v_debt.id;
    perform internal.audit(v_tenant, 'debt.cash_moved', 'debt', v_debt.id::text, jsonb_build_object('direction', v_debt.direction, 'amount', v_debt.amount));
  end if;
  return jsonb_build_object('id', v_debt.id, 'direction', v_debt.direction, 'amount', v_debt.amount, 'cash_moved', true);
end
$$;
comment on function public.record_debt_cash(uuid, uuid) is 'Marks a debt of money alone as cash that left (lent) or came into (borrowed) the drawer. Idempotent.';
select internal.secure_function('public.record_debt_cash(uuid, uuid)'::regprocedure);

-- As in 20261207100000_split_tender_money.sql, with two more columns: cash lent out of the drawer and borrowed into it (a
-- voided debt's money is taken as never having moved).
drop function public.report_cash(uuid, timestamptz, timestamptz);
create function public.report_cash(p_tenant_id uuid, p_start timestamptz, p_end timestamptz)
returns table (sales bigint, income bigint, debts_in bigint, purchases bigint, expenses bigint, debts_out bigint, not_cash bigint,
               lent bigint, borrowed bigint)
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
           coalesce(sum(internal.method_share(t)) filter (where t.kind in ('sale', 'income') and t.payment in ('qris', 'transfer')), 0)::bigint,
           (select coalesce(sum(d.amount), 0)::bigint from public.debts d
             where d.tenant_id = v and d.cash_moved and d.direction = 'receivable' and d.status <> 'void'
               and d.created_at >= p_start and d.created_at < p_end),
           (select coalesce(sum(d.amount), 0)::bigint from public.debts d
             where d.tenant_id = v and d.cash_moved and d.direction = 'payable' and d.status <> 'void'
               and d.created_at >= p_start and d.created_at < p_end)
      from public.transactions t
     where t.tenant_id = v and t.status = 'posted' and t.occurred_at >= p_start and t.occurred_at < p_end;
end
$$;
comment on function public.report_cash(uuid, timestamptz, timestamptz) is
  'Cash in and out of [p_start, p_end): cash sales and income, debts paid to the warung in cash (down payments too); cash purchases, expenses and debts the warung paid; what came in by QRIS or transfer (not in the drawer); cash lent out and borrowed in.';
select internal.tenant_function('public.report_cash(uuid, timestamptz, timestamptz)'::regprocedure);
