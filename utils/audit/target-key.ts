/** One string per axe target (which may cross shadow roots), for keying maps. */
export function targetKey(target: unknown): string {
  return JSON.stringify(target);
}
