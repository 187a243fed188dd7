import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadTable } from '../../src/engine';
import { publishedDateOf, sourceIdOf } from '../../src/host/published';

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

  it('names the source a file is, by its path against the table, and no source for a draft', () => {
    assert.ok(table);
    assert.equal(sourceIdOf(table, tablePath, '/news/story/sources/blog.txt'), 'blog');
    assert.equal(sourceIdOf(table, tablePath, '/news/story/drafts/a.md'), undefined);
  });
});
