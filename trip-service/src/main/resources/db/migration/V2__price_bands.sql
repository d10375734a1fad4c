-- Popular axes with their price floor and ceiling per seat (XOF). Admins edit them through
-- PUT /internal/price-bands/{id} (admin-service). Ends: city centres, ST_MakePoint(lon, lat).
INSERT INTO price_bands (id, name, a_label, a_point, b_label, b_point, radius_km, floor, ceiling) VALUES
  ('5e1f0000-0000-4000-8000-000000000001', 'abidjan-yamoussoukro',
   'Abidjan', ST_MakePoint(-4.0205, 5.3257)::geography, 'Yamoussoukro', ST_MakePoint(-5.2893, 6.8276)::geography, 30, 3000, 9000),
  ('5e1f0000-0000-4000-8000-000000000002', 'abidjan-bouake',
   'Abidjan', ST_MakePoint(-4.0205, 5.3257)::geography, 'Bouaké', ST_MakePoint(-5.0301, 7.6906)::geography, 30, 4000, 14000),
  ('5e1f0000-0000-4000-8000-000000000003', 'abidjan-san-pedro',
   'Abidjan', ST_MakePoint(-4.0205, 5.3257)::geography, 'San-Pédro', ST_MakePoint(-6.6363, 4.7485)::geography, 30, 4000, 14000),
  ('5e1f0000-0000-4000-8000-000000000004', 'abidjan-korhogo',
   'Abidjan', ST_MakePoint(-4.0205, 5.3257)::geography, 'Korhogo', ST_MakePoint(-5.6296, 9.4580)::geography, 30, 7000, 22000),
  ('5e1f0000-0000-4000-8000-000000000005', 'yamoussoukro-bouake',
   'Yamoussoukro', ST_MakePoint(-5.2893, 6.8276)::geography, 'Bouaké', ST_MakePoint(-5.0301, 7.6906)::geography, 30, 1500, 6000);
