import { describe, expect, it } from 'vitest';
import { CONTRAST_ID, setContrast, setTextSpacing, TEXT_SPACING_ID } from './page-styles';
import { setBody, setHead } from '@/tests/kits/dom';

describe('page styles the user asks for', () => {
  it('adds one text-spacing stylesheet, keeps it single, and removes it when turned off', () => {
    setHead('<style>p{color:red}</style>');
    setBody('<p class="x" style="margin:0">글</p>');
    const body = document.body.innerHTML;
    setTextSpacing(document, true);
    setTextSpacing(document, true);
    expect(document.querySelectorAll(`#${TEXT_SPACING_ID}`)).toHaveLength(1);
    expect(document.getElementById(TEXT_SPACING_ID)!.textContent).toContain('line-height: 1.8');
    expect(document.body.innerHTML).toBe(body);
    setTextSpacing(document, false);
    expect(document.getElementById(TEXT_SPACING_ID)).toBeNull();
  });

  it('switches contrast modes in one element, steps aside under forced colours, and keeps images', () => {
    setContrast(document, 'high');
    const high = document.getElementById(CONTRAST_ID)!.textContent!;
    expect(high).toContain('@media not (forced-colors: active)');
    expect(high).not.toMatch(/img[^{]*\{[^}]*(display|visibility|opacity)/);
    setContrast(document, 'dark');
    expect(document.querySelectorAll(`#${CONTRAST_ID}`)).toHaveLength(1);
    expect(document.getElementById(CONTRAST_ID)!.textContent).toContain('img, picture');
    setContrast(document, 'normal');
    expect(document.getElementById(CONTRAST_ID)).toBeNull();
  });
});
