import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { SECTIONS, type OverlaySection } from './sections';
import { SafeBoundary } from './SafeBoundary';
import { Icon } from './icons';

/**
 * The panel: non-modal (the page stays usable beside it), our own px-sized UI in the shadow
 * root. Sections come from the registry in sections/index.ts and open as large disclosures.
 */
export function Panel({
  onClose,
  onMove,
  status,
  initiallyOpen,
  lowered,
  onRaise,
}: {
  onClose: () => void;
  onMove: () => void;
  status: string;
  initiallyOpen: string;
  /**
   * As a bottom sheet (a narrow screen, see panel.css), folded down to its header at one edge
   * so the person sees the page: what "보여주기" points at, or the field they are typing in.
   */
  lowered?: 'top' | 'bottom';
  onRaise?: () => void;
}) {
  const { t } = useT('overlay');
  const common = useT('common').t;
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set([initiallyOpen]));
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section
      id="dotbogi-panel"
      class={`panel${lowered ? ` lowered lowered-${lowered}` : ''}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby="dotbogi-panel-title"
    >
      <header class="panel-header">
        <h2 id="dotbogi-panel-title" ref={title} tabIndex={-1}>
          {t('panel.title')}
        </h2>
        <div class="header-buttons">
          {lowered && (
            <button type="button" class="primary raise" onClick={onRaise}>
              {t('panel.raise')}
            </button>
          )}
          <button type="button" class="secondary move" onClick={onMove}>
            {t('panel.move')}
          </button>
          <button type="button" class="close" onClick={onClose}>
            <span class="close-mark" aria-hidden="true">
              ✕
            </span>
            {common('close')}
          </button>
        </div>
      </header>
      {/* What a lost person needs first, before anything else can push it off the first screen. */}
      {SECTIONS.filter((section) => section.prominent).map((section) => (
        <SectionDisclosure key={section.id} section={section} open={open.has(section.id)} onToggle={() => toggle(section.id)} />
      ))}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <p class="notice">{common('personalHelpNotice')}</p>
      {SECTIONS.filter((section) => !section.prominent).map((section) => (
        <SectionDisclosure key={section.id} section={section} open={open.has(section.id)} onToggle={() => toggle(section.id)} />
      ))}
    </section>
  );
}

function SectionDisclosure({ section, open, onToggle }: { section: OverlaySection; open: boolean; onToggle: () => void }) {
  const { t } = useT('overlay');
  const bodyId = `dotbogi-section-${section.id}`;
  return (
    <section class={`section${section.prominent ? ' prominent' : ''}`} aria-labelledby={`${bodyId}-title`} data-section={section.id}>
      <h3 class="section-title">
        <button type="button" id={`${bodyId}-title`} aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          {section.prominent && <Icon name={section.prominent} size={32} />}
          <span class="section-name">{t(section.titleKey)}</span>
          <Icon name={open ? 'down' : 'next'} />
        </button>
      </h3>
      <div id={bodyId} hidden={!open}>
        {open && (
          <SafeBoundary fallback={<p class="notice-box">{t('panel.sectionFailed')}</p>}>
            <section.Component />
          </SafeBoundary>
        )}
      </div>
    </section>
  );
}
