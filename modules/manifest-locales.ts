/**
 * Generates Chrome's `_locales/<lang>/messages.json` from locales/<lang>/manifest.json at build
 * time, so the store name and description come from the same files volunteers translate.
 * Languages Chrome has no folder for (see "chrome": null in languages.json) fall back to Korean.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import languagesFile from '../locales/languages.json';

export default defineWxtModule({
  name: 'dotbogi:manifest-locales',
  setup(wxt) {
    wxt.hook('build:publicAssets', (_, files) => {
      for (const language of languagesFile.languages) {
        const source = resolve(wxt.config.root, 'locales', language.code, 'manifest.json');
        if (!language.chrome || !existsSync(source)) continue;
        const strings = JSON.parse(readFileSync(source, 'utf8')) as Record<string, string>;
        const messages = Object.fromEntries(Object.entries(strings).map(([key, message]) => [key, { message }]));
        files.push({ relativeDest: `_locales/${language.chrome}/messages.json`, contents: JSON.stringify(messages, null, 2) });
      }
    });
  },
});
