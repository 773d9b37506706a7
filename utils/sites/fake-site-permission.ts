/**
 * The optional permission behind "가짜 정부 사이트를 알려 드릴까요?": seeing every site's
 * address. Browsers only offer it as "read and change all your data on all websites", so the
 * welcome page explains it and asks; Dotbogi then checks addresses only, locally.
 */
export const ALL_SITES_PERMISSION = { origins: ['https://*/*', 'http://*/*'] };
