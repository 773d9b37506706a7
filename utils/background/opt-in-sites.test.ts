import { describe, expect, it } from 'vitest';
import { disableSite, enableSite, OPT_IN_SCRIPT_ID, syncRegistration } from './opt-in-sites';
import { sitesItem } from '@/utils/storage/items';

/** A small in-memory `browser.scripting` with the registration calls the background uses. */
function fakeScripting() {
  const registered = new Map<string, { id: string; matches?: string[]; js?: string[] }>();
  return {
    registered,
    getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
      [...registered.values()].filter((script) => !ids || ids.includes(script.id)),
    registerContentScripts: async (scripts: { id: string; matches?: string[]; js?: string[] }[]) => {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, script);
      }
    },
    updateContentScripts: async (scripts: { id: string; matches?: string[] }[]) => {
      for (const script of scripts) registered.set(script.id, { ...registered.get(script.id)!, ...script });
    },
    unregisterContentScripts: async ({ ids }: { ids?: string[] } = {}) => {
      for (const id of ids ?? []) registered.delete(id);
    },
  };
}
const granted = (origins: string[]) => ({
  contains: async ({ origins: asked = [] }: { origins?: string[] }) => asked.every((origin) => origins.includes(origin)),
});

describe('opting a site in and out', () => {
  it('registers the overlay for an origin the user granted, and remembers it', async () => {
    const scripting = fakeScripting();
    const site = await enableSite(scripting as never, granted(['https://www.example.org/*']), 'https://www.example.org');
    expect(site.enabled).toBe(true);
    expect(scripting.registered.get(OPT_IN_SCRIPT_ID)?.matches).toEqual(['https://www.example.org/*']);
    expect((await sitesItem.getValue())['https://www.example.org']?.enabled).toBe(true);
  });

  it('refuses an origin without the permission, with a reason', async () => {
    const scripting = fakeScripting();
    await expect(enableSite(scripting as never, granted([]), 'https://shop.example')).rejects.toThrow(
      /No permission for https:\/\/shop.example/,
    );
    expect(scripting.registered.size).toBe(0);
  });

  it('keeps one registration for several origins and drops it when the last is turned off', async () => {
    const scripting = fakeScripting();
    const permissions = granted(['https://a.example/*', 'https://b.example/*']);
    await enableSite(scripting as never, permissions, 'https://a.example');
    await enableSite(scripting as never, permissions, 'https://b.example');
    expect(scripting.registered.get(OPT_IN_SCRIPT_ID)?.matches).toEqual(['https://a.example/*', 'https://b.example/*']);
    await disableSite(scripting as never, 'https://a.example');
    expect(scripting.registered.get(OPT_IN_SCRIPT_ID)?.matches).toEqual(['https://b.example/*']);
    await disableSite(scripting as never, 'https://b.example');
    expect(scripting.registered.size).toBe(0);
  });

  it('never registers government hosts again: the manifest already covers them', async () => {
    const scripting = fakeScripting();
    await enableSite(scripting as never, granted(['https://www.gov.kr/*']), 'https://www.gov.kr');
    expect(scripting.registered.size).toBe(0);
    expect(await syncRegistration(scripting as never)).toEqual([]);
  });
});
