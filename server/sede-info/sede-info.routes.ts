import { Router } from 'express';
import { actorOf, tenantOf } from '../calendar/calendar-request.ts';
import { sedeInfoEditors } from '../calendar/staff-access.ts';
import { requireSede } from '../http/route-guards.ts';
import { validate } from '../http/validate.ts';
import { OfficesInput, SectionTexts } from './sede-info.schemas.ts';
import { sedeCertificatePem, sedeInfoPage, setOffices, setSectionTexts } from './sede-info.service.ts';
import './sede-info.openapi.ts';

/** The sede's mandatory information page (public) and its texts and offices (staff). */
export const sedeInfoRouter = Router();

sedeInfoRouter.get('/sede-info', requireSede, async (req, res) => {
  res.set('Cache-Control', 'no-cache').json(await sedeInfoPage(tenantOf(req), { lng: req.lng, t: req.t }));
});

sedeInfoRouter.get('/sede-info/certificate.pem', requireSede, async (req, res) => {
  const tenant = tenantOf(req);
  res.set('Content-Disposition', `attachment; filename="sede-${tenant.slug}.pem"`).type('application/x-pem-file').send(await sedeCertificatePem(tenant));
});

sedeInfoRouter.put('/staff/sede-info/texts/:section', ...sedeInfoEditors, validate(SectionTexts), async (req, res) => {
  await setSectionTexts(tenantOf(req), String(req.params.section), req.body, actorOf(req));
  res.status(204).end();
});

sedeInfoRouter.put('/staff/sede-info/offices', ...sedeInfoEditors, validate(OfficesInput), async (req, res) => {
  await setOffices(tenantOf(req), req.body);
  res.status(204).end();
});
