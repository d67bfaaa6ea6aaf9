-- The market tables (20261201080000–080600) met the least-privilege batch (20261201099000) at the merge.
-- That batch declares every tenant table read-only for its tenant; two market tables need otherwise.

-- market_observations: anonymous network purchases. No tenant reads rows, not even its own: only the
-- aggregates of market_network_price / market_network_spike (SECURITY DEFINER, k-anonymous) reach a
-- tenant session. Written by triggers as their owner.
drop policy if exists tenant_isolation on public.market_observations;
revoke all on public.market_observations from authenticated;

-- market_alerts: a warung's own "said once a week" log of price alerts. The supplier-quote alert is
-- noted in the same transaction as the owner's message, as that tenant; the row only silences the
-- tenant's own next alert on the subject, so direct inserts of its own rows are harmless.
select internal.tenant_writable('public.market_alerts', array['insert']);
grant usage on sequence public.market_alerts_id_seq to authenticated;

-- tenants.market_share: opting out of the network is the owner's setting, like the others.
grant update (market_share) on public.tenants to authenticated;
