/**
 * Every request the background accepts is bounded: each string and each array in every schema of
 * utils/messaging/protocol.ts has a maximum length, so no context (or a compromised page talking
 * through one) can make a handler store or process unbounded input. A new unbounded field fails here.
 */
import { describe, expect, it } from 'vitest';
import type { z } from '@/utils/zod';
import { requestSchemas } from '@/utils/messaging/protocol';

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const hasMax = (def: Def) => def.checks?.some((check) => check._zod.def.check === 'max_length') ?? false;

/** Paths of strings and arrays without a maximum length. */
export function unbounded(schema: z.ZodType, path: string): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return hasMax(def) ? [] : [path];
    case 'array':
      return [...(hasMax(def) ? [] : [path]), ...unbounded(def.element!, `${path}[]`)];
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, value]) => unbounded(value, `${path}.${key}`));
    case 'optional':
    case 'nullable':
    case 'default':
      return unbounded(def.innerType!, path);
    case 'union':
      return (def.options ?? []).flatMap((option) => unbounded(option, path));
    case 'record':
      return [...unbounded(def.keyType!, `${path}{key}`), ...unbounded(def.valueType!, `${path}{}`)];
    default:
      return [];
  }
}

describe('message schemas', () => {
  it('bound every string and array of every request', () => {
    const found = Object.entries(requestSchemas).flatMap(([type, schema]) => unbounded(schema as z.ZodType, type));
    expect(found).toEqual([]);
  });

  it('notices an unbounded field (the check itself works)', async () => {
    const { z: zod } = await import('zod');
    expect(unbounded(zod.object({ a: zod.string(), b: zod.array(zod.string().max(2)) }), 'x')).toEqual(['x.a', 'x.b']);
  });
});
