// Texts of the field and form kit (apps/web/src/forms) and of <QueryState>, shared by every form.
export const formsSv = {
  required: '(obligatoriskt)',
  select: 'Välj …',
  loading: 'Hämtar …',
  saving: 'Sparar …',
  cancel: 'Avbryt',
  summaryHeading: 'Formuläret innehåller fel',
  unsaved: {
    title: 'Du har ändringar som inte är sparade',
    message: 'Om du lämnar sidan försvinner det du har skrivit.',
    leave: 'Lämna sidan',
    stay: 'Stanna kvar',
  },
  conflict: {
    intro: 'Ändringarna nedan gjordes efter att du öppnade formuläret. Det du har skrivit finns kvar i formuläret men är inte sparat.',
    change: '{{label}}: ”{{before}}” → ”{{after}}”',
    by: 'Ändrat av {{name}}, {{time}}',
    empty: 'tomt',
    advice: 'Ladda den senaste versionen och gör dina ändringar igen.',
    reload: 'Ladda den senaste versionen',
    confirmTitle: 'Ladda den senaste versionen?',
    confirmMessage: 'Det du har skrivit i formuläret försvinner och ersätts med den senaste sparade versionen.',
    confirmReload: 'Ja, ladda den senaste versionen',
  },
};

export const formsEn: typeof formsSv = {
  required: '(required)',
  select: 'Choose …',
  loading: 'Loading …',
  saving: 'Saving …',
  cancel: 'Cancel',
  summaryHeading: 'The form contains errors',
  unsaved: {
    title: 'You have unsaved changes',
    message: 'If you leave the page, what you have typed is lost.',
    leave: 'Leave the page',
    stay: 'Stay',
  },
  conflict: {
    intro: 'The changes below were made after you opened the form. What you typed is still in the form but not saved.',
    change: '{{label}}: “{{before}}” → “{{after}}”',
    by: 'Changed by {{name}}, {{time}}',
    empty: 'empty',
    advice: 'Load the latest version and make your changes again.',
    reload: 'Load the latest version',
    confirmTitle: 'Load the latest version?',
    confirmMessage: 'What you typed in the form is lost and replaced by the latest saved version.',
    confirmReload: 'Yes, load the latest version',
  },
};
