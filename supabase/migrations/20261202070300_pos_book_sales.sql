-- A POS batch in one call: the device sends up to 100 offline sales at once, and booking them with one
-- statement each (a savepoint, the call, its release: three round trips and a JSON round trip per sale)
-- cost more than a third of the sync's time. This books them in order, each in its own subtransaction,
-- in the caller's transaction (one commit for the batch).
--
-- Returns one pos_book_sale result per sale, in the batch's order. A sale the database refuses (a raised
-- 'code:detail' error, or a line or payment id another sale already has) is rolled back alone and
-- answered {id, status: 'rejected', error}; any other error (the database is away, a deadlock) is raised,
-- and the whole batch rolls back so the device keeps its sales and retries.
--
-- The batch's products are locked first, in id order (the order post_transaction locks them in), so a
-- batch and a chat sale, or two batches, wait for each other instead of deadlocking. SECURITY DEFINER
-- like pos_book_sale, so the lock holds for a cashier too (a cashier's own FOR UPDATE would pass no row
-- through the products' update policy); the caller's warung and role are checked from its claims.
create or replace function public.pos_book_sales(p_tenant_id uuid, p_sales jsonb) returns jsonb
language plpgsql volatile security definer set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_sale jsonb;
  v_out jsonb := '[]'::jsonb;
  v_code text;
begin
  perform internal.require_member_role('owner', 'staff', 'cashier');
  if jsonb_typeof(p_sales) <> 'array' or jsonb_array_length(p_sales) > 100 then
    raise exception 'invalid:sales' using detail = 'an array of at most 100 sales';
  end if;
  perform 1 from public.products
   where tenant_id = v_tenant
     and id in (select internal.to_uuid(l.value ->> 'productId', 'productId')
                  from jsonb_array_elements(p_sales) s
                  cross join lateral jsonb_array_elements(case when jsonb_typeof(s.value -> 'lines') = 'array' then s.value -> 'lines' else '[]'::jsonb end) l)
   order by id for update;
  for v_sale in select value from jsonb_array_elements(p_sales) loop
    begin
      v_out := v_out || jsonb_build_array(public.pos_book_sale(v_tenant, v_sale));
    exception
      when raise_exception then
        v_code := substring(sqlerrm from '^([a-z_]+:[a-z_0-9]+)');
        if v_code is null then raise; end if;
        v_out := v_out || jsonb_build_array(jsonb_build_object('id', v_sale ->> 'id', 'status', 'rejected', 'error', v_code));
      when unique_violation then
        -- A line or payment id taken by another sale (booked earlier or concurrently).
        v_out := v_out || jsonb_build_array(jsonb_build_object('id', v_sale ->> 'id', 'status', 'rejected', 'error', 'conflict:id'));
    end;
  end loop;
  return v_out;
end
$$;
comment on function public.pos_book_sales(uuid, jsonb) is 'Books a batch of POS sales (up to 100) through pos_book_sale, each in its own subtransaction, products locked first; a refused sale answers rejected with its error code. See supabase/README.md.';
select internal.secure_function('public.pos_book_sales(uuid, jsonb)'::regprocedure);
