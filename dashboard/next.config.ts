// Next.js configuration for the dashboard. The app is built once (bot/http mounts it in the API's
// Fastify server) and reads core/ from the repository root, so the root is Turbopack's root too.
import { join } from 'node:path';
import type { NextConfig } from 'next';

const root = join(import.meta.dirname, '..');

const config: NextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
  // The database driver and PGlite stay plain Node modules: the host process owns the connection.
  serverExternalPackages: ['pg', '@electric-sql/pglite', 'exceljs', 'csv-stringify'],
  // `npm run typecheck` checks these files with the rest of the repository; the build skips it.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // Memory of the one process that serves everything (bench/startup.ts measures it): no image optimiser
  // (no next/image here; it would load sharp), no in-memory response cache (every page reads the
  // database per request), and one build worker (the build runs beside the server on a small machine).
  images: { unoptimized: true },
  cacheMaxMemorySize: 0,
  experimental: { cpus: 1 },
};

export default config;
