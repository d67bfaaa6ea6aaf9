// `npm run build:dashboard`: the dashboard's production build now (npm start would make it on first
// start otherwise); nothing to do when the sources did not change.
import { createLogger } from '../../core/logger.ts';
import { ensureBuilt } from './build.ts';

const r = await ensureBuilt(createLogger('warn'));
console.log(`dashboard build ${r.built ? 'made' : 'up to date'} (${(r.ms / 1000).toFixed(1)} s)`);
