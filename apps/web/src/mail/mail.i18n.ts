import { translationWithTexts } from '../i18n/lazy-messages';

// Texts of the page a mail's stop link opens. `{{what}}` is a topic's words from MAIL_TOPICS.
export const mailSv = {
  title: 'Avsluta e-post',
  question: 'Vill du sluta få {{what}} från Projektkontor Östergötland till {{email}}?',
  hint: 'Annan e-post från portalen påverkas inte.',
  confirm: 'Ja, avsluta',
  stopping: 'Avslutar …',
  done: 'Klart. Du får inte längre {{what}} till {{email}}.',
  doneHint: 'Du kan stänga sidan.',
  invalid: 'Länken är ofullständig. Öppna länken i det senaste brevet igen, hela och oförändrad, eller kopiera hela adressen till webbläsaren.',
};

export const mailEn: typeof mailSv = {
  title: 'Stop e-mail',
  question: 'Do you want to stop receiving {{what}} from Projektkontor Östergötland at {{email}}?',
  hint: 'Other e-mail from the portal is not affected.',
  confirm: 'Yes, stop',
  stopping: 'Stopping …',
  done: 'Done. You will no longer receive {{what}} at {{email}}.',
  doneHint: 'You can close this page.',
  invalid: 'The link is incomplete. Open the link in the latest message again, whole and unchanged, or copy the whole address into the browser.',
};

/** `useTranslation()` with these texts added first: they travel with the stop page only. */
export const useMailTranslation = translationWithTexts('mail', { sv: mailSv, en: mailEn });
