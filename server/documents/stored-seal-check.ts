import { sealTrustAnchors } from './seal-trust.ts';
import { sha256Hex } from './seal.ts';
import { verifySealedPdf, type SealVerification } from './verify-seal.ts';

/**
 * The seal check of a stored document, remembered by the SHA-256 of the bytes checked.
 * verifySealedPdf is a pure function of the bytes (and the trust anchors; the chain is
 * validated at the signing time written in the PDF), so the same bytes always get the same
 * verdict: a look-up whose bytes hash (in Postgres) to a remembered value reuses it, and any
 * change of the stored bytes — a different hash — is checked afresh. It saves ~15–40 ms of
 * pkijs work per look-up. Bounded: the least recently used verdicts are dropped.
 */
const MAX = 5_000;
const verdicts = new Map<string, Promise<SealVerification>>();

export function checkStoredSeal(pdfSha256: string, loadPdf: () => Promise<Buffer>): Promise<SealVerification> {
  const known = verdicts.get(pdfSha256);
  if (known) {
    verdicts.delete(pdfSha256);
    verdicts.set(pdfSha256, known);
    return known;
  }
  const checking = (async () => {
    const pdf = await loadPdf();
    const verdict = await verifySealedPdf(pdf, { trustedCertificatesPem: await sealTrustAnchors() });
    // Remember it only for the bytes actually checked.
    if (sha256Hex(pdf) !== pdfSha256) verdicts.delete(pdfSha256);
    return verdict;
  })();
  verdicts.set(pdfSha256, checking);
  checking.catch(() => verdicts.delete(pdfSha256));
  if (verdicts.size > MAX) verdicts.delete(verdicts.keys().next().value!);
  return checking;
}
