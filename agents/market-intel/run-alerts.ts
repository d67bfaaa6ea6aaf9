// The periodic alert check for one warung: spikes (official, then network) and below-cost prices, fresh ones only (one per
// subject per week), never in quiet hours (21:00–07:00 in the warung's zone). Returns the texts to send
// to its owners; recording and sending happen in the caller's transaction.
import type { Tx } from '../../core/db/tenant.ts';
import type { TenantZone } from '../../core/format.ts';
import { belowCostAlerts, networkSpikeAlerts, quietHours, spikeAlerts, takeFresh, type Alert } from './alerts.ts';
import { tenantRegion } from './region.ts';

export async function alertsFor(tx: Tx, tenant: { id: string; timezone: TenantZone }, now: Date): Promise<Alert[]> {
  if (quietHours(now, tenant.timezone)) return [];
  const region = await tenantRegion(tx, tenant.id);
  const official = await spikeAlerts(tx, tenant.id, region, now);
  const network = await networkSpikeAlerts(tx, tenant.id, region, now, new Set(official.map((a) => a.subject)));
  const found = [...official, ...network, ...(await belowCostAlerts(tx, tenant.id))];
  return takeFresh(tx, tenant.id, found, now);
}
