import { extendAfterInterruption, extendPlazo, extendUnexpiredAfterInterruption, maxExtension } from '../../../server/calendar/extension.ts';
import { computePlazo } from '../../../server/calendar/plazo.ts';
import { CalendarError } from '../../../server/calendar/calendar.errors.ts';
import { TOWNS } from './fixtures.ts';

describe('ampliación (32.1, 32.3)', () => {
  const cal = TOWNS.calamonte();
  const plazo = computePlazo(cal, { amount: 10, notified: '2026-03-03' }); // ends 17 Mar

  test('up to half: 10 días hábiles + 5 → 25 Mar (19 Mar local festivo skipped)', () => {
    const e = extendPlazo(cal, plazo, { amount: 5, decidedAt: '2026-03-10' });
    expect(e.max).toBe(5);
    expect(e.previousEnd).toBe('2026-03-17');
    expect(e.end).toBe('2026-03-25');
    expect(e.steps.find((s) => s.kind === 'extended')).toEqual({ kind: 'extended', amount: 5, unit: 'habiles', previousEnd: '2026-03-17', rule: 'LPAC 32.1' });
  });

  test('more than half is refused; half of an odd plazo rounds down', () => {
    expect(() => extendPlazo(cal, plazo, { amount: 6, decidedAt: '2026-03-10' })).toThrow(expect.objectContaining({ code: 'extension_too_long', params: { amount: 6, max: 5, unit: 'habiles' } }));
    expect(maxExtension(computePlazo(cal, { amount: 15, notified: '2026-03-03' }))).toBe(7);
  });

  test('a decision on the last day is in time; the day after is too late', () => {
    expect(extendPlazo(cal, plazo, { amount: 1, decidedAt: '2026-03-17' }).end).toBe('2026-03-18');
    expect(() => extendPlazo(cal, plazo, { amount: 1, decidedAt: '2026-03-18' })).toThrow(CalendarError);
    expect(() => extendPlazo(cal, plazo, { amount: 1, decidedAt: '2026-03-18T08:00:00+01:00' })).toThrow(expect.objectContaining({ code: 'plazo_expired' }));
  });

  test('an extension of 0 keeps the date', () => {
    expect(extendPlazo(cal, plazo, { amount: 0, decidedAt: '2026-03-04' }).end).toBe(plazo.end);
  });

  test('months: 2 months + 1 → 3 months from the notification, then 30.5', () => {
    const p = computePlazo(cal, { amount: 2, unit: 'meses', notified: '2026-02-02' }); // 6 Apr
    const e = extendPlazo(cal, p, { amount: 1, decidedAt: '2026-03-01' });
    expect(e.end).toBe('2026-05-04'); // 2 May is a Saturday
  });

  test('hours: 24 h + 12 h', () => {
    const p = computePlazo(cal, { amount: 24, unit: 'horas', notified: '2026-03-06T10:15:00+01:00' });
    const e = extendPlazo(cal, p, { amount: 12, decidedAt: '2026-03-09T09:00:00+01:00' });
    expect(e.endsAt).toBe('2026-03-09T22:15:00+01:00');
    expect(() => extendPlazo(cal, p, { amount: 12, decidedAt: '2026-03-09T10:16:00+01:00' })).toThrow(expect.objectContaining({ code: 'plazo_expired' }));
  });
});

describe('ampliación tras una interrupción del servicio (32.4)', () => {
  const cal = TOWNS.calamonte();
  const interruption = { from: '2026-03-16T09:00:00+01:00', to: '2026-03-16T14:00:00+01:00', reason: 'Caída de la plataforma de registro' };

  test('unexpired plazos get N more días hábiles after their vencimiento; expired ones are left alone', () => {
    const plazos = [
      computePlazo(cal, { amount: 10, notified: '2026-03-03' }), // 17 Mar
      computePlazo(cal, { amount: 5, notified: '2026-03-09' }), // 16 Mar: the incident day
      computePlazo(cal, { amount: 5, notified: '2026-03-06' }), // 13 Mar: already expired
    ];
    const [a, b, c] = extendUnexpiredAfterInterruption(cal, plazos, { interruption, amount: 2 });
    expect([a!.extended, a!.end]).toEqual([true, '2026-03-20']); // 18, (19 local), 20
    expect([b!.extended, b!.end]).toEqual([true, '2026-03-18']);
    expect([c!.extended, c!.end]).toEqual([false, '2026-03-13']);
    expect(a!.reason).toBe('Caída de la plataforma de registro');
    expect(a!.steps.find((s) => s.kind === 'extended')).toMatchObject({ reason: 'Caída de la plataforma de registro', rule: 'LPAC 32.4' });
    expect(a!.interruptionFrom).toBe('2026-03-16T09:00:00+01:00');
  });

  test('naturales extension ends on a día hábil (30.5)', () => {
    const p = computePlazo(cal, { amount: 10, notified: '2026-03-03' }); // 17 Mar
    expect(extendAfterInterruption(cal, p, { interruption, amount: 4, unit: 'naturales' }).end).toBe('2026-03-23'); // 21 Sat → 23
  });

  test('hours plazos keep their time of day', () => {
    const p = computePlazo(cal, { amount: 24, unit: 'horas', notified: '2026-03-13T10:15:00+01:00' }); // Mon 16 10:15
    expect(extendAfterInterruption(cal, p, { interruption, amount: 1 }).endsAt).toBe('2026-03-17T10:15:00+01:00');
  });

  test('a reason is required and the interruption must not end before it starts', () => {
    const p = computePlazo(cal, { amount: 10, notified: '2026-03-03' });
    expect(() => extendAfterInterruption(cal, p, { interruption: { ...interruption, reason: ' ' }, amount: 1 })).toThrow(expect.objectContaining({ code: 'invalid_interruption' }));
    expect(() => extendAfterInterruption(cal, p, { interruption: { ...interruption, to: '2026-03-15T00:00:00Z' }, amount: 1 })).toThrow(expect.objectContaining({ code: 'invalid_interruption' }));
    expect(() => extendAfterInterruption(cal, p, { interruption, amount: 0 })).toThrow(expect.objectContaining({ code: 'invalid_duration' }));
  });
});
