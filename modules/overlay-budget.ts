/**
 * Prints the always-on overlay script's size after every build. The overlay runs on every
 * government page load, so its size is a budget (README: 60 kB gzip), not an afterthought.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineWxtModule } from 'wxt/modules';

export const OVERLAY_BUDGET_GZIP_BYTES = 60 * 1024;

export default defineWxtModule({
  name: 'dotbogi:overlay-budget',
  setup(wxt) {
    wxt.hook('build:done', () => {
      const file = resolve(wxt.config.outDir, 'content-scripts/overlay.js');
      const bytes = readFileSync(file);
      const gzip = gzipSync(bytes).length;
      const verdict = gzip <= OVERLAY_BUDGET_GZIP_BYTES ? 'within' : 'OVER';
      wxt.logger.info(
        `Overlay script: ${(bytes.length / 1024).toFixed(1)} kB, ${(gzip / 1024).toFixed(1)} kB gzip — ${verdict} the ${OVERLAY_BUDGET_GZIP_BYTES / 1024} kB gzip budget`,
      );
    });
  },
});
