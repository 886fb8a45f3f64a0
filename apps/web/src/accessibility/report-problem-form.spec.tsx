import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pageLoaded, renderApp } from '../test/render-app';
import { buildReportMailto, validateReport } from './report-mailto';

const LABELS = { subject: 'Ämne', description: 'Beskrivning', page: 'Sida', replyTo: 'Svara till', notGiven: 'Inte angiven' };

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Skapa e-postmeddelande' }));
}

function describedText(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('accessibility statement', () => {
  it('follows Digg’s model and links to the report address and to Digg', async () => {
    renderApp({ path: '/tillganglighet' });
    await pageLoaded();

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tillgänglighetsredogörelse');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Hur tillgänglig är webbplatsen?',
      'Innehåll som inte är tillgängligt',
      'Vad kan du göra om du inte kan använda delar av webbplatsen?',
      'Rapportera brister i webbplatsens tillgänglighet',
      'Tillsyn',
      'Teknisk information om webbplatsens tillgänglighet',
      'Hur vi testat webbplatsen',
    ]);
    const mailLinks = screen.getAllByRole('link', { name: 'tillganglighet@projektkontor-ostergotland.se' });
    expect(mailLinks[0]?.getAttribute('href')).toBe(
      'mailto:tillganglighet@projektkontor-ostergotland.se?subject=Tillg%C3%A4nglighetsbrist%20i%20Projektkontor%20%C3%96sterg%C3%B6tland',
    );
    expect(screen.getByRole('link', { name: 'Anmäl till Digg (digg.se)' }).getAttribute('href')).toBe('https://www.digg.se/tdosanmalan');
    expect(screen.getByText(/WCAG 2\.1/)).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Tillgänglighetsredogörelse – Projektkontor Östergötland'));
  });
});

describe('report a problem form', () => {
  it('shows an error beside the description and in a focused summary when it is empty', async () => {
    renderApp({ path: '/tillganglighet' });
    await pageLoaded();

    submit();

    const summary = document.querySelector<HTMLElement>('.error-summary');
    expect(summary).not.toBeNull();
    expect(document.activeElement).toBe(summary);
    if (!summary) return;
    expect(within(summary).getByRole('heading').textContent).toBe('Formuläret innehåller fel');
    const summaryLinks = within(summary).getAllByRole('link');
    expect(summaryLinks.map((a) => a.textContent)).toEqual(['Beskriv problemet du stötte på.']);

    const description = screen.getByLabelText('Beskriv problemet');
    expect(description.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(description)).toContain('Fel: Beskriv problemet du stötte på.');
    expect(screen.getByLabelText('Din e-postadress (frivilligt)').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Öppna e-postmeddelandet' })).toBeNull();

    fireEvent.click(summaryLinks[0]);
    expect(document.activeElement).toBe(description);
  });

  it('rejects a malformed e-mail address', async () => {
    renderApp({ path: '/tillganglighet' });
    await pageLoaded();
    fill('Beskriv problemet', 'Menyn går inte att nå.');
    fill('Din e-postadress (frivilligt)', 'anna.example.se');

    submit();

    const email = screen.getByLabelText('Din e-postadress (frivilligt)');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(email)).toContain('Skriv e-postadressen i formatet namn@exempel.se.');
    expect(screen.getByLabelText('Beskriv problemet').getAttribute('aria-invalid')).toBeNull();
  });

  it('builds a mailto link with subject and body once the form is valid', async () => {
    renderApp({ path: '/tillganglighet' });
    await pageLoaded();
    fill('Beskriv problemet', 'Knappen går inte att nå med tangentbordet.\nGäller språkknappen.');
    fill('Sida där problemet finns (frivilligt)', '/organisationer');
    fill('Din e-postadress (frivilligt)', 'anna@example.se');

    submit();

    // Composed through the form kit's submit, which answers asynchronously.
    const ready = await screen.findByRole('heading', { name: 'E-postmeddelandet är klart' });
    expect(document.querySelector('.error-summary')).toBeNull();
    expect(document.activeElement).toBe(ready);
    const link = screen.getByRole('link', { name: 'Öppna e-postmeddelandet' });
    expect(link.getAttribute('href')).toBe(
      'mailto:tillganglighet@projektkontor-ostergotland.se' +
        '?subject=Tillg%C3%A4nglighetsproblem%20i%20Projektkontor%20%C3%96sterg%C3%B6tland' +
        '&body=Beskrivning%3A%0D%0AKnappen%20g%C3%A5r%20inte%20att%20n%C3%A5%20med%20tangentbordet.%0D%0AG%C3%A4ller%20spr%C3%A5kknappen.' +
        '%0D%0A%0D%0ASida%3A%20%2Forganisationer%0D%0ASvara%20till%3A%20anna%40example.se',
    );

    // Editing after composing withdraws the now outdated message.
    fill('Beskriv problemet', 'Något annat.');
    expect(screen.queryByRole('link', { name: 'Öppna e-postmeddelandet' })).toBeNull();
  });
});

describe('report mail', () => {
  it('marks missing optional fields as not given and keeps & and ? inside the body', () => {
    const href = buildReportMailto({ description: '  Fel i A&B? Ja.  ', page: ' ', email: '' }, LABELS);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('tillganglighet@projektkontor-ostergotland.se');
    expect(url.searchParams.get('subject')).toBe('Ämne');
    expect(url.searchParams.get('body')).toBe('Beskrivning:\r\nFel i A&B? Ja.\r\n\r\nSida: Inte angiven\r\nSvara till: Inte angiven');
  });

  it('validates length and address', () => {
    expect(validateReport({ description: '   ', page: '', email: '' })).toEqual({ description: 'descriptionRequired' });
    expect(validateReport({ description: 'x'.repeat(1501), page: '', email: '' })).toEqual({ description: 'descriptionTooLong' });
    expect(validateReport({ description: 'ok', page: '', email: 'a@b' })).toEqual({ email: 'emailInvalid' });
    expect(validateReport({ description: 'ok', page: '', email: ' a@b.se ' })).toEqual({});
  });
});
