// Counterparties: "bu sri" → the customer contact Bu Sri; a new name on a credit sale or a debt
// becomes a new contact so the debt has someone to belong to.
import { prepared, type Tx } from '../../core/db/tenant.ts';
import { decideMatch } from './match-product.ts';
import { titleCase } from './resolve-items.ts';

export type ContactKind = 'customer' | 'supplier';

export async function resolveContact(
  tx: Tx, tenantId: string, name: string, opts: { kind: ContactKind; create: boolean },
): Promise<string | null> {
  const { rows } = await prepared<{ id: string; name: string; aliases: string[] | null; kind: string }>(tx,
    `select id, name, aliases, kind from public.contacts where tenant_id = $1 and active`,
    [tenantId],
  );
  const people = rows.map((r) => ({ id: r.id, name: r.name, aliases: r.aliases ?? [], kind: r.kind }));
  // Prefer the expected kind ("toko makmur" as a supplier), then anyone.
  for (const pool of [people.filter((p) => p.kind === opts.kind), people]) {
    const found = decideMatch(name, pool);
    if (found.kind === 'match') return found.item.id;
    if (found.kind === 'ambiguous') return found.choices[0].id;
  }
  if (!opts.create) return null;
  const created = await prepared<{ id: string }>(tx,
    `insert into public.contacts (tenant_id, kind, name, aliases) values ($1, $2, $3, $4) returning id`,
    [tenantId, opts.kind, titleCase(name), [name.toLowerCase().trim()]],
  );
  return created.rows[0].id;
}
