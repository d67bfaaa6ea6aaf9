import { describe, expect, it } from 'vitest';
import { fillTemplate, loadPrompt } from './load.ts';

describe('loadPrompt', () => {
  it('fills every variable of extract-frame and leaves no placeholder or header comment', () => {
    const text = loadPrompt('extract-frame', {
      now: '2026-11-21T10:00:00+07:00',
      timezone: 'Asia/Jakarta',
      products: '- indomie goreng\n- beras 5kg',
    });
    expect(text).toContain('Now: 2026-11-21T10:00:00+07:00 (time zone Asia/Jakarta)');
    expect(text).toContain('- indomie goreng\n- beras 5kg');
    expect(text).not.toMatch(/\{\{|<!--/);
  });

  it('throws on a missing variable', () => {
    // @ts-expect-error -- the type also catches the missing variable
    expect(() => loadPrompt('transcribe-voice', { language: 'id' })).toThrow(/missing variable \{\{hints\}\}/);
  });

  it('inserts values literally, without expanding placeholders inside them', () => {
    const text = loadPrompt('transcribe-voice', { language: 'id', hints: 'gula {{language}}, $& kopi' });
    expect(text).toContain('gula {{language}}, $& kopi');
  });
});

describe('fillTemplate', () => {
  it('throws when the template uses a variable with no value', () => {
    expect(() => fillTemplate('a {{x}} b {{ y }}', { x: '1' })).toThrow(/\{\{y\}\}/);
    expect(fillTemplate('a {{x}} b {{ y }}', { x: '1', y: '2' })).toBe('a 1 b 2');
  });

  it('does not read inherited properties as values', () => {
    expect(() => fillTemplate('{{constructor}}', {})).toThrow(/constructor/);
  });
});
