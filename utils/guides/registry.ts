/**
 * The shipped guides: every utils/guides/data/<id>.json, found by import.meta.glob (add a file,
 * nothing else). Each is validated; a broken one is reported with its JSON path and reason and
 * left out. Listed most needed first (`rank`). Used by the background only (zod stays out of the overlay).
 */
import { parseGuide, type Guide, type GuideProblem } from './schema';

const files = import.meta.glob<unknown>('/utils/guides/data/*.json', { eager: true, import: 'default' });

export interface GuideRegistry {
  guides: Guide[];
  rejected: { file: string; problems: GuideProblem[] }[];
}

export function buildRegistry(sources: Record<string, unknown> = files): GuideRegistry {
  const registry: GuideRegistry = { guides: [], rejected: [] };
  for (const [path, data] of Object.entries(sources).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.split('/').pop()!;
    const parsed = parseGuide(data);
    if (!parsed.ok) registry.rejected.push({ file, problems: parsed.problems });
    else if (registry.guides.some((guide) => guide.id === parsed.guide.id)) {
      registry.rejected.push({ file, problems: [{ path: 'id', reason: `another guide has id "${parsed.guide.id}"` }] });
    } else registry.guides.push(parsed.guide);
  }
  // Most needed first; the sort is stable, so unranked guides keep their file order.
  registry.guides.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return registry;
}
