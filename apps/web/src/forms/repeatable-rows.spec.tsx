import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { FieldIdPrefix } from './field-id-prefix';
import { TextField } from './form-fields';
import { newRowKey, RepeatableRows } from './repeatable-rows';

interface AgendaItem {
  readonly key: string;
  readonly topic: string;
}

function Agenda({ error }: { readonly error?: string }) {
  const [rows, setRows] = useState<AgendaItem[]>([{ key: newRowKey(), topic: 'Välkommen' }]);
  return (
    <FieldIdPrefix prefix="natverk">
      <RepeatableRows
        path="agenda"
        rows={rows}
        onChange={setRows}
        newRow={() => ({ key: newRowKey(), topic: '' })}
        firstField="topic"
        error={error}
        texts={{ legend: (n) => `Punkt ${n}`, remove: (n) => `Ta bort punkt ${n}`, add: 'Lägg till punkt', empty: 'Inga punkter.' }}
      >
        {({ row, path, update }) => <TextField path={`${path}.topic`} label="Ämne" value={row.topic} onChange={(topic) => update({ topic })} />}
      </RepeatableRows>
    </FieldIdPrefix>
  );
}

const renderAgenda = (error?: string) =>
  render(
    <I18nextProvider i18n={createI18n('sv')}>
      <Agenda error={error} />
    </I18nextProvider>,
  );

describe('RepeatableRows', () => {
  it('names each row and its remove button, and moves focus into a new row', () => {
    renderAgenda();
    expect(screen.getByRole('group', { name: 'Punkt 1' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till punkt' }));
    expect(document.activeElement?.id).toBe('natverk-agenda-1-topic');
    expect(screen.getByRole('button', { name: 'Ta bort punkt 2' })).toBeTruthy();
  });

  it('moves focus to the add button after a removal, and keeps the other rows’ values', () => {
    renderAgenda();
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till punkt' }));
    fireEvent.change(document.getElementById('natverk-agenda-1-topic')!, { target: { value: 'Lägesrapporter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort punkt 1' }));
    expect(document.activeElement?.id).toBe('natverk-agenda-add');
    expect((document.getElementById('natverk-agenda-0-topic') as HTMLInputElement).value).toBe('Lägesrapporter');
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort punkt 1' }));
    expect(screen.getByText('Inga punkter.')).toBeTruthy();
  });

  it('ties an error on the whole list to the add button', () => {
    renderAgenda('Högst 20 punkter.');
    const add = screen.getByRole('button', { name: 'Lägg till punkt' });
    expect(document.getElementById(add.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Högst 20 punkter.');
  });
});
