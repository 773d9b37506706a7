import { describe, expect, it } from 'vitest';
import corpus from './redact.corpus.json';
import { redactSnippet, redactText } from './redact';

const redact = (input: string, snippet?: boolean) => (snippet ? redactSnippet(input) : redactText(input));

describe('redaction corpus', () => {
  it.each(corpus.secrets)('removes $kind', ({ input, secret, snippet }) => {
    const out = redact(input, snippet);
    expect(out).not.toContain(secret);
    // Snippets are redacted too, not only plain text.
    expect(redactSnippet(input)).not.toContain(secret);
  });

  it.each(corpus.keep)('keeps "$input"', ({ input, snippet }) => {
    expect(redact(input, snippet)).toBe(input);
  });

  it('caps snippet length', () => {
    expect(redactSnippet(`<div>${'가'.repeat(500)}</div>`).length).toBeLessThanOrEqual(300);
  });
});
