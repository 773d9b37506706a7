import { afterEach, describe, expect, it } from 'vitest';
import { describeField, nameTokens, FORMATS } from './describe-field';

/** Parses fixture markup with DOMParser (our lint forbids innerHTML, even in tests). */
function parse(html: string): Node[] {
  return Array.from(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes);
}

function fixture(html: string): HTMLElement {
  const host = document.createElement('div');
  host.append(...parse(html));
  document.body.append(host);
  return host;
}

function field(host: ParentNode, selector = 'input, select, textarea'): Element {
  const element = host.querySelector(selector);
  if (!element) throw new Error(`no ${selector} in fixture`);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('describeField: formats', () => {
  const cases: [string, string, string][] = [
    ['<label for="a">주민등록번호</label><input id="a" name="juminNo">', 'residentNumber', '주민등록번호'],
    ['<label for="a">외국인등록번호</label><input id="a">', 'foreignerNumber', '외국인등록번호'],
    ['<label for="a">여권번호</label><input id="a">', 'passportNumber', '여권번호'],
    ['<label for="a">휴대전화</label><input id="a" type="tel">', 'mobilePhone', '휴대전화'],
    ['<label for="a">전화번호</label><input id="a">', 'phone', '전화번호'],
    ['<label for="a">생년월일</label><input id="a">', 'birthDate', '생년월일'],
    ['<label for="a">우편번호</label><input id="a">', 'postalCode', '우편번호'],
    ['<label for="a">상세주소</label><input id="a">', 'addressDetail', '상세주소'],
    ['<label for="a">주소</label><input id="a">', 'address', '주소'],
    ['<label for="a">이메일 주소</label><input id="a">', 'email', '이메일 주소'],
    ['<label for="a">아이디</label><input id="a">', 'userId', '아이디'],
    ['<label for="a">비밀번호</label><input id="a" type="password">', 'password', '비밀번호'],
    ['<label for="a">발급 부수</label><input id="a">', 'copies', '발급 부수'],
    ['<label for="a">성명</label><input id="a">', 'personName', '성명'],
    ['<label for="a">인증번호</label><input id="a">', 'verificationCode', '인증번호'],
    ['<label for="a">신청일자</label><input id="a">', 'date', '신청일자'],
  ];
  it.each(cases)('%s → %s', (html, formatKey, label) => {
    const result = describeField(field(fixture(html)));
    expect(result).toMatchObject({ formatKey, koreanLabel: label });
  });

  it('has a test case for every format in formats.json', () => {
    expect(new Set(cases.map(([, key]) => key))).toEqual(new Set(FORMATS.map((format) => format.key)));
  });

  it('matches by English label, autocomplete, name/id and type when the label says nothing', () => {
    expect(describeField(field(fixture('<label for="a">Date of birth</label><input id="a">')))?.formatKey).toBe('birthDate');
    expect(describeField(field(fixture('<input aria-label="입력" autocomplete="postal-code">')))?.formatKey).toBe('postalCode');
    expect(describeField(field(fixture('<input title="입력 칸" name="user_zip_code">')))?.formatKey).toBe('postalCode');
    expect(describeField(field(fixture('<input title="입력 칸" id="mbtlnum">')))?.formatKey).toBe('mobilePhone');
    expect(describeField(field(fixture('<input title="입력 칸" type="email">')))?.formatKey).toBe('email');
  });

  it('prefers the resident number over the foreigner number for "주민등록번호(외국인등록번호)"', () => {
    expect(describeField(field(fixture('<label for="a">주민등록번호(외국인등록번호)</label><input id="a">')))?.formatKey).toBe(
      'residentNumber',
    );
  });

  it('returns null format for a field it does not know, still with its label', () => {
    expect(describeField(field(fixture('<label for="a">신청 사유</label><textarea id="a"></textarea>')))).toEqual({
      koreanLabel: '신청 사유',
      formatKey: null,
      hints: [],
    });
  });

  it('ignores controls that are not typed into', () => {
    for (const type of ['checkbox', 'radio', 'submit', 'hidden', 'file', 'button']) {
      expect(describeField(field(fixture(`<label>동의 <input type="${type}"></label>`)))).toBeNull();
    }
  });
});

describe('describeField: labels of unlabeled-looking fields', () => {
  it('uses the placeholder when it is all there is', () => {
    expect(describeField(field(fixture('<input placeholder="휴대전화 번호">')))).toMatchObject({
      koreanLabel: '휴대전화 번호',
      formatKey: 'mobilePhone',
    });
  });

  it('follows aria-labelledby, in order, across several ids', () => {
    const host = fixture('<span id="x">신청인</span><span id="y">생년월일</span><input aria-labelledby="x y">');
    expect(describeField(field(host))).toMatchObject({ koreanLabel: '신청인 생년월일', formatKey: 'birthDate' });
  });

  it('uses the title attribute', () => {
    expect(describeField(field(fixture('<input title="여권번호">')))).toMatchObject({
      koreanLabel: '여권번호',
      formatKey: 'passportNumber',
    });
  });

  it('uses a wrapping label without the text of controls inside it', () => {
    const host = fixture('<label>성명 <span aria-hidden="true">*</span><input name="a"></label>');
    expect(describeField(field(host))).toMatchObject({ koreanLabel: '성명', formatKey: 'personName' });
  });

  it('uses <label for> and drops required marks and colons', () => {
    expect(describeField(field(fixture('<label for="n">* 성명 (필수) :</label><input id="n">')))?.koreanLabel).toBe('성명');
  });

  it('uses the row header of a government-style form table', () => {
    const host = fixture('<table><tr><th scope="row">우편번호</th><td><input name="a"></td></tr></table>');
    expect(describeField(field(host))).toMatchObject({ koreanLabel: '우편번호', formatKey: 'postalCode' });
  });

  it('finds labels inside an open shadow root', () => {
    const host = fixture('<div id="component"></div>');
    const shadow = host.querySelector('#component')!.attachShadow({ mode: 'open' });
    shadow.append(
      ...parse('<label for="rrn">주민등록번호</label><input id="rrn"><span id="hint">이메일</span><input id="m" aria-labelledby="hint">'),
    );
    expect(describeField(shadow.querySelector('#rrn')!)).toMatchObject({ koreanLabel: '주민등록번호', formatKey: 'residentNumber' });
    expect(describeField(shadow.querySelector('#m')!)).toMatchObject({ koreanLabel: '이메일', formatKey: 'email' });
  });

  it('gives an empty label when nothing names the field', () => {
    expect(describeField(field(fixture('<input name="q7">')))).toEqual({ koreanLabel: '', formatKey: null, hints: [] });
  });
});

describe('describeField: hints from attributes', () => {
  it('reads required, digits only and exact length', () => {
    const host = fixture(
      '<label for="a">주민등록번호 앞자리</label><input id="a" required inputmode="numeric" maxlength="6" minlength="6">',
    );
    expect(describeField(field(host))?.hints).toEqual([{ kind: 'required' }, { kind: 'digitsOnly' }, { kind: 'exactLength', length: 6 }]);
  });

  it('reads a digits-only pattern with a fixed length', () => {
    expect(describeField(field(fixture('<input title="우편번호" pattern="[0-9]{5}">')))?.hints).toEqual([
      { kind: 'digitsOnly' },
      { kind: 'exactLength', length: 5 },
    ]);
  });

  it('reads maxlength alone', () => {
    expect(describeField(field(fixture('<input title="성명" maxlength="20">')))?.hints).toEqual([{ kind: 'maxLength', max: 20 }]);
  });

  it('says which box of a three-box phone number this is', () => {
    const host = fixture(
      '<fieldset><legend>휴대전화</legend><select title="휴대전화 앞자리"><option>010</option></select> - <input title="휴대전화 가운데 자리" maxlength="4"> - <input title="휴대전화 끝자리" maxlength="4"></fieldset>',
    );
    const boxes = host.querySelectorAll('select, input');
    expect(describeField(boxes[0]!)?.hints).toEqual([{ kind: 'choose' }, { kind: 'part', index: 1, count: 3 }]);
    expect(describeField(boxes[1]!)?.hints).toEqual([
      { kind: 'maxLength', max: 4 },
      { kind: 'part', index: 2, count: 3 },
    ]);
    expect(describeField(boxes[2]!)).toMatchObject({ koreanLabel: '휴대전화 끝자리', formatKey: 'mobilePhone' });
  });

  it('says which select of a three-select birth date this is', () => {
    const host = fixture(
      '<div><span id="b">생년월일</span><select aria-labelledby="b" title="년"></select><select aria-labelledby="b" title="월"></select><select aria-labelledby="b" title="일"></select></div>',
    );
    expect(describeField(host.querySelectorAll('select')[1]!)).toMatchObject({
      formatKey: 'birthDate',
      hints: [{ kind: 'choose' }, { kind: 'part', index: 2, count: 3 }],
    });
  });

  it('points to the site’s own address search button and notes a read-only box', () => {
    const host = fixture(
      '<table><tr><th>주소</th><td><div><input title="우편번호" readonly> <button type="button">주소 검색</button></div><input title="주소" readonly><input title="상세주소"></td></tr></table>',
    );
    const [zip, address] = Array.from(host.querySelectorAll('input'));
    expect(describeField(zip!)).toEqual({
      koreanLabel: '우편번호',
      formatKey: 'postalCode',
      hints: [{ kind: 'readOnly' }, { kind: 'searchButton', label: '주소 검색' }],
    });
    expect(describeField(address!)).toMatchObject({
      formatKey: 'address',
      hints: [{ kind: 'readOnly' }, { kind: 'searchButton', label: '주소 검색' }],
    });
  });

  it('prefers a box’s placeholder to a row header several boxes share, and finds span "buttons"', () => {
    const host = fixture(
      '<table><tr><th>* 주소</th><td><select name="sido"></select> <input name="zip" readonly> <span class="btn" onclick="openAddressSearch()">주소 검색</span> <input name="addrDetail" placeholder="상세 주소"></td></tr></table>',
    );
    const [zip, detail] = Array.from(host.querySelectorAll('input'));
    expect(describeField(detail!)).toMatchObject({ koreanLabel: '상세 주소', formatKey: 'addressDetail' });
    expect(describeField(zip!)).toMatchObject({
      koreanLabel: '주소',
      hints: [{ kind: 'readOnly' }, { kind: 'searchButton', label: '주소 검색' }],
    });
  });

  it('repeats the placeholder as an example when it differs from the label', () => {
    expect(describeField(field(fixture('<label for="a">생년월일</label><input id="a" placeholder="예: 19500305">')))?.hints).toEqual([
      { kind: 'placeholder', text: '예: 19500305' },
    ]);
  });

  it('never reads what the user typed', () => {
    const host = fixture('<label for="a">주민등록번호</label><input id="a"><label>사유<textarea>기본값</textarea></label>');
    const input = field(host, 'input') as HTMLInputElement;
    input.value = '900101-1234567';
    const textarea = field(host, 'textarea') as HTMLTextAreaElement;
    textarea.value = '900101-1234567';
    const texts = JSON.stringify([describeField(input), describeField(textarea)]);
    expect(texts).not.toContain('1234567');
    expect(texts).not.toContain('기본값');
  });
});

describe('nameTokens', () => {
  it('splits camelCase, snake_case and digits, and keeps the joined form', () => {
    expect(nameTokens('userBirthDate2')).toEqual(['user', 'birth', 'date', 'userbirthdate']);
    expect(nameTokens('zip_code')).toEqual(['zip', 'code', 'zipcode']);
    expect(nameTokens('')).toEqual([]);
  });
});
