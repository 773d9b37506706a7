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
 * Chromium's proxy arguments that send every request to the local site server at `proxy`, loopback
 * included (without `<-loopback>` Chromium skips the proxy for it and those requests go unrecorded).
 */
export function proxyEverythingTo(proxy: string): string[] {
  return [`--proxy-server=${proxy}`, '--proxy-bypass-list=<-loopback>'];
}

/**
 * Playwright's launch options for every browser we start, with or without the extension, so a
 * benchmark's baseline browser differs from ours only in `args`: Debian's Chromium, headless, a
 * Korean locale, a desktop window, CHROMIUM_FLAGS after `args`.
 */
export function chromiumLaunchOptions(args: readonly string[]) {
  return {
    executablePath: findChromium(),
    headless: true,
    locale: 'ko-KR',
    viewport: { width: 1280, height: 900 },
    args: [...args, ...CHROMIUM_FLAGS],
  };
}

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
