// Words that say what a person is (an office, a rank, a trade) rather than who: "Senator", "the minister",
// "a police spokesman". The builder strips them from names; the checker reads them as who spoke.

/** Titles and roles, lower case, as written before or instead of a person's name. */
const PERSON_TITLES: ReadonlySet<string> = new Set(
  (
    'president senator sen secretary minister governor mayor ambassador general gen admiral commander chancellor ' +
    'spokesman spokeswoman spokesperson leader chief director representative rep congressman congresswoman judge ' +
    'justice premier king queen prince pope lawmaker professor prof analyst ceo chairman chairwoman dr mr mrs ms ' +
    'lieutenant colonel captain sergeant officer attorney envoy deputy vice'
  ).split(' '),
);

/** The word, as written ("Sen.", "Minister"), is a title or role. */
export function isPersonTitle(word: string): boolean {
  return PERSON_TITLES.has(word.toLowerCase().replace(/\.$/, ''));
}
