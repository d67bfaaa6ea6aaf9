// Shared by scripts/backup.ts and scripts/restore.ts: read .env and the configuration like
// `npm start` does, run, print one line for the operator, exit 0 on success and 1 on failure.
import { existsSync } from 'node:fs';
import { loadConfig, type Config } from '../../core/config.ts';

export async function runCli(name: string, fn: (config: Config) => Promise<string>): Promise<void> {
  try {
    if (existsSync('.env')) process.loadEnvFile('.env');
    console.log(await fn(loadConfig()));
    process.exit(0);
  } catch (err) {
    console.error(`${name} failed: ${(err as Error).message}`);
    process.exit(1);
  }
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
