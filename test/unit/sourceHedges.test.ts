import assert from 'node:assert/strict';
import { check } from '../../src/engine';
import { preparedTable } from './support/tables';

// An invented story: a lake's level and the point at which boating stops.
const TABLE = `version: 1
sources:
  post: { title: Lake Orrin falls again, published: 2031-08-01 }
  wire: { title: Boating ban looms on Lake Orrin, published: 2031-08-01 }
facts:
  ban-trigger:
    label: Lake level below which boating is banned
    kind: percent
    cues: [boating, banned, ban, falls below, drops below]
    value: 30
    claims:
      - { source: post, value: 30, quote: "boating will be banned if the lake drops below 30%" }
      - { source: wire, value: 30, quote: "a ban once the level falls below 30 per cent" }
  visitors:
    label: Visitors to Lake Orrin last summer
    kind: number
    cues: [visitors, came, last summer]
    value: 41200
    claims:
      - { source: post, value: 41200, quote: "41,200 visitors came last summer" }
      - { source: wire, value: 40000, bound: more-than, quote: "more than 40,000 visitors came last summer" }
`;
const lines = (body: string) =>
  check(`---\ndate: 2031-08-02\n---\n${body}\n`, preparedTable(TABLE)).findings.map((f) => `${f.text} -> ${f.verdict} ${f.replacement ?? ''}`.trim());

describe('a hedge worded as the sources word it', () => {
  it("means what the table reads the source to mean: a threshold crossed is the threshold's figure", () => {
    assert.deepEqual(lines('Boating will be banned if Lake Orrin falls below 30%.'), ['below 30% -> agrees']);
    assert.deepEqual(lines('Boating will be banned if Lake Orrin falls below 20%.'), ['below 20% -> disagrees 30%']);
  });

  it("keeps a bound the table records with the source's hedge", () => {
    assert.deepEqual(lines('More than 40,000 visitors came to Lake Orrin last summer.'), ['More than 40,000 -> agrees']);
    assert.deepEqual(lines('About 41,000 visitors came to Lake Orrin last summer.'), ['About 41,000 -> agrees']);
  });
});
