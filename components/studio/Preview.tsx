import { render, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { createI18n } from '@/utils/i18n/create';
import { directionOf } from '@/utils/i18n/languages';
import { PSEUDO_LOCALE, pseudoLocalizeTree } from '@/utils/i18n/pseudo';
import { DEFAULT_SETTINGS, defaultSiteSettings } from '@/utils/storage/items';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { Launcher } from '@/components/overlay/Launcher';
import { Panel } from '@/components/overlay/Panel';
import { SECTIONS } from '@/components/overlay/sections';
import { OverlayContext, type OverlayServices } from '@/components/overlay/overlay-context';
import { checkOfficialSite } from '@/utils/sites/official-check';
import { OVERLAY_CSS } from '@/components/overlay/overlay-css';
import { createHighlightLayer, HighlightLayerContext, LAYER_CSS, type HighlightLayer } from '@/components/overlay/layer';
import { toTrees, type ByNamespace } from './studio-data';
import type { GuideAction } from '@/utils/guides/schema';
import { StepCard } from '@/components/guides/StepCard';
import guidesCss from '@/components/guides/guides.css?inline';
import sampleGuide from '@/utils/guides/data/resident-copy.json';
import { RuleCard } from '@/components/report/RuleCard';
import { buildReport } from '@/utils/report/build-report';
import { samplePageAudit } from '@/utils/audit/sample-audit';

export interface PreviewProps {
  language: string;
  /** The shipped strings with the draft over them. */
  strings: ByNamespace;
  english: ByNamespace;
  source: ByNamespace;
  rtl: boolean;
  pseudo: boolean;
}

/**
 * The REAL overlay components, rendered with the draft: what a user would see once this
 * translation ships. They live in their own shadow root with the overlay's own CSS, as on a
 * page; a transform on the frame keeps their fixed positioning inside the frame.
 * Below it, a real guide step (the third step of 주민등록표 등본 떼기) as the guide card shows it, and
 * a report card for a sample finding as the service-design report shows it.
 */
export function Preview(props: PreviewProps) {
  const host = useRef<HTMLDivElement>(null);
  const i18n = useMemo(() => {
    const ko = toTrees(props.source);
    if (props.pseudo) return createI18n(PSEUDO_LOCALE, { [PSEUDO_LOCALE]: pseudoLocalizeTree(toTrees(props.english)), ko });
    return createI18n(props.language, { [props.language]: toTrees(props.strings), en: toTrees(props.english), ko });
  }, [props.language, props.strings, props.english, props.source, props.pseudo]);
  const dir = props.rtl ? 'rtl' : directionOf(props.language);

  const mounted = useRef<{ app: HTMLElement; layer: HighlightLayer } | null>(null);

  useEffect(() => {
    if (!mounted.current) {
      const root = host.current!.attachShadow({ mode: 'open' });
      const app = document.createElement('div');
      root.append(app);
      mounted.current = { app, layer: createHighlightLayer(root) };
    }
    const { app, layer } = mounted.current;
    const step = sampleGuide.steps[SAMPLE_STEP]!;
    const guides = i18n.getFixedT(i18n.language, 'guides');
    render(
      <>
        <PreviewFrame css={OVERLAY_CSS}>
          <I18nProvider i18n={i18n}>
            <HighlightLayerContext.Provider value={layer}>
              <OverlayContext.Provider value={previewServices}>
                <div class="dotbogi-root corner-bottom-right" lang={i18n.language} dir={dir}>
                  <Panel onClose={() => undefined} onMove={() => undefined} status="" initiallyOpen={SECTIONS[0]?.id ?? ''} />
                  <Launcher label={i18n.t('overlay:launcher.label')} language={i18n.language} expanded={true} onPress={() => undefined} />
                </div>
              </OverlayContext.Provider>
            </HighlightLayerContext.Provider>
          </I18nProvider>
        </PreviewFrame>
        <PreviewFrame css={guidesCss}>
          <I18nProvider i18n={i18n}>
            <OverlayContext.Provider value={previewServices}>
              <div class="dotbogi-root" lang={i18n.language} dir={dir}>
                <StepCard
                  guideTitle={guides(sampleGuide.title)}
                  current={SAMPLE_STEP + 1}
                  total={sampleGuide.steps.length}
                  action={step.action as GuideAction}
                  text={guides(step.text, { label: step.label })}
                  why={step.why ? guides(step.why) : undefined}
                  anchor="found"
                  reading={false}
                  canGoBack={true}
                  isLast={false}
                  onBack={() => undefined}
                  onNext={() => undefined}
                  onStop={() => undefined}
                  onReadAloud={() => undefined}
                  onStuck={() => undefined}
                  onLeavePage={() => undefined}
                />
              </div>
            </OverlayContext.Provider>
          </I18nProvider>
        </PreviewFrame>
        <PreviewFrame css={REPORT_CARD_CSS}>
          <I18nProvider i18n={i18n}>
            <div lang={i18n.language} dir={dir}>
              <RuleCard rule={SAMPLE_RULE} journey={false} />
            </div>
          </I18nProvider>
        </PreviewFrame>
      </>,
      app,
    );
  }, [i18n, dir]);
  useEffect(
    () => () => {
      if (!mounted.current) return;
      render(null, mounted.current.app);
      mounted.current.layer.destroy();
    },
    [],
  );

  return <div ref={host} class="preview-host" data-testid="studio-preview" />;
}

function PreviewFrame({ css, children }: { css: string; children: ComponentChildren }) {
  return (
    <>
      <style>{`${css}\n${LAYER_CSS}`}</style>
      <style>
        {
          ':host{display:block}.frame{position:relative;transform:translateZ(0);height:560px;overflow:auto;border:2px dashed #666;border-radius:12px;background:#f4f4f4}.frame .panel{max-width:calc(100% - 48px);max-height:calc(100% - 120px)}'
        }
      </style>
      {/* A picture of the screens, not a second copy to operate: inert keeps focus (the panel
          focuses its title when it opens) and the tab order in the studio itself. */}
      <div class="frame" inert>
        {children}
      </div>
    </>
  );
}

const SAMPLE_STEP = 2;
/** A rule's card as the report shows it (an image without a text alternative). */
const SAMPLE_RULE = buildReport({ kind: 'page', audit: samplePageAudit() }).rules[0]!;
const REPORT_CARD_CSS =
  '.finding{background:#fff;padding:12px 16px;font:16px/1.5 system-ui,sans-serif}.tags{display:flex;flex-wrap:wrap;gap:6px;padding:0;list-style:none}';

/** The overlay's services, inert: the preview changes nothing and sends nothing. */
const previewServices: OverlayServices = {
  runtime: { sendMessage: async () => ({ ok: false, error: { code: 'failed', message: 'preview' } }) },
  win: window,
  settings: DEFAULT_SETTINGS,
  site: defaultSiteSettings('https://www.gov.kr'),
  official: checkOfficialSite('https://www.gov.kr'),
  pageKey: 0,
  announce: () => undefined,
  updateSite: async () => undefined,
  updateSettings: async () => undefined,
};
