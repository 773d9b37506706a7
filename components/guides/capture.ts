/**
 * The overlay's side of the guide recorder: on `guide:capture` it waits for the user's next
 * click on the page and answers with that element's fingerprint (that one click's default
 * action and page handlers are suppressed, so capturing a link does not leave the page); on
 * `guide:test` it answers how confidently a fingerprint matches here now. Esc cancels a capture.
 */
import type { TabHandlers } from '@/utils/messaging/tab-listener';
import { fingerprintOf } from '@/utils/guides/element-facts';
import { matchFingerprint } from '@/utils/guides/matcher';
import type { Fingerprint } from '@/utils/guides/schema';

const CAPTURE_TIMEOUT_MS = 120_000;
const CONTROL = 'a[href],button,input,select,textarea,summary,[role],[onclick],ul,ol';

/** The element a click meant: the control around the clicked text, or a label's own control. */
export function clickedControl(target: Element): Element {
  const label = target.closest('label');
  const control = (label as HTMLLabelElement | null)?.control;
  if (control) return control;
  return target.closest(CONTROL) ?? target;
}

export function captureNextClick(doc: Document, timeoutMs = CAPTURE_TIMEOUT_MS): Promise<Fingerprint | null> {
  const win = doc.defaultView!;
  return new Promise((resolve) => {
    const finish = (value: Fingerprint | null) => {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      win.clearTimeout(timer);
      resolve(value);
    };
    const onClick = (event: MouseEvent) => {
      const target = event.composedPath()[0];
      if (!(target instanceof win.Element) || target.closest('[data-dotbogi-ui]') || target.tagName.toLowerCase().startsWith('dotbogi-'))
        return;
      // Capturing only: this one click must not submit, navigate or run the page's handlers.
      event.preventDefault();
      event.stopImmediatePropagation();
      finish(fingerprintOf(clickedControl(target)));
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') finish(null);
    };
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKey, true);
    const timer = win.setTimeout(() => finish(null), timeoutMs);
  });
}

/** The overlay's handlers of the recorder's commands, for its one tab listener (utils/messaging/tab-listener.ts). */
export function guideCommandHandlers(doc: Document): TabHandlers {
  return {
    'guide:capture': () => captureNextClick(doc),
    'guide:test': ({ fingerprint }) => {
      const match = matchFingerprint(doc, fingerprint);
      return { found: match.element !== null, score: match.score, margin: match.margin };
    },
  };
}
