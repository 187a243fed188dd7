// A run-in label that names only a date ("**November 30.**", "*Monday, 3 March.*", "__2019.__"): in a timeline it
// dates the line after it, so the sentence splitter leaves the two together.

import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar';

const MONTH = `(?:${MONTH_NAMES.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;
const DAY = '[0-3]?\\d(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]|20)\\d\\d';
const DATE_ONLY = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?|${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?|${MONTH}(?:,?\\s+${YEAR})?|${YEAR}|${WEEKDAY})$`,
  'i',
);

/** Whether a label's text (list marker, emphasis and final full stop already gone) is a date and nothing else. */
export function isDateOnly(label: string): boolean {
  return DATE_ONLY.test(label.trim());
}
