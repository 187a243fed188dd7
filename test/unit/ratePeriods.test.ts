import assert from 'node:assert/strict';
import { extractQuantities } from '../../src/engine/extract/quantities';
import { check } from '../../src/engine';
import { preparedTable } from './support/tables';

const periods = (text: string) => extractQuantities(text).map((q) => `${q.text}${q.per ? ` /${q.per.period}` : ''}`);

describe('rates and their periods', () => {
  it('reads the period written after a figure or its unit', () => {
    assert.deepEqual(periods('She earns £95,000 a year and he earns $40 an hour.'), ['£95,000 /year', '$40 /hour']);
    assert.deepEqual(periods('Rents rose to €1,150 per month, or 3% per annum.'), ['€1,150 /month', '3% /year']);
    assert.deepEqual(periods('Each household may use 140 litres per person a day.'), ['140 /day']);
    assert.deepEqual(periods('He signed a £60,000-a-week deal paying $9/hr overtime.'), ['£60,000 /week', '$9 /hour']);
    assert.deepEqual(periods('The city draws 3 million visitors every year.'), ['3 million /year']);
  });

  it('reads no period where the words place a figure in time instead', () => {
    assert.deepEqual(periods('The same flat cost £900 a year ago.'), ['£900']);
    assert.deepEqual(periods('Output fell 2% a month later.'), ['2%']);
    assert.deepEqual(periods('It paid £500 a day or so after the storm.'), ['£500']);
    assert.deepEqual(periods('It costs £8 a head.'), ['£8']);
  });

  // An invented story: a footballer's new contract and a country's prices.
  const TABLE = `version: 1
sources:
  post: { title: Wexley Town sign Dane Hollis, published: 2031-03-04 }
facts:
  wage:
    label: Dane Hollis's wage at Wexley Town
    kind: money
    currency: GBP
    cues: [wage, earn, paid, salary]
    value: 140000
    claims:
      - { source: post, value: 140000, quote: "he will earn £140,000 a week" }
  fee:
    label: Fee Wexley Town paid for Hollis
    kind: money
    currency: GBP
    cues: [fee, transfer]
    value: 30000000
    claims:
      - { source: post, value: 30000000, quote: "a fee of £30m" }
  inflation:
    label: Inflation in Lirovia
    kind: percent
    cues: [inflation, prices, consumer prices]
    value: 4.2
    claims:
      - { source: post, value: 4.2, quote: "prices rising 4.2% a year" }
  rent:
    label: Average monthly rent in Wexley
    kind: money
    currency: GBP
    cues: [rent, rents, tenants]
    value: 1150
    claims:
      - { source: post, value: 1150, quote: "tenants pay an average rent of £1,150" }
`;
  const lines = (body: string) =>
    check(`---\ndate: 2031-03-05\n---\n${body}\n`, preparedTable(TABLE)).findings.map((f) => `${f.text} -> ${f.verdict} ${f.replacement ?? ''}`.trim());
  const messages = (body: string) => check(`---\ndate: 2031-03-05\n---\n${body}\n`, preparedTable(TABLE)).findings.map((f) => f.message);

  it("flags the fact's figure over another period, and the fix puts in the period too", () => {
    assert.deepEqual(lines('Hollis will earn £140,000 a month at Wexley.'), ['£140,000 a month -> disagrees £140,000 a week']);
    assert.deepEqual(lines('Hollis will be paid £140,000 per year.'), ['£140,000 per year -> disagrees £140,000 per week']);
    assert.deepEqual(messages('Hollis will earn £140,000 a month at Wexley.'), ['£140,000 a month disagrees with £140,000 a week (post)']);
  });

  it("judges a rate counted over another period on the fact's period", () => {
    assert.deepEqual(lines('Hollis will be paid £7.3m a year.'), ['£7.3m -> agrees']);
    assert.deepEqual(lines('Hollis will be paid about £600,000 a month.'), ['about £600,000 -> agrees']);
    assert.deepEqual(lines('Hollis will be paid £9m a year.'), ['£9m a year -> disagrees £140,000 a week']);
  });

  it('leaves a rate over the same period, or one written without a period, to the figure', () => {
    assert.deepEqual(lines('Hollis will earn £150,000 a week.'), ['£150,000 -> disagrees £140,000']);
    assert.deepEqual(lines('Hollis will earn £140,000.'), ['£140,000 -> agrees']);
  });

  it("takes a fact's period from its label where no quote writes one", () => {
    assert.deepEqual(lines('Tenants in Wexley pay an average rent of £1,150 a week.'), ['£1,150 a week -> disagrees £1,150 a month']);
    assert.deepEqual(lines('Tenants in Wexley pay an average rent of £1,150 a month.'), ['£1,150 -> agrees']);
  });

  it("reads a share over another period as another figure, unless it is the fact's own", () => {
    assert.deepEqual(lines('Consumer prices in Lirovia rose 0.4% a month.'), []);
    assert.deepEqual(lines('Inflation in Lirovia ran at 4.2% a month.'), ['4.2% a month -> disagrees 4.2% a year']);
    assert.deepEqual(lines('Inflation in Lirovia ran at 4.2% a year.'), ['4.2% -> agrees']);
  });
});
