import assert from 'node:assert/strict';
import { buildTable } from '../../src/engine';
import { extract } from '../../src/engine/tabulate/draft';
import { framingMentions, sameStatement, statementsOf, subjectStems } from '../../src/engine/tabulate/repeats';
import { readSources } from '../../src/engine/tabulate/source';
import { claimVectors } from '../../src/engine/tabulate/similarity';
import { loadClean as load } from './support/tables';

/** The claims of the sources, with their word vectors, as the builder reads them. */
function read(sources: { path: string; text: string }[]) {
  const ex = extract(readSources(sources));
  return { claims: ex.claims, vectors: ex.claims.map((c) => claimVectors(c, ex.idf)) };
}

describe('build: a figure a source states more than once', () => {
  const storm = [
    {
      path: 's/harbour-post.md',
      text:
        '# Floods\n\nDamage to farms from the Kessel floods climbed to an estimated $12.4 million on Monday, the ministry said.\n\n' +
        'Roads were closed across the north.\n\nFarm losses of about $12.4 million include crops in the Vell Valley and the Osk Plain.\n',
    },
    { path: 's/river-times.md', text: '# Floods\n\nDamage to farms from the Kessel floods rose to $12.4 million, the ministry said on Monday.\n' },
    { path: 's/valley-news.md', text: '# Floods\n\nFarm losses of $12.4 million include crops in the Vell Valley and the Osk Plain, officials said.\n' },
  ];

  it('reads a sum stated in the lede and again in the body, in other words, as one statement', () => {
    const { claims, vectors } = read(storm);
    const mentions = claims.map((c, i) => i).filter((i) => claims[i].sourceId === 'harbour-post' && claims[i].value === 12.4e6);
    assert.equal(mentions.length, 2);
    assert.ok(sameStatement(claims[mentions[0]], claims[mentions[1]], vectors[mentions[0]], vectors[mentions[1]]));
  });

  it('drafts one fact of the repeated figure, with one claim of the source that repeats it', () => {
    const t = load(buildTable(storm));
    const facts = t.facts.filter((f) => f.claims.some((c) => c.value === 12.4e6));
    assert.equal(facts.length, 1, JSON.stringify(t.facts.map((f) => [f.id, f.claims.map((c) => c.source)])));
    assert.deepEqual(facts[0].claims.map((c) => c.source).sort(), ['harbour-post', 'river-times', 'valley-news']);
  });

  it('does not make a figure one source repeats look like a fact two sources state', () => {
    const t = load(
      buildTable([
        {
          path: 'r/harbour-post.md',
          text: '# Floods\n\nDamage to farms climbed to $12.4 million on Monday.\n\nRoads were closed.\n\nThe $12.4 million in farm damage is the worst in years.\n',
        },
        { path: 'r/river-times.md', text: '# Floods\n\nRoads were closed across the north on Monday.\n' },
      ]),
    );
    assert.equal(t.facts.filter((f) => f.claims.some((c) => c.value === 12.4e6)).length, 0, 'a fact only one source states stays out of the table');
    const all = load(
      buildTable(
        [
          {
            path: 'r/harbour-post.md',
            text: '# Floods\n\nDamage to farms climbed to $12.4 million on Monday.\n\nRoads were closed.\n\nThe $12.4 million in farm damage is the worst in years.\n',
          },
        ],
        { minSources: 1 },
      ),
    );
    const facts = all.facts.filter((f) => f.claims.some((c) => c.value === 12.4e6));
    assert.equal(facts.length, 1);
    assert.equal(facts[0].claims.length, 1);
  });

  it('reads a figure written short in the lede and exactly in the body as one statement, unless its hedge rules the exact one out', () => {
    const { claims, vectors } = read([
      {
        path: 'e/wire.md',
        text:
          '# Floods\n\nDamage to farms reached at least $12 million on Monday.\n\nRoads were closed.\n\nThe $12.38 million in farm damage covers three provinces.\n\n' +
          'Bridges were shut.\n\nDamage to farms in the south is more than $9.5 million.\n\nRoads reopened.\n\nThe $9.42 million in farm damage in the south came first.\n',
      },
    ]);
    const statements = statementsOf(claims, vectors)
      .filter((s) => claims[s[0]].kind === 'money')
      .map((s) => s.map((i) => claims[i].value));
    assert.deepEqual(statements, [[12e6, 12.38e6], [9.5e6], [9.42e6]]);
  });

  it('keeps two things a source gives the same value in different sentences apart', () => {
    const { claims, vectors } = read([
      {
        path: 'q/aid.md',
        text:
          '# Aid\n\nThe charity handed out 3,000 quilts in the valley on Monday.\n\nVolunteers later gave away 3,000 coats in the valley.\n\n' +
          'The council spent $4.5 million on the roads.\n\nA appeal by the church raised $4.5 million for the families.\n',
      },
    ]);
    const statements = statementsOf(claims, vectors).map((s) => s.map((i) => `${String(claims[i].value)} ${claims[i].unit ?? ''}`.trim()));
    assert.deepEqual(statements, [['3000 quilt'], ['3000 coat'], ['4500000'], ['4500000']]);
  });

  it('reads what a figure is of in the words of its own clause, not its scale, unit or time', () => {
    const { claims } = read([
      { path: 'w/wire.md', text: '# Floods\n\nFarm losses of about $12.4 million include crops in the valley, officials said on Monday.\n' },
    ]);
    assert.deepEqual([...subjectStems(claims[0])].sort(), ['crop', 'farm', 'includ', 'loss', 'valley']);
  });

  it('lines a statement up by the mention that says where, not by the one that only refers back ("dead there")', () => {
    const { claims } = read([
      { path: 'd/wire.md', text: '# Floods\n\nFloods killed 20 people in Marrow County on Monday.\n\nPolice said at least 20 were dead there.\n' },
    ]);
    const twenty = claims.map((c, i) => i).filter((i) => claims[i].value === 20);
    assert.equal(twenty.length, 2);
    assert.deepEqual(framingMentions(twenty, claims), [twenty[0]]);
  });
});
