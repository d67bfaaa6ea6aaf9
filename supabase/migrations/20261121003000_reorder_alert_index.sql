-- The reorder alert check (agents/inventory/reorder-alert.ts) runs after every sale and looks up the
-- last 'stock.reorder_alert' row of each product sold. audit_log also gets a row for every posted
-- transaction, so without this index that lookup reads the tenant's whole audit history.
create index if not exists audit_log_reorder_alert_idx on public.audit_log (tenant_id, entity_id, id desc)
  where action = 'stock.reorder_alert';
comment on index public.audit_log_reorder_alert_idx is 'Last reorder alert per product (agents/inventory/reorder-alert.ts).';
