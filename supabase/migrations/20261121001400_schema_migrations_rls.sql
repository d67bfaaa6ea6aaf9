-- The migration runner (core/db/migrate.ts) keeps public.schema_migrations. It sits in public, which
-- Supabase exposes through its API, so it gets RLS like every other table: service role only.
-- (With `supabase db push` the table does not exist; then there is nothing to do.)
do $$
begin
  if to_regclass('public.schema_migrations') is not null then
    perform internal.service_only_rls('public.schema_migrations');
    comment on table public.schema_migrations is 'Migrations (and seed.sql) applied by core/db/migrate.ts, by file name.';
  end if;
end
$$;
