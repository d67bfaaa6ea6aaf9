// The JSON schema the LLMs must answer in, derived from the zod frame schema (core/frame.ts), so the
// two can never drift apart.
import { z } from 'zod';
import { frameSchema } from '../../core/frame.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// zod writes MAX_SAFE_INTEGER as the maximum of every .int(); it says nothing and costs tokens.
// Optional properties become required (see below).
function tidy(node: Json): Json {
  if (Array.isArray(node)) return node.map(tidy);
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema') continue;
    if (key === 'maximum' && value === Number.MAX_SAFE_INTEGER) continue;
    out[key] = tidy(value);
  }
  // Strict structured output wants every property required; the frame's optional extensions are
  // nullable, so the model answers null for what it did not find.
  const props = out.properties;
  if (props && typeof props === 'object' && !Array.isArray(props)) out.required = Object.keys(props);
  return out;
}

const jsonSchema = z.toJSONSchema(frameSchema);

/**
 * Plain JSON Schema (2020-12 subset): nullable fields as `type: [x, "null"]` / `anyOf`, every property
 * required, `additionalProperties: false`. That is what OpenAI's strict json_schema mode needs, and
 * what Gemini takes as `responseJsonSchema`.
 */
export const frameJsonSchema: { [key: string]: Json } = (() => {
  const out = tidy(JSON.parse(JSON.stringify(jsonSchema)));
  if (out === null || typeof out !== 'object' || Array.isArray(out)) throw new Error('frame schema is not an object');
  return out;
})();
