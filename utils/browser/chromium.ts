import { existsSync } from 'node:fs';

const USUAL_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'];

/** Every browser we start (the audit CLI's, the tests', the benches' baselines) gets these. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // Fewer of Chromium's own calls home (the e2e suite lists those left in CHROMIUM_SERVICE_HOSTS).
  '--disable-features=AutofillServerCommunication,PasswordLeakDetection,OptimizationHints,Translate,MediaRouter',
];

/**
 * Finds Debian's Chromium: `CHROMIUM_PATH` first, then the usual Debian/Ubuntu locations.
 * Branded Google Chrome ≥ 137 ignores --load-extension, so it is not a candidate.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = USUAL_PATHS.find(exists);
  if (found) return found;
  throw new Error(
    `No Chromium found (looked at ${USUAL_PATHS.join(', ')}). Install Debian's package with ` +
      '`sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  );
}
