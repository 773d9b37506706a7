// Code passed to page.evaluate() runs in extension contexts, where `chrome` is the WebExtension API.
declare const chrome: typeof import('wxt/browser').browser;
