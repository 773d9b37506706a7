/**
 * The overlay's translator: the slice of i18next that the overlay's strings need, in about a
 * kilobyte instead of i18next's fifteen (the full overlay has a 60 KiB gzip budget, README).
 * Extension pages keep i18next (./create.ts); both fit I18nProvider.
 *
 * What it does, exactly as i18next does it for our files (./translator.test.ts compares the two
 * over every overlay string of every language):
 * - `t(key, values)` in a fixed namespace; `ns:key` for another namespace;
 * - the language, then its fallback chain (./resolve.ts), key by key;
 * - `{{name}}` interpolation, no escaping (Preact renders text, never HTML);
 * - plurals with `count`: the key with the CLDR category of the language (`Intl.PluralRules`),
 *   `key_one`, `key_few`…, else the plain key;
 * - a missing key returns the key.
 */
import type { Resource, TFunction } from 'i18next';
import { fallbackChain } from './resolve';

/** What I18nProvider needs from an i18n instance: i18next's `i18n` has it, and so has this one. */
export interface Translator {
  language: string;
  getFixedT(language: string, namespace: string): TFunction;
}

type Values = Record<string, unknown> & { count?: unknown };

export function createTranslator(language: string, resources: Resource): Translator {
  const chain = fallbackChain(language).filter((code) => resources[code]);
  const rules = new Map<string, Intl.PluralRules>();
  const category = (code: string, count: number) => {
    let rule = rules.get(code);
    if (!rule) rules.set(code, (rule = new Intl.PluralRules(code)));
    return rule.select(count);
  };
  const find = (namespace: string, key: string, values?: Values): string | undefined => {
    const count = typeof values?.count === 'number' ? values.count : undefined;
    for (const code of chain) {
      const tree = resources[code]?.[namespace];
      const candidates = count === undefined ? [key] : [`${key}_${category(code, count)}`, key];
      for (const candidate of candidates) {
        const value = lookup(tree, candidate);
        if (typeof value === 'string') return value;
      }
    }
    return undefined;
  };
  return {
    language,
    getFixedT(_language, fixedNamespace) {
      const t = (key: string, values?: Values) => {
        const split = key.indexOf(':');
        const namespace = split > 0 ? key.slice(0, split) : fixedNamespace;
        const path = split > 0 ? key.slice(split + 1) : key;
        const text = find(namespace, path, values);
        if (text === undefined) return path;
        return values
          ? text.replace(/{{\s*([\w.]+)\s*}}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
          : text;
      };
      return t as unknown as TFunction;
    },
  };
}

/** A dotted key in a nested tree (then, as i18next does, the whole key as one flat key). */
function lookup(tree: unknown, key: string): unknown {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') {
      node = undefined;
      break;
    }
    node = (node as Record<string, unknown>)[part];
  }
  return node ?? (tree && typeof tree === 'object' ? (tree as Record<string, unknown>)[key] : undefined);
}
