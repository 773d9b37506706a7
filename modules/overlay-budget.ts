/**
 * Guards the overlay's scripts after every build. The boot runs on every government page load
 * and the full overlay on every page where someone asks for help, so their sizes are budgets
 * (README), not afterthoughts, and heavy libraries must never leak into them through a shared
 * import (zod came in once through a storage constant). A production build over budget, or
 * with a forbidden library inside, fails: CI builds, so the leak cannot land.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineWxtModule } from 'wxt/modules';

/** Text that only these libraries' code contains. */
const ZOD = { marker: '_zod', library: 'zod' };
const AXE = { marker: 'axe.run', library: 'axe-core' };
const I18NEXT = { marker: 'i18next was not initialized', library: 'i18next' };
/** Preact's diff names this prop; our own code never does (lint forbids it). */
const PREACT = { marker: 'dangerouslySetInnerHTML', library: 'preact' };
/** The id Readability gives the article it builds. */
const READABILITY = { marker: 'readability-page-1', library: '@mozilla/readability' };

export const OVERLAY_SCRIPTS = [
  {
    file: 'content-scripts/overlay.js',
    name: 'Overlay boot (every page load)',
    budgetKiB: 8,
    forbidden: [ZOD, AXE, I18NEXT, PREACT, READABILITY],
  },
  { file: 'content-scripts/overlay-app.js', name: 'Full overlay (on first use)', budgetKiB: 60, forbidden: [ZOD, AXE, READABILITY] },
  // Readability and the view, injected only when someone opens 쉬운 글 보기 (plain DOM: no Preact or i18next).
  { file: 'content-scripts/easy-read.js', name: 'Easy-read view (on opening it)', budgetKiB: 32, forbidden: [ZOD, AXE, I18NEXT, PREACT] },
];

export default defineWxtModule({
  name: 'dotbogi:overlay-budget',
  setup(wxt) {
    wxt.hook('build:done', () => {
      const problems: string[] = [];
      for (const script of OVERLAY_SCRIPTS) {
        const bytes = readFileSync(resolve(wxt.config.outDir, script.file));
        const gzipKiB = gzipSync(bytes).length / 1024;
        const within = gzipKiB <= script.budgetKiB;
        wxt.logger.info(
          `${script.name}: ${(bytes.length / 1024).toFixed(1)} kB, ${gzipKiB.toFixed(1)} kB gzip — ${within ? 'within' : 'OVER'} its ${script.budgetKiB} kB gzip budget`,
        );
        if (!within) problems.push(`${script.file} is over its gzip budget`);
        const text = bytes.toString('utf8');
        for (const { marker, library } of script.forbidden) {
          if (text.includes(marker)) problems.push(`${library} is bundled into ${script.file} (look for a shared import)`);
        }
      }
      if (wxt.config.command === 'build' && problems.length > 0) throw new Error(`Overlay guard: ${problems.join('; ')}.`);
    });
  },
});
