import { existsSync } from 'node:fs';

const USUAL_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'];

/**
 * Finds the Chromium that end-to-end tests drive: `CHROMIUM_PATH` first, then the usual
 * Debian/Ubuntu locations. Branded Google Chrome ≥ 137 ignores --load-extension, so it is not
 * a candidate.
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
