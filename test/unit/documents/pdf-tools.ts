import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** poppler-utils, run on a PDF written to `dir`. */
export function pdfTool(dir: string, tool: 'pdfsig' | 'pdfinfo' | 'pdftotext', pdf: Buffer, args: string[] = []): string {
  const file = path.join(dir, `doc-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const outArgs = tool === 'pdftotext' ? [...args, file, '-'] : [...args, file];
  const r = spawnSync(tool, outArgs, { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`;
}

export function pageCount(dir: string, pdf: Buffer): number {
  return Number(/Pages:\s+(\d+)/.exec(pdfTool(dir, 'pdfinfo', pdf))?.[1]);
}

/** Text of each page, whitespace collapsed. */
export function pageTexts(dir: string, pdf: Buffer): string[] {
  const n = pageCount(dir, pdf);
  return Array.from({ length: n }, (_, i) =>
    pdfTool(dir, 'pdftotext', pdf, ['-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8']).replace(/\s+/g, ' '));
}
