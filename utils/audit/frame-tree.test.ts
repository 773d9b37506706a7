import { describe, expect, it } from 'vitest';
import { framesNotAudited, matchChild, placeTarget, type FrameNode, type ReachedFrame } from './frame-tree';
import type { ChildFrame } from './frame-protocol';

const reached = (frameId: number, rawPath: number[]): ReachedFrame => ({ frameId, url: `http://x/${frameId}`, elements: 1, rawPath });
const child = (index: number, frameId: number | null = null): ChildFrame => ({
  index,
  frameId,
  url: 'http://x/',
  sandboxed: false,
  axeOrder: 0,
  axeContext: {},
});

describe('finding the frame a frame element is', () => {
  const top = reached(0, []);
  const frames = [top, reached(4, [0]), reached(7, [1]), reached(9, [1, 0])];

  it('by the frameId the browser gave (Firefox), else by its index path', () => {
    expect(matchChild(top, child(5, 7), [], frames)?.frameId).toBe(7);
    expect(matchChild(top, child(1), [], frames)?.frameId).toBe(7);
    expect(matchChild(reached(7, [1]), child(0), [], frames)?.frameId).toBe(9);
    expect(matchChild(top, child(3), [], frames)).toBeUndefined();
  });

  it('places a frame in a shadow root only when nothing else could be it', () => {
    const shadow = child(-1);
    expect(matchChild(top, shadow, [shadow], [...frames, reached(12, [-1])])?.frameId).toBe(12);
    // Two frames in shadow roots, two candidates: which is which cannot be known.
    const other = child(-1);
    expect(matchChild(top, shadow, [shadow, other], [...frames, reached(12, [-1]), reached(13, [-1])])).toBeUndefined();
  });
});

describe('placing an axe target in its frame', () => {
  it('takes the longest chain of frame selectors the target starts with', () => {
    const frames = [
      { frameId: 0, chain: [] as unknown[] },
      { frameId: 4, chain: ['iframe#a'] as unknown[] },
      { frameId: 9, chain: ['iframe#a', 'iframe'] as unknown[] },
      { frameId: 11, chain: null },
    ];
    expect(placeTarget(['iframe#a', 'iframe', 'img'], frames)).toEqual({ frame: frames[2], target: ['img'] });
    expect(placeTarget(['iframe#a', 'p'], frames)).toEqual({ frame: frames[1], target: ['p'] });
    expect(placeTarget([['#host', 'input']], frames)).toEqual({ frame: frames[0], target: [['#host', 'input']] });
  });
});

describe('frames not audited', () => {
  it('names a frame caught before its first page came in by the address its frame element was loading', () => {
    const top = reached(0, []);
    const busy: ReachedFrame = { frameId: 3, url: 'about:blank', elements: 0, rawPath: [0] };
    const element = { ...child(0), url: 'http://chat.go.kr/busy.html' };
    const nodes = new Map<number, FrameNode>([
      [
        0,
        { frame: top, axeContext: {}, matched: new Map([[element, 3]]), reply: { children: [element] } as unknown as FrameNode['reply'] },
      ],
      [3, { frame: busy, axeContext: {}, matched: new Map(), failure: 'timed out after 30 s' }],
    ]);
    expect(framesNotAudited(nodes).map((skip) => skip.url)).toEqual(['http://chat.go.kr/busy.html']);
  });
});
