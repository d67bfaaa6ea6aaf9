// Harga pasar: the commodity picker, one commodity's history (chart) and its latest figures (table), as
// the member. The latest figures are market_price_view, the same call as the chat's price answer.
import { z } from 'zod';
import type { Db } from '../../../core/db/open.ts';
import { withActor } from '../../../core/db/tenant.ts';
import { actorOf, type Session } from '../session.ts';

const date = z.union([z.string(), z.date()]).transform((v) => new Date(v));
const publisher = z.enum(['bapanas', 'bi_pihps']);

const choiceRow = z.object({ commodity: z.string(), unit: z.string(), own: z.boolean(), latest_official: date.nullable() });
export type Choice = z.infer<typeof choiceRow>;

const historySchema = z.object({
  commodity: z.string(), unit: z.string(), regency: z.string().nullable(), province: z.string().nullable(), end: date, days: z.number(),
  official: z.array(z.object({ at: date, price: z.number(), unit: z.string(), publisher, region: z.string() })),
  network: z.array(z.object({ week_start: z.string(), price: z.number(), warungs: z.number(), scope: z.enum(['city', 'province']), region: z.string() })),
  own: z.array(z.object({ at: date, price: z.number(), unit: z.string(), product: z.string() })),
});
export type History = z.infer<typeof historySchema>;

const latestSchema = z.array(z.object({
  commodity: z.string(), unit: z.string(),
  official: z.object({ price: z.number(), unit: z.string(), at: date, publisher, region: z.string(), week_ago: z.number().nullable(), month_ago: z.number().nullable() }).nullable(),
  network: z.object({ scope: z.enum(['city', 'province']), region: z.string(), window_days: z.number(), warungs: z.number(), median: z.number(), min_price: z.number(), max_price: z.number() }).nullable(),
  quotes: z.array(z.object({ supplier: z.string(), price: z.number(), unit: z.string(), at: date })),
  own: z.object({ product: z.string(), unit: z.string(), sell_price: z.number().nullable(), paid: z.number().nullable(), paid_at: date.nullable() }).nullable(),
}));
export type Latest = z.infer<typeof latestSchema>[number];

export interface HargaPasar { choices: Choice[]; commodity: string | null; history: History | null; latest: Latest | null; regionKnown: boolean }

/** Everything the page shows for one commodity (the first of the picker when none or an unknown one is asked). */
export async function loadHargaPasar(db: Db, s: Session, asked: string | undefined, days: number): Promise<HargaPasar> {
  return withActor(db, actorOf(s), async (tx) => {
    const choices = z.array(choiceRow).parse((await tx.query(`select * from market_commodity_choices($1)`, [s.tenantId])).rows);
    const commodity = choices.find((c) => c.commodity === asked)?.commodity ?? choices[0]?.commodity ?? null;
    if (!commodity) return { choices, commodity, history: null, latest: null, regionKnown: false };
    const history = historySchema.parse((await tx.query(`select market_price_history($1, $2, null, $3) as h`, [commodity, days, s.tenantId])).rows[0]?.h);
    const latest = latestSchema.parse((await tx.query(`select market_price_view($1, $2, $3, null, $4) as v`,
      [[commodity], history.regency, history.province, s.tenantId])).rows[0]?.v)[0] ?? null;
    return { choices, commodity, history, latest, regionKnown: Boolean(history.regency || history.province) };
  });
}

/** Whether the warung's purchases feed the anonymous network prices (tenants.market_share). */
export async function marketShare(db: Db, s: Session): Promise<boolean> {
  return withActor(db, actorOf(s), async (tx) =>
    z.boolean().parse((await tx.query(`select market_share from tenants where id = $1`, [s.tenantId])).rows[0]?.market_share));
}
