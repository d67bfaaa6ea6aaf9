// Frame extraction by an LLM, used only when the rule parser is unsure. Adapters live in agents/llm.
import type { Frame } from '../frame.ts';

export interface ExtractFrameInput {
  /** The person's message, passed to the model as data, never as instructions. */
  text: string;
  /** ISO-8601 "now" with the tenant's offset, to resolve dates. */
  now: string;
  /** Product names of the tenant's catalogue, to help the model spell them. */
  products: string[];
}

export interface Llm {
  readonly name: string;
  extractFrame(input: ExtractFrameInput): Promise<Frame>;
  writeText?(prompt: string): Promise<string>;
}
