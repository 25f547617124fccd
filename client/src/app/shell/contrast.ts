/**
 * WCAG 2.x colour arithmetic, to pick readable text colours on a tenant's brand colours.
 * https://www.w3.org/TR/WCAG21/#dfn-relative-luminance
 */

export type Rgb = readonly [number, number, number];

const HEX = /^#([0-9a-f]{6})$/i;

export function parseHex(value: unknown): Rgb | null {
  if (typeof value !== 'string') return null;
  const match = HEX.exec(value.trim());
  if (!match) return null;
  const n = parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex([r, g, b]: Rgb): string {
  return '#' + [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
}

export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const WHITE: Rgb = [255, 255, 255];
/** The near-black used for text on light colours (same as --color-text in theme.css). */
export const INK: Rgb = [27, 31, 35];

/** White or near-black, whichever reads better on `background` (WCAG AA needs 4.5:1). */
export function textOn(background: Rgb): Rgb {
  return contrastRatio(WHITE, background) >= contrastRatio(INK, background) ? WHITE : INK;
}

/** Mixes `colour` towards `target` by `amount` (0 = colour, 1 = target). */
export function mix(colour: Rgb, target: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((i) => colour[i] + (target[i] - colour[i]) * amount) as unknown as Rgb;
}

/**
 * The colour itself if it reaches `ratio` against `background`, else the nearest shade
 * (towards black or white) that does. Used for brand-coloured links and headings.
 */
export function readableOn(colour: Rgb, background: Rgb, ratio = 4.5): Rgb {
  if (contrastRatio(colour, background) >= ratio) return colour;
  const target: Rgb = luminance(background) > 0.5 ? [0, 0, 0] : WHITE;
  for (let step = 1; step <= 20; step++) {
    const shade = mix(colour, target, step / 20);
    if (contrastRatio(shade, background) >= ratio) return shade;
  }
  return target;
}
