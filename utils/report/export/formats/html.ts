import { html, trustedConstant, type SafeHtml } from '../html-escape.ts';
import { REPORT_CSS } from '../../report-styles.ts';
import { barChartLayout, SERIES_COLOURS } from '../../chart.ts';
import { beforeAfterChart, personaChart, principleChart, stepChart, type ChartData } from '../../report-charts.ts';
import { evidenceOf } from '../../evidence.ts';
import { kwcagLabel, kwcagName, kwcagWcag } from '../../kwcag-names.ts';
import { evidence, MAX_SELECTOR, MAX_SNIPPET, MAX_TITLE, MAX_URL } from '../../text.ts';
import { labels, type Translate } from '../../translate.ts';
import type { Comparison, Report, ReportFinding } from '../../types.ts';
import type { ExportFormat } from '../format.ts';

export interface HtmlExportInput {
  report: Report;
  t: Translate;
  language: string;
  dir: 'ltr' | 'rtl';
  /** A before/after comparison: `before` is the earlier report, `report` the later one. */
  compare?: { before: Report; comparison: Comparison };
}

/**
 * The standalone report: one HTML file with inline CSS and inline SVG, no script, no external
 * request, readable offline and printable to PDF. Every interpolation goes through `html`, which
 * escapes it; page-derived text is also isolated (bidi) and made visible (control characters).
 */
export function reportToHtml(input: HtmlExportInput): string {
  const { report, t, language, dir } = input;
  const title = t('export.fileTitle', { name: evidence(report.name, MAX_TITLE) });
  const doc = html`<!doctype html>
    <html lang="${language}" dir="${dir}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />
        <title>${title}</title>
        <style>
          ${trustedConstant(REPORT_CSS)}
        </style>
      </head>
      <body>
        <main class="report">
          ${header(report, t)} ${summarySection(report, t)} ${report.kind === 'journey' ? journeySection(report, t) : null}
          ${findingsSection(report, t)} ${kwcagSection(report, t, language)} ${wcagSection(report, t)} ${coverageSection(report, t)}
          ${input.compare ? comparisonSection(input.compare.before, report, input.compare.comparison, t) : null}
        </main>
      </body>
    </html> `;
  return doc.value;
}

function pageText(text: string, max: number): SafeHtml {
  return html`<bdi class="page-text">${evidence(text, max)}</bdi>`;
}

function header(report: Report, t: Translate): SafeHtml {
  const engines = report.coverage.engines[0];
  return html`<header>
    <h1>${t('reportFor', { name: evidence(report.name, MAX_TITLE) })}</h1>
    <p class="meta">
      ${t('meta.pages', { count: report.steps.length })}${report.steps[0] ? html` · ${t('meta.audited', { time: report.steps[0].time })}` : null}${engines ? html` · ${t('meta.engines', { axe: engines.axeCore, dotbogi: engines.dotbogi })}` : null}
    </p>
    <p class="notice">${t('notCertification')}</p>
  </header>`;
}

export function chartSvg(chart: ChartData): SafeHtml {
  const layout = barChartLayout(chart.labels, chart.series);
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  return html`<figure>
    <svg
      role="img"
      aria-labelledby="${titleId} ${descId}"
      viewBox="0 0 ${layout.width} ${layout.height}"
      width="${layout.width}"
      height="${layout.height}"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="${titleId}">${chart.title}</title>
      <desc id="${descId}">${chart.description}</desc>
      ${layout.rows.map(
        (row) =>
          html`<g>
            <text x="${layout.labelWidth - 8}" y="${row.y + (row.bars.length * 18) / 2 + 5}" text-anchor="end"
              >${clipLabel(row.label)}</text
            >
            ${row.bars.map(
              (bar) =>
                html`<rect
                    x="${bar.x}"
                    y="${bar.y}"
                    width="${Math.max(bar.value > 0 ? 2 : 0, bar.width)}"
                    height="${bar.height}"
                    fill="${SERIES_COLOURS[bar.series % SERIES_COLOURS.length]}"
                  ></rect
                  ><text x="${bar.x + bar.width + 6}" y="${bar.y + bar.height - 3}">${bar.value}</text>`,
            )}
          </g>`,
      )}
    </svg>
    ${
      chart.series.length > 1
        ? html`<ul class="chart-legend">
            ${chart.series.map((series, index) => html`<li><span class="swatch" style="background:${SERIES_COLOURS[index % SERIES_COLOURS.length]}"></span>${series.label}</li>`)}
          </ul>`
        : null
    }
    <figcaption>${chart.title}</figcaption>
    <details>
      <summary>${chart.title} — ${chart.tableLabel}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">${chart.columnLabel}</th>
            ${chart.series.map((series) => html`<th scope="col">${series.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${chart.labels.map(
            (label, index) =>
              html`<tr>
                <th scope="row">${label}</th>
                ${chart.series.map((series) => html`<td>${series.values[index] ?? 0}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </figure>`;
}

function clipLabel(label: string): string {
  return evidence(label, 26);
}

function summarySection(report: Report, t: Translate): SafeHtml {
  const failed = report.findings.filter((finding) => finding.outcome === 'failed').length;
  return html`<section aria-labelledby="summary">
    <h2 id="summary">${t('summary.heading')}</h2>
    <p>${t('summary.counts', { failed, review: report.findings.length - failed })}</p>
    ${report.findings.length === 0 ? html`<p>${t('summary.none')}</p>` : null}
    <h3>${t('summary.whoHurt')}</h3>
    <ol>
      ${report.personas.filter((row) => row.findings > 0).map((row) => html`<li>${labels.persona(t, row.persona)} — ${t('findings.score', { score: row.score })}</li>`)}
    </ol>
    ${chartSvg(personaChart(report, t))}
    <h3>${t('summary.topChanges')}</h3>
    <ol class="top-changes">
      ${report.topChanges.map(
        (change) =>
          html`<li>
            <span class="recommendation">${labels.recommendation(t, change.recommendation.text)}</span
            >${change.recommendation.krds ? html`<br />${t('findings.krds', { ...change.recommendation.krds })}` : null}<br />${t('summary.fixes', { count: change.findings })}
            (${change.ruleIds.join(', ')})
          </li>`,
      )}
    </ol>
  </section>`;
}

function journeySection(report: Report, t: Translate): SafeHtml {
  return html`<section aria-labelledby="journey">
    <h2 id="journey">${t('journey.heading')}</h2>
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            ${['step', 'page', 'failed', 'review', 'timeLimits', 'newWindows', 'installs', 'authentication', 'fields', 'signals'].map((key) => html`<th scope="col">${t(`journey.${key}`)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${report.steps.map(
            (step) =>
              html`<tr>
                <td>${step.index + 1}</td>
                <td>${pageText(step.title || step.url, MAX_TITLE)}<br /><small>${pageText(step.url, MAX_URL)}</small></td>
                <td>${step.failed}</td>
                <td>${step.review}</td>
                <td>${step.friction.timeLimits}</td>
                <td>${step.friction.newWindows}</td>
                <td>${step.friction.installs}</td>
                <td>${step.friction.authentication}</td>
                <td>${step.friction.fields}</td>
                <td>
                  ${
                    step.signals.length === 0
                      ? t('journey.noSignals')
                      : step.signals.map(
                          (signal) =>
                            html`${t('journey.signal', { kind: t(`journey.signalKind.${signal.kind}`), count: signal.count })}<br />`,
                        )
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${chartSvg(stepChart(report, t))}
  </section>`;
}

export function findingHtml(finding: ReportFinding, report: Report, t: Translate): SafeHtml {
  const view = evidenceOf(finding);
  return html`<article class="finding" data-severity="${finding.severity}">
    <h3>${pageText(finding.title || finding.ruleId, MAX_TITLE)}</h3>
    <ul class="tags">
      <li>${labels.outcome(t, finding.outcome)}</li>
      <li>${labels.severity(t, finding.severity)}</li>
      ${finding.personas.map((persona) => html`<li>${labels.persona(t, persona)}</li>`)}
      ${finding.kwcag.map((item) => html`<li>KWCAG ${item}</li>`)}${finding.wcag.map((sc) => html`<li>WCAG ${sc}</li>`)}
      <li><code>${finding.ruleId}</code></li>
      <li>${t('findings.score', { score: finding.score })}</li>
    </ul>
    <p>
      <strong>${t('findings.recommendation')}:</strong>
      <span class="recommendation">${labels.recommendation(t, finding.recommendation.text)}</span>${
        finding.recommendation.krds ? html`<br />${t('findings.krds', { ...finding.recommendation.krds })}` : null
      }
    </p>
    <p>
      ${finding.journeyWide ? t('findings.journeyWide') : html`${t('meta.pages', { count: view.pages })} · ${t('findings.places', { count: finding.instances })}`}
    </p>
    ${view.shown.map(
      ({ occurrence, nodes }) =>
        html`<div class="occurrence">
          <p>
            <strong>${report.kind === 'journey' ? t('findings.stepLabel', { step: occurrence.step + 1 }) : t('findings.where')}</strong>
            ${pageText(occurrence.url, MAX_URL)}
          </p>
          ${nodes.map(
            (node) =>
              html`<p>${t('findings.selector')}: <code>${pageText(node.target.join(' '), MAX_SELECTOR)}</code></p>
                <pre><code>${evidence(node.snippet, MAX_SNIPPET)}</code></pre>`,
          )}
        </div>`,
    )}
    ${view.hidden > 0 ? html`<p>${t('findings.morePlaces', { count: view.hidden })}</p>` : null}
  </article>`;
}

function findingsSection(report: Report, t: Translate): SafeHtml {
  return html`<section aria-labelledby="findings">
    <h2 id="findings">${t('findings.heading')}</h2>
    ${report.findings.length === 0 ? html`<p>${t('findings.empty')}</p>` : report.findings.map((finding) => findingHtml(finding, report, t))}
    ${chartSvg(principleChart(report, t))}
  </section>`;
}

function kwcagSection(report: Report, t: Translate, language: string): SafeHtml {
  return html`<section aria-labelledby="kwcag">
    <h2 id="kwcag">${t('kwcag.heading')}</h2>
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">${t('kwcag.item')}</th>
            <th scope="col">${t('kwcag.name')}</th>
            <th scope="col">${t('kwcag.wcag')}</th>
            <th scope="col">${t('kwcag.status')}</th>
            <th scope="col">${t('kwcag.findings')}</th>
          </tr>
        </thead>
        <tbody>
          ${report.kwcag.map(
            (row) =>
              html`<tr>
                <th scope="row">${kwcagLabel(row.item, row.clause)}</th>
                <td>${kwcagName(row.item, language)}</td>
                <td>${kwcagWcag(row.item).join(', ')}</td>
                <td class="status-${row.status}">${labels.status(t, row.status)}</td>
                <td>${row.findings}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

function wcagSection(report: Report, t: Translate): SafeHtml {
  return html`<section aria-labelledby="wcag">
    <h2 id="wcag">${t('wcag.heading')}</h2>
    ${
      report.wcag.length === 0
        ? html`<p>${t('wcag.none')}</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">${t('wcag.criterion')}</th>
                <th scope="col">${t('journey.failed')}</th>
                <th scope="col">${t('journey.review')}</th>
              </tr>
            </thead>
            <tbody>
              ${report.wcag.map(
                (row) =>
                  html`<tr>
                    <th scope="row">${row.criterion}</th>
                    <td>${row.failed}</td>
                    <td>${row.review}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`;
}

function coverageSection(report: Report, t: Translate): SafeHtml {
  const coverage = report.coverage;
  return html`<section aria-labelledby="coverage">
    <h2 id="coverage">${t('coverage.heading')}</h2>
    <h3>${t('coverage.tested')}</h3>
    <ul>
      <li>${t('meta.pages', { count: coverage.pages })}</li>
      <li>${t('coverage.frames', { count: coverage.framesAudited })}</li>
      <li>${t('coverage.rules', { count: coverage.rulesRun, passed: coverage.rulesPassed })}</li>
    </ul>
    <h3>${t('coverage.skipped')}</h3>
    ${
      coverage.skipped.length === 0
        ? html`<p>${t('coverage.skippedNone')}</p>`
        : html`<ul>
            ${coverage.skipped.map((skip) => html`<li>${pageText(skip.url, MAX_URL)} — ${pageText(skip.reason, MAX_TITLE)}</li>`)}
          </ul>`
    }
    ${
      coverage.notTested.length > 0
        ? html`<ul>
            ${coverage.notTested.map((line) => html`<li>${pageText(line, MAX_TITLE)}</li>`)}
          </ul>`
        : null
    }
    ${
      coverage.errors.length > 0
        ? html`<h3>${t('coverage.errors')}</h3>
            <ul>
              ${coverage.errors.map((error) => html`<li>${pageText(error.frame, MAX_URL)}: ${pageText(error.message, MAX_TITLE)}</li>`)}
            </ul>`
        : null
    }
    <h3>${t('coverage.person')}</h3>
    ${coverage.manualOnly.length > 0 ? html`<p>${t('coverage.manualItems', { items: coverage.manualOnly.join(', ') })}</p>` : null}
    <p>${t('coverage.noTool')}</p>
  </section>`;
}

function comparisonSection(before: Report, after: Report, comparison: Comparison, t: Translate): SafeHtml {
  const list = (findings: readonly ReportFinding[]) =>
    findings.length === 0
      ? html`<p>${t('findings.empty')}</p>`
      : html`<ul>
          ${findings.map((finding) => html`<li>${pageText(finding.title || finding.ruleId, MAX_TITLE)} (<code>${finding.ruleId}</code>)</li>`)}
        </ul>`;
  return html`<section aria-labelledby="compare">
    <h2 id="compare">${t('compare.heading')}</h2>
    <p>
      ${t('compare.counts', { fixed: comparison.fixed.length, added: comparison.added.length, persisting: comparison.persisting.length })}
    </p>
    ${chartSvg(beforeAfterChart(before, after, comparison, t))}
    <h3>${t('compare.fixed')}</h3>
    ${list(comparison.fixed)}
    <h3>${t('compare.added')}</h3>
    ${list(comparison.added)}
    <h3>${t('compare.persisting')}</h3>
    ${list(comparison.persisting.map((pair) => pair.after))}
  </section>`;
}

export const format: ExportFormat = {
  id: 'html',
  extension: 'html',
  mime: 'text/html;charset=utf-8',
  labelKey: 'download.html',
  order: 1,
  content: 'report',
  write: (context) =>
    reportToHtml({ report: context.report, t: context.t, language: context.language, dir: context.dir, compare: context.compare }),
};
