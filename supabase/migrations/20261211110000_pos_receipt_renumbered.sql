-- A device that lost its storage (the browser cleared the site's data, Safari's 7-day eviction, a new profile with the
-- same login) counts its receipts from 1 again; each such sale was answered 'conflict:receipt_no' and stayed unbooked,
-- the money in the drawer and the goods gone (a helper's try: four sales, Rp447.500, refused after "Tersimpan"). The
-- sale is the cashier's, whatever number the device gave it: it is now booked under the device's next free number and
-- answered with that number (the device counts on from it, dashboard/lib/pos/sync.ts). A resent sale is still found by
-- its id first and answered 'duplicate', so renumbering books nothing twice.

-- The sale again with the device's next free sequence and receipt number; null when the device is not the warung's.
create or replace function internal.pos_renumbered(p_tenant uuid, p_sale jsonb) returns jsonb
language sql stable security invoker set search_path = public, pg_temp as $$
  select p_sale || jsonb_build_object('seq', n.seq, 'receiptNo', d.code || '-' || lpad(n.seq::text, 6, '0'))
    from public.pos_devices d
    cross join lateral (select coalesce(max(s.seq), 0) + 1 as seq from public.pos_sales s
                         where s.tenant_id = d.tenant_id and s.device_id = d.id) n
   where d.tenant_id = p_tenant and d.id = internal.to_uuid(p_sale ->> 'deviceId', 'deviceId')
$$;
comment on function internal.pos_renumbered(uuid, jsonb) is 'A POS sale with its device''s next free seq and receipt number (after the device lost its counter).';
revoke all on function internal.pos_renumbered(uuid, jsonb) from public, anon;
grant execute on function internal.pos_renumbered(uuid, jsonb) to authenticated, service_role;

-- As 20261202070300, with a receipt number taken booked once more under the next free one.
create or replace function public.pos_book_sales(p_tenant_id uuid, p_sales jsonb) returns jsonb
language plpgsql volatile security definer set search_path = public, pg_temp as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant_id);
  v_sale jsonb;
  v_again jsonb;
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
    v_again := null;
    v_code := null;
    begin
      v_out := v_out || jsonb_build_array(public.pos_book_sale(v_tenant, v_sale));
    exception
      when raise_exception then
        v_code := substring(sqlerrm from '^([a-z_]+:[a-z_0-9]+)');
        if v_code is null then raise; end if;
        if v_code = 'conflict:receipt_no' then
          v_again := internal.pos_renumbered(v_tenant, v_sale);
        else
          v_out := v_out || jsonb_build_array(jsonb_build_object('id', v_sale ->> 'id', 'status', 'rejected', 'error', v_code));
        end if;
      when unique_violation then
        -- A line or payment id taken by another sale (booked earlier or concurrently).
        v_out := v_out || jsonb_build_array(jsonb_build_object('id', v_sale ->> 'id', 'status', 'rejected', 'error', 'conflict:id'));
    end;
    continue when v_code is distinct from 'conflict:receipt_no';
    begin
      if v_again is null then raise exception 'conflict:receipt_no'; end if;
      v_out := v_out || jsonb_build_array(public.pos_book_sale(v_tenant, v_again));
    exception
      when raise_exception then
        v_code := substring(sqlerrm from '^([a-z_]+:[a-z_0-9]+)');
        if v_code is null then raise; end if;
        v_out := v_out || jsonb_build_array(jsonb_build_object('id', v_sale ->> 'id', 'status', 'rejected', 'error', v_code));
      when unique_violation then
        v_out := v_out || jsonb_build_array(jsonb_build_object('id', v_sale ->> 'id', 'status', 'rejected', 'error', 'conflict:id'));
    end;
  end loop;
  return v_out;
end
$$;
comment on function public.pos_book_sales(uuid, jsonb) is 'Books a batch of POS sales (up to 100) through pos_book_sale, each in its own subtransaction, products locked first; a receipt number the device already used is booked under its next free one; a refused sale answers rejected with its error code. See supabase/README.md.';
select internal.secure_function('public.pos_book_sales(uuid, jsonb)'::regprocedure);
