-- The costing batch (20261201010000–010300) met the least-privilege batch (20261201099000) at the merge:
-- its new writer is declared like the others (SECURITY DEFINER, tenant from the claims).
select internal.secure_function('public.void_stock_movement(uuid, bigint, text, text)'::regprocedure);
