// Any address the dashboard does not have (a mistyped link, an old bookmark): said in Indonesian, with the way back
// (Next's own page said "This page could not be found.").
export default function NotFound() {
  return (
    <main className="login-page">
      <h1>Halaman tidak ada</h1>
      <p className="tagline">Alamat ini tidak ada di Juragan. Mungkin salah ketik, atau halamannya sudah dipindah.</p>
      <p><a href="/">Kembali ke halaman utama</a></p>
    </main>
  );
}
