import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePageAudit } from '@/tests/kits/sample-audit.ts';
import { countedLines, cutTornLine, lastMemberAt, openLines, openStream, scanStream, type PageLine, type StreamLine } from './lines.ts';
import { readState } from './state.ts';

const page = (name: string, order: number, journey?: { id: string; step: number }): StreamLine => ({
  type: 'page',
  key: journey ? 'journey:0' : `http://a.kr/${name}`,
  order,
  given: `http://a.kr/${name}`,
  url: `http://a.kr/${name}`,
  ...(journey ? { journey } : {}),
  audit: samplePageAudit({ id: name }),
});

describe('the result stream (audit.jsonl)', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dotbogi-stream-'));
    file = join(dir, 'audit.jsonl');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads back each line by its place, without keeping the lines', async () => {
    const writer = await openStream(file);
    await writer.append(page('a', 0));
    await writer.append(page('b', 1));
    await writer.close();
    const scan = await scanStream(file);
    expect(scan.torn).toBe(false);
    expect(scan.lines.map((line) => [line.line, line.key])).toEqual([
      [1, 'http://a.kr/a'],
      [2, 'http://a.kr/b'],
    ]);
    const reader = openLines(file);
    expect(((await reader.read(scan.lines[1]!)) as { audit: { id: string } }).audit.id).toBe('b');
    expect(((await reader.read(scan.lines[0]!)) as { audit: { id: string } }).audit.id).toBe('a');
    await reader.close();
  });

  it('gives a page’s audit as the very bytes of its line, whatever its addresses and links hold', async () => {
    // Addresses that look like the member audit.json copies from, links, a journey, and text beyond ASCII before it.
    const tricky: StreamLine = {
      type: 'page',
      key: 'journey:0',
      order: 0,
      given: 'http://a.kr/?q=","audit":{"x":1}',
      url: 'http://a.kr/검색?q=\\"audit":[',
      journey: { id: 'run-1', step: 0 },
      links: ['http://a.kr/{"audit":1}', 'http://a.kr/]}'],
      audit: samplePageAudit({ id: 'a' }),
    };
    const audit = samplePageAudit({ id: 'b', url: 'http://a.kr/"audit":{"id":"x"}', title: '주민등록표 "등본" \\ 발급' });
    // A line written by hand or another tool, its audit not last: written again from the parsed line.
    const reordered = { audit, type: 'page', key: 'http://a.kr/c', order: 2, given: 'http://a.kr/c', url: 'http://a.kr/c' };
    await writeFile(
      file,
      [JSON.stringify(tricky), JSON.stringify({ ...page('b', 1), audit }), JSON.stringify(reordered)].join('\n') + '\n',
    );
    const scan = await scanStream(file);
    expect(scan.lines.map((line) => line.auditStart !== undefined)).toEqual([true, true, false]);
    const reader = openLines(file);
    const copied = [];
    for (const line of scan.lines) copied.push((await reader.auditBytes(line)).toString('utf8'));
    await reader.close();
    expect(copied).toEqual([JSON.stringify(samplePageAudit({ id: 'a' })), JSON.stringify(audit), JSON.stringify(audit)]);
  });

  it('indexes the lines it writes as a scan of the file does, so a finished run need not read its stream twice', async () => {
    const writer = await openStream(file);
    await writer.append(page('a', 0));
    await writer.append({
      type: 'not-audited',
      key: 'http://a.kr/x',
      order: 1,
      given: 'x',
      url: 'http://a.kr/x',
      kind: 'http',
      reason: 'HTTP 404',
    });
    await writer.append(page('s1', 2, { id: 'run-1', step: 0 }));
    await writer.append({ type: 'journey', key: 'journey:0', order: 2, id: 'run-1', name: '등본', tabId: 1, startedAt: '', endedAt: '' });
    await writer.close();
    // Killed mid-line, then resumed: the next writer goes on from the line and byte after the last whole one.
    await appendFile(file, JSON.stringify(page('b', 3)).slice(0, 200));
    const before = await scanStream(file);
    await cutTornLine(file, before.goodBytes);
    const resumed = await openStream(file, before);
    await resumed.append(page('b', 3));
    await resumed.close();
    const scanned = (await scanStream(file)).lines;
    expect([...writer.written, ...resumed.written]).toEqual(scanned);
    expect(scanned.map((line) => [line.line, line.auditStart !== undefined])).toEqual([
      [1, true],
      [2, false],
      [3, true],
      [4, false],
      [5, true],
    ]);
  });

  it('writes axe’s results given as their JSON bytes as they are: the line reads back as if given as objects', async () => {
    const audit = samplePageAudit({ id: 'a' });
    const writer = await openStream(file);
    await writer.append({ ...(page('a', 0) as PageLine), audit: { ...audit, axe: Buffer.from(JSON.stringify(audit.axe)) } });
    await writer.append(page('b', 1));
    await writer.close();
    const scanned = (await scanStream(file)).lines;
    expect(writer.written).toEqual(scanned);
    const reader = openLines(file);
    const [a, b] = [await reader.read(scanned[0]!), await reader.read(scanned[1]!)] as PageLine[];
    expect(a!.audit).toEqual(audit);
    expect(JSON.parse((await reader.auditBytes(scanned[0]!)).toString('utf8'))).toEqual(audit);
    expect(b!.audit).toEqual(samplePageAudit({ id: 'b' }));
    // A report's reading leaves axe's results out, from the writer's index and from a scan alike.
    expect(scanned.map((line) => line.axeStart !== undefined)).toEqual([true, true]);
    for (const line of [...scanned, { ...scanned[0]!, axeStart: undefined }])
      expect((await reader.readForReport(line)).audit).toEqual({ ...samplePageAudit({ id: line.key.slice(-1) }), axe: null });
    await reader.close();
  });

  it('finds an object’s last member only at the top level and only when it is last', () => {
    const text = (value: unknown) => JSON.stringify(value);
    const nested = { a: { audit: 1 }, b: '"audit":', audit: { c: 2 } };
    expect(text(nested).slice(lastMemberAt(text(nested), nested, 'audit')!, -1)).toBe('{"c":2}');
    const notLast = { audit: 1, b: 2 };
    expect(lastMemberAt(text(notLast), notLast, 'audit')).toBeNull();
    expect(lastMemberAt(`${text(nested)} `, nested, 'audit')).toBeNull();
  });

  it('ignores a last line cut off by a kill mid-write, and cuts it before appending (resume)', async () => {
    const writer = await openStream(file);
    await writer.append(page('a', 0));
    await writer.close();
    const whole = (await readFile(file)).byteLength;
    await appendFile(file, JSON.stringify(page('b', 1)).slice(0, 300));
    const scan = await scanStream(file);
    expect(scan.torn).toBe(true);
    expect(scan.lines).toHaveLength(1);
    expect(scan.goodBytes).toBe(whole);
    await cutTornLine(file, scan.goodBytes);
    const again = await openStream(file);
    await again.append(page('b', 1));
    await again.close();
    expect((await scanStream(file)).lines.map((line) => line.key)).toEqual(['http://a.kr/a', 'http://a.kr/b']);
  });

  it('names the file and line of a broken line that is not the last', async () => {
    await writeFile(file, `${JSON.stringify(page('a', 0))}\n{"type":"page", oops\n${JSON.stringify(page('b', 1))}\n`);
    await expect(scanStream(file)).rejects.toThrow(new RegExp(`${file.replaceAll('/', '\\/')} line 2: not a JSON line`));
    await writeFile(file, `${JSON.stringify({ type: 'page', key: 'x' })}\n`);
    await expect(scanStream(file)).rejects.toThrow(/line 1: not a result line \(order: /);
  });

  it('counts a journey’s pages only once its closing line is written', async () => {
    const writer = await openStream(file);
    await writer.append(page('s1', 0, { id: 'run-1', step: 0 }));
    await writer.append(page('s2', 0, { id: 'run-1', step: 1 }));
    // Interrupted: run-1 never closed. Resumed: run-2 did it again, whole.
    await writer.append(page('s1', 0, { id: 'run-2', step: 0 }));
    await writer.append(page('s2', 0, { id: 'run-2', step: 1 }));
    await writer.append({ type: 'journey', key: 'journey:0', order: 0, id: 'run-2', name: 'j', tabId: 1, startedAt: '', endedAt: '' });
    await writer.close();
    const counted = countedLines((await scanStream(file)).lines);
    expect(counted.map((line) => [line.type, line.journeyId ?? line.id])).toEqual([
      ['page', 'run-2'],
      ['page', 'run-2'],
      ['journey', 'run-2'],
    ]);
  });
});

describe('the run state (state.json)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dotbogi-state-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is absent from a folder that holds no run', async () => {
    expect(await readState(dir)).toBeNull();
  });

  it('names the file and line of broken JSON and of a wrong field', async () => {
    await writeFile(join(dir, 'state.json'), '{\n  "format": "dotbogi-audit-state",\n  "version": 1,\n  oops\n}\n');
    await expect(readState(dir)).rejects.toThrow(/state\.json line 4: not valid JSON/);
    await writeFile(join(dir, 'state.json'), '{\n  "format": "dotbogi-audit-state",\n  "version": 1,\n  "status": "paused"\n}\n');
    await expect(readState(dir)).rejects.toThrow(/state\.json line 4: not a Dotbogi run state \(status: /);
  });
});
