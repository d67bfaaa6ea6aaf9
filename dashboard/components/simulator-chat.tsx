'use client';
// The simulator's chat: pick a persona, send messages through the simulator API, read Juragan's
// replies from its event stream (typing shown too).
import { useEffect, useRef, useState, type FormEvent } from 'react';

const personas = [
  { key: 'owner', label: 'Bu Sri (pemilik)', phone: '+6281200000001' },
  { key: 'cashier', label: 'Mbak Dewi (kasir)', phone: '+6281200000002' },
  { key: 'supplier1', label: 'Toko Makmur (pemasok)', phone: '+6281300000001' },
  { key: 'supplier2', label: 'UD Sinar Jaya (pemasok)', phone: '+6281300000002' },
  { key: 'new', label: 'Nomor baru', phone: '' },
];

interface Line { id: string; text: string; mine: boolean }

function newcomerPhone(): string {
  const saved = localStorage.getItem('juragan-sim-new');
  if (saved) return saved;
  const phone = `+62811${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  localStorage.setItem('juragan-sim-new', phone);
  return phone;
}

export function SimulatorChat() {
  const [persona, setPersona] = useState('owner');
  const [phone, setPhone] = useState(personas[0]!.phone);
  const [lines, setLines] = useState<Line[]>([]);
  const [typing, setTyping] = useState(false);
  const [text, setText] = useState('');
  const end = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const p = personas.find((x) => x.key === persona)!;
    setPhone(p.phone || newcomerPhone());
  }, [persona]);

  useEffect(() => {
    let source: EventSource | undefined;
    let closed = false;
    setLines([]);
    const open = async () => {
      const res = await fetch(`/api/simulator/replies?to=${encodeURIComponent(phone)}`);
      const page = (await res.json()) as { replies: { id: string; text: string }[]; cursor: string | null };
      if (closed) return;
      setLines(page.replies.map((r) => ({ id: r.id, text: r.text, mine: false })));
      source = new EventSource(`/api/simulator/stream?to=${encodeURIComponent(phone)}${page.cursor ? `&after=${encodeURIComponent(page.cursor)}` : ''}`);
      source.addEventListener('reply', (e) => {
        const r = JSON.parse((e as MessageEvent).data) as { id: string; text: string };
        setLines((ls) => (ls.some((l) => l.id === r.id) ? ls : [...ls, { id: r.id, text: r.text, mine: false }]));
      });
      source.addEventListener('typing', (e) => setTyping((JSON.parse((e as MessageEvent).data) as { typing: boolean }).typing));
    };
    void open();
    return () => {
      closed = true;
      source?.close();
    };
  }, [phone]);

  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [lines, typing]);

  async function send(e: FormEvent) {
    e.preventDefault();
    const body = text.trim();
    if (!body) return;
    setText('');
    const id = crypto.randomUUID();
    setLines((ls) => [...ls, { id, text: body, mine: true }]);
    await fetch('/api/simulator/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: phone, text: body, id }) });
  }

  return (
    <div className="card">
      <label htmlFor="persona">Saya</label>
      <select id="persona" value={persona} onChange={(e) => setPersona(e.target.value)}>
        {personas.map((p) => <option key={p.key} value={p.key}>{p.label}</option>)}
      </select>
      <p className="hint">Nomor: {phone}</p>
      <div className="chat sim-log" aria-live="polite" data-testid="sim-log">
        {lines.map((l) => <div key={l.id} className={`bubble ${l.mine ? 'out' : 'in'}`}>{l.text}</div>)}
        {typing && <div className="bubble in muted">Juragan sedang mengetik…</div>}
        <div ref={end} />
      </div>
      <form onSubmit={send} className="row-actions">
        <input aria-label="Pesan" value={text} onChange={(e) => setText(e.target.value)} placeholder="Ketik pesan…" style={{ flex: 1 }} />
        <button type="submit">Kirim</button>
      </form>
    </div>
  );
}
