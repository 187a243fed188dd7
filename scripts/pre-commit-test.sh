#!/usr/bin/env bash
# Runs the pre-commit hook (.pre-commit-hooks.yaml, id crosscheck) with the real `pre-commit` on a
# temporary git repository holding a fact table, its sources, a README and drafts: the staged draft
# that disagrees fails the commit, and the staged README and source are not checked.
# Installs the hook from this repository's HEAD, so commit first. Needs network access to npm.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
command -v pre-commit >/dev/null || { echo "pre-commit-test: pre-commit is not installed (apt-get install pre-commit)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
repo="$work/newsroom"
mkdir -p "$repo"
cp -r "$root/test/integration/workspace/." "$repo/"
cd "$repo"
git init -q . && git config user.email ci@example.invalid && git config user.name ci
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $root
    rev: $(git -C "$root" rev-parse HEAD)
    hooks:
      - id: crosscheck
YAML
git add -A
export PRE_COMMIT_HOME="$work/home"

set +e
out="$(pre-commit run --files drafts/followup.md README.md sources/ledger.md 2>&1)"
status=$?
set -e
echo "$out"
[ "$status" -eq 1 ] || { echo "pre-commit-test: expected the hook to fail on drafts/followup.md (status $status)" >&2; exit 1; }
grep -q '^drafts/followup.md:5:26: warning disagrees: ' <<<"$out" || { echo "pre-commit-test: no finding for drafts/followup.md" >&2; exit 1; }
if grep -Eq '^(README.md|sources/)' <<<"$out"; then echo "pre-commit-test: a README or source was checked" >&2; exit 1; fi

pre-commit run --files README.md sources/ledger.md >/dev/null || { echo "pre-commit-test: staging only a README and a source must pass" >&2; exit 1; }
echo "pre-commit-test: passed"
