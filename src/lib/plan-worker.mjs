/**
 * The entry of a plans-loader worker thread (plan-workers.ts). It is JavaScript because a
 * worker starts from a file: it loads the portal's TypeScript modules through tsx (as
 * scripts/build.mjs loads the postbuild), builds the renderer and the render cache once,
 * and then runs workPlan (plan-work.ts) for each job it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

/** @type {import('./plan-worker-setup.ts')} */
const setup = await tsImport('./plan-worker-setup.ts', import.meta.url);
const work = setup.planWorker(workerData);
if (!parentPort) throw new Error('plan-worker.mjs runs as a worker thread of plan-workers.ts');
const port = parentPort;
port.on('message', (/** @type {{ id: number, job: import('./plan-work.ts').PlanJob }} */ message) => {
  work(message.job).then(
    (result) => port.postMessage({ id: message.id, result }),
    (error) => port.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
port.postMessage({ ready: true });
