-- The distinct texts a warung's Transaksi search looks in, kept beside the ledger: a term of one or
-- two letters ("es", "ab") has no trigram, so the trigram indexes of 20261202030000 cannot find its
-- rare matches and the search walked the whole period (bench: p99 375 ms at 1M rows). A warung writes
-- few distinct line descriptions and header texts even over 1M transactions, so the short term is
-- matched with LIKE against these few texts first, then the matching texts lead to their
-- transactions through the btree indexes below (internal.transaction_search_ids).
-- Texts are only added, never removed when their last row goes (a void keeps its rows anyway): a
-- stale text leads to no row, and every candidate is re-checked against the row itself.

create table public.transaction_search_texts (
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  kind text not null check (kind in ('line', 'header')),
  content text not null
);
comment on table public.transaction_search_texts is 'Per warung, the distinct lower-cased texts the Transaksi search matches: line descriptions and header texts. Kept by triggers; never written by hand.';
comment on column public.transaction_search_texts.kind is 'line: a transaction_lines.description; header: a transaction''s counterparty name, note and category joined as in transactions_search_trgm_idx.';
comment on column public.transaction_search_texts.content is 'The lower-cased text. Its md5 is the key here and in the ledger''s indexes (a text may be longer than a btree entry allows).';
-- md5 rather than the text: a long note would not fit a btree entry and would make its write fail.
create unique index transaction_search_texts_key on public.transaction_search_texts (tenant_id, kind, md5(content));
comment on index public.transaction_search_texts_key is 'One row per warung, kind and text; the triggers'' ON CONFLICT target.';
select internal.tenant_read_only('public.transaction_search_texts');

-- From a matching text to its rows. A header index only holds rows with some header text (most sales
-- have none; a trimmed term never matches the two spaces of an empty header).
create index if not exists transaction_lines_search_md5_idx on public.transaction_lines (tenant_id, md5(lower(description)));
comment on index public.transaction_lines_search_md5_idx is 'Transaksi search by a short term: the lines of a matching transaction_search_texts text (internal.transaction_search_ids).';
create index if not exists transactions_search_md5_idx on public.transactions
  (tenant_id, md5(lower(coalesce(counterparty_name, '') || ' ' || coalesce(note, '') || ' ' || coalesce(category, ''))))
  where counterparty_name is not null or note is not null or category is not null;
comment on index public.transactions_search_md5_idx is 'Transaksi search by a short term: the transactions of a matching header text (internal.transaction_search_ids).';

-- A line written or renamed: its description becomes a searchable text (in the writer's transaction,
-- so a row is findable as soon as it is visible). DO NOTHING takes no lock on an existing text.
create or replace function internal.transaction_search_texts_line() returns trigger
language plpgsql security invoker set search_path = public, pg_temp as $$
begin
  if tg_op = 'UPDATE' and (old.tenant_id, old.description) is not distinct from (new.tenant_id, new.description) then
    return null;
  end if;
  insert into public.transaction_search_texts (tenant_id, kind, content) values (new.tenant_id, 'line', lower(new.description))
  on conflict (tenant_id, kind, md5(content)) do nothing;
  return null;
end
$$;
comment on function internal.transaction_search_texts_line() is 'Trigger on transaction_lines: adds the line''s description to transaction_search_texts.';
select internal.secure_function('internal.transaction_search_texts_line()'::regprocedure);
create trigger transaction_search_texts_line after insert or update of tenant_id, description on public.transaction_lines
  for each row execute function internal.transaction_search_texts_line();

-- A transaction written or edited with a counterparty name, note or category.
create or replace function internal.transaction_search_texts_tx() returns trigger
language plpgsql security invoker set search_path = public, pg_temp as $$
begin
  if new.counterparty_name is null and new.note is null and new.category is null then return null; end if;
  if tg_op = 'UPDATE' and (old.tenant_id, old.counterparty_name, old.note, old.category) is not distinct from
                          (new.tenant_id, new.counterparty_name, new.note, new.category) then
    return null;
  end if;
  insert into public.transaction_search_texts (tenant_id, kind, content)
  values (new.tenant_id, 'header', lower(coalesce(new.counterparty_name, '') || ' ' || coalesce(new.note, '') || ' ' || coalesce(new.category, '')))
  on conflict (tenant_id, kind, md5(content)) do nothing;
  return null;
end
$$;
comment on function internal.transaction_search_texts_tx() is 'Trigger on transactions: adds the header text (counterparty name, note, category) to transaction_search_texts.';
select internal.secure_function('internal.transaction_search_texts_tx()'::regprocedure);
create trigger transaction_search_texts_tx after insert or update of tenant_id, counterparty_name, note, category on public.transactions
  for each row execute function internal.transaction_search_texts_tx();

-- Recomputes the texts from the ledger (this migration on existing data; bulk loads without triggers;
-- drops texts no row has any more).
create or replace function internal.transaction_search_texts_rebuild(p_tenant_id uuid default null) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  delete from public.transaction_search_texts where p_tenant_id is null or tenant_id = p_tenant_id;
  insert into public.transaction_search_texts (tenant_id, kind, content)
  select l.tenant_id, 'line', lower(l.description)
    from public.transaction_lines l where p_tenant_id is null or l.tenant_id = p_tenant_id
  union
  select t.tenant_id, 'header', lower(coalesce(t.counterparty_name, '') || ' ' || coalesce(t.note, '') || ' ' || coalesce(t.category, ''))
    from public.transactions t
   where (t.counterparty_name is not null or t.note is not null or t.category is not null) and (p_tenant_id is null or t.tenant_id = p_tenant_id)
  on conflict (tenant_id, kind, md5(content)) do nothing;
end
$$;
comment on function internal.transaction_search_texts_rebuild(uuid) is 'Recomputes transaction_search_texts from transactions and their lines (one warung or all).';
select internal.service_function('internal.transaction_search_texts_rebuild(uuid)'::regprocedure);
select internal.transaction_search_texts_rebuild();
