import path from 'node:path';
import { config } from '../config.ts';
import { loadOrCreateDeploymentPki } from '../pki/index.ts';

/**
 * Trust anchors for checking the seals of stored documents. In demo mode, the deployment's
 * demo PKI (root + intermediate) that issued every demo seal. Outside demo mode the seals come
 * from real providers and the anchors would be the trusted list (TSL) of the Spanish
 * qualified providers — not loaded yet, so the chain is reported as not checked (null).
 */
let anchors: Promise<string[]> | undefined;

export function sealTrustAnchors(): Promise<string[]> {
  anchors ??= config().DEMO_MODE
    ? loadOrCreateDeploymentPki(path.join(config().DATA_DIR, 'pki')).then((pki) => pki.caCertificatesPem)
    : Promise.resolve([]);
  anchors.catch(() => { anchors = undefined; });
  return anchors;
}
