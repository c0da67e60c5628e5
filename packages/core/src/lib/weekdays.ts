/**
 * English weekday names, lower case, in the order of `Date.prototype.getUTCDay`
 * (Sunday is 0), so a weekday an article names can be resolved against its
 * publication date.
 */
export const weekdays: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
