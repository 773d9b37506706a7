import type { JourneyCheck } from '../journey-check-types';
import { purposeWithBasis, type PurposeBasis } from '../page-facts';
import type { Confidence, EvidenceField, PageFacts } from '../types';

/** Purposes that are asked again on purpose (re-authentication) and not "redundant entry". */
const EXEMPT = new Set(['password']);

/** How the two fields were judged the same → evidence key and how sure that is. */
const BY: Record<PurposeBasis, { key: string; confidence: Confidence }> = {
  // The page itself says what the field is for (autocomplete="bday"): certain.
  autocomplete: { key: 'sameByAutocomplete', confidence: 'certain' },
  name: { key: 'sameByName', confidence: 'likely' },
  id: { key: 'sameByName', confidence: 'likely' },
  label: { key: 'sameByLabel', confidence: 'likely' },
  'same-label': { key: 'sameByLabel', confidence: 'likely' },
};

/**
 * The same information asked on more than one page of a journey, compared by what each field asks
 * for — its autocomplete token, its name, its label (data/field-purposes.json) — never by value.
 * Search boxes are never counted: typing a search again is not giving the same information twice
 * (page-facts.ts leaves them out; older records may still hold one, typed "search").
 */
export const check: JourneyCheck = {
  meta: {
    id: 'redundant-entry',
    source: 'KWCAG 2.2 3.3.4 (NIA); WCAG 3.3.7',
    threshold: 'one field purpose (from autocomplete, name or label; never a search box) asked on two or more pages',
    kwcag: ['3.3.4'],
    wcag: ['3.3.7'],
    personas: ['older', 'motor', 'low-literacy', 'migrant'],
    severity: 'moderate',
    confidence: 'likely',
    evidence: ['sameByAutocomplete', 'sameByName', 'sameByLabel'],
  },
  run(pages) {
    const first = new Map<string, { step: number; field: PageFacts['fields'][number] }>();
    const places: ReturnType<JourneyCheck['run']>['places'] = [];
    const repeated = new Set<string>();
    pages.forEach((page, step) => {
      const seenHere = new Set<string>();
      for (const field of page.facts.fields) {
        if (field.type === 'search' || EXEMPT.has(field.purpose) || seenHere.has(field.purpose)) continue;
        seenHere.add(field.purpose);
        const earlier = first.get(field.purpose);
        if (!earlier) {
          first.set(field.purpose, { step, field });
          continue;
        }
        repeated.add(field.purpose);
        const { key, confidence } = BY[basisOf(earlier.field, field)];
        const same: [EvidenceField, EvidenceField] = [evidenceField(earlier.step, earlier.field), evidenceField(step, field)];
        places.push({
          page: step,
          message: `"${field.purpose}" asked again (first on step ${earlier.step + 1})`,
          evidence: {
            key,
            values: {
              firstStep: earlier.step + 1,
              firstLabel: earlier.field.label,
              step: step + 1,
              label: field.label,
              purpose: field.purpose,
              autocomplete: field.autocomplete,
            },
            same,
          },
          confidence,
        });
      }
    });
    if (first.size === 0) return { outcome: 'inapplicable', places: [], summary: 'no form fields in the journey' };
    if (repeated.size === 0) return { outcome: 'passed', places: [], summary: `${first.size} purposes, each asked once` };
    return { outcome: 'failed', places, summary: `asked more than once: ${[...repeated].join(', ')}` };
  },
};

/** The weaker of the two fields' grounds: a name matched on one side and a label on the other is a label match. */
function basisOf(a: PageFacts['fields'][number], b: PageFacts['fields'][number]): PurposeBasis {
  const order: PurposeBasis[] = ['autocomplete', 'name', 'id', 'label', 'same-label'];
  const of = (field: PageFacts['fields'][number]) => {
    const found = purposeWithBasis(field.autocomplete, field.name, '', field.label);
    return found.purpose === field.purpose ? found.basis : 'id';
  };
  const [x, y] = [of(a), of(b)];
  return order.indexOf(x) > order.indexOf(y) ? x : y;
}

function evidenceField(step: number, field: PageFacts['fields'][number]): EvidenceField {
  return { step, label: field.label, purpose: field.purpose, autocomplete: field.autocomplete, type: field.type };
}
