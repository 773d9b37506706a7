import { describe, expect, it } from 'vitest';
import { setBody } from '@/tests/kits/dom';
import { findSessionTimers, seconds } from './session-timer';

describe('findSessionTimers', () => {
  it('finds the timer with its clock and extend button, whichever way the page writes it', () => {
    setBody(
      '<div class="head"><div id="a">남은 시간 <span>10:00</span> <img id="session-extend" alt=""></div></div>' +
        '<div class="head"><div id="b"><span>남은 시간</span> <strong>09:58</strong> <button>연장</button></div></div>' +
        '<p id="c">자동 로그아웃까지 4분 30초</p>',
    );
    expect(findSessionTimers(document.body).map((element) => element.id)).toEqual(['a', 'b', 'c']);
  });

  it('ignores time words with no clock, and opening hours', () => {
    setBody('<p>남은 시간이 부족하면 연장하세요.</p><footer>정부민원안내콜센터 110 (평일 09:00~18:00) 남은 시간 안내</footer>');
    expect(findSessionTimers(document.body)).toEqual([]);
  });

  it('reads a clock in seconds', () => {
    expect([seconds('09:58'), seconds('4분 30초'), seconds('45초'), seconds('없음')]).toEqual([598, 270, 45, null]);
  });
});
