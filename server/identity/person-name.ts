/**
 * Splitting Spanish names as certificates write them. Profiles that carry the parts
 * separately (FNMT and AGE SAN attributes, ACCV's "a|b|c") are preferred; the rest is a
 * heuristic for "APELLIDO1 APELLIDO2" in one field.
 */

/** Particles that belong to the word after them: "DEL RÍO", "DE LA FUENTE", "SAN JUAN". */
const PARTICLES = new Set(['DE', 'DEL', 'LA', 'LAS', 'LOS', 'EL', 'Y', 'I', 'SAN', 'SANTA', 'DA', 'DAS', 'DO', 'DOS', 'DI', 'VAN', 'VON', "D'"]);

/**
 * "GARCÍA LÓPEZ" → ["GARCÍA", "LÓPEZ"]; "DEL RÍO SANTOS" → ["DEL RÍO", "SANTOS"]. With more
 * than two groups the split is ambiguous ("GARCÍA DE LA FUENTE LÓPEZ"): the first group is
 * taken as the first surname and the rest as the second.
 */
export function splitSurnames(text: string): { surname1: string; surname2?: string } {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const groups: string[] = [];
  let pending: string[] = [];
  for (const token of tokens) {
    pending.push(token);
    if (!PARTICLES.has(token.toUpperCase())) {
      groups.push(pending.join(' '));
      pending = [];
    }
  }
  if (pending.length) {
    if (groups.length) groups[groups.length - 1] += ' ' + pending.join(' ');
    else groups.push(pending.join(' '));
  }
  const [first = '', ...rest] = groups;
  return rest.length ? { surname1: first, surname2: rest.join(' ') } : { surname1: first };
}

/**
 * DNIe: CN = "APE1 APE2, NOMBRE (AUTENTICACIÓN)" or "(FIRMA)"; SN holds only the first
 * surname, so the surnames come from the CN (LEGAL.md §7).
 */
export function parseDnieCommonName(cn: string): { surnames: string; givenName: string } | undefined {
  const m = /^(.+?),\s*(.+?)\s*\((?:AUTENTICACI[OÓ]N|FIRMA)\)\s*$/iu.exec(cn.trim());
  return m ? { surnames: m[1]!.trim(), givenName: m[2]!.trim() } : undefined;
}

/** Splits "APE1 APE2" when the first surname is known (DNIe's SN). */
export function splitWithFirstSurname(surnames: string, surname1: string): { surname1: string; surname2?: string } {
  const all = surnames.trim();
  const first = surname1.trim();
  if (first && all.toUpperCase().startsWith(first.toUpperCase() + ' ')) {
    return { surname1: all.slice(0, first.length), surname2: all.slice(first.length).trim() };
  }
  if (first && all.toUpperCase() === first.toUpperCase()) return { surname1: all };
  return splitSurnames(all);
}
