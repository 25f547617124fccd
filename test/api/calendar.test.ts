import request from 'supertest';
import type { Express } from 'express';
import type { Database } from '../../server/db/database.ts';
import { onboardTenant } from '../../server/platform/onboard-tenant.ts';
import { OnboardTenant } from '../../server/platform/tenants.schemas.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { withTenant } from '../../server/tenancy/with-tenant.ts';
import { publicAgent } from '../support/public-agent.ts';
import { staffAgent, type StaffAgent } from '../support/sessions.ts';
import { hostFor, onboardingBody, startTestApp } from '../support/test-app.ts';

/**
 * The calendar API per tenant: two ayuntamientos in different communities (Extremadura like
 * Calamonte, País Vasco like Legazpi) publish different calendars and give different plazos
 * for the same dates; downloads; staff edits all or nothing; clear 422s in es/ca/eu.
 */
let app: Express;
let database: Database;
let ex: Tenant;
let pv: Tenant;
const admins = new Map<string, StaffAgent>();

beforeAll(async () => {
  ({ app, database } = await startTestApp());
  ex = await onboardTenant(OnboardTenant.parse(onboardingBody({ community: 'EX', languages: ['es'], defaultLanguage: 'es' })), {
    actor: 'test', calendarYears: [2026, 2027],
    localHolidays: [
      { date: '2026-03-19', layer: 'local', names: { es: 'San José' } },
      { date: '2026-05-15', layer: 'local', names: { es: 'San Isidro Labrador' } },
    ],
  });
  pv = await onboardTenant(OnboardTenant.parse(onboardingBody({ community: 'PV', languages: ['eu', 'es', 'ca'], defaultLanguage: 'eu' })), {
    actor: 'test', calendarYears: [2026, 2027],
    localHolidays: [
      { date: '2026-07-31', layer: 'local', names: { eu: 'San Ignazio eguna', es: 'San Ignacio de Loyola', ca: 'Sant Ignasi de Loiola' } },
      { date: '2026-05-04', layer: 'local', names: { eu: 'Santikutz jaiak', es: 'Fiestas de Santikutz', ca: 'Festes de Santikutz' } },
    ],
  });
});
beforeAll(async () => {
  for (const t of [ex, pv]) admins.set(t.slug, await staffAgent(app, t, ['admin']));
});
afterAll(async () => database.close());

/** A member of the ayuntamiento's staff with the 'admin' role, logged in (session + CSRF token). */
const staff = (t: Tenant, method: 'get' | 'post', path: string, lang = 'es') => admins.get(t.slug)![method](path).set('Accept-Language', lang);

describe('the calendar of each sede', () => {
  test('two communities, two calendars: 19 Mar is local in EX and autonomic in PV; 6 Apr only in PV', async () => {
    const a = await (await publicAgent(app, hostFor(ex))).get('/api/calendar/2026').expect(200);
    const b = await (await publicAgent(app, hostFor(pv))).get('/api/calendar/2026', 'es').expect(200);
    const day = (body: { festivos: { date: string }[] }, date: string) => body.festivos.filter((f) => f.date === date);
    expect(day(a.body, '2026-03-19')).toEqual([{ date: '2026-03-19', layer: 'local', layerLabel: 'Fiesta local', name: 'San José', names: { es: 'San José' } }]);
    expect(day(b.body, '2026-03-19')).toEqual([expect.objectContaining({ layer: 'autonomic', layerLabel: 'Fiesta autonómica', name: 'San José' })]);
    expect(day(a.body, '2026-04-06')).toEqual([]);
    expect(day(b.body, '2026-04-06')).toEqual([expect.objectContaining({ layer: 'autonomic', name: 'Lunes de Pascua' })]);
    expect(a.body).toMatchObject({ year: 2026, firstYear: 2026, lastYear: 2027, weekendsInhabiles: true });
    // Every weekend day is listed as inhábil, with its reason.
    expect(a.body.diasInhabiles.find((d: { date: string }) => d.date === '2026-03-21').motivos).toEqual([{ kind: 'weekend', weekday: 'saturday', name: 'Sábado' }]);
  });

  test('names in the request language; Basque by default in the Basque sede', async () => {
    const v = await publicAgent(app, hostFor(pv));
    const eu = await v.get('/api/calendar/2026', 'eu').expect(200);
    const ca = await v.get('/api/calendar/2026', 'ca').expect(200);
    const f = (body: { festivos: { date: string; name: string; layerLabel: string }[] }) => body.festivos.find((x) => x.date === '2026-07-25')!;
    expect(f(eu.body)).toMatchObject({ name: 'Santiago Apostolua', layerLabel: 'Erkidegoko jaia' });
    expect(f(ca.body)).toMatchObject({ name: 'Sant Jaume', layerLabel: 'Festa autonòmica' });
    expect(eu.body.festivos.find((x: { date: string }) => x.date === '2026-01-01').name).toBe('Urteberri eguna');
  });

  test('a year not published is a 404 in the visitor\'s language, not an empty calendar', async () => {
    const res = await (await publicAgent(app, hostFor(ex))).get('/api/calendar/2031').expect(404);
    expect(res.body.detail).toBe('El calendario de días inhábiles de 2031 no está publicado en esta sede: no se puede calcular el plazo con seguridad.');
    await (await publicAgent(app, hostFor(ex))).get('/api/calendar/20x6').expect(404);
    await request(app).get('/api/calendar/2026').set('Host', 'sede.localhost').expect(404); // the portal has no calendar
  });
});

describe('POST /api/plazos: the same dates, different sedes, different vencimientos', () => {
  test('5 días hábiles from 31 Mar 2026: 9 Apr in Extremadura, 10 Apr in País Vasco (Lunes de Pascua)', async () => {
    const body = { notified: '2026-03-31', amount: 5 };
    const a = await (await publicAgent(app, hostFor(ex))).post('/api/plazos').send(body).expect(200);
    const b = await (await publicAgent(app, hostFor(pv))).post('/api/plazos', 'es').send(body).expect(200);
    expect(a.body.end).toBe('2026-04-09');
    expect(b.body.end).toBe('2026-04-10');
    expect(a.body.explanation).toBe('5 días hábiles desde el 31/3/2026 → vence el 9/4/2026; se saltan 2, 3, 4 y 5/4');
    expect(b.body.explanation).toBe('5 días hábiles desde el 31/3/2026 → vence el 10/4/2026; se saltan 2, 3, 4, 5 y 6/4');
    const skipped = b.body.steps.filter((s: { kind: string }) => s.kind === 'skipped');
    expect(skipped.at(-1)).toEqual({ kind: 'skipped', date: '2026-04-06', rule: 'LPAC 30.2', motivos: [{ kind: 'holiday', layer: 'autonomic', layerLabel: 'Fiesta autonómica', name: 'Lunes de Pascua' }] });
    expect(a.body.extension).toBeNull();
  });

  test('around 19 Mar: a local day in one sede, an autonomic one in the other, both skipped and explained', async () => {
    const body = { notified: '2026-03-18', amount: 1 };
    const a = await (await publicAgent(app, hostFor(ex))).post('/api/plazos').send(body).expect(200);
    const b = await (await publicAgent(app, hostFor(pv))).post('/api/plazos', 'eu').send(body).expect(200);
    expect([a.body.end, b.body.end]).toEqual(['2026-03-20', '2026-03-20']);
    expect(a.body.steps.find((s: { kind: string }) => s.kind === 'skipped').motivos[0]).toMatchObject({ layer: 'local', name: 'San José' });
    expect(b.body.steps.find((s: { kind: string }) => s.kind === 'skipped').motivos[0]).toMatchObject({ layer: 'autonomic', name: 'San Jose eguna' });
    expect(b.body.explanation).toBe('2026/03/18tik aurrera, 1 egun baliodun → epea 2026/03/20an amaitzen da; egun baliogabe hau ez da zenbatzen: 2026/03/19');
  });

  test('months and naturales too', async () => {
    const v = await publicAgent(app, hostFor(pv));
    const m = await v.post('/api/plazos', 'es').send({ notified: '2026-03-06', amount: 1, unit: 'meses' }).expect(200);
    expect(m.body).toMatchObject({ end: '2026-04-07', nominalEnd: '2026-04-06' }); // 6 Apr Lunes de Pascua → 7
  });

  test.each([
    ['es', { notified: '2026-02-30', amount: 10 }, 'notified', 'La fecha «2026-02-30» no existe o no tiene el formato AAAA-MM-DD.'],
    ['ca', { notified: '2026-02-30', amount: 10 }, 'notified', 'La data «2026-02-30» no existeix o no té el format AAAA-MM-DD.'],
    ['eu', { notified: '2026-02-30', amount: 10 }, 'notified', '«2026-02-30» data ez da existitzen edo ez du UUUU-HH-EE formatua.'],
    ['es', { notified: '2026-03-03', amount: -3 }, 'amount', 'La duración del plazo debe ser un número entero mayor que cero.'],
    ['ca', { notified: '2026-03-03', amount: 0 }, 'amount', 'La durada del termini ha de ser un nombre enter més gran que zero.'],
    ['eu', { notified: '2026-03-03', amount: 2.5 }, 'amount', 'Epearen iraupenak zero baino handiagoa den zenbaki osoa izan behar du.'],
    ['es', { notified: '2026-03-03', amount: 99999 }, 'amount', 'Un plazo de 99999 no es razonable: el máximo admitido en esta unidad es 2500.'],
    ['eu', { notified: '2026-03-03T10:00:00+01:00', amount: 48, unit: 'horas' }, 'amount', 'Orduka zenbatutako epeak ezin du 24 ordu gainditu (39/2015 Legea, 30.1. art.); adierazi epea egunetan.'],
  ])('%s: %j → 422 naming the field', async (lang, body, field, message) => {
    const res = await (await publicAgent(app, hostFor(pv))).post('/api/plazos', lang).send(body).expect(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['content-language']).toBe(lang);
    expect(res.body.detail).toBe(message);
    expect(res.body.errors).toEqual([{ field, message }]);
  });

  test('a plazo running into a year not published is refused, not guessed', async () => {
    const res = await (await publicAgent(app, hostFor(ex))).post('/api/plazos').send({ notified: '2027-12-20', amount: 20 }).expect(422);
    expect(res.body.code).toBe('year_not_covered');
    expect(res.body.detail).toContain('2028');
  });
});

describe('downloads', () => {
  test('ICS: valid iCalendar, one all-day VEVENT per festivo date', async () => {
    const v = await publicAgent(app, hostFor(ex));
    const json = await v.get('/api/calendar/2026').expect(200);
    const res = await v.get('/api/calendar/2026.ics').buffer(true).parse((r, cb) => { let d = ''; r.on('data', (c: Buffer) => { d += c.toString('utf8'); }); r.on('end', () => cb(null, d)); }).expect(200);
    const ics = res.body as string;
    expect(res.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="dias-inhabiles-.*-2026\.ics"/);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/); // CRLF only
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const dates = new Set(json.body.festivos.map((f: { date: string }) => f.date));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(dates.size);
    expect(ics.match(/END:VEVENT/g)).toHaveLength(dates.size);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260319\r\nDTEND;VALUE=DATE:20260320\r\nSUMMARY:San José\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261225\r\nDTEND;VALUE=DATE:20261226\r\n');
    expect(new Set(ics.match(/^UID:.*$/gm)).size).toBe(dates.size);
  });

  test('CSV: header in the request language, one row per festivo date', async () => {
    const res = await (await publicAgent(app, hostFor(pv))).get('/api/calendar/2026.csv', 'es').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    const lines = res.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('fecha,dia_semana,ambito,nombre');
    expect(lines).toContain('2026-04-06,lunes,Fiesta autonómica,Lunes de Pascua');
    expect(lines).toContain('2026-07-25,sábado,Fiesta autonómica,Santiago Apóstol');
    const eu = await (await publicAgent(app, hostFor(pv))).get('/api/calendar/2026.csv', 'eu').expect(200);
    expect(eu.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('data,asteguna,eremua,izena');
  });
});

describe('staff edits: per layer, validated, all or nothing', () => {
  const rows = (t: Tenant, year: number) => withTenant(t, async (db) => db('dias_inhabiles').whereBetween('fecha', [`${year}-01-01`, `${year}-12-31`]).orderBy(['fecha', 'layer']).select('fecha', 'layer', 'names'));

  test('an invalid day in a batch leaves the calendar unchanged', async () => {
    const before = await rows(ex, 2026);
    const res = await staff(ex, 'post', '/api/staff/calendar/edits').send({ changes: [
      { op: 'add', date: '2026-06-24', layer: 'local', names: { es: 'San Juan' } },
      { op: 'remove', date: '2026-05-15', layer: 'local' },
      { op: 'add', date: '2026-02-30', layer: 'local', names: { es: 'Día imposible' } },
    ] }).expect(422);
    expect(res.body.errors).toEqual([{ field: 'changes.2.date', message: 'La fecha «2026-02-30» no existe o no tiene el formato AAAA-MM-DD.' }]);
    expect(await rows(ex, 2026)).toEqual(before);
    const published = await (await publicAgent(app, hostFor(ex))).get('/api/calendar/2026').expect(200);
    expect(published.body.festivos.map((f: { date: string }) => f.date)).not.toContain('2026-06-24');
  });

  test('holiday on an invalid date, a duplicate, a missing name, an unknown day: clear errors in ca and eu', async () => {
    const bad = async (change: object, lang: string) => (await staff(pv, 'post', '/api/staff/calendar/edits', lang).send({ changes: [change] })).body;
    expect((await bad({ op: 'add', date: '2026-13-01', layer: 'local', names: { eu: 'x', es: 'x', ca: 'x' } }, 'eu')).errors[0])
      .toEqual({ field: 'changes.0.date', message: '«2026-13-01» data ez da existitzen edo ez du UUUU-HH-EE formatua.' });
    expect((await bad({ op: 'add', date: '2026-07-31', layer: 'local', names: { eu: 'x', es: 'x', ca: 'x' } }, 'ca')).detail).toBe('El 2026-07-31 ja consta com a dia inhàbil en aquest àmbit.');
    expect((await bad({ op: 'add', date: '2026-09-09', layer: 'local', names: { es: 'Sólo en castellano' } }, 'es')).errors[0].field).toBe('changes.0.names');
    expect((await bad({ op: 'remove', date: '2026-09-09', layer: 'autonomic' }, 'es')).code).toBe('festivo_not_found');
    expect((await bad({ op: 'add', date: '2026-09-09', layer: 'regional', names: { es: 'x' } }, 'es')).code).toBe('validation_failed');
  });

  test('a valid batch applies every change at once; the plazos follow at once (cache invalidated)', async () => {
    const v = await publicAgent(app, hostFor(ex));
    expect((await v.post('/api/plazos').send({ notified: '2026-05-14', amount: 1 }).expect(200)).body.end).toBe('2026-05-18'); // 15 May local
    await staff(ex, 'post', '/api/staff/calendar/edits').send({ changes: [
      { op: 'remove', date: '2026-05-15', layer: 'local' },
      { op: 'add', date: '2026-06-24', layer: 'local', names: { es: 'San Juan' } },
      { op: 'rename', date: '2026-03-19', layer: 'local', names: { es: 'Festividad de San José' } },
    ] }).expect(200, { applied: 3 });
    expect((await v.post('/api/plazos').send({ notified: '2026-05-14', amount: 1 }).expect(200)).body.end).toBe('2026-05-15');
    expect((await v.post('/api/plazos').send({ notified: '2026-06-23', amount: 1 }).expect(200)).body.end).toBe('2026-06-25');
    const cal = await v.get('/api/calendar/2026').expect(200);
    expect(cal.body.festivos.find((f: { date: string }) => f.date === '2026-03-19').name).toBe('Festividad de San José');
    const staffView = await staff(ex, 'get', '/api/staff/calendar/2026').expect(200);
    expect(staffView.body.published).toBe(true);
  });

  test('publishing a new year seeds its national and autonomic days once', async () => {
    await staff(ex, 'post', '/api/staff/calendar/2028/seed').expect(201);
    await staff(ex, 'post', '/api/staff/calendar/2028/seed').expect(409);
    const cal = await (await publicAgent(app, hostFor(ex))).get('/api/calendar/2028').expect(200);
    expect(cal.body.festivos.map((f: { date: string }) => f.date)).toEqual(expect.arrayContaining(['2028-01-01', '2028-09-08']));
    expect((await (await publicAgent(app, hostFor(ex))).post('/api/plazos').send({ notified: '2027-12-20', amount: 20 })).status).toBe(200);
  });

  test('staff routes refuse anonymous visitors', async () => {
    await request(app).get('/api/staff/calendar/2026').set('Host', hostFor(ex)).expect(401);
    const registro = await staffAgent(app, ex, ['registro']);
    await registro.get('/api/staff/calendar/2026').expect(403);
    await registro.post('/api/staff/calendar/edits').send({ changes: [{ op: 'remove', date: '2026-03-19', layer: 'local' }] }).expect(403);
    // Staff of another ayuntamiento: not here.
    const other = await staffAgent(app, pv, ['admin']);
    await other.agent.get('/api/staff/calendar/2026').set('Host', hostFor(ex)).expect(401);
  });
});

describe('service interruptions and the LPAC 32.4 extension', () => {
  const registroOf = new Map<string, StaffAgent>();
  const registro = async (t: Tenant) => {
    if (!registroOf.has(t.slug)) registroOf.set(t.slug, await staffAgent(app, t, ['registro']));
    return registroOf.get(t.slug)!;
  };

  test('an unplanned interruption recorded by staff; unexpired plazos extended; both published', async () => {
    const r = await registro(ex);
    const rec = await r.post('/api/staff/interruptions').send({
      kind: 'unplanned', startsAt: '2026-03-17T09:00:00+01:00', endsAt: '2026-03-17T13:30:00+01:00', descriptions: { es: 'Caída del registro electrónico' },
    }).expect(201);
    expect(rec.body).toMatchObject({ kind: 'unplanned', extension: null });
    // Before the extension: 10 días hábiles from 3 Mar end on 17 Mar.
    const v = await publicAgent(app, hostFor(ex));
    expect((await v.post('/api/plazos').send({ notified: '2026-03-03', amount: 10 }).expect(200)).body.end).toBe('2026-03-17');

    const x = await r.post(`/api/staff/interruptions/${rec.body.id}/extension`).send({ amount: 2, reasons: { es: 'Caída del registro electrónico el 17 de marzo' } }).expect(201);
    expect(x.body.extension).toMatchObject({ amount: 2, unit: 'habiles', affectedFrom: '2026-03-17', affectedTo: '2026-03-17' });
    await r.post(`/api/staff/interruptions/${rec.body.id}/extension`).send({ amount: 1, reasons: { es: 'Otra vez' } }).expect(409);

    // The calculator applies it: 17 Mar + 2 días hábiles, skipping the local 19 Mar → 20 Mar.
    const p = await v.post('/api/plazos').send({ notified: '2026-03-03', amount: 10 }).expect(200);
    expect(p.body.end).toBe('2026-03-20');
    expect(p.body.extension).toMatchObject({ previousEnd: '2026-03-17', end: '2026-03-20', amount: 2 });
    expect(p.body.explanation).toContain('(art. 32.4 LPAC): vence el 20/3/2026 en lugar del 17/3/2026');
    expect(p.body.steps.find((s: { kind: string }) => s.kind === 'extended')).toMatchObject({ amount: 2, previousEnd: '2026-03-17', rule: 'LPAC 32.4' });
    // A plazo that ended before the interruption, or after the window, is not touched.
    expect((await v.post('/api/plazos').send({ notified: '2026-03-02', amount: 10 }).expect(200)).body).toMatchObject({ end: '2026-03-16', extension: null });
    expect((await v.post('/api/plazos').send({ notified: '2026-03-04', amount: 10 }).expect(200)).body).toMatchObject({ end: '2026-03-18', extension: null });

    const list = await v.get('/api/interruptions').expect(200);
    const item = list.body.items.find((i: { id: number }) => i.id === rec.body.id);
    expect(item).toMatchObject({
      kind: 'unplanned', kindLabel: 'Interrupción no planificada', status: 'ended', description: 'Caída del registro electrónico',
      startsAt: '2026-03-17T09:00:00+01:00', endsAt: '2026-03-17T13:30:00+01:00',
      extension: { amount: 2, reason: 'Caída del registro electrónico el 17 de marzo',
        summary: 'Se amplían en 2 días hábiles los plazos no vencidos cuyo último día estaba entre el 17/3/2026 y el 17/3/2026 (art. 32.4 de la Ley 39/2015).' },
    });
  });

  test('planned interruptions are announced in advance and cannot carry a 32.4 extension', async () => {
    const r = await registro(pv);
    const next = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const texts = { eu: 'Mantentze-lanak', es: 'Mantenimiento programado', ca: 'Manteniment programat' };
    const planned = await r.post('/api/staff/interruptions').send({ kind: 'planned', startsAt: next, descriptions: texts }).expect(201);
    const res = await r.post(`/api/staff/interruptions/${planned.body.id}/extension`).set('Accept-Language', 'eu').send({ amount: 1, reasons: texts }).expect(422);
    expect(res.body.detail).toBe('Aurreikusi gabeko etenaldi batengatik bakarrik luza daitezke epeak (39/2015 Legea, 32.4. art.).');
    // Planned ones must start in the future; unplanned ones must have started.
    await r.post('/api/staff/interruptions').send({ kind: 'planned', startsAt: '2026-01-01T10:00:00+01:00', descriptions: texts }).expect(422);
    const future = await r.post('/api/staff/interruptions').set('Accept-Language', 'ca').send({ kind: 'unplanned', startsAt: next, descriptions: texts }).expect(422);
    expect(future.body.errors[0]).toEqual({ field: 'startsAt', message: 'No es poden ampliar terminis per una interrupció que encara no ha començat.' });
    // A description missing for one of the sede's languages.
    await r.post('/api/staff/interruptions').send({ kind: 'planned', startsAt: next, descriptions: { es: 'Solo castellano' } }).expect(422);
    const list = await (await publicAgent(app, hostFor(pv))).get('/api/interruptions', 'eu').expect(200);
    expect(list.body.items[0]).toMatchObject({ kind: 'planned', status: 'announced', description: 'Mantentze-lanak', kindLabel: 'Aurreikusitako etenaldia', extension: null });
  });

  test('only staff with admin or registro record interruptions', async () => {
    const tramitador = await staffAgent(app, ex, ['tramitador']);
    await tramitador.post('/api/staff/interruptions').send({ kind: 'unplanned', startsAt: '2026-03-17T09:00:00+01:00', descriptions: { es: 'x' } }).expect(403);
    await (await publicAgent(app, hostFor(ex))).post('/api/staff/interruptions').send({}).expect(401);
  });
});

describe('GET /api/time: the official date and time of the sede', () => {
  test('server clock as UTC and Europe/Madrid wall time, consistent with each other', async () => {
    const before = Date.now();
    const res = await (await publicAgent(app, hostFor(ex))).get('/api/time').expect(200);
    const after = Date.now();
    expect(res.headers['cache-control']).toBe('no-store');
    const t = res.body;
    expect(t.epochMs).toBeGreaterThanOrEqual(before);
    expect(t.epochMs).toBeLessThanOrEqual(after);
    expect(Date.parse(t.utc)).toBe(t.epochMs);
    expect(Date.parse(t.local)).toBe(Math.floor(t.epochMs / 1000) * 1000);
    expect(t.offset).toMatch(/^\+0[12]:00$/);
    expect(t.offsetMinutes).toBe(t.offset === '+02:00' ? 120 : 60);
    expect(t.summerTime).toBe(t.offsetMinutes === 120);
    expect(t.timeZone).toBe('Europe/Madrid');
    expect(t.text).toContain(t.time);
  });
});
