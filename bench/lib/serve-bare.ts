import express from 'express';

/** Child process: the bare baseline — an Express handler returning a JSON body of the same size. */
const body = JSON.parse(process.env.BARE_BODY ?? '{}');
const app = express();
app.get('/api/sede', (_req, res) => void res.json(body));
const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
