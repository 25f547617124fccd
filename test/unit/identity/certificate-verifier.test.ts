import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TrustStore, keyUsageBits, allowsClientAuth } from '../../../server/identity/certificate-verifier.ts';
import { safeReturnPath } from '../../../server/identity/certificate-handoff.ts';
import { meetsLevel } from '../../../server/identity/levels.ts';
import { hashPassword, verifyPassword } from '../../../server/identity/passwords.ts';
import { checkTotp, currentTotp, newTotpSecret } from '../../../server/identity/totp.ts';
import { generateDemoCitizenPki, type DemoCitizenPki } from '../../../server/pki/demo-citizens.ts';
import { parseMessage } from '../../../server/mail/smtp-sink.ts';

/** The certificate checks of the login (reasons in RECIPES order) and the small pieces around it. */
let base: string;
let pki: DemoCitizenPki;
const cert = (id: string) => new X509Certificate(fs.readFileSync(path.join(pki.paths.dir, pki.manifest.certificates.find((c) => c.id === id)!.pem)));

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'sede-verifier-'));
  pki = await generateDemoCitizenPki(base);
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('TrustStore.verify', () => {
  test.each([
    ['ciudadana-fnmt', undefined],
    ['dnie', undefined],
    ['empleado-calamonte', undefined],
    ['caducado', 'expired'],
    ['aun-no-valido', 'notYetValid'],
    ['revocado', 'revoked'],
    ['ca-desconocida', 'untrusted'],
    ['sin-clientauth', 'noClientAuth'],
  ])('%s → %s', async (id, reason) => {
    const store = await TrustStore.load(pki.trustBundlePem, pki.crlPems);
    const v = store.verify(cert(id));
    expect(v.ok ? undefined : v.reason).toBe(reason);
  });

  test('a CA without a current CRL: fail-closed refuses (revocationUnknown), fail-open accepts', async () => {
    const withoutFnmtUsuarios = pki.crlPems.filter((p) => !p.includes(fs.readFileSync(path.join(pki.paths.dir, 'ca/fnmt-usuarios.crl.pem'), 'utf8').trim().split('\n')[1]!));
    expect(withoutFnmtUsuarios.length).toBe(pki.crlPems.length - 1);
    const closed = await TrustStore.load(pki.trustBundlePem, withoutFnmtUsuarios);
    const v = closed.verify(cert('ciudadana-fnmt'));
    expect(v.ok ? 'ok' : v.reason).toBe('revocationUnknown');
    expect(closed.verify(cert('dnie')).ok).toBe(true); // other CAs unaffected
    const open = await TrustStore.load(pki.trustBundlePem, withoutFnmtUsuarios, { revocationUnavailable: 'fail-open' });
    expect(open.verify(cert('ciudadana-fnmt')).ok).toBe(true);
  });

  test('a stale CRL counts as missing; a CRL signed by another CA is ignored', async () => {
    const store = await TrustStore.load(pki.trustBundlePem, pki.crlPems);
    const later = Date.now() + 400 * 86_400_000; // after every demo CRL's nextUpdate
    const v = store.verify(cert('ciudadana-fnmt'), later);
    expect(v.ok ? 'ok' : v.reason).toBe('revocationUnknown');
    // Every CRL with its signature's last byte flipped: none is believed, so nothing can be checked.
    const tampered = pki.crlPems.map((pemText) => {
      const der = Buffer.from(pemText.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
      der[der.length - 1] ^= 0xff;
      return `-----BEGIN X509 CRL-----\n${der.toString('base64')}\n-----END X509 CRL-----\n`;
    });
    const forged = await TrustStore.load(pki.trustBundlePem, tampered);
    const f = forged.verify(cert('dnie'));
    expect(f.ok ? 'ok' : f.reason).toBe('revocationUnknown');
    const garbage = await TrustStore.load(pki.trustBundlePem, ['-----BEGIN X509 CRL-----\nnot base64!\n-----END X509 CRL-----', ...pki.crlPems]);
    expect(garbage.verify(cert('dnie')).ok).toBe(true);
  });
});

describe('purpose', () => {
  test('keyUsage read from the DER', () => {
    expect(keyUsageBits(cert('ciudadana-fnmt').raw)! & 0x80).toBe(0x80); // digitalSignature
    expect(allowsClientAuth(cert('ciudadana-fnmt'))).toBe(true);
    expect(allowsClientAuth(cert('sin-clientauth'))).toBe(false);
    expect(keyUsageBits(Buffer.from('no extensions here'))).toBeUndefined();
  });
});

describe('small pieces', () => {
  test('return paths stay on the site', () => {
    expect(safeReturnPath('/mi-cuenta?x=1')).toBe('/mi-cuenta?x=1');
    for (const bad of ['//evil.example/', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/ruta con espacios', '', undefined, 42]) expect(safeReturnPath(bad)).toBe('/');
  });

  test('levels of assurance are ordered', () => {
    expect(meetsLevel('alto', 'sustancial')).toBe(true);
    expect(meetsLevel('sustancial', 'sustancial')).toBe(true);
    expect(meetsLevel('bajo', 'sustancial')).toBe(false);
  });

  test('scrypt passwords', async () => {
    const hash = await hashPassword('contraseña larga');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('contraseña larga', hash)).toBe(true);
    expect(await verifyPassword('contraseña', hash)).toBe(false);
    expect(await verifyPassword('lo que sea', undefined)).toBe(false);
  });

  test('TOTP: right code, wrong code, no replay of the same step', async () => {
    const secret = newTotpSecret();
    const code = await currentTotp(secret);
    const step = await checkTotp(secret, code, null);
    expect(step).toEqual(expect.any(Number));
    expect(await checkTotp(secret, code, step!)).toBeUndefined();
    expect(await checkTotp(secret, code === '000000' ? '111111' : '000000', null)).toBeUndefined();
    expect(await checkTotp(secret, '12ab56', null)).toBeUndefined();
  });

  test('demo mail parsing: base64 body and encoded subject', () => {
    const raw = ['Subject: =?UTF-8?Q?Su_c=C3=B3digo?=', 'Content-Transfer-Encoding: base64', 'X-Sede-Site: calamonte', '', Buffer.from('Código: 123456').toString('base64')].join('\r\n');
    const m = parseMessage(raw);
    expect(m.headers.subject).toBe('Su código');
    expect(m.headers['x-sede-site']).toBe('calamonte');
    expect(m.text).toBe('Código: 123456');
  });
});
