import type { TFunction } from 'i18next';

type Platform = 'windows' | 'mac' | 'android' | 'other';

/** Which system's settings hold the voices: told by the browser's own report of its platform. */
export function platformOf(win: Pick<Window, 'navigator'>): Platform {
  const navigator = win.navigator as Navigator & { userAgentData?: { platform?: string } };
  const said = `${navigator.userAgentData?.platform ?? ''} ${navigator.userAgent}`;
  if (/android/i.test(said)) return 'android';
  if (/windows/i.test(said)) return 'windows';
  if (/mac/i.test(said)) return 'mac';
  return 'other';
}

/**
 * "This device has no voice for <language>", and where to add one on this device. Shown on screen
 * (the panel's 읽어주기 and the guide card), not only announced.
 */
export function noVoiceText(t: TFunction, language: string, win: Pick<Window, 'navigator'>, uiLanguage = language): string {
  const name = new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(language.split('-')[0]!) ?? language;
  return `${t('read.noVoice', { language: name })} ${t(`read.installVoice.${platformOf(win)}`)}`;
}
