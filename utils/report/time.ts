/**
 * A time for people: in the reader's own time zone, with the offset shown, so a report read in
 * Seoul says "2026-12-07 10:24 (UTC+9)", not 01:24 UTC. The one helper for every time the report,
 * its exports and the side panel print for people. `timeZone` defaults to the reader's own (the
 * browser's, or the CLI's TZ); tests pass one.
 */
export function formatTime(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  const minutes = zoneOffsetMinutes(date, timeZone);
  const sign = minutes >= 0 ? '+' : '−';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} (UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''})`;
}

/** The zone's offset from UTC at that moment, in minutes (540 for Seoul). */
function zoneOffsetMinutes(date: Date, timeZone?: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZoneName: 'longOffset', ...(timeZone ? { timeZone } : {}) })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-−])(\d{1,2})(?::(\d{2}))?/.exec(name ?? '');
  if (!match) return 0;
  const value = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '+' ? value : -value;
}
