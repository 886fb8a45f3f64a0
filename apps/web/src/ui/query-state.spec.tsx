import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { QueryState } from './query-state';

const renderState = (ui: ReactNode) => render(<I18nextProvider i18n={createI18n('sv')}>{ui}</I18nextProvider>);
const unavailable = new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });

describe('QueryState', () => {
  it('tells that it is loading as a status', () => {
    renderState(<QueryState result={{ fetching: true }} loading="Hämtar metoder …" onRetry={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Hämtar metoder …');
  });

  it('tells a failure from its code, with a retry', () => {
    const onRetry = vi.fn();
    renderState(<QueryState result={{ fetching: false, error: unavailable }} onRetry={onRetry} />);
    expect(screen.getByRole('alert').textContent).toContain('Tjänsten är tillfälligt otillgänglig.');
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('shows the answer, or what to say when it is empty', () => {
    const { rerender } = renderState(
      <QueryState result={{ data: ['a', 'b'], fetching: false }} onRetry={() => undefined} isEmpty={(items) => items.length === 0} empty={<p>Inga metoder.</p>}>
        {(items) => <p>{items.length} metoder</p>}
      </QueryState>,
    );
    expect(screen.getByText('2 metoder')).toBeTruthy();
    rerender(
      <I18nextProvider i18n={createI18n('sv')}>
        <QueryState
          result={{ data: [] as string[], fetching: false }}
          onRetry={() => undefined}
          isEmpty={(items) => items.length === 0}
          empty={<p>Inga metoder.</p>}
        >
          {(items) => <p>{items.length} metoder</p>}
        </QueryState>
      </I18nextProvider>,
    );
    expect(screen.getByText('Inga metoder.')).toBeTruthy();
  });
});
