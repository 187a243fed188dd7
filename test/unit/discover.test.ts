import assert from 'node:assert/strict';
import { discoverTable, pickTable } from '../../src/engine/table/discover';

/** A fake file system: folder -> file names. Records which folders were listed, in order. */
function fakeFs(tree: Record<string, string[]>) {
  const listed: string[] = [];
  const listDir = (dir: string): string[] | undefined => {
    listed.push(dir);
    return tree[dir];
  };
  return { listDir, listed };
}

describe('discoverTable', () => {
  it("finds facts.yaml in the draft's own folder first", () => {
    const fs = fakeFs({ '/news/story': ['draft.md', 'facts.yaml'], '/news': ['facts.yaml'] });
    assert.equal(discoverTable('/news/story/draft.md', fs.listDir), '/news/story/facts.yaml');
    assert.deepEqual(fs.listed, ['/news/story']);
  });

  it('walks up through the parents to the root, in order', () => {
    const fs = fakeFs({ '/': ['facts.yaml'] });
    assert.equal(discoverTable('/a/b/c/draft.md', fs.listDir), '/facts.yaml');
    assert.deepEqual(fs.listed, ['/a/b/c', '/a/b', '/a', '/']);
  });

  it('stops at the nearest folder with a table', () => {
    const fs = fakeFs({ '/a/b': ['notes.txt'], '/a': ['story.facts.yaml'], '/': ['facts.yaml'] });
    assert.equal(discoverTable('/a/b/draft.md', fs.listDir), '/a/story.facts.yaml');
  });

  it('returns undefined when no folder has a table, and skips unreadable folders', () => {
    const fs = fakeFs({ '/a': ['facts.yml', 'facts.yaml.bak', '.facts.yaml', 'myfacts.yaml'] });
    assert.equal(discoverTable('/a/b/draft.md', fs.listDir), undefined);
    assert.deepEqual(fs.listed, ['/a/b', '/a', '/']);
  });

  it('prefers facts.yaml, else the alphabetically first *.facts.yaml', () => {
    assert.equal(pickTable(['z.facts.yaml', 'facts.yaml', 'a.facts.yaml']), 'facts.yaml');
    assert.equal(pickTable(['venezuela.facts.yaml', 'boats.facts.yaml', 'draft.md']), 'boats.facts.yaml');
    // Code-point order, so every platform and locale picks the same file.
    assert.equal(pickTable(['b.facts.yaml', 'B.facts.yaml']), 'B.facts.yaml');
    assert.equal(pickTable([]), undefined);
    const fs = fakeFs({ '/s': ['b.facts.yaml', 'a.facts.yaml'] });
    assert.equal(discoverTable('/s/draft.md', fs.listDir), '/s/a.facts.yaml');
  });

  it('walks Windows paths', () => {
    const fs = fakeFs({ 'C:\\': ['facts.yaml'] });
    assert.equal(discoverTable('C:\\news\\story\\draft.md', fs.listDir), 'C:\\facts.yaml');
    assert.deepEqual(fs.listed, ['C:\\news\\story', 'C:\\news', 'C:\\']);
    const mixed = fakeFs({ 'C:/news': ['facts.yaml'] });
    assert.equal(discoverTable('C:/news/draft.md', mixed.listDir), 'C:/news/facts.yaml');
  });

  it('walks a relative path as far as it goes', () => {
    const fs = fakeFs({ '.': ['facts.yaml'] });
    assert.equal(discoverTable('drafts/story/draft.md', fs.listDir), './facts.yaml');
    assert.deepEqual(fs.listed, ['drafts/story', 'drafts', '.']);
    const bare = fakeFs({});
    assert.equal(discoverTable('draft.md', bare.listDir), undefined);
    assert.deepEqual(bare.listed, ['.']);
  });

  it('tolerates doubled and trailing separators', () => {
    const fs = fakeFs({ '/a': ['facts.yaml'] });
    assert.equal(discoverTable('/a//b/draft.md', fs.listDir), '/a/facts.yaml');
  });
});
