// The soak with faults (issue 14): Juragan split into a gateway, two workers and a web process on its
// own PostgreSQL and Redis (temporary, on free ports; the machine's shared ones are never touched),
// simulated owners, cashiers and suppliers sending at a fixed rate, while a worker is kill -9'd every
// killEvery seconds, Redis is restarted once and PostgreSQL once. Prints the invariants, reply times
// outside and during the faults, recovery after each fault and each process's RSS trend as JSON.
//   node bench/soak.ts [--minutes 20] [--rate 100] [--warungs 50] [--kill-every 60] [--dashboard]
import { parseArgs } from 'node:util';
import { runSoak } from './soak/run.ts';

const { values } = parseArgs({ options: {
  minutes: { type: 'string', default: '20' }, rate: { type: 'string', default: '100' }, warungs: { type: 'string', default: '50' },
  'kill-every': { type: 'string', default: '60' }, 'hold-down': { type: 'string', default: '3000' }, dashboard: { type: 'boolean', default: false },
} });
const durationS = Math.round(Number(values.minutes) * 60);
const result = await runSoak({
  durationS, rate: Number(values.rate), warungs: Number(values.warungs), killEveryS: Number(values['kill-every']),
  // Off the minute marks, so they do not coincide with a worker kill.
  redisRestartAtS: Math.round(durationS * 0.35) + 25, pgRestartAtS: Math.round(durationS * 0.65) + 25,
  holdDownMs: Number(values['hold-down']), faultWindowS: 30, settleTimeoutS: 300, dashboard: values.dashboard,
  log: (line) => console.error(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`),
});
console.log(JSON.stringify(result, null, 1));
process.exit(0);
