/**
 * `npm start` runs the server as a child of npm. When npm itself is killed (not interrupted
 * from the terminal, where the whole process group gets the signal), the child would live on
 * as an orphan holding the ports and the embedded Postgres. So: when the launching npm goes
 * away, stop gracefully too.
 */
export function stopWhenLauncherExits(stop: () => Promise<void>): void {
  if (!process.env.npm_lifecycle_event) return;
  const launcher = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === launcher) return;
    clearInterval(timer);
    void stop().then(() => process.exit(0), () => process.exit(1));
  }, 1_000);
  timer.unref();
}
