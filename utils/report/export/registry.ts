/**
 * Every export format: each file in ./formats exports `format`. Adding a format is adding a file;
 * there is no list to edit. (The audit CLI loads this in plain Node: utils/audit/cli/
 * node-resolution.ts expands the glob the way Vite does.)
 */
import type { ExportFormat } from './format.ts';

const modules = import.meta.glob<{ format: ExportFormat }>(['./formats/*.ts', '!./formats/*.test.ts'], { eager: true });

export const EXPORT_FORMATS: readonly ExportFormat[] = Object.values(modules)
  .map((module) => module.format)
  .sort((a, b) => a.order - b.order);

/** A format by its id or its file extension ("markdown" or "md"), case-insensitive. */
export function findFormat(name: string): ExportFormat | undefined {
  const wanted = name.trim().toLowerCase();
  return EXPORT_FORMATS.find((format) => format.id === wanted || format.extension === wanted);
}

export function formatById(id: string): ExportFormat {
  const format = EXPORT_FORMATS.find((entry) => entry.id === id);
  if (!format) throw new Error(`No export format "${id}".`);
  return format;
}
