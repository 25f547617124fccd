import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Express } from 'express';
import { config } from '../../server/config.ts';
import { ensureClientBuilt } from '../../server/cli/client-build.ts';
import { ensureSystemPackages } from '../../server/cli/system-packages.ts';

/**
 * Real headless Chromium (Debian's) against the real app listening on a free port.
 * Chromium resolves *.localhost to loopback by itself, so tenant hosts work as in the demo.
 */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launchChromium(): Promise<Browser> {
  if (!ensureSystemPackages()) throw new Error('Chromium is missing: see the message above');
  return chromium.launch({ executablePath: config().CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

export async function listen(app: Express): Promise<{ server: Server; port: number }> {
  ensureClientBuilt();
  const server = await new Promise<Server>((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  return { server, port: (server.address() as AddressInfo).port };
}

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; returns serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
}
