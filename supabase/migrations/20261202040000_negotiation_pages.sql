-- The Negosiasi page (dashboard/app/(pemilik)/negosiasi): open and past negotiations, and one negotiation with
-- every message and offer in order, the outcome and the saving against the first quote. Readers only
-- (SECURITY INVOKER, RLS applies); owners and staff, cashiers get forbidden:role. Prices here are purchase
-- prices, which staff see in Transaksi too, so nothing is masked for them (no cost of goods, no profit).

-- Messages of one transaction share created_at (now()): a sequence keeps the order they were written in.
alter table public.negotiation_offers add column seq bigint generated always as identity;
comment on column public.negotiation_offers.seq is 'Write order of the log (rows of one transaction share created_at).';
create index negotiation_offers_seq_idx on public.negotiation_offers (negotiation_id, seq);
-- Tenants insert log rows directly (as before); the identity's sequence goes with that.
grant usage on sequence public.negotiation_offers_seq_seq to authenticated;
grant usage, select on sequence public.negotiation_offers_seq_seq to service_role;

-- The first quote and the outcome of each negotiation, shared by the list and the detail.
-- first_quote: the earliest price a supplier named (per unit of the negotiation); chosen_*: the supplier the
-- order went to and its price (negotiations.agreed_offer_id is the 'order' row); saving = (first quote of the
-- chosen supplier − ordered price) × qty, in whole rupiah.
create or replace function internal.negotiation_outcomes(p_tenant uuid)
returns table (id uuid, first_quote bigint, chosen_contact uuid, chosen_name text, chosen_price bigint,
               chosen_first_quote bigint, delivery bigint, saving bigint)
language sql stable security invoker set search_path = public, pg_temp as $$
  select n.id,
         (select o.price from public.negotiation_offers o
           where o.tenant_id = n.tenant_id and o.negotiation_id = n.id and o.direction = 'offer' and o.price is not null
           order by o.created_at, o.seq limit 1),
         ord.contact_id, c.name, ord.price,
         cf.price, s.delivery_cost,
         case when ord.price is not null and cf.price is not null then round((cf.price - ord.price) * n.qty)::bigint end
    from public.negotiations n
    left join public.negotiation_offers ord on ord.tenant_id = n.tenant_id and ord.id = n.agreed_offer_id and ord.direction = 'order'
    left join public.contacts c on c.tenant_id = n.tenant_id and c.id = ord.contact_id
    left join public.negotiation_suppliers s on s.tenant_id = n.tenant_id and s.negotiation_id = n.id and s.contact_id = ord.contact_id
    left join lateral (
      select o.price from public.negotiation_offers o
       where o.tenant_id = n.tenant_id and o.negotiation_id = n.id and o.contact_id = ord.contact_id
         and o.direction = 'offer' and o.price is not null
       order by o.created_at, o.seq limit 1) cf on true
   where n.tenant_id = p_tenant
$$;
comment on function internal.negotiation_outcomes(uuid) is 'Per negotiation of a tenant: first quote, chosen supplier and price, saving against that supplier''s first quote.';

create or replace function public.dashboard_negotiations(p_tenant_id uuid, p_limit integer default 100)
returns table (id uuid, item text, qty numeric, unit text, status text, max_price bigint, created_at timestamptz,
               deadline timestamptz, suppliers bigint, messages bigint, first_quote bigint, chosen_name text,
               chosen_price bigint, saving bigint, transaction_id uuid)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  perform internal.require_reader();
  return query
  select n.id, n.item, n.qty, n.unit, n.status, n.max_price, n.created_at, n.deadline,
         (select count(*) from public.negotiation_suppliers s where s.tenant_id = v and s.negotiation_id = n.id),
         (select count(*) from public.negotiation_offers o where o.tenant_id = v and o.negotiation_id = n.id),
         x.first_quote, x.chosen_name, x.chosen_price, x.saving, n.transaction_id
    from public.negotiations n
    join internal.negotiation_outcomes(v) x on x.id = n.id
   where n.tenant_id = v
   order by (n.status in ('open', 'deciding')) desc, n.created_at desc, n.id
   limit greatest(1, least(coalesce(p_limit, 100), 500));
end
$$;
comment on function public.dashboard_negotiations(uuid, integer) is 'Negotiations, the open and deciding ones first, newest first: item, limit, suppliers, first quote, outcome, saving.';

create or replace function public.dashboard_negotiation(p_tenant_id uuid, p_id uuid)
returns jsonb
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
  r jsonb;
begin
  perform internal.require_reader();
  select jsonb_build_object(
           'id', n.id, 'item', n.item, 'qty', n.qty, 'unit', n.unit, 'status', n.status, 'max_price', n.max_price,
           'target_price', n.target_price, 'last_price', n.last_price, 'market_price', n.market_price,
           'created_at', n.created_at, 'deadline', n.deadline, 'summary_at', n.summary_at, 'transaction_id', n.transaction_id,
           'created_by', (select m.name from public.members m where m.tenant_id = v and m.id = n.created_by),
           'first_quote', x.first_quote, 'chosen_name', x.chosen_name, 'chosen_price', x.chosen_price,
           'chosen_first_quote', x.chosen_first_quote, 'delivery', x.delivery, 'saving', x.saving,
           'suppliers', coalesce((
             select jsonb_agg(jsonb_build_object(
                      'contact_id', s.contact_id, 'name', c.name, 'status', s.status, 'our_offer', s.our_offer,
                      'their_price', s.their_price, 'delivery', s.delivery_cost,
                      'first_quote', (select o.price from public.negotiation_offers o
                                       where o.tenant_id = v and o.negotiation_id = n.id and o.contact_id = s.contact_id
                                         and o.direction = 'offer' and o.price is not null order by o.created_at, o.seq limit 1))
                      order by s.created_at, c.name)
               from public.negotiation_suppliers s join public.contacts c on c.tenant_id = v and c.id = s.contact_id
              where s.tenant_id = v and s.negotiation_id = n.id), '[]'::jsonb),
           'messages', coalesce((
             select jsonb_agg(jsonb_build_object(
                      'at', o.created_at, 'name', c.name, 'direction', o.direction, 'price', o.price, 'body', o.body)
                      order by o.created_at, o.seq)
               from public.negotiation_offers o join public.contacts c on c.tenant_id = v and c.id = o.contact_id
              where o.tenant_id = v and o.negotiation_id = n.id), '[]'::jsonb))
    into r
    from public.negotiations n
    join internal.negotiation_outcomes(v) x on x.id = n.id
   where n.tenant_id = v and n.id = p_id;
  if r is null then raise exception 'not_found:negotiation'; end if;
  return r;
end
$$;
comment on function public.dashboard_negotiation(uuid, uuid) is 'One negotiation: the request, each supplier''s side, every message and offer in the order written, the outcome and the saving.';

select internal.tenant_function('internal.negotiation_outcomes(uuid)'::regprocedure);
select internal.tenant_function('public.dashboard_negotiations(uuid, integer)'::regprocedure);
select internal.tenant_function('public.dashboard_negotiation(uuid, uuid)'::regprocedure);
