/**
 * The report's stylesheet, shared by the extension's report page and the standalone HTML export
 * (inlined there, so the file needs nothing else). Logical properties for RTL; long page-derived
 * strings wrap anywhere so nothing pushes the main column wider than the window; print rules
 * make the export print cleanly to PDF.
 */
export const REPORT_CSS = `
.report { box-sizing: border-box; max-width: 1100px; margin-inline: auto; padding: 24px; font-family: system-ui, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', sans-serif; font-size: 18px; line-height: 1.55; color: #1b1b1b; background: #fff; overflow-wrap: anywhere; }
.report *, .report *::before, .report *::after { box-sizing: border-box; }
.report h1 { font-size: 32px; line-height: 1.25; margin-block: 0 8px; }
.report h2 { font-size: 26px; margin-block: 40px 12px; padding-block-start: 12px; border-block-start: 2px solid #d0d7de; }
.report h3 { font-size: 22px; margin-block: 0 8px; }
.report .notice { padding: 12px 16px; border-inline-start: 6px solid #b3541e; background: #fff4e5; }
.report .meta { color: #444; }
.report table { border-collapse: collapse; width: 100%; margin-block: 8px 16px; table-layout: auto; }
.report th, .report td { border: 1px solid #b8c0c8; padding: 6px 8px; text-align: start; vertical-align: top; }
.report th { background: #eef2f6; }
.report .table-scroll { max-width: 100%; overflow-x: auto; }
.report code, .report pre { font-family: ui-monospace, 'D2Coding', Consolas, monospace; font-size: 16px; }
.report small { font-size: 16px; }
.report pre { white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-all; background: #f4f6f8; padding: 8px; margin: 4px 0; max-height: 240px; overflow-y: auto; }
.report .page-text { unicode-bidi: isolate; }
.report .finding { border: 1px solid #b8c0c8; border-inline-start: 6px solid #1d4e89; padding: 12px 16px; margin-block: 12px; border-radius: 4px; }
.report .finding[data-level='blocker'] { border-inline-start-color: #a4161a; border-inline-start-width: 10px; }
.report .finding[data-level='hard'] { border-inline-start-color: #b3541e; }
.report .finding[data-level='review'] { border-inline-start-color: #6b6b6b; border-inline-start-style: dashed; }
.report .finding h4 { font-size: 18px; margin-block: 12px 4px; }
.report .finding .rank { color: #444; }
.report .level-blocker, .report .blocks { color: #a4161a; font-weight: 700; }
.report .tags .level-blocker { border-color: #a4161a; border-width: 2px; }
.report dl.fix { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin-block: 8px; }
.report dl.fix dt { font-weight: 600; }
.report dl.fix dd { margin: 0; min-width: 0; }
.report .counting { border: 2px solid #1d4e89; border-radius: 4px; padding: 8px 16px; margin-block: 16px; }
.report .counting h3 { margin-block: 4px; }
.report .totals { font-size: 21px; font-weight: 600; }
.report .statements { padding-inline-start: 20px; }
.report .legend { display: flex; flex-wrap: wrap; gap: 4px 20px; padding: 0; list-style: none; }
.report .cert { white-space: nowrap; font-weight: 600; }
.report .cert-fail { color: #a4161a; }
.report .cert-pass { color: #1e6b30; }
.report .cert-review { color: #7a4b00; }
.report .cert-not-applicable { color: #444; font-weight: 400; }
.report .cert-matrix td, .report .cert-matrix th { font-size: 16px; }
.report .cert-matrix tbody th { white-space: nowrap; }
.report .evidence { margin: 0; padding-inline-start: 16px; font-size: 16px; }
.report tr.blocked th { color: #a4161a; }
.report .toc ul { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; list-style: none; }
.report details > summary { cursor: pointer; min-height: 44px; padding-block: 8px; }
.report .finding .tags { display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 4px 0; list-style: none; }
.report .finding .tags li { border: 1px solid #8a96a3; border-radius: 12px; padding: 0 10px; font-size: 16px; }
.report .recommendation { font-weight: 600; }
.report figure { margin: 12px 0; }
.report svg { max-width: 100%; height: auto; }
.report svg text { font-size: 14px; fill: currentColor; }
.report .chart-legend { display: flex; gap: 16px; flex-wrap: wrap; padding: 0; list-style: none; }
.report .swatch { display: inline-block; width: 14px; height: 14px; margin-inline-end: 6px; vertical-align: middle; }
.report ol.top-changes > li { margin-block: 8px; }
.report button, .report select, .report a.button { font: inherit; min-height: 44px; padding: 6px 14px; }
.report .downloads { display: flex; flex-wrap: wrap; gap: 8px; }
.report :focus-visible { outline: 3px solid #ffbf00; outline-offset: 2px; }
@media (forced-colors: active) { .report .finding { border-inline-start-color: CanvasText; } .report svg rect { fill: Canvas; stroke: CanvasText; } .report .counting { border-color: CanvasText; } }
@media (prefers-color-scheme: dark) { .report { color: #f0f0f0; background: #16181b; } .report th { background: #2a2f36; } .report pre { background: #22262c; } .report .notice { background: #3a2a12; } .report .meta, .report .finding .rank, .report .cert-not-applicable { color: #c8c8c8; } .report .cert-fail, .report .level-blocker, .report .blocks, .report tr.blocked th { color: #ff8a8a; } .report .cert-pass { color: #7bd88f; } .report .cert-review { color: #f0c060; } .report .heatmap svg { background: #fff; color: #1b1b1b; } }
/* A long report is mostly below the fold: the browser lays out and paints a section or a finding only
   when it nears the screen, so revealing the report never re-lays out parts nobody is looking at.
   Not the first section (on screen anyway; on the report page it is the download buttons, whose focus
   outline paint containment would clip). Screen only: print lays out everything. */
@media screen {
  .report > section ~ section { content-visibility: auto; contain-intrinsic-size: auto 1200px; }
  .report .finding { content-visibility: auto; contain-intrinsic-size: auto 360px; }
}
@page { size: A4; margin: 14mm; }
@media print {
  .report { max-width: none; padding: 0; color: #000; background: #fff; font-size: 11pt; line-height: 1.4; }
  .report .no-print, .report button, .report .downloads, .report .toc { display: none !important; }
  .report h1 { font-size: 18pt; }
  .report h2 { font-size: 15pt; margin-block: 0 8pt; break-after: avoid; }
  .report h3 { font-size: 12.5pt; break-after: avoid; }
  .report > section { break-before: page; }
  /* The one-page summary is page 1, whole: nothing of it spills over, nothing else joins it. */
  .report > section.one-page { break-before: auto; break-after: page; break-inside: avoid; font-size: 10.5pt; }
  .report .one-page .totals { font-size: 12pt; }
  .report .one-page .counting { padding: 4pt 10pt; margin-block: 8pt; }
  .report .one-page ol, .report .one-page ul { margin-block: 2pt; }
  .report .finding, .report figure, .report tr, .report dl.fix, .report .counting { break-inside: avoid; }
  .report pre { max-height: none; overflow: visible; }
  .report .table-scroll { overflow: visible; }
  .report details > *:not(summary) { display: block; }
  .report a { color: #000; }
  /* Numbers and labels are never split across lines; long addresses and selectors still wrap. */
  .report th, .report td, .report .tags li, .report .cert { overflow-wrap: break-word; word-break: keep-all; }
  .report .tags li, .report .cert, .report .totals { break-inside: avoid; }
}
`;
