/** Minutes from one local 'HH:MM' to a later one the same day. */
export function minutesBetween(start: string, end: string): number {
  const [sh, sm] = start.split(':').map(Number);
  const [eh, em] = end.split(':').map(Number);
  return eh! * 60 + em! - (sh! * 60 + sm!);
}
