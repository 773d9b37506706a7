import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { pure } from './pure';

describe('pure', () => {
  it('re-renders only when a prop changes', () => {
    const renders: string[] = [];
    const Label = pure(function Label({ text }: { text: string }) {
      renders.push(text);
      return <p>{text}</p>;
    });
    const { container, rerender } = render(<Label text="a" />);
    rerender(<Label text="a" />);
    expect(renders).toEqual(['a']);
    rerender(<Label text="b" />);
    expect(renders).toEqual(['a', 'b']);
    expect(container.textContent).toBe('b');
  });
});
