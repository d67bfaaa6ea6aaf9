-- report_days and report_product_days are keyed by the warung's local day, so they belong to its time
-- zone. When the owner moves the warung to another zone (Pengaturan), a sale at 23.30 WIB is on the next
-- day in WITA: both tables are rebuilt from the ledger for that warung, in the same transaction.
create or replace function internal.report_days_rezone() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  perform internal.report_days_rebuild(new.id);
  perform internal.report_product_days_rebuild(new.id);
  return null;
end
$$;
comment on function internal.report_days_rezone() is 'Trigger on tenants: rebuilds the day tables of a warung whose time zone changed.';
select internal.secure_function('internal.report_days_rezone()'::regprocedure);
create trigger report_days_rezone after update of timezone on public.tenants
  for each row when (old.timezone is distinct from new.timezone) execute function internal.report_days_rezone();
