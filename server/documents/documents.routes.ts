import { Router } from 'express';
import { config } from '../config.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { requireSede } from '../http/route-guards.ts';
import { requireStaff } from '../identity/guards.ts';
import { TooManyLookups } from './documents.errors.ts';
import { PRIVATE, requestedLanguage, sedeTenantOf, sendPdf, sendXml, viewerOf } from './documents.responses.ts';
import './documents.schemas.ts';
import { galleryIndex, renderSample } from './sample-gallery.ts';
import { verifiedEniXml, verifiedPdf, verifyDocument } from './verify-document.ts';

/** Public CSV verification (every sede and the portal, rate-limited) and the staff gallery of samples. */
export function documentsRouter(): Router {
  const cfg = config();
  const lookups = rateLimit({ windowMs: cfg.VERIFY_RATE_WINDOW_SECONDS * 1000, perAddress: cfg.VERIFY_RATE_PER_ADDRESS,
    global: cfg.VERIFY_RATE_GLOBAL, refuse: (seconds) => new TooManyLookups(seconds) });
  const staff = [requireSede, requireStaff()];
  const router = Router();

  router.get('/verify/:csv', lookups, async (req, res) => {
    res.set({ ...PRIVATE, 'Content-Language': req.lng }).json(await verifyDocument(String(req.params.csv), viewerOf(req)));
  });
  router.get('/verify/:csv/pdf', lookups, async (req, res) => sendPdf(res, await verifiedPdf(String(req.params.csv))));
  router.get('/verify/:csv/eni.xml', lookups, async (req, res) => sendXml(res, await verifiedEniXml(String(req.params.csv))));

  router.get('/documents/gallery', ...staff, (req, res) => {
    res.set(PRIVATE).json({ items: galleryIndex(sedeTenantOf(req)) });
  });
  router.get('/documents/gallery/:template', ...staff, async (req, res) => {
    sendPdf(res, await renderSample(sedeTenantOf(req), String(req.params.template), requestedLanguage(req)), 'inline');
  });
  return router;
}
