import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Bench servers run in their own process. On Linux with taskset, the server is pinned to the
 * last core and the load generator (this process) to the first, so that on a 2-core machine
 * the two never fight over one core and runs are comparable.
 */
const TASKSET = '/usr/bin/taskset';
const cores = () => Number(execFileSync('nproc', { encoding: 'utf8' }).trim());

export function pinLoadGenerator(): void {
  if (existsSync(TASKSET) && cores() >= 2) execFileSync(TASKSET, ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
}

export async function startChild(script: string, env: Record<string, string>): Promise<ChildProcess> {
  const pin = existsSync(TASKSET) && cores() >= 2;
  const [cmd, args] = pin ? [TASKSET, ['-c', String(cores() - 1), process.execPath, script]] : [process.execPath, [script]];
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return child;
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}
