import assert from 'node:assert/strict';
import { extractQuantities } from '../../src/engine/extract/quantities';
import { check } from '../../src/engine';
import { preparedTable } from './support/tables';

const read = (text: string) => extractQuantities(text).map((q) => `${q.text}=${q.kind}:${q.value}`);

describe('shares written as ratios', () => {
  it('reads "N in M" as a share, in words or digits, with its hedge', () => {
    assert.deepEqual(read('One in five adults now cycle.'), ['One in five=percent:20']);
    assert.deepEqual(read('Nearly nine in 10 voters turned out.'), ['Nearly nine in 10=percent:90']);
    assert.deepEqual(read('About 1 in 4 homes has solar panels.'), ['About 1 in 4=percent:25']);
    assert.deepEqual(read('one in every three flats'), ['one in every three=percent:33.3333333333333']);
  });

  it('reads no share in a count within a span or measure, a year, or a larger first number', () => {
    assert.deepEqual(read('She scored 3 in 10 minutes.'), ['3=number:3', '10=number:10']);
    assert.deepEqual(read('Prices rose 4 in 2019.'), ['4=number:4']);
    assert.deepEqual(read('They won two in a row.'), ['two=number:2']);
    assert.deepEqual(read('It was five in three.'), ['five=number:5', 'three=number:3']);
  });

  // An invented story: a town's cycling survey.
  const TABLE = `version: 1
sources:
  post: { title: Survey finds cycling boom in Ardley, published: 2031-05-02 }
facts:
  cyclists:
    label: Share of Ardley commuters who cycle to work
    kind: percent
    cues: [cycle, cycle to work, commuters]
    value: 88.4
    claims:
      - { source: post, value: 88.4, quote: "88.4% of commuters cycle to work" }
`;
  const lines = (body: string) =>
    check(`---\ndate: 2031-05-02\n---\n${body}\n`, preparedTable(TABLE)).findings.map((f) => `${f.text} -> ${f.verdict} ${f.replacement ?? ''}`.trim());

  it('judges a ratio as rounded, and offers the nearest ratio in the same form as the fix', () => {
    assert.deepEqual(lines('Nine in ten commuters cycle to work.'), ['Nine in ten -> agrees']);
    assert.deepEqual(lines('Seven in ten commuters cycle to work.'), ['Seven in ten -> disagrees Nine in ten']);
    assert.deepEqual(lines('Just 7 in 10 commuters cycle to work.'), ['7 in 10 -> disagrees 9 in 10']);
  });
});
