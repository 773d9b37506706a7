import { describe, expect, it, vi } from 'vitest';
import { createLauncherButton, type LauncherState } from './launcher-button';

const state = (patch: Partial<LauncherState> = {}): LauncherState => ({
  label: '돋보기 도움말',
  language: 'ko',
  expanded: false,
  onPress: () => undefined,
  ...patch,
});

describe('createLauncherButton', () => {
  it('is a real button whose name says 돋보기 in every language', () => {
    const korean = createLauncherButton(document, state());
    expect(korean.element.tagName).toBe('BUTTON');
    expect(korean.element.textContent).toBe('돋보기 도움말');
    const english = createLauncherButton(document, state({ label: 'Help', language: 'en' }));
    expect(english.element.textContent).toBe('Help돋보기');
    expect(english.element.querySelector('[lang="ko"]')?.textContent).toBe('돋보기');
  });

  it('shows the warning badge after the Korean name, and says when it is busy or open', () => {
    const launcher = createLauncherButton(document, state({ language: 'en', label: 'Help' }));
    launcher.update(state({ language: 'en', label: 'Help', badge: 'Warning', busy: true, expanded: true }));
    expect([...launcher.element.querySelectorAll('span')].map((span) => span.textContent)).toEqual(['Help', '돋보기', 'Warning']);
    expect(launcher.element.getAttribute('aria-busy')).toBe('true');
    expect(launcher.element.getAttribute('aria-expanded')).toBe('true');
    launcher.update(state({ language: 'en', label: 'Help' }));
    expect(launcher.element.querySelector('.badge')).toBeNull();
    expect(launcher.element.hasAttribute('aria-busy')).toBe(false);
  });

  it('calls the handlers it was last given', () => {
    const first = vi.fn();
    const latest = vi.fn();
    const pressStart = vi.fn();
    const launcher = createLauncherButton(document, state({ onPress: first }));
    launcher.update(state({ onPress: latest, onPressStart: pressStart }));
    launcher.element.click();
    launcher.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
    expect(pressStart).toHaveBeenCalledTimes(1);
  });

  it('takes a mouse press from the button going down, but a finger only as a hint until it lifts without scrolling', () => {
    const pressStart = vi.fn();
    const intent = vi.fn();
    const launcher = createLauncherButton(document, state({ onPressStart: pressStart, onIntent: intent }));
    launcher.element.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'mouse' }));
    expect(pressStart).toHaveBeenCalledTimes(1);
    launcher.element.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch' }));
    expect(pressStart).toHaveBeenCalledTimes(1);
    expect(intent).toHaveBeenCalledTimes(1);
    expect(launcher.touch()).toBe('down');
    // The browser takes the touch for a scroll.
    launcher.element.dispatchEvent(new PointerEvent('pointercancel', { pointerType: 'touch' }));
    expect(launcher.touch()).toBe(null);
    // A tap: lifted, its click on the way, then clicked.
    launcher.element.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch' }));
    launcher.element.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch' }));
    expect(launcher.touch()).toBe('lifted');
    launcher.element.click();
    expect(launcher.touch()).toBe(null);
  });
});
