'use client';
// A page that failed while drawing (a helper's cashier saw Next's English "This page couldn't load" once right after the
// PIN, with no way back): said in Indonesian, with a retry and the way back. What the cashier sold stays on the device.
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="login-page">
      <h1>Halaman gagal dimuat</h1>
      <p className="tagline">Coba lagi, Kak. Penjualan yang sudah tersimpan di perangkat tidak hilang.</p>
      <p><button type="button" onClick={() => reset()}>Coba lagi</button></p>
      <p><a href="/">Kembali ke halaman utama</a></p>
    </main>
  );
}
