/**
 * Ships axe-core's own minified build, unchanged, as `content-scripts/axe.min.js`. The background
 * injects it into a frame just before the audit script (utils/background/run-audit.ts), which
 * finds it as `axe` in the extension's isolated world. Bundled into the audit script instead,
 * axe sat in a module wrapper that V8 parsed and compiled far more slowly (measured with
 * Chromium's trace: parse and source-position work took over twice as long), and every audit
 * pays that cost. It is also, byte for byte, the axe a bare `axe.run` uses.
 */
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { AXE_SCRIPT } from '../utils/audit/axe-script';

export default defineWxtModule({
  name: 'dotbogi:axe-script',
  setup(wxt) {
    const file = AXE_SCRIPT.slice(1);
    wxt.hook('build:publicAssets', (_, files) => {
      files.push({ absoluteSrc: resolve(wxt.config.root, 'node_modules/axe-core/axe.min.js'), relativeDest: file });
    });
    // Typed like any other file of the extension, for scripting.executeScript({ files }).
    wxt.hook('prepare:publicPaths', (_, paths) => {
      paths.push(file);
    });
  },
});
