import { describe, expect, it } from 'vitest';
import type { MethodInput } from './method.inputs.js';
import { validateMethod } from './method.validation.js';

const base: MethodInput = {
  name: 'Metod',
  summary: '',
  description: '',
  problem: '',
  visibility: 'public',
  targetGroups: [],
  themes: [],
  steps: [],
  requirements: null,
  evidenceLevel: null,
  evidenceSources: [],
  relations: [],
  contactPerson: null,
};

function errorsOf(input: Partial<MethodInput>, selfId: string | null = null): Record<string, string> {
  try {
    validateMethod({ ...base, ...input }, selfId);
    return {};
  } catch (error) {
    return (error as { extensions: { fieldErrors: Record<string, string> } }).extensions.fieldErrors;
  }
}

describe('validateMethod', () => {
  it('normalises a valid method: trimmed texts, empty requirements, null for a source without a link', () => {
    const values = validateMethod({
      ...base,
      name: '  Validering ',
      evidenceLevel: 'research-supported',
      evidenceSources: [{ title: ' SBU 2020 ', url: '', kind: 'sbu' }],
      themes: ['validation', 'validation'],
    });
    expect(values).toMatchObject({
      name: 'Validering',
      evidenceSources: [{ title: 'SBU 2020', url: null, kind: 'sbu' }],
      themes: ['validation'],
      requirements: { training: '', certification: '', staffing: '', indicativeCost: '' },
      contactPerson: { name: '', email: '' },
    });
  });

  it('reports every problem by its field path', () => {
    expect(
      errorsOf({
        name: '',
        evidenceLevel: 'level-a',
        steps: [{ title: ' ', description: '' }],
        evidenceSources: [{ title: 'T', url: 'javascript:alert(1)', kind: 'sbu' }],
        targetGroups: ['nobody'],
      }),
    ).toEqual({
      name: 'Metodens namn måste fyllas i.',
      evidenceLevel: 'Välj en evidensnivå ur listan.',
      'steps.0.title': 'Stegets rubrik måste fyllas i.',
      'evidenceSources.0.url': 'Ange en webbadress som börjar med https://.',
      targetGroups: 'Okänt värde för målgrupp: "nobody".',
    });
  });

  it('needs a source for an evidence level, and refuses relations to itself or twice', () => {
    expect(errorsOf({ evidenceLevel: 'promising' })).toEqual({ evidenceSources: 'Ange minst en källa för evidensnivån.' });
    const id = '5b1f7d0e-0a51-4c1e-9a01-000000000001';
    const other = '5b1f7d0e-0a51-4c1e-9a01-000000000002';
    expect(errorsOf({ relations: [{ kind: 'part-of', methodId: id }] }, id)).toEqual({
      'relations.0.methodId': 'En metod kan inte vara relaterad till sig själv.',
    });
    expect(
      errorsOf({
        relations: [
          { kind: 'part-of', methodId: other },
          { kind: 'part-of', methodId: other },
        ],
      }),
    ).toEqual({ 'relations.1.methodId': 'Relationen finns redan med.' });
  });
});
