import escapeHtml from 'escape-html';

/**
 * A minimal, accessible HTML page for errors met before the app can load (an unknown host,
 * a suspended sede): browsers get this instead of JSON.
 */
export function problemPage(lng: string, title: string, detail: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lng)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#f5f6f8}main{max-width:40rem;margin:4rem auto;padding:2rem;background:#fff;border-top:6px solid #1f3a5f}h1{font-size:1.6rem}</style>
</head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p></main></body></html>`;
}
