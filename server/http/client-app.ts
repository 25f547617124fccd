import { existsSync } from 'node:fs';
import express, { type Express } from 'express';
import { fromRoot } from '../paths.ts';

/**
 * The built Angular app (client/dist/sede/browser) for every GET that is not the API:
 * static files first, then index.html so that client-side routes work on reload.
 */
export const CLIENT_DIR = fromRoot('client', 'dist', 'sede', 'browser');

export function mountClientApp(app: Express): void {
  app.use(express.static(CLIENT_DIR, { index: false, maxAge: '1h', setHeaders: (res, file) => {
    if (file.endsWith('index.html')) res.setHeader('Cache-Control', 'no-cache');
  } }));
  app.get(/^(?!\/api\/|\/locales\/).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    const index = `${CLIENT_DIR}/index.html`;
    if (!existsSync(index)) return void res.status(503).type('text/plain').send('The client app is not built: run `npm run build:client`.');
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
}
