-- A pack size can be a piece of a weighed good: "1 kg Telur Ayam isi 16 butir" makes a butir 0,0625 kg. With three
-- decimals it was kept as 0,063 kg, and 8 butir booked 0,504 kg at Rp31.746/kg instead of 0,5 kg. Six decimals keep
-- 1/N exact enough for any count of pieces a warung sells (stock quantities stay at three).
alter table public.product_units alter column size type numeric(14, 6);
comment on column public.product_units.size is 'How many base units one of this pack holds (a dus of 24 btl: 24; a butir of Telur kept per kg: 1/16). Six decimals, so a piece of a weighed good is kept exactly enough.';
