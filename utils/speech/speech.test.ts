import { describe, expect, it, vi, afterEach } from 'vitest';
import { chunkText, MAX_CHUNK_LENGTH } from './chunk';
import { createReader, chunkDeadlineMs, type SynthLike, type UtteranceLike } from './reader';
import { loadVoices, pickVoice, type VoiceLike } from './voices';

describe('chunkText', () => {
  it('splits Korean text into sentences with offsets into the original', () => {
    const text = '주민등록표 등본을 발급합니다. 신청 방법을 고르세요! 수수료는 없습니다.';
    const chunks = chunkText(text, 'ko');
    expect(chunks.map((chunk) => chunk.text)).toEqual(['주민등록표 등본을 발급합니다.', '신청 방법을 고르세요!', '수수료는 없습니다.']);
    for (const chunk of chunks) expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text);
  });

  it('reads a dated sentence as one piece: the dots of "2024. 3. 1." are not full stops', () => {
    const text = '신청 기간은 2024. 3. 1.부터입니다. 늦지 마세요.';
    expect(chunkText(text, 'ko').map((chunk) => chunk.text)).toEqual(['신청 기간은 2024. 3. 1.부터입니다.', '늦지 마세요.']);
  });

  it('cuts long sentences at phrase marks, then between words, never over the limit', () => {
    const text =
      '인터넷으로 신청하시려면 먼저 공동인증서나 간편인증으로 로그인하시고, 신청서의 빈칸을 모두 채운 다음, 수수료를 내시고 발급 버튼을 누르시면 프린터로 바로 출력하실 수 있으며 출력이 안 되면 민원실을 찾아가 직원에게 도움을 요청하실 수 있습니다.';
    const chunks = chunkText(text, 'ko');
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
      expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text);
    }
    expect(chunks[0]!.text).toBe('인터넷으로 신청하시려면 먼저 공동인증서나 간편인증으로 로그인하시고,');
    expect(chunks.map((chunk) => chunk.text).join(' ')).toBe(text);
  });

  it('skips pieces with nothing to say and handles other scripts', () => {
    expect(chunkText('  …  ', 'ko')).toEqual([]);
    expect(chunkText('Xin chào. Bạn cần giúp gì?', 'vi').map((chunk) => chunk.text)).toEqual(['Xin chào.', 'Bạn cần giúp gì?']);
  });
});

const voice = (lang: string, name: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  lang,
  name,
  localService: true,
  default: false,
  ...extra,
});

describe('pickVoice', () => {
  const voices = [
    voice('en-US', 'English'),
    voice('ko-KR', 'Google 한국의', { localService: false }),
    voice('ko_KR', 'Yuna'),
    voice('vi-VN', 'Linh'),
  ];

  it('prefers a local voice of the exact language', () => {
    expect(pickVoice(voices, 'ko-KR')!.name).toBe('Yuna');
  });
  it('matches the primary language when the region differs', () => {
    expect(pickVoice(voices, 'ko')!.name).toBe('Yuna');
    expect(pickVoice(voices, 'vi')!.name).toBe('Linh');
  });
  it('returns null when the device has no voice for the language', () => {
    expect(pickVoice(voices, 'km')).toBeNull();
    expect(pickVoice([], 'ko')).toBeNull();
  });
});

describe('loadVoices', () => {
  afterEach(() => vi.useRealTimers());
  it('waits for voiceschanged, and gives up after the timeout with what there is', async () => {
    vi.useFakeTimers();
    let listener: (() => void) | undefined;
    let list: VoiceLike[] = [];
    const source = {
      getVoices: () => list,
      addEventListener: (_: string, fn: () => void) => (listener = fn),
      removeEventListener: () => undefined,
    };
    const waiting = loadVoices(source, 1000);
    list = [voice('ko-KR', 'Yuna')];
    listener!();
    await expect(waiting).resolves.toHaveLength(1);
    list = [];
    const empty = loadVoices(source, 1000);
    vi.advanceTimersByTime(1000);
    await expect(empty).resolves.toEqual([]);
  });
});

/** A fake speechSynthesis that records utterances and lets the test end them. */
function fakeSynth() {
  const spoken: UtteranceLike[] = [];
  const calls: string[] = [];
  const synth: SynthLike = {
    speak: (utterance) => void spoken.push(utterance),
    cancel: () => {
      calls.push('cancel');
      spoken.at(-1)?.onerror?.({ error: 'interrupted' });
    },
    pause: () => void calls.push('pause'),
    resume: () => void calls.push('resume'),
  };
  const create = (text: string): UtteranceLike => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null });
  return { synth, spoken, calls, create };
}

describe('createReader', () => {
  afterEach(() => vi.useRealTimers());
  const yuna = voice('ko-KR', 'Yuna');

  it('speaks chunks one after another with the language, rate and voice, reporting each', () => {
    const { synth, spoken, create } = fakeSynth();
    const onChunk = vi.fn();
    const onDone = vi.fn();
    const reader = createReader(synth, create);
    reader.read(['하나.', '둘.'], { lang: 'ko-KR', rate: 0.8, voice: yuna, onChunk, onDone });
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toMatchObject({ text: '하나.', lang: 'ko-KR', rate: 0.8, voice: yuna });
    expect(reader.reading).toBe(true);
    spoken[0]!.onend!({});
    expect(spoken[1]!.text).toBe('둘.');
    spoken[1]!.onend!({});
    expect(onChunk.mock.calls).toEqual([[0], [1]]);
    expect(onDone).toHaveBeenCalledWith('end');
    expect(reader.reading).toBe(false);
  });

  it('stops on request and reports it once, ignoring a late end event', () => {
    const { synth, spoken, create } = fakeSynth();
    const onDone = vi.fn();
    const reader = createReader(synth, create);
    reader.read(['하나.', '둘.'], { lang: 'ko', rate: 1, voice: yuna, onDone });
    reader.stop();
    spoken[0]!.onend!({});
    expect(spoken).toHaveLength(1);
    expect(onDone.mock.calls).toEqual([['stopped']]);
  });

  it('moves on when Chrome loses an utterance (the watchdog)', () => {
    vi.useFakeTimers();
    const { synth, spoken, calls, create } = fakeSynth();
    const reader = createReader(synth, create);
    reader.read(['첫 문장입니다.', '두 번째.'], { lang: 'ko', rate: 1, voice: yuna });
    vi.advanceTimersByTime(chunkDeadlineMs('첫 문장입니다.', 1) + 1);
    expect(calls).toContain('cancel');
    expect(spoken.map((utterance) => utterance.text)).toEqual(['첫 문장입니다.', '두 번째.']);
  });

  it('keeps online voices alive with pause/resume, but not local ones', () => {
    vi.useFakeTimers();
    const online = fakeSynth();
    createReader(online.synth, online.create).read(['가.'.repeat(200)], {
      lang: 'ko',
      rate: 1,
      voice: voice('ko-KR', 'Google', { localService: false }),
    });
    vi.advanceTimersByTime(10_000);
    expect(online.calls).toEqual(['cancel', 'pause', 'resume']); // cancel: read() first silences anything already speaking
    const local = fakeSynth();
    createReader(local.synth, local.create).read(['가.'.repeat(200)], { lang: 'ko', rate: 1, voice: yuna });
    vi.advanceTimersByTime(10_000);
    expect(local.calls).toEqual(['cancel']);
  });

  it('reports a real speech error', () => {
    const { synth, spoken, create } = fakeSynth();
    const onDone = vi.fn();
    createReader(synth, create).read(['하나.'], { lang: 'ko', rate: 1, voice: yuna, onDone });
    spoken[0]!.onerror!({ error: 'synthesis-failed' });
    expect(onDone).toHaveBeenCalledWith('error');
  });
});
