import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadTable } from '../../src/engine';
import { publishedDateOf } from '../../src/host/published';

describe('publishedDateOf (a source is dated by its table)', () => {
  const { table } = loadTable(`version: 1
sources:
  wire: { title: Wire, published: 2030-02-03, path: sources/wire.txt }
  blog: { title: Blog, path: sources/blog.txt }
facts: {}
`);
  const tablePath = path.join('/news', 'story', 'facts.yaml');

  it('gives a listed source its published date, resolving the path against the table', () => {
    assert.ok(table);
    assert.equal(publishedDateOf(table, tablePath, '/news/story/sources/wire.txt'), '2030-02-03');
  });

  it('gives nothing for a source without a date, a draft, or standard input', () => {
    assert.ok(table);
    assert.equal(publishedDateOf(table, tablePath, '/news/story/sources/blog.txt'), undefined);
    assert.equal(publishedDateOf(table, tablePath, '/news/story/drafts/a.md'), undefined);
    assert.equal(publishedDateOf(table, tablePath, '-'), undefined);
  });
});
