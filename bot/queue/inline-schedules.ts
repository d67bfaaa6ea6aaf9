// Repeatable schedules for the inline queue: one timer per schedule, re-armed after each fire.
import type { ScheduleSpec } from '../../core/ports/job-queue.ts';
import { nextCronTime } from './options.ts';

// setTimeout overflows past ~24.8 days; longer waits are done in hops.
const MAX_TIMER_MS = 2 ** 31 - 1;

type Fire = (queue: string, jobId: string, payload: unknown) => void;

interface Schedule {
  queue: string;
  id: string;
  spec: ScheduleSpec;
  payload: unknown;
  next: Date;
  timer: NodeJS.Timeout | undefined;
}

export class InlineSchedules {
  readonly #byKey = new Map<string, Schedule>();
  readonly #fire: Fire;

  constructor(fire: Fire) {
    this.#fire = fire;
  }

  upsert(queue: string, id: string, spec: ScheduleSpec, payload: unknown): void {
    this.remove(queue, id);
    const schedule: Schedule = { queue, id, spec, payload, next: nextCronTime(spec, new Date()), timer: undefined };
    this.#byKey.set(key(queue, id), schedule);
    this.#arm(schedule);
  }

  remove(queue: string, id: string): boolean {
    const schedule = this.#byKey.get(key(queue, id));
    if (!schedule) return false;
    clearTimeout(schedule.timer);
    this.#byKey.delete(key(queue, id));
    return true;
  }

  next(queue: string, id: string): Date | null {
    const schedule = this.#byKey.get(key(queue, id));
    return schedule ? new Date(schedule.next) : null;
  }

  clear(): void {
    for (const schedule of this.#byKey.values()) clearTimeout(schedule.timer);
    this.#byKey.clear();
  }

  #arm(schedule: Schedule): void {
    const wait = schedule.next.getTime() - Date.now();
    schedule.timer = setTimeout(() => {
      if (this.#byKey.get(key(schedule.queue, schedule.id)) !== schedule) return;
      if (Date.now() < schedule.next.getTime()) return this.#arm(schedule);
      const at = schedule.next;
      // The same id shape as BullMQ's scheduler jobs, so handlers see one format.
      this.#fire(schedule.queue, `repeat:${schedule.id}:${at.getTime()}`, schedule.payload);
      // From now, not from `at`: after a long stall, fire once rather than once per missed slot.
      schedule.next = nextCronTime(schedule.spec, new Date(Math.max(at.getTime(), Date.now())));
      this.#arm(schedule);
    }, Math.min(Math.max(wait, 0), MAX_TIMER_MS));
  }
}

function key(queue: string, id: string): string {
  return `${queue}\u0000${id}`;
}
