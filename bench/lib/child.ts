import { fork, type ChildProcess } from 'node:child_process';

/** Starts a bench server in its own process (own core) and waits for its 'ready' message. */
export async function startChild(script: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = fork(script, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return child;
}

export async function stopChild(child: ChildProcess): Promise<void> {
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}
