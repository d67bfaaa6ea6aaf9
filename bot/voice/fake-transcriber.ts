// The Transcriber fake for tests: records what it was given and answers from a script.
import type { TranscribeInput, Transcriber } from '../../core/ports/transcriber.ts';

export class FakeTranscriber implements Transcriber {
  readonly name = 'fake';
  readonly wantsWav: boolean;
  readonly calls: TranscribeInput[] = [];
  private readonly answer: (input: TranscribeInput) => string | Promise<string>;

  constructor(answer: string | ((input: TranscribeInput) => string | Promise<string>), opts: { wantsWav?: boolean } = {}) {
    this.answer = typeof answer === 'string' ? () => answer : answer;
    this.wantsWav = opts.wantsWav ?? false;
  }

  async transcribe(input: TranscribeInput): Promise<{ text: string }> {
    this.calls.push(input);
    return { text: await this.answer(input) };
  }
}
