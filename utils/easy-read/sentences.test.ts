import { describe, expect, it } from 'vitest';
import { clauses, numberRuns, sentences, speechPieces } from './sentences';

describe('sentences', () => {
  it('keeps a dotted date whole while splitting real sentences', () => {
    expect(sentences('2024. 3. 1.부터 시행합니다. 수수료는 1,520원입니다.')).toEqual([
      '2024. 3. 1.부터 시행합니다.',
      '수수료는 1,520원입니다.',
    ]);
    expect(sentences('문의: 02-1234-5678. 평일에만 받습니다.')).toEqual(['문의: 02-1234-5678.', '평일에만 받습니다.']);
    expect(sentences('1. 신청서를 작성합니다. 2. 제출합니다!')).toEqual(['1. 신청서를 작성합니다.', '2. 제출합니다!']);
    expect(sentences('“다 됐어요.” 그 뒤에 받으세요.')).toEqual(['“다 됐어요.”', '그 뒤에 받으세요.']);
  });

  it('cuts a line into pieces short enough to read aloud, at spaces', () => {
    expect(speechPieces('하나 둘 셋 넷', 5)).toEqual(['하나 둘', '셋 넷']);
    expect(speechPieces('짧은 줄')).toEqual(['짧은 줄']);
  });
});

describe('clauses', () => {
  const long =
    '주민등록표 등본 및 초본은 본인 또는 세대원이 신분증을 지참하여 가까운 행정복지센터를 방문하거나 무인민원발급기 또는 정부24 누리집을 통하여 발급받을 수 있으며, 대리인이 신청하는 경우에는 위임장을 함께 제출하여야 합니다.';

  it('cuts a long Korean sentence after its connective endings, changing no word', () => {
    const lines = clauses(long, 'ko');
    expect(lines).toEqual([
      '주민등록표 등본 및 초본은 본인 또는 세대원이 신분증을 지참하여 가까운 행정복지센터를 방문하거나',
      '무인민원발급기 또는 정부24 누리집을 통하여 발급받을 수 있으며,',
      '대리인이 신청하는 경우에는 위임장을 함께 제출하여야 합니다.',
    ]);
    expect(lines.join(' ')).toBe(long);
  });

  it('leaves short sentences, numbers with commas, and helping verbs alone', () => {
    expect(clauses('수수료는 1,520원입니다.', 'ko')).toEqual(['수수료는 1,520원입니다.']);
    const progressive = '새솔구청은 2024년부터 무인민원발급기에서 등본과 초본을 무료로 발급하고 있으며 앞으로도 계속할 예정입니다.';
    expect(clauses(progressive, 'ko')).toEqual([
      '새솔구청은 2024년부터 무인민원발급기에서 등본과 초본을 무료로 발급하고 있으며',
      '앞으로도 계속할 예정입니다.',
    ]);
  });

  it('cuts other languages only at a comma followed by a space', () => {
    expect(clauses('You can apply at any community service centre, or online through Government24, at no cost.', 'en')).toEqual([
      'You can apply at any community service centre,',
      'or online through Government24, at no cost.',
    ]);
  });
});

describe('numberRuns', () => {
  it('marks amounts, dates and phone numbers exactly as written', () => {
    const numbers = numberRuns('방문 400원, 우편요금 1,520원, 2024. 3. 1.부터, 문의 02-1234-5678 (3일 이내)')
      .filter((run) => run.number)
      .map((run) => run.text);
    expect(numbers).toEqual(['400원', '1,520원', '2024. 3. 1.', '02-1234-5678', '3일']);
  });
});
