import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../../core/db/testing.ts';
import { withService } from '../../../core/db/tenant.ts';
import { identifySender } from './identify.ts';
import { CASHIER, DEMO_TENANT, OWNER, SUPPLIER } from '../testing.ts';

describe.each(dbKinds)('identifySender on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
    await withService(db, async (tx) => {
      await tx.query(`update members set wa_lid = '12345@lid' where phone = $1`, [CASHIER]);
      await tx.query(`insert into members (tenant_id, phone, name, role, active) values ($1, '+6281200000099', 'Mantan', 'cashier', false)`, [DEMO_TENANT]);
    });
  });
  afterAll(() => db.close());

  const who = (senderPhone: string | null, senderAddress: string | null = null) =>
    withService(db, (tx) => identifySender(tx, { channel: 'simulator', senderPhone, senderAddress }));

  it.each([
    ['owner by phone', OWNER, null, { kind: 'member', role: 'owner', tenantId: DEMO_TENANT, name: 'Bu Sri' }],
    ['cashier by phone', CASHIER, null, { kind: 'member', role: 'cashier', tenantId: DEMO_TENANT }],
    ['owner by a phone written without +', '6281200000001', null, { kind: 'member', role: 'owner', phone: OWNER }],
    ['owner by a phone written locally', '081200000001', null, { kind: 'member', role: 'owner', phone: OWNER }],
    ['cashier by LID when the phone is hidden', null, '12345@lid', { kind: 'member', role: 'cashier', phone: CASHIER }],
    ['supplier contact', SUPPLIER, null, { kind: 'supplier', tenantId: DEMO_TENANT, name: 'Toko Makmur' }],
    ['stranger', '+6281999999999', null, { kind: 'unknown', phone: '+6281999999999' }],
    ['removed cashier is a stranger again', '+6281200000099', null, { kind: 'unknown' }],
    ['nothing known', null, null, { kind: 'unknown', phone: null }],
  ])('%s', async (_name, phone, address, want) => {
    expect(await who(phone, address)).toMatchObject(want);
  });

  it('gives a member the tenant name and zone', async () => {
    const s = await who(OWNER);
    expect(s.kind === 'member' && s.tenant).toEqual({ id: DEMO_TENANT, name: 'Warung Bu Sri', timezone: 'Asia/Jakarta' });
  });
});
