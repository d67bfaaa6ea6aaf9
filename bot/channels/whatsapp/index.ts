// The WhatsApp channel's entry point for bot/app.ts: one call builds the gateway from the config.
import type { Config } from '../../../core/config.ts';
import type { Db } from '../../../core/db/open.ts';
import type { Logger } from '../../../core/logger.ts';
import type { InboundMessage } from '../../../core/ports/channel.ts';
import type { MediaStore } from '../../../core/ports/media-store.ts';
import { WhatsAppGateway } from './gateway.ts';

export { WhatsAppGateway } from './gateway.ts';
export { renderLinkPage } from './link-page.ts';

export interface WhatsAppWiring {
  config: Pick<Config, 'WHATSAPP_PAIRING_PHONE' | 'WHATSAPP_BACKLOG_MAX_AGE_S' | 'WHATSAPP_SEND_PER_MINUTE'>;
  db: Db;
  logger: Logger;
  mediaStore: MediaStore;
  /** The pipeline's ingest: writes the inbox (deduplicated) and queues the chat. */
  ingest: (msg: InboundMessage, opts: { answer: boolean }) => Promise<unknown>;
  /** Which linked account; one gateway process per account. */
  account?: string;
}

export function createWhatsAppChannel(w: WhatsAppWiring): WhatsAppGateway {
  return new WhatsAppGateway({
    db: w.db,
    account: w.account ?? 'default',
    logger: w.logger,
    mediaStore: w.mediaStore,
    // Offline backlog is recorded (answer: false) but not answered hours late.
    onInbound: async (msg, { backlog }) => void (await w.ingest(msg, { answer: !backlog })),
    pairingPhone: w.config.WHATSAPP_PAIRING_PHONE,
    backlogMaxAgeS: w.config.WHATSAPP_BACKLOG_MAX_AGE_S,
    sendPerMinute: w.config.WHATSAPP_SEND_PER_MINUTE,
  });
}
