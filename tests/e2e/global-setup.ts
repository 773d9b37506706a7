import { execFileSync } from 'node:child_process';
import { ROOT } from './support/paths';
import { findChromium } from '../../utils/browser/chromium.ts';

/** Builds the e2e extension once per run, and fails fast with a clear message when there is no Chromium. */
export default function setup() {
  findChromium();
  if (process.env.DOTBOGI_SKIP_E2E_BUILD) return;
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
