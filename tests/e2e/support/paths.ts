import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** The e2e build: the production build plus a loopback host permission (see wxt.config.ts). */
export const OUT_DIR = resolve(ROOT, process.env.DOTBOGI_OUT_DIR ?? '.output');
export const E2E_EXTENSION = resolve(OUT_DIR, 'chrome-mv3-e2e');
export const ARTIFACTS = resolve(ROOT, 'tests/e2e/artifacts');
