import { constants } from 'node:crypto';
import https from 'node:https';
import path from 'node:path';
import { demoCertificateLoginTlsOptions } from '../../server/pki/index.ts';

/**
 * Child process: the bare baseline for the certificate login — a TLS server with the very
 * same options (server certificate, requestCert against the same CAs and CRLs, no session
 * tickets) that answers every request with 200 and nothing else.
 */
const tls = await demoCertificateLoginTlsOptions(path.join(process.env.DATA_DIR!, 'pki'));
const server = https.createServer({ ...tls, secureOptions: constants.SSL_OP_NO_TICKET }, (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Authorized': String((req.socket as import('node:tls').TLSSocket).authorized) });
  res.end('ok');
});
server.listen(Number(process.env.HTTPS_PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
