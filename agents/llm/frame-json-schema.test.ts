import { describe, expect, it } from 'vitest';
import { frameSchema } from '../../core/frame.ts';
import { emptyFrame, FakeLlm } from './fake-llm.ts';
import { frameJsonSchema } from './frame-json-schema.ts';

type Node = { [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

// Every object schema below the root, so each can be checked against OpenAI's strict-mode rules.
function objectsIn(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => objectsIn(n, out));
  else if (isNode(node)) {
    if (node.type === 'object') out.push(node);
    Object.values(node).forEach((v) => objectsIn(v, out));
  }
  return out;
}

describe('frameJsonSchema', () => {
  it('follows strict structured-output rules: every property required, no extra properties', () => {
    const objects = objectsIn(frameJsonSchema);
    expect(objects.length).toBe(4); // the frame, its item, a report's range of days and a split payment
    for (const obj of objects) {
      expect(obj.additionalProperties).toBe(false);
      expect(isNode(obj.properties)).toBe(true);
      expect(obj.required).toEqual(Object.keys(isNode(obj.properties) ? obj.properties : {}));
    }
  });

  it('names the same fields and intents as the zod schema, without $schema or MAX_SAFE_INTEGER', () => {
    expect(Object.keys(isNode(frameJsonSchema.properties) ? frameJsonSchema.properties : {})).toEqual(Object.keys(frameSchema.shape));
    const text = JSON.stringify(frameJsonSchema);
    expect(text).not.toContain('$schema');
    expect(text).not.toContain(String(Number.MAX_SAFE_INTEGER));
    expect(text).toContain('"market_price"');
  });
});

describe('FakeLlm', () => {
  it('records calls and validates what it returns like a real adapter', async () => {
    const llm = new FakeLlm((input) => ({ ...emptyFrame, intent: input.text === 'pagi' ? 'greeting' : 'unknown' }));
    expect((await llm.extractFrame({ text: 'pagi', now: '2026-11-21T08:00:00+07:00', products: [] })).intent).toBe('greeting');
    expect(llm.calls).toHaveLength(1);
    const bad = new FakeLlm(() => ({ ...emptyFrame, amount: -5 }));
    await expect(bad.extractFrame({ text: 'x', now: '2026-11-21T08:00:00+07:00', products: [] })).rejects.toThrow();
  });
});
