/**
 * Least privilege, pinned: the exact permissions, hosts, page CSP and web-accessible resources
 * of every build. Adding a permission must be a deliberate change here (and in README.md's
 * "Permissions" section, which explains each one).
 */
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
};

const GOV = ['*://*.go.kr/*', '*://gov.kr/*', '*://*.gov.kr/*'];
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

async function manifestFor(mode: string, browser = 'chrome'): Promise<Manifest> {
  const manifest = config.manifest as unknown as (env: Record<string, unknown>) => Manifest | Promise<Manifest>;
  return manifest({ mode, browser, manifestVersion: 3, command: 'build' });
}

describe('the manifest asks for the least it needs', () => {
  it('has exactly these permissions in the build users get', async () => {
    const manifest = await manifestFor('production');
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'sidePanel', 'activeTab', 'unlimitedStorage', 'offscreen']);
    // Firefox's background page has a window for axe.finishRun: no offscreen there (nor sidePanel).
    expect((await manifestFor('production', 'firefox')).permissions).toEqual(['storage', 'scripting', 'activeTab', 'unlimitedStorage']);
    expect(manifest.host_permissions).toEqual(GOV);
    // Other sites only when the user turns Dotbogi on there (permissions.request per origin).
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('asks Firefox only for permissions it knows, and names honest minimum versions for desktop and Android', async () => {
    const manifest = await manifestFor('production', 'firefox');
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab', 'unlimitedStorage']);
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: 'dotbogi@dotbogi.kr', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('adds only the loopback host to the e2e build, and <all_urls> only to the never-shipped CLI build', async () => {
    expect((await manifestFor('e2e')).host_permissions).toEqual([...GOV, 'http://127.0.0.1/*']);
    expect((await manifestFor('e2e')).permissions).toEqual((await manifestFor('production')).permissions);
    expect((await manifestFor('cli')).host_permissions).toEqual([...GOV, '<all_urls>']);
  });

  it('locks extension pages to our own scripts', async () => {
    for (const mode of ['production', 'e2e']) {
      expect((await manifestFor(mode)).content_security_policy).toEqual({ extension_pages: EXTENSION_PAGES_CSP });
    }
  });

  it('exposes nothing to pages: no web-accessible resources, no externally_connectable', async () => {
    const manifest = await manifestFor('production');
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });
});
