// Texts of <ChangeHistory> (ui/change-history.tsx), the change log shown on a record's page.
export const changeHistorySv = {
  heading: 'Historik',
  loading: 'Hämtar historiken …',
  empty: 'Ingen historik ännu.',
  entry: '{{action}} av {{actor}}',
  version: 'version {{version}}',
  changeFromTo: '{{field}}: från ”{{before}}” till ”{{after}}”',
  changeSet: '{{field}}: satt till ”{{after}}”',
  changeCleared: '{{field}}: tömd (var ”{{before}}”)',
};

export const changeHistoryEn: typeof changeHistorySv = {
  heading: 'History',
  loading: 'Fetching the history …',
  empty: 'No history yet.',
  entry: '{{action}} by {{actor}}',
  version: 'version {{version}}',
  changeFromTo: '{{field}}: from “{{before}}” to “{{after}}”',
  changeSet: '{{field}}: set to “{{after}}”',
  changeCleared: '{{field}}: cleared (was “{{before}}”)',
};
