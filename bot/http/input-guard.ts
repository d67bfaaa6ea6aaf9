// No NUL characters in any input: PostgreSQL text cannot hold U+0000, so a NUL that reached SQL was a
// 500 (found by hostile-input.test.ts on the simulator, settings, staff, void reasons and the
// transaction search). No person types one; refuse the request before any route sees it.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/errors.ts';

/** True when a string anywhere in `value` (keys too) holds U+0000. Iterative: bodies may nest deeply. */
export function hasNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return true;
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (k.includes('\u0000')) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

export function installInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (hasNul(request.query) || hasNul(request.params) || hasNul(request.body)) {
      throw new AppError('bad_request:nul_character', { message: 'Input may not contain NUL characters' });
    }
  });
}
