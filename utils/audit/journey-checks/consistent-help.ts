import type { JourneyCheck, JourneyCheckOutcome } from '../journey-check-types';

/** Help (a help link, contact, 110) offered in the same place on every page of a journey. */
export const check: JourneyCheck = {
  meta: {
    id: 'consistent-help',
    source: 'KWCAG 2.2 3.2.2 (NIA); WCAG 3.2.6',
    threshold: 'a help mechanism present on some pages of the journey but missing or in another region/position on others',
    kwcag: ['3.2.2'],
    wcag: ['3.2.6'],
    personas: ['older', 'migrant', 'low-literacy', 'screen-reader'],
    severity: 'moderate',
    // Help is recognised by words and links, and its place by region and height: a person confirms.
    confidence: 'likely',
    evidence: ['noHelp', 'helpAt', 'shared'],
  },
  run(pages) {
    if (pages.length < 2) return { outcome: 'inapplicable', places: [], summary: 'fewer than two pages' };
    const placesOf = pages.map((page) => new Set(page.facts.help.map((help) => `${help.region}/${help.position}`)));
    const everywhere = [...(placesOf[0] ?? [])].filter((place) => placesOf.every((set) => set.has(place)));
    const anyHelp = placesOf.some((set) => set.size > 0);
    if (!anyHelp) return { outcome: 'inapplicable', places: [], summary: 'no help found on any page' };
    if (everywhere.length > 0)
      return {
        outcome: 'passed',
        places: [],
        summary: `help at ${everywhere.join(', ')} on all ${pages.length} pages`,
        evidence: [{ key: 'shared', values: { where: everywhere.join(', '), pages: pages.length } }],
      };
    const places = pages.map((page, index): JourneyCheckOutcome['places'][number] => {
      const where = [...placesOf[index]!].join(', ');
      const words = [...new Set(page.facts.help.map((help) => help.text))].slice(0, 3);
      return page.facts.help.length === 0
        ? { page: index, message: `no help on "${page.title}"`, evidence: { key: 'noHelp', values: { step: index + 1 } } }
        : {
            page: index,
            message: `help at ${where} on "${page.title}"`,
            evidence: { key: 'helpAt', values: { step: index + 1, where, words: words.join(', ') }, matched: words },
          };
    });
    return { outcome: 'failed', places, summary: `no help location shared by all ${pages.length} pages` };
  },
};
