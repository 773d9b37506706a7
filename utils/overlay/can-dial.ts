/**
 * Can this device place a phone call from a `tel:` link? Phones and tablets with a SIM can; a
 * desktop browser at best opens some calling app the person never set up. Told apart by what the
 * browser says it is (Client Hints `mobile`, else the user agent) and, for browsers that say
 * nothing useful, by the absence of any fine pointer (no mouse or trackpad at all).
 */
export function canDial(win: Pick<Window, 'navigator' | 'matchMedia'>): boolean {
  const navigator = win.navigator as Navigator & { userAgentData?: { mobile?: boolean } };
  if (typeof navigator.userAgentData?.mobile === 'boolean') return navigator.userAgentData.mobile;
  if (/Android|iPhone|iPad|iPod|Mobile/i.test(navigator.userAgent)) return true;
  const query = win.matchMedia?.('(any-pointer: fine)');
  return query ? !query.matches && win.matchMedia('(any-pointer: coarse)').matches : false;
}
