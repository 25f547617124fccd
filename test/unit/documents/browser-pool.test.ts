import { DocumentRenderer } from '../../../server/documents/renderer.ts';
import { RenderFailed } from '../../../server/documents/documents.errors.ts';
import { generateCsv } from '../../../server/documents/csv-code.ts';
import { sampleJustificante, sampleData, SAMPLE_TENANT } from '../../../server/documents/sample-data.ts';
import type { RenderInput } from '../../../server/documents/types.ts';

/** The pool survives a dead browser and a stuck page (real Chromium). */
let renderer: DocumentRenderer;

beforeEach(() => {
  renderer = new DocumentRenderer({ size: 2, timeoutMs: 30_000 });
});

afterEach(async () => {
  await renderer.close();
});

const input = (): RenderInput => ({
  template: 'volante-empadronamiento', lng: 'es', data: sampleData('volante-empadronamiento'), tenant: SAMPLE_TENANT,
  csv: generateCsv(), verifyUrl: 'https://calamonte.sede.localhost/verificar',
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('browser pool', () => {
  test('the browser is launched lazily, once, and reused', async () => {
    expect(renderer.pool.launches).toBe(0);
    await Promise.all([renderer.render(input()), renderer.render(input()), renderer.render(input())]);
    await renderer.render(input());
    expect(renderer.pool.launches).toBe(1);
  });

  test('Chromium killed in the middle of a render: that render fails, the next one succeeds in a new browser', async () => {
    await renderer.render(input()); // warm
    const pid = (await renderer.pool.browserPid())!;
    expect(pid).toBeGreaterThan(0);

    // A long document (many pages) so that the kill lands while Chromium is working on it.
    const data = sampleJustificante('es');
    data.documents = Array.from({ length: 400 }, (_, i) => ({ ...data.documents[i % 4]!, name: `Anexo ${i + 1}.pdf` }));
    const inFlight = renderer.render({ ...input(), template: 'justificante', data });
    await new Promise((r) => setTimeout(r, 30));
    process.kill(pid, 'SIGKILL');
    const outcome = await Promise.allSettled([inFlight]);
    if (outcome[0]!.status === 'rejected') expect(outcome[0]!.reason).toBeInstanceOf(RenderFailed);

    const { pdf } = await renderer.render(input());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(renderer.pool.launches).toBe(2);
    const newPid = await renderer.pool.browserPid();
    expect(newPid).not.toBe(pid);
    expect(isAlive(pid)).toBe(false);
  });

  test('a page in use when the browser dies gives RenderFailed, and the pool recovers', async () => {
    let started!: () => void;
    const ready = new Promise<void>((r) => (started = r));
    const job = renderer.pool.withPage(async (page) => {
      await page.setContent('<p>hola</p>');
      started();
      await new Promise((r) => setTimeout(r, 300));
      return page.pdf();
    }, 10_000);
    await ready;
    process.kill((await renderer.pool.browserPid())!, 'SIGKILL');
    await expect(job).rejects.toBeInstanceOf(RenderFailed);
    await expect(job).rejects.toMatchObject({ code: 'documents.renderFailed' });
    const { pdf } = await renderer.render(input());
    expect(pdf.length).toBeGreaterThan(1000);
  });

  test('a render that takes too long times out, and its page is not reused', async () => {
    let stuckPage: unknown;
    const job = renderer.pool.withPage(async (page) => {
      stuckPage = page;
      await new Promise(() => undefined); // never finishes
    }, 300);
    await expect(job).rejects.toThrow(/no result after 300 ms/);
    const pages = new Set<unknown>();
    await Promise.all([1, 2].map(() => renderer.pool.withPage(async (page) => { pages.add(page); await new Promise((r) => setTimeout(r, 50)); }, 5_000)));
    expect(pages.has(stuckPage)).toBe(false);
    expect(renderer.pool.launches).toBe(1);
  });

  test('no more pages than the pool size are used at once', async () => {
    let active = 0;
    let peak = 0;
    await Promise.all(Array.from({ length: 6 }, () => renderer.pool.withPage(async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 40));
      active--;
    }, 5_000)));
    expect(peak).toBe(2);
  });

  test('close() ends the browser; later renders are refused', async () => {
    await renderer.render(input());
    const pid = (await renderer.pool.browserPid())!;
    await renderer.close();
    await new Promise((r) => setTimeout(r, 200));
    expect(isAlive(pid)).toBe(false);
    await expect(renderer.render(input())).rejects.toBeInstanceOf(RenderFailed);
  });
});
