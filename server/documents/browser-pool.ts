import puppeteer, { type Browser, type Page } from 'puppeteer';
import { config } from '../config.ts';
import { RenderFailed } from './documents.errors.ts';

/**
 * One Chromium (the OS package; puppeteer never downloads one) with a small pool of pages.
 *
 * - The browser is launched lazily, on the first page asked for.
 * - If it dies (crash, OOM killer, someone kills it), `disconnected` forgets it and its pages;
 *   the next request launches a new one. Work in flight at that moment fails with
 *   RenderFailed, and the job queue retries it (D6).
 * - Each use of a page has a time limit. A page that timed out is closed, not reused; if it
 *   cannot even be closed, the whole browser is killed and relaunched on next use.
 * - Pages run without JavaScript and without network: documents are static HTML, and every
 *   image is a data: URL. Anything else a template might reference is aborted.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export interface BrowserPoolOptions {
  executablePath?: string;
  /** Pages kept open at most (the machine has 2 cores shared with Postgres and Node). */
  size?: number;
  launchTimeoutMs?: number;
}

interface PooledPage {
  page: Page;
  generation: number;
}

export class BrowserPool {
  readonly #executablePath: string;
  readonly #size: number;
  readonly #launchTimeoutMs: number;
  #browser: Promise<Browser> | undefined;
  #generation = 0;
  #idle: PooledPage[] = [];
  #busy = 0;
  #waiters: Array<() => void> = [];
  #closed = false;
  /** How many browsers were launched (for tests and metrics). */
  launches = 0;

  constructor(options: BrowserPoolOptions = {}) {
    this.#executablePath = options.executablePath ?? config().CHROMIUM_PATH;
    this.#size = Math.max(1, options.size ?? 2);
    this.#launchTimeoutMs = options.launchTimeoutMs ?? 30_000;
  }

  /** Runs `fn` with a page of the pool, at most `timeoutMs` long. */
  async withPage<T>(fn: (page: Page) => Promise<T>, timeoutMs: number): Promise<T> {
    if (this.#closed) throw new RenderFailed('the browser pool is closed');
    await this.#slot();
    let pooled: PooledPage | undefined;
    let healthy = false;
    let timer: NodeJS.Timeout | undefined;
    try {
      pooled = await this.#takePage();
      const work = fn(pooled.page);
      work.catch(() => undefined); // after a timeout, its late failure is expected and ignored
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new RenderFailed(`no result after ${timeoutMs} ms`)), timeoutMs);
      });
      const result = await Promise.race([work, timeout]);
      healthy = true;
      return result;
    } catch (err) {
      if (err instanceof RenderFailed) throw err;
      throw new RenderFailed(err instanceof Error ? err.message : String(err), { cause: err });
    } finally {
      clearTimeout(timer);
      if (pooled) this.#givePageBack(pooled, healthy);
      this.#release();
    }
  }

  /** The running browser's process id, if one is running (tests kill it to prove recovery). */
  async browserPid(): Promise<number | undefined> {
    if (!this.#browser) return undefined;
    try {
      return (await this.#browser).process()?.pid;
    } catch {
      return undefined;
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    const browser = this.#browser;
    this.#forget();
    for (const wake of this.#waiters.splice(0)) wake();
    if (browser) await browser.then((b) => b.close(), () => undefined).catch(() => undefined);
  }

  async #slot(): Promise<void> {
    while (this.#busy >= this.#size) await new Promise<void>((resolve) => this.#waiters.push(resolve));
    if (this.#closed) throw new RenderFailed('the browser pool is closed');
    this.#busy++;
  }

  #release(): void {
    this.#busy--;
    this.#waiters.shift()?.();
  }

  async #takePage(): Promise<PooledPage> {
    while (this.#idle.length > 0) {
      const pooled = this.#idle.pop()!;
      if (pooled.generation === this.#generation && !pooled.page.isClosed()) return pooled;
    }
    const generation = this.#generation;
    const browser = await this.#launch();
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (request.url().startsWith('data:')) void request.continue().catch(() => undefined);
      else void request.abort('blockedbyclient').catch(() => undefined);
    });
    return { page, generation };
  }

  #givePageBack(pooled: PooledPage, healthy: boolean): void {
    if (healthy && pooled.generation === this.#generation && !pooled.page.isClosed() && !this.#closed) {
      this.#idle.push(pooled);
      return;
    }
    if (pooled.generation !== this.#generation || pooled.page.isClosed()) return;
    // A page that timed out or failed may be stuck: close it; kill the browser if even that hangs.
    const closing = pooled.page.close();
    const stuck = setTimeout(() => void this.#kill(pooled.generation), 2_000);
    closing.then(() => clearTimeout(stuck), () => clearTimeout(stuck));
  }

  #launch(): Promise<Browser> {
    if (!this.#browser) {
      const generation = this.#generation;
      this.launches++;
      const launching = puppeteer.launch({
        executablePath: this.#executablePath,
        headless: true,
        pipe: true,
        args: CHROMIUM_ARGS,
        timeout: this.#launchTimeoutMs,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      }).then((browser) => {
        browser.once('disconnected', () => {
          if (this.#generation === generation) this.#forget();
        });
        return browser;
      });
      launching.catch(() => {
        if (this.#generation === generation) this.#forget();
      });
      this.#browser = launching;
    }
    return this.#browser;
  }

  /** Drops the current browser and its pages; the next request launches a new one. */
  #forget(): void {
    this.#browser = undefined;
    this.#generation++;
    this.#idle = [];
  }

  async #kill(generation: number): Promise<void> {
    if (generation !== this.#generation || !this.#browser) return;
    const browser = this.#browser;
    this.#forget();
    const b = await browser.catch(() => undefined);
    b?.process()?.kill('SIGKILL');
  }
}
