import { describe, expect, it } from 'vitest';
import { formatTime } from './time';

describe('formatTime', () => {
  const moment = '2026-12-07T01:24:30.000Z';

  it('prints the time in the reader’s time zone with the offset', () => {
    expect(formatTime(moment, 'ko', 'Asia/Seoul')).toBe('2026-12-07 10:24 (UTC+9)');
    expect(formatTime(moment, 'ko', 'Asia/Ho_Chi_Minh')).toBe('2026-12-07 08:24 (UTC+7)');
    expect(formatTime(moment, 'ko', 'UTC')).toBe('2026-12-07 01:24 (UTC+0)');
  });

  it('handles zones off the hour, west of Greenwich and across midnight', () => {
    expect(formatTime(moment, 'ko', 'Asia/Kathmandu')).toBe('2026-12-07 07:09 (UTC+5:45)');
    expect(formatTime(moment, 'ko', 'America/St_Johns')).toBe('2026-12-06 21:54 (UTC−3:30)');
  });

  it('follows daylight saving time', () => {
    expect(formatTime('2026-07-01T12:00:00Z', 'ko', 'Europe/London')).toBe('2026-07-01 13:00 (UTC+1)');
    expect(formatTime('2026-01-01T12:00:00Z', 'ko', 'Europe/London')).toBe('2026-01-01 12:00 (UTC+0)');
  });

  it('uses the reader’s own zone by default', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(formatTime(moment, 'ko')).toBe(formatTime(moment, 'ko', zone));
  });

  it('leaves something that is not a time as it was', () => {
    expect(formatTime('not a time', 'ko')).toBe('not a time');
  });
});
