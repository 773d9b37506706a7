/**
 * Ships data the background reads on demand as plain JSON files (utils/background/packaged-files.ts):
 * every locales/<language>/<namespace>.json (minified). Bundled into the service worker instead,
 * they made its script 1.4 MB, which Chromium compiles whole before the worker can answer anything.
 * Extension pages still bundle the locale files they need as chunks (utils/i18n/load.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import languagesFile from '../locales/languages.json';
import { localeFilePath } from '../utils/i18n/packaged-locale';

export default defineWxtModule({
  name: 'dotbogi:packaged-data',
  setup(wxt) {
    wxt.hook('build:publicAssets', (_, files) => {
      for (const { code } of languagesFile.languages) {
        const folder = resolve(wxt.config.root, 'locales', code);
        if (!existsSync(folder)) continue;
        // Files starting with "_" (translation context, source hashes) are for volunteers' tools only.
        for (const name of readdirSync(folder).filter((file) => file.endsWith('.json') && !file.startsWith('_'))) {
          const strings = JSON.parse(readFileSync(resolve(folder, name), 'utf8')) as unknown;
          files.push({ relativeDest: localeFilePath(code, name.slice(0, -'.json'.length)).slice(1), contents: JSON.stringify(strings) });
        }
      }
    });
  },
});
