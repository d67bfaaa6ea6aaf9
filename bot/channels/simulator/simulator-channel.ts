// The simulator: a chat channel inside Juragan itself, the default when no WhatsApp account is
// linked and the one tests use. "Sending" a reply makes it visible to GET /api/simulator/replies;
// an in-process event wakes long polls and streams at once (other processes poll the table).
import { EventEmitter } from 'node:events';
import type { Channel, ChannelState, OutboundMessage } from '../../../core/ports/channel.ts';

export class SimulatorChannel implements Channel {
  readonly name = 'simulator' as const;
  readonly account = 'sim';
  readonly events = new EventEmitter().setMaxListeners(0);
  private readonly typing = new Map<string, boolean>();

  async send(message: OutboundMessage): Promise<string> {
    return `sim-${message.id}`;
  }

  /** The row is now visible to readers: wake the long polls and streams of this chat. */
  afterSent(message: OutboundMessage): void {
    this.events.emit(`reply:${message.chat}`);
  }

  async setTyping(chat: string, typing: boolean): Promise<void> {
    this.typing.set(chat, typing);
    this.events.emit(`typing:${chat}`, typing);
  }

  isTyping(chat: string): boolean {
    return this.typing.get(chat) ?? false;
  }

  state(): { state: ChannelState } {
    return { state: 'ready' };
  }

  async stop(): Promise<void> {
    this.events.removeAllListeners();
  }
}
