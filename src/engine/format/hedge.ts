import type { Bound } from '../types';

/** The words to put before a cited value with this bound: '' for exact, 'at least', 'about'... */
export function hedgePhrase(bound: Bound): string {
  switch (bound) {
    case 'exact':
      return '';
    case 'about':
      return 'about';
    case 'at-least':
      return 'at least';
    case 'more-than':
      return 'more than';
    case 'at-most':
      return 'at most';
    case 'less-than':
      return 'less than';
  }
}
