-- Demo warung for `npm start` and tests: "Warung Bu Sri" in Bandung with ~40 everyday products at
-- Nov 2026 warung prices, opening stock, pack units, its cashier, two suppliers and three customers.
-- Idempotent: fixed UUIDs and ON CONFLICT DO NOTHING, so loading it twice changes nothing.
-- Demo phone numbers are fictitious.

insert into public.tenants (id, name, city, timezone, closing_time)
values ('a0000000-0000-4000-8000-000000000001', 'Warung Bu Sri', 'Bandung', 'Asia/Jakarta', '21:00')
on conflict (id) do nothing;

insert into public.members (id, tenant_id, phone, name, role) values
  ('b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '+6281200000001', 'Bu Sri', 'owner'),
  ('b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', '+6281200000002', 'Mbak Dewi', 'cashier')
on conflict (id) do nothing;
-- The demo cashier's POS PIN is 1234 (README), stored as its scrypt hash (dashboard/lib/pin.ts).
update public.members set pin_hash = 'scrypt$16384$bEoCOZCTT3NVBCIY7yoIjg$uDEW8Mh0Zwr0Jzvp1h2odsVeXlY0zvS2aoVUiUSLgGI'
 where id = 'b0000000-0000-4000-8000-000000000002' and pin_hash is null;

insert into public.contacts (id, tenant_id, kind, name, aliases, phone, note) values
  ('c0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'supplier', 'Toko Makmur',
   '{makmur,toko makmur,koh hendra}', '+6281300000001', 'Grosir sembako: beras, minyak, gula, telur, mie'),
  ('c0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 'supplier', 'UD Sinar Jaya',
   '{sinar jaya,ud sinar jaya,pak joko}', '+6281300000002', 'Agen minuman, rokok, gas elpiji'),
  ('c0000000-0000-4000-8000-000000000011', 'a0000000-0000-4000-8000-000000000001', 'customer', 'Pak Darto',
   '{darto,pak darto}', null, null),
  ('c0000000-0000-4000-8000-000000000012', 'a0000000-0000-4000-8000-000000000001', 'customer', 'Mbak Rini',
   '{rini,mbak rini,teh rini}', null, null),
  ('c0000000-0000-4000-8000-000000000013', 'a0000000-0000-4000-8000-000000000001', 'customer', 'Bu Yati',
   '{yati,bu yati}', null, null)
on conflict (id) do nothing;

-- (no, name, aliases, unit, sell price, average cost, category, reorder point, opening stock)
insert into public.products (id, tenant_id, name, aliases, unit, sell_price, avg_cost, category, reorder_point)
select ('d0000000-0000-4000-8000-0000000000' || lpad(p.no::text, 2, '0'))::uuid,
       'a0000000-0000-4000-8000-000000000001', p.name, p.aliases, p.unit, p.sell_price, p.avg_cost, p.category, p.reorder_point
from (values
  (1,  'Indomie Goreng',               '{indomie goreng,indomi goreng,mie goreng,indomie grg}'::text[], 'bks', 3500, 3100, 'mie instan', 20),
  (2,  'Indomie Soto',                 '{indomie soto,indomi soto,mie soto}'::text[],              'bks', 3500, 3000, 'mie instan', 10),
  (3,  'Indomie Kari Ayam',            '{indomie kari,indomi kari,mie kari}'::text[],              'bks', 3500, 3050, 'mie instan', 10),
  (4,  'Mie Sedaap Goreng',            '{mie sedap goreng,sedaap goreng,mi sedap}'::text[],        'bks', 3500, 3000, 'mie instan', 10),
  (5,  'Mie Sedaap Soto',              '{mie sedap soto,sedaap soto}'::text[],                     'bks', 3500, 2950, 'mie instan', 10),
  (6,  'Pop Mie Ayam',                 '{pop mie,popmie}'::text[],                                 'cup', 6000, 4800, 'mie instan', 5),
  (7,  'Beras Medium',                 '{beras,beras medium,beras biasa}'::text[],                 'kg', 14000, 12800, 'sembako', 10),
  (8,  'Beras Premium',                '{beras premium,beras pulen,beras wangi}'::text[],          'kg', 16500, 15000, 'sembako', 5),
  (9,  'Minyak Goreng Sania 1 L',      '{minyak goreng,minyak 1 liter,minyak sania,sania 1 liter}'::text[], 'pcs', 21000, 19500, 'sembako', 6),
  (10, 'Minyak Goreng Sania 2 L',      '{minyak 2 liter,sania 2 liter}'::text[],                   'pcs', 41000, 38500, 'sembako', 3),
  (11, 'Minyakita 1 L',                '{minyakita,minyak kita,minyak curah}'::text[],             'pcs', 17500, 15700, 'sembako', 6),
  (12, 'Gula Pasir',                   '{gula,gula pasir,gula putih}'::text[],                     'kg', 18500, 17000, 'sembako', 5),
  (13, 'Telur Ayam',                   '{telur,telor,endog,telur ayam ras}'::text[],              'kg', 30000, 28000, 'sembako', 5),
  (14, 'Tepung Terigu Segitiga Biru 1 kg', '{terigu,tepung terigu,segitiga biru,tepung}'::text[],  'pcs', 14000, 12500, 'sembako', 3),
  (15, 'Garam Dapur 250 g',            '{garam,garam dapur}'::text[],                              'bks', 3000, 2200, 'bumbu', 5),
  (16, 'Kecap Manis Bango 210 ml',     '{kecap,kecap bango,bango}'::text[],                        'pcs', 11000, 9800, 'bumbu', 4),
  (17, 'Saus Sambal ABC 135 ml',       '{saos,saus,saos abc,saus sambal,sambal abc}'::text[],      'btl', 9000, 7600, 'bumbu', 3),
  (18, 'Bawang Merah',                 '{bawang merah,brambang,bawang beureum}'::text[],           'kg', 45000, 40000, 'bumbu', 1),
  (19, 'Bawang Putih',                 '{bawang putih,bawang bodas}'::text[],                      'kg', 42000, 38000, 'bumbu', 1),
  (20, 'Cabai Rawit Merah',            '{cabe rawit,cabai rawit,cengek,cabe}'::text[],             'kg', 50000, 44000, 'bumbu', 1),
  (21, 'Rokok Surya 12',               '{surya 12,surya,rokok surya,gudang garam surya,gg surya}'::text[],                     'bks', 29000, 27500, 'rokok', 5),
  (22, 'Rokok Surya 16',               '{surya 16,surya enam belas,gudang garam surya 16,gg surya 16}'::text[],                      'bks', 38000, 36000, 'rokok', 5),
  (23, 'Sampoerna Mild 16',            '{sampoerna,sampoerna mild,samsu mild,a mild}'::text[],     'bks', 36000, 34000, 'rokok', 5),
  (24, 'Gudang Garam Filter 12',       '{gudang garam,gg filter,gg,garpit}'::text[],               'bks', 25000, 23500, 'rokok', 5),
  (25, 'Aqua 600 ml',                  '{aqua,aqua botol,aqua tanggung,air mineral}'::text[],      'btl', 4000, 3000, 'minuman', 12),
  (26, 'Aqua Gelas 220 ml',            '{aqua gelas,aqua cup,air gelas}'::text[],                  'gelas', 1000, 700, 'minuman', 24),
  (27, 'Le Minerale 600 ml',           '{le minerale,leminerale,le mineral}'::text[],              'btl', 4000, 2900, 'minuman', 12),
  (28, 'Teh Pucuk Harum 350 ml',       '{teh pucuk,pucuk,pucuk harum}'::text[],                    'btl', 4000, 3100, 'minuman', 12),
  (29, 'Coca-Cola 390 ml',             '{coca cola,coca-cola,cola,coke}'::text[],                  'btl', 6000, 4800, 'minuman', 6),
  (30, 'Kopi Kapal Api Special Mix',   '{kapal api,kopi kapal api,kopi sachet,kopi}'::text[],      'sachet', 2000, 1550, 'minuman', 20),
  (31, 'Good Day Cappuccino',          '{good day,goodday,gudday,kopi good day}'::text[],          'sachet', 2000, 1600, 'minuman', 20),
  (32, 'Energen Cokelat',              '{energen,energen coklat}'::text[],                         'sachet', 2500, 2000, 'minuman', 10),
  (33, 'Susu Kental Manis Frisian Flag Sachet', '{skm,susu kental manis,susu sachet,frisian flag}'::text[], 'sachet', 2000, 1600, 'minuman', 10),
  (34, 'Teh Celup Sariwangi 25',       '{sariwangi,teh celup,teh sariwangi}'::text[],              'kotak', 7500, 6200, 'minuman', 3),
  (35, 'Gas Elpiji 3 kg',              '{gas,elpiji,gas melon,lpg 3 kg,gas 3 kg}'::text[],         'tabung', 23000, 20000, 'kebutuhan rumah', 3),
  (36, 'Sabun Lifebuoy 70 g',          '{lifebuoy,sabun lifebuoy,sabun mandi}'::text[],            'pcs', 4500, 3700, 'kebutuhan rumah', 5),
  (37, 'Rinso Anti Noda 770 g',        '{rinso,deterjen,sabun cuci}'::text[],                      'pcs', 26000, 23000, 'kebutuhan rumah', 2),
  (38, 'Sunlight Jeruk Nipis 210 ml',  '{sunlight,sabun cuci piring,sunlight refill}'::text[],     'pcs', 6000, 5000, 'kebutuhan rumah', 4),
  (39, 'Pepsodent 75 g',               '{pepsodent,odol,pasta gigi}'::text[],                      'pcs', 8000, 6800, 'kebutuhan rumah', 3),
  (40, 'Sampo Sunsilk Sachet',         '{sunsilk,sampo,shampo,sampo sachet}'::text[],              'sachet', 1000, 750, 'kebutuhan rumah', 12),
  (41, 'Sari Roti Tawar',              '{roti,roti tawar,sari roti}'::text[],                      'bks', 18000, 16000, 'makanan', 2),
  (42, 'Chitato Sapi Panggang 68 g',   '{chitato,keripik kentang}'::text[],                        'bks', 11000, 9500, 'makanan', 3),
  (43, 'Korek Api Tokai',              '{korek,korek api,tokai,korek gas}'::text[],                'pcs', 3000, 2000, 'kebutuhan rumah', 5)
) as p(no, name, aliases, unit, sell_price, avg_cost, category, reorder_point)
on conflict (id) do nothing;

-- Opening stock: one adjustment per product at its average cost, in the books as goods bought (cost).
insert into public.stock_movements (tenant_id, product_id, qty, kind, unit_cost, cost, source_ref, note)
select 'a0000000-0000-4000-8000-000000000001', ('d0000000-0000-4000-8000-0000000000' || lpad(s.no::text, 2, '0'))::uuid,
       s.qty, 'adjustment', p.avg_cost, round(s.qty * p.avg_cost)::bigint, 'seed:opening:' || s.no, 'stok awal'
from (values
  (1, 80), (2, 40), (3, 30), (4, 40), (5, 30), (6, 24), (7, 50), (8, 25), (9, 24), (10, 12), (11, 24),
  (12, 20), (13, 15), (14, 10), (15, 20), (16, 12), (17, 10), (18, 3), (19, 2), (20, 2), (21, 20),
  (22, 20), (23, 20), (24, 20), (25, 48), (26, 96), (27, 48), (28, 36), (29, 24), (30, 100), (31, 60),
  (32, 40), (33, 50), (34, 10), (35, 10), (36, 24), (37, 6), (38, 12), (39, 8), (40, 48), (41, 6),
  (42, 10), (43, 20)
) as s(no, qty)
join public.products p on p.id = ('d0000000-0000-4000-8000-0000000000' || lpad(s.no::text, 2, '0'))::uuid
on conflict (tenant_id, source_ref) where transaction_id is null and source_ref is not null do nothing;

-- Pack units (stock stays in the base unit): how this warung buys and sells by the slop, dus, karung,
-- renteng, rak or peti, with the pack's own price where it is sold whole (Nov 2026 Bandung prices).
-- (no, pack name, size in base units, pack sell price or NULL = size × the loose price)
insert into public.product_units (tenant_id, product_id, name, size, sell_price)
select 'a0000000-0000-4000-8000-000000000001', ('d0000000-0000-4000-8000-0000000000' || lpad(u.no::text, 2, '0'))::uuid,
       u.name, u.size, u.sell_price
from (values
  (1, 'dus', 40, 128000), (2, 'dus', 40, 128000), (3, 'dus', 40, 128000), (4, 'dus', 40, 126000), (5, 'dus', 40, 126000),
  (6, 'dus', 24, 132000),
  (7, 'karung', 50, 680000), (8, 'karung', 25, 400000), (12, 'karung', 50, null),
  (9, 'dus', 12, 245000), (10, 'dus', 6, 240000), (11, 'dus', 12, 204000), (14, 'bal', 12, 162000),
  -- Eggs are sold by the kg here: a rak of 30 butir is about 1.875 kg (16 butir a kg), a peti 15 kg.
  (13, 'rak', 1.875, 56000), (13, 'peti', 15, null),
  (21, 'slop', 10, 280000), (22, 'slop', 10, 370000), (23, 'slop', 10, 350000), (24, 'slop', 10, 240000),
  (25, 'dus', 24, 84000), (26, 'dus', 48, 38000), (27, 'dus', 24, 80000), (28, 'dus', 24, 85000), (29, 'dus', 12, 66000),
  (30, 'renteng', 10, 19000), (31, 'renteng', 10, 19000), (32, 'renteng', 10, 24000), (33, 'renteng', 6, 11500),
  (40, 'renteng', 12, 11000), (43, 'pak', 50, 135000)
) as u(no, name, size, sell_price)
on conflict (tenant_id, product_id, name) do nothing;
