/**
 * Worker threads for the plans loader: {@link workPlan} (gate, render, render cache) for
 * many plans at once, one job per thread at a time, each thread started once per load with
 * the renderer's inputs (plan-worker.mjs, plan-worker-setup.ts). The loader's own thread
 * keeps what only it can do: the schema (Astro's parseData) and the store.
 *
 * A thread that fails to start or dies fails every job it had, with its error; the loader
 * then fails the build. {@link PlanWorkers.close} ends the threads.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { PlanJob, PlanWorkResult } from './plan-work';
import type { PlanWorkerData } from './plan-worker-setup';

export interface PlanWorkers {
  /** How many threads there are. */
  readonly size: number;
  work(job: PlanJob): Promise<PlanWorkResult>;
  close(): Promise<void>;
}

/**
 * How many worker threads to load `plans` plan files with: none for a small tree (starting
 * a thread costs about a second), else one per core, at most 8; PORTAL_LOAD_THREADS sets it
 * (0: everything in the loader's thread).
 */
export function workerCount(plans: number, env: NodeJS.ProcessEnv = process.env, cores: number = availableParallelism()): number {
  const set = env['PORTAL_LOAD_THREADS'];
  if (set !== undefined && set !== '') {
    const n = Number(set);
    if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`PORTAL_LOAD_THREADS must be a whole number from 0 to 64, not "${set}"`);
    return n;
  }
  return plans < 200 ? 0 : Math.max(1, Math.min(8, cores));
}

/** Starts `count` threads whose entry is src/lib/plan-worker.mjs under `root`. */
export function startPlanWorkers(count: number, root: string, data: PlanWorkerData): PlanWorkers {
  const entry = join(root, 'src/lib/plan-worker.mjs');
  interface Slot {
    worker: Worker;
    ready: Promise<void>;
    pending: Map<number, { resolve: (result: PlanWorkResult) => void; reject: (error: Error) => void }>;
    busy: number;
  }
  let nextId = 0;
  let closed = false;
  const slots: Slot[] = Array.from({ length: count }, () => {
    const worker = new Worker(entry, { workerData: data });
    const pending: Slot['pending'] = new Map();
    const failAll = (error: Error) => {
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    };
    const ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: { ready?: true; id?: number; result?: PlanWorkResult; error?: string }) => {
        if (message.ready) return resolve();
        const job = pending.get(message.id!);
        if (!job) return;
        pending.delete(message.id!);
        if (message.error !== undefined) job.reject(new Error(message.error));
        else job.resolve(message.result!);
      });
      worker.on('error', (error) => {
        reject(error);
        failAll(error);
      });
      worker.on('exit', (code) => {
        const error = new Error(`a plans-loader worker thread stopped (exit ${code})`);
        reject(error);
        if (!closed || pending.size > 0) failAll(error);
      });
    });
    // A thread that never starts fails its jobs through `ready`; nobody else awaits it.
    ready.catch(() => undefined);
    return { worker, ready, pending, busy: 0 };
  });
  return {
    size: count,
    async work(job) {
      if (closed) throw new Error('the plans-loader worker threads are closed');
      // The least busy thread.
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      slot.busy++;
      try {
        await slot.ready;
        const id = nextId++;
        return await new Promise<PlanWorkResult>((resolve, reject) => {
          slot.pending.set(id, { resolve, reject });
          slot.worker.postMessage({ id, job });
        });
      } finally {
        slot.busy--;
      }
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
