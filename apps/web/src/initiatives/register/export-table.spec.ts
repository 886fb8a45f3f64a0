import { describe, expect, it } from 'vitest';
import { registerSv } from './register.i18n';
import { buildCsv } from '../../list/csv';
import { buildExportTable, type RegisterInitiative } from './export-table';

const CONNECT: RegisterInitiative = {
  id: 'a1',
  title: 'Connect 1 – samverkan på riktigt',
  summary: '',
  status: 'completed',
  kind: 'pre-study',
  visibility: 'PUBLIC',
  startDate: '2021-02-01',
  endDate: '2021-12-31',
  themes: ['competence-supply', 'task-sharing'],
  targetGroups: ['permanent-staff'],
  totalFundingSek: 400000,
  isDemo: true,
  archived: false,
  updatedAt: '2024-01-01T00:00:00Z',
  organization: { slug: 'linkoping', name: 'Linköpings kommun' },
  partners: [{ name: 'Tranås kommun', role: 'partner' }],
};

const TEXTS = { headers: registerSv.columns, yes: registerSv.yes, no: registerSv.no };

describe('the export table', () => {
  it('has one labelled row per initiative, in Swedish, with the amount as a number and an absolute link', () => {
    const table = buildExportTable([CONNECT], { locale: 'sv', texts: TEXTS, origin: 'https://portal.example' });
    expect(table.header[0]).toBe('Titel');
    expect(table.header).toHaveLength(13);
    expect(table.rows).toEqual([
      [
        'Connect 1 – samverkan på riktigt',
        'Linköpings kommun',
        'Avslutad',
        'Förstudie',
        'Alla, även utan inloggning',
        '2021-02-01',
        '2021-12-31',
        'Kompetensförsörjning, Arbetsdelning och Connect-tjänster',
        'Befintliga tillsvidareanställda',
        'Tranås kommun (Samverkanspart)',
        400000,
        'Ja',
        'https://portal.example/initiativ/a1',
      ],
    ]);
  });

  it('turns into CSV that keeps the title intact', () => {
    const table = buildExportTable([CONNECT], { locale: 'sv', texts: TEXTS, origin: '' });
    const csv = buildCsv(table.header, table.rows);
    expect(csv.split('\r\n')[1]).toMatch(/^Connect 1 – samverkan på riktigt;Linköpings kommun;Avslutad;/);
  });
});
