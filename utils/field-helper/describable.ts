// Apart from describe-field.ts so the overlay's boot can ask without bundling the format library.
const TEXT_INPUT_TYPES = new Set([
  '',
  'text',
  'tel',
  'email',
  'number',
  'password',
  'search',
  'url',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
]);

/** True for the controls the helper explains: text-like inputs, selects and text areas. */
export function isDescribableField(element: Element): element is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const tag = element.localName;
  if (tag === 'select' || tag === 'textarea') return true;
  if (tag !== 'input') return false;
  return TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase());
}
