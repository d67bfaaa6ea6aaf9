-- More Javanese spellings owners type (owner try: "rega lengo goreng nang pasar piro saiki" found no
-- market price): "lengo" beside "lenga" for cooking oil, "gulo" for sugar. Brown sugar and kerosene in
-- these spellings have no official price, as in Indonesian (20261201080100_market_names.sql).
insert into public.market_commodity_words (phrase, commodities) values
  ('lengo', '{Minyak Goreng Kemasan,Minyak Goreng Curah,Minyakita}'), ('lengo goreng', '{Minyak Goreng Kemasan,Minyak Goreng Curah,Minyakita}'),
  ('lenga goreng', '{Minyak Goreng Kemasan,Minyak Goreng Curah,Minyakita}'), ('lengo curah', '{Minyak Goreng Curah}'),
  ('lengo tanah', '{}'), ('lengo klentik', '{}'),
  ('gulo', '{Gula Konsumsi}'), ('gulo pasir', '{Gula Konsumsi}'), ('gulo putih', '{Gula Konsumsi}'),
  ('gulo jowo', '{}'), ('gulo jawa', '{}'), ('gulo abang', '{}'), ('gulo aren', '{}')
on conflict (phrase) do nothing;
