import { describe, expect, it } from 'vitest';
import { renderQr, pairingDigits } from './link.ts';
import { renderLinkPage } from './link-page.ts';

describe('linking', () => {
  it('renders the QR for the terminal and as a PNG data URL', async () => {
    const printed: string[] = [];
    const info = await renderQr('2@AbCdEf,ghIJ,klMN,opQR', (t) => void printed.push(t));
    expect(info.dataUrl).toMatch(/^data:image\/png;base64,/);
    expect(Buffer.from(info.dataUrl.split(',')[1]!, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(printed[0]).toMatch(/[▀▄█]/); // small terminal QR uses half blocks
  });

  it.each([
    ['+62 812-0000-0001', '6281200000001'],
    ['0812 0000 0001', '6281200000001'],
    ['6281200000001', '6281200000001'],
  ])('pairing digits %s → %s', (input, digits) => expect(pairingDigits(input)).toBe(digits));

  it('the link page shows the QR, the pairing code, or the state, escaped', async () => {
    const qr = await renderQr('x', () => {});
    expect(renderLinkPage({ state: { state: 'connecting' }, qr, pairingCode: null })).toContain(`src="${qr.dataUrl}"`);
    expect(renderLinkPage({ state: { state: 'connecting' }, qr: null, pairingCode: 'JRGN2026' })).toContain('JRGN2026');
    expect(renderLinkPage({ state: { state: 'connected' }, qr, pairingCode: null })).toContain('sudah tersambung');
    const page = renderLinkPage({ state: { state: 'logged_out', detail: '<script>x</script>' }, qr: null, pairingCode: null });
    expect(page).not.toContain('<script>');
  });
});
