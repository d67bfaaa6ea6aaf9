// Every conversation script, in the order they run (they share one app per stack; each script
// works in its own tenant unless it says 'demo').
import { bookingScripts } from './bookings.ts';
import { priceScripts } from './prices.ts';
import { moneyScripts } from './money.ts';
import { stockScripts } from './stock.ts';
import { echoDirectionScripts } from './echo-direction.ts';
import { interruptionScripts } from './interruptions.ts';
import { peopleScripts } from './people.ts';
import { questionScripts } from './questions.ts';
import { reportScripts } from './reports.ts';
import { reviewScripts } from './review.ts';
import { dayReviewScripts } from './day-review.ts';
import type { Script } from './types.ts';
import { undoScripts } from './undo.ts';
import { correctionScripts } from './corrections.ts';
import { saidCorrectionScripts } from './corrections-said.ts';
import { paidCorrectionScripts } from './corrections-paid.ts';
import { paidPartsScripts } from './paid-parts.ts';
import { laterCorrectionScripts } from './corrections-later.ts';
import { namedBackScripts } from './corrections-named-back.ts';
import { saidAgainScripts } from './corrections-said-again.ts';
import { numberedCorrectionScripts } from './corrections-numbered.ts';
import { countBackScripts } from './corrections-count-back.ts';
import { tabMovedScripts } from './corrections-tab-moved.ts';
import { roundTwoScripts } from './corrections-round-two.ts';
import { roundThreeScripts } from './corrections-round-three.ts';
import { roundFourScripts } from './corrections-round-four.ts';
import { roundFiveScripts } from './corrections-round-five.ts';
import { ownerTries42Scripts } from './owner-tries-42.ts';
import { ownerTries43Scripts } from './owner-tries-43.ts';
import { continuedScripts } from './continued.ts';
import { unitScripts } from './units.ts';

export const allScripts: Script[] = [...bookingScripts, ...continuedScripts, ...priceScripts, ...moneyScripts, ...stockScripts, ...questionScripts, ...interruptionScripts, ...echoDirectionScripts, ...undoScripts, ...correctionScripts, ...saidCorrectionScripts, ...paidCorrectionScripts, ...laterCorrectionScripts, ...namedBackScripts, ...saidAgainScripts, ...numberedCorrectionScripts, ...countBackScripts, ...tabMovedScripts, ...roundTwoScripts, ...roundThreeScripts, ...roundFourScripts, ...roundFiveScripts, ...ownerTries42Scripts, ...ownerTries43Scripts, ...paidPartsScripts, ...reviewScripts, ...dayReviewScripts, ...unitScripts, ...peopleScripts, ...reportScripts];
