/**
 * zod as every extension context must use it: import `z` from here, never from 'zod'.
 *
 * jitless: on its first object parse zod probes `new Function` to compile faster parsers. The
 * extension's content security policy forbids eval, so the probe fails — and Chromium reports the
 * blocked eval as a CSP violation with its source location, which makes V8 collect source
 * positions across the whole bundle. Traced on a service-worker start: 0.53 s of 0.71 s.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
