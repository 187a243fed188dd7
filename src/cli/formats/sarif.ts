import type { Log, ReportingDescriptor, Result } from 'sarif';
import { LineIndex, VERDICTS, type Severity, type Verdict } from '../../engine';
import type { FileReport } from '../report';

const RULE_TEXT: Record<Verdict, string> = {
  disagrees: 'The claim cannot be true if the cited value is.',
  unsupported: 'The claim is compatible with the sources but says more than they support.',
  misspelled: 'The name is close to a known name but not spelt the same.',
  contested: 'The sources disagree on this fact, and the claim sides with some of them.',
  agrees: 'The claim follows from the cited value.',
};

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'none', none: 'none' };

/** SARIF 2.1.0 for code-scanning tools: one rule per verdict; columns count UTF-16 code units, as SARIF's default does. */
export function formatSarif(files: FileReport[], toolVersion: string): string {
  const rules: ReportingDescriptor[] = VERDICTS.map((v) => ({
    id: v,
    name: v,
    shortDescription: { text: RULE_TEXT[v] },
    help: { text: `${RULE_TEXT[v]} See "Verdicts" in Crosscheck's README.` },
  }));
  const results: Result[] = files.flatMap((file) => {
    const index = new LineIndex(file.text);
    return file.result.findings.map((f): Result => {
      const start = index.position(f.start);
      const end = index.position(f.end);
      const region = {
        startLine: start.line + 1,
        startColumn: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        charOffset: f.start,
        charLength: f.end - f.start,
        snippet: { text: f.text },
      };
      const artifactLocation = { uri: file.path };
      return {
        ruleId: f.verdict,
        ruleIndex: VERDICTS.indexOf(f.verdict),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region } }],
        properties: { factId: f.factId, cited: f.cited },
        fixes:
          f.replacement === null
            ? undefined
            : [
                {
                  description: { text: `Replace with the cited value: ${f.replacement}` },
                  artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: f.replacement } }] }],
                },
              ],
      };
    });
  });
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'crosscheck', version: toolVersion, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
