// Owner tries of the twenty-sixth session: each message booked a wrong number or was not understood before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const now = new Date('2026-12-06T10:00:00+07:00');
const reads = readsAt(now);

describe('owner tries (twenty-sixth session): questions', () => {
  // Asked for an amount and a name, as a new debt of the warung's.
  it('"utang saya ke supplier" asks the debts to suppliers', () => {
    reads('utang saya ke supplier', { intent: 'debt_query', direction: 'payable', amount: null });
    reads('hutang ke agen', { intent: 'debt_query', direction: 'payable' });
    reads('utangku nang agen piro', { intent: 'debt_query', direction: 'payable' });
    // With money or a name it is still a new debt.
    reads('utang ke supplier 50rb', { intent: 'debt_add', direction: 'payable', amount: 50000 });
    reads('utang ke agen berkah 200rb', { intent: 'debt_add', counterparty: 'agen berkah', amount: 200000 });
  });
});
