import { Router, type Request } from 'express';
import { config } from '../config.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { requestPort, requireSede } from '../http/route-guards.ts';
import { isLanguage } from '../i18n/languages.ts';
import { requireStaff } from '../identity/guards.ts';
import { LanguageNotEnabled, TooManyLookups } from './documents.errors.ts';
import './documents.schemas.ts';
import { galleryIndex, renderSample } from './sample-gallery.ts';
import { verifiedEniXml, verifiedPdf, verifyDocument, type Viewer } from './verify-document.ts';

/** Public CSV verification (every sede and the portal, rate-limited) and the staff gallery of samples. */
export function documentsRouter(): Router {
  const cfg = config();
  const lookups = rateLimit({ windowMs: cfg.VERIFY_RATE_WINDOW_SECONDS * 1000, perAddress: cfg.VERIFY_RATE_PER_ADDRESS,
    global: cfg.VERIFY_RATE_GLOBAL, refuse: (s) => new TooManyLookups(s) });
  const staff = [requireSede, requireStaff()];
  const router = Router();
  const viewer = (req: Request): Viewer => ({ site: req.site, lng: req.lng, t: req.t, port: requestPort(req) });
  const tenantOf = (req: Request) => (req.site.kind === 'sede' ? req.site.tenant : undefined)!;
  const secret = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' };

  router.get('/verify/:csv', lookups, async (req, res) => {
    res.set({ ...secret, 'Content-Language': req.lng }).json(await verifyDocument(String(req.params.csv), viewer(req)));
  });
  router.get('/verify/:csv/pdf', lookups, async (req, res) => {
    const d = await verifiedPdf(String(req.params.csv));
    res.set({ ...secret, 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${d.filename}"`, Digest: `sha-256=${Buffer.from(d.sha256, 'hex').toString('base64')}` }).send(d.pdf);
  });
  router.get('/verify/:csv/eni.xml', lookups, async (req, res) => {
    const x = await verifiedEniXml(String(req.params.csv));
    res.set({ ...secret, 'Content-Type': 'application/xml; charset=utf-8', 'Content-Disposition': `attachment; filename="${x.filename}"` }).send(x.xml);
  });

  router.get('/documents/gallery', ...staff, (req, res) => {
    res.set('Cache-Control', 'no-store').json({ items: galleryIndex(tenantOf(req)) });
  });
  router.get('/documents/gallery/:template', ...staff, async (req, res) => {
    const lng = req.query.lng === undefined ? req.lng : String(req.query.lng);
    if (!isLanguage(lng)) throw new LanguageNotEnabled(lng.slice(0, 8));
    const s = await renderSample(tenantOf(req), String(req.params.template), lng);
    res.set({ 'Cache-Control': 'no-store', 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="muestra-${s.template}-${lng}.pdf"` }).send(s.pdf);
  });
  return router;
}
