// Loads a prompt from prompts/<name>.md and fills its {{variables}}. Each prompt's variables are
// declared below, so a caller that forgets one fails to type-check, and a template that uses an
// undeclared one fails at load time.
import { readFileSync } from 'node:fs';

export const promptVariables = {
  'extract-frame': ['now', 'timezone', 'products'],
  'transcribe-voice': ['language', 'hints'],
  'negotiation-phrase': ['kind', 'draft'],
  'promo-text': ['warung', 'draft'],
} as const;

export type PromptName = keyof typeof promptVariables;
export type PromptVars<N extends PromptName> = Record<(typeof promptVariables)[N][number], string>;

const templates = new Map<PromptName, string>();

function template(name: PromptName): string {
  let text = templates.get(name);
  if (text === undefined) {
    const raw = readFileSync(new URL(`./${name}.md`, import.meta.url), 'utf8');
    // The leading HTML comment documents the prompt for people; the model does not need it.
    text = raw.replace(/^\s*<!--[\s\S]*?-->\s*/, '').trim();
    templates.set(name, text);
  }
  return text;
}

/** Fills `{{name}}` placeholders in one pass, so a value that itself contains "{{x}}" stays as typed. */
export function fillTemplate(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g, (_, key: string) => {
    const value = Object.hasOwn(vars, key) ? vars[key] : undefined;
    if (value === undefined) throw new Error(`prompt variable {{${key}}} has no value`);
    return value;
  });
}

export function loadPrompt<N extends PromptName>(name: N, vars: PromptVars<N>): string {
  const values: Record<string, string> = { ...vars };
  for (const key of promptVariables[name]) {
    if (typeof values[key] !== 'string') throw new Error(`prompt ${name}: missing variable {{${key}}}`);
  }
  try {
    return fillTemplate(template(name), values);
  } catch (err) {
    throw new Error(`prompt ${name}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
