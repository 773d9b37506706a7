import type { Ref } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import type { TermMatch } from '@/utils/glossary/find-terms';
import { indexByNode, setTermMarks, termAtPoint } from '@/utils/glossary/page-marks';
import { placeCallout, type CalloutPlacement } from '@/utils/field-helper/place-callout';
import { useOverlay } from './overlay-context';
import { useHelperSettings } from './field-helper/use-helper-settings';
import { usePageTerms } from './GlossaryPageTerms';
import { GlossaryTermCard } from './GlossaryTermCard';
import { readScreen, screenSize, toScreenRect } from './screen';
import glossaryCss from './Glossary.css?inline';

interface Shown {
  match: TermMatch;
  rect: DOMRect;
  pinned: boolean;
}

/**
 * While the user has "hard words" on: marks glossary terms on the page (CSS highlights, no DOM
 * edits) and explains one on hover or tap in a card on our own layer. Listening is passive:
 * the page's clicks and pointer events go on as before.
 */
export function GlossaryMarks() {
  const { dir } = useT('overlay');
  const { win, pageKey } = useOverlay();
  const doc = win.document;
  const { hardWords } = useHelperSettings();
  const [rescan, setRescan] = useState(0);
  const { matches } = usePageTerms(hardWords, doc, `${pageKey}:${rescan}`);
  const byNode = useMemo(() => indexByNode(matches), [matches]);
  const [shown, setShown] = useState<Shown | null>(null);
  const [placement, setPlacement] = useState<CalloutPlacement | null>(null);
  const card = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setTermMarks(doc, hardWords ? matches : null);
    if (!hardWords) setShown(null);
  }, [hardWords, matches, doc]);
  useEffect(() => () => void setTermMarks(doc, null), [doc]);

  // Pages change (search results, step forms): look again, at most once a second.
  useEffect(() => {
    if (!hardWords || !doc.body) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setRescan((count) => count + 1), 1000);
    });
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [hardWords, doc]);

  useEffect(() => {
    if (!hardWords || matches.length === 0) return;
    const view = doc.defaultView ?? window;
    const isOurs = (event: Event) => {
      const root = card.current?.getRootNode();
      return !!root && event.composedPath().some((node) => node === root || (root instanceof ShadowRoot && node === root.host));
    };
    let frame = 0;
    const onMove = (event: PointerEvent) => {
      if (frame || isOurs(event)) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        const hit = termAtPoint(doc, byNode, event.clientX, event.clientY);
        setShown((current) => {
          if (current?.pinned) return current;
          return hit ? { match: hit.match, rect: hit.range.getBoundingClientRect(), pinned: false } : null;
        });
      });
    };
    const onClick = (event: MouseEvent) => {
      if (isOurs(event)) return;
      const hit = termAtPoint(doc, byNode, event.clientX, event.clientY);
      setShown(hit ? { match: hit.match, rect: hit.range.getBoundingClientRect(), pinned: true } : null);
    };
    const onScroll = () => setShown(null);
    const options = { capture: true, passive: true };
    doc.addEventListener('pointermove', onMove, options);
    doc.addEventListener('click', onClick, options);
    view.addEventListener('scroll', onScroll, options);
    return () => {
      if (frame) view.cancelAnimationFrame(frame);
      doc.removeEventListener('pointermove', onMove, options);
      doc.removeEventListener('click', onClick, options);
      view.removeEventListener('scroll', onScroll, options);
    };
  }, [hardWords, matches, byNode, doc]);

  useLayoutEffect(() => {
    if (!shown) return setPlacement(null);
    const view = doc.defaultView ?? window;
    const box = card.current;
    const size = box ? { width: box.offsetWidth, height: box.scrollHeight } : { width: 0, height: 0 };
    const screen = readScreen(view);
    setPlacement(placeCallout(toScreenRect(shown.rect, screen), size, screenSize(screen), dir));
  }, [shown, dir, doc]);

  return (
    <>
      <style>{glossaryCss}</style>
      <div class="glossary-marks" aria-live="polite">
        {shown && <GlossaryCard ref={card} shown={shown} placement={placement} onClose={() => setShown(null)} />}
      </div>
    </>
  );
}

function GlossaryCard({
  ref,
  shown,
  placement,
  onClose,
}: {
  ref: Ref<HTMLDivElement>;
  shown: Shown;
  placement: CalloutPlacement | null;
  onClose: () => void;
}) {
  const { t } = useT('overlay');
  const style = placement
    ? { left: `${placement.x}px`, top: `${placement.y}px`, maxHeight: placement.maxHeight ? `${placement.maxHeight}px` : undefined }
    : { left: '0px', top: '0px', visibility: 'hidden' as const };
  return (
    <div
      ref={ref}
      class="term-card"
      role="group"
      aria-labelledby="dotbogi-term-card-name"
      style={style}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <GlossaryTermCard id={shown.match.id} pageText={shown.match.text} headingId="dotbogi-term-card-name" />
      {shown.pinned && (
        <button type="button" class="term-card-close" onClick={onClose}>
          {t('glossarySection.closeExplanation')}
        </button>
      )}
    </div>
  );
}
