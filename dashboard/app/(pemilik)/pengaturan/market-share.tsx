// Pengaturan's "Harga warung sekitar": whether this warung's purchases count in the anonymous network
// prices (tenants.market_share). The owner switches it (server/market-routes.ts); staff only see it.
import { ApiForm } from '../../../components/api-form.tsx';
import { marketShare } from '../../../lib/queries/harga-pasar.ts';
import type { Session } from '../../../lib/session.ts';
import { webContext } from '../../../lib/web.ts';

export async function MarketShare({ session }: { session: Session }) {
  const on = await marketShare(webContext().db, session);
  return (
    <section className="card" data-testid="market-share" data-share={on ? 'on' : 'off'}>
      <h2>Harga warung sekitar</h2>
      <p>{on
        ? 'Harga beli warung Anda ikut dihitung dalam median harga warung Juragan di kota Anda, tanpa nama warung atau pemasok, dan hanya bila minimal 3 warung ikut.'
        : 'Harga beli warung Anda tidak dibagikan. Anda tetap melihat median harga warung lain.'}</p>
      {session.role === 'owner' ? (
        <ApiForm action="/api/pengaturan/harga-jaringan" submit={on ? 'Berhenti berbagi' : 'Ikut berbagi'} reset={false}
          confirm={on ? 'Berhenti berbagi? Harga beli yang sudah dibagikan ikut dihapus.' : undefined}>
          <input type="hidden" name="share" value={on ? 'off' : 'on'} />
        </ApiForm>
      ) : <p className="hint">Hanya pemilik yang bisa mengubahnya.</p>}
    </section>
  );
}
