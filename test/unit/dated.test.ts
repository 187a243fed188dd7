import assert from 'node:assert/strict';
import { describeDated } from '../../src/host/dated';

describe('describeDated', () => {
  it('names the date and where it was read, with its line when it has one', () => {
    assert.equal(describeDated({ dated: { date: '2025-12-04', origin: 'dateline', line: 3 } }), 'Read against 2025-12-04, from the dateline on line 3');
    assert.equal(describeDated({ dated: { date: '2025-12-04', origin: 'option' } }), 'Read against 2025-12-04, from the date setting');
  });

  it('says there is none, how many relative dates that left unjudged, and how to give one', () => {
    assert.equal(
      describeDated({ unresolvedRelative: 2 }),
      'No document date: 2 relative dates not judged. Give one in front matter (date: YYYY-MM-DD) or the crosscheck.date setting',
    );
    assert.ok(describeDated({}).startsWith('No document date. Give one'));
  });
});
