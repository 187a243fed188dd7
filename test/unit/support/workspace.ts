import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIXTURES } from './cli';
import { scratchDir } from './scratch';

/** The harbor table with each source given a file under sources/, so a folder holds sources and drafts. */
export function harborTableWithSources(): string {
  return readFileSync(join(FIXTURES, 'harbor.facts.yaml'), 'utf8')
    .replace('    published: 2026-03-10\n', '    published: 2026-03-10\n    path: sources/ledger.md\n')
    .replace('    published: 2026-03-11\n', '    published: 2026-03-11\n    path: sources/courier.md\n');
}

/** A fresh folder with these files (paths with '/', folders made as needed). */
export function folderWith(files: Record<string, string | Buffer>): string {
  const dir = scratchDir('ws');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Ansible's kind of facts.yaml: YAML of another tool that happens to have the name. */
export const ANSIBLE_FACTS = '- hosts: all\n  gather_facts: true\n  tasks:\n    - name: show facts\n      debug:\n        var: ansible_facts\n';

export const DRAFT_TEXT = '---\ndate: 2026-03-05\n---\nThe navy sent 14 warships and set up a $25mn fund.\n';
export const SOURCE_TEXT = 'The navy has a line of 12 warships and a $20 million relief fund.\n';
