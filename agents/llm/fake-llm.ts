// The Llm fake for tests: answers from a function, and checks its own answer like a real adapter.
import { frameSchema, type Frame } from '../../core/frame.ts';
import type { ExtractFrameInput, Llm } from '../../core/ports/llm.ts';

export class FakeLlm implements Llm {
  readonly name = 'fake';
  readonly calls: ExtractFrameInput[] = [];
  private readonly answer: (input: ExtractFrameInput) => Frame | Promise<Frame>;

  constructor(answer: (input: ExtractFrameInput) => Frame | Promise<Frame>) {
    this.answer = answer;
  }

  async extractFrame(input: ExtractFrameInput): Promise<Frame> {
    this.calls.push(input);
    return frameSchema.parse(await this.answer(input));
  }
}

/** A frame with every field empty; spread it and set what a test needs. */
export const emptyFrame: Frame = {
  intent: 'unknown', items: [], amount: null, counterparty: null, direction: null, category: null,
  date: null, period: null, max_unit_price: null, payment: null,
};
