import { createApp } from '../../server/app.ts';
import { installDatabase } from '../../server/db/current.ts';
import { openDatabase } from '../../server/db/database.ts';
import { startCertificateListener } from '../../server/identity/certificate-listener.ts';

/**
 * Child process: the certificate login as deployed — the HTTPS listener on HTTPS_PORT (TLS
 * client certificate, passport-client-cert, chain/CRL checks, reader, ticket) and the sede on
 * PORT (ticket exchange, session in Postgres).
 */
const database = await openDatabase();
installDatabase(database.knex);
const listener = await startCertificateListener({ port: Number(process.env.HTTPS_PORT), host: '127.0.0.1' });
const server = createApp().listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => void listener.close().then(() => database.close()).then(() => process.exit(0))));
