#!/usr/bin/env bash
# Snapshot of everything the parser and the rules say about a corpus, for
# speed work: take one before a change and one after, then `cmp` them. A
# speed change must leave every byte of the three files as it was.
#
#   Tests/Bench/snapshot.sh OUTDIR [CORPUS_DIR]
#
# Uses the release build (`swift build -c release`).
set -uo pipefail
cd "$(dirname "$0")/../.."
out=${1:?usage: snapshot.sh OUTDIR [CORPUS_DIR]}
dir=${2:-../shared/corpus/real}
bin=.build/release/vblint
[ -x "$bin" ] || { echo "build first: swift build -c release" >&2; exit 2; }
mkdir -p "$out"
files=$(find "$dir" -type f \( -name '*.txt' -o -name '*.md' \) | LC_ALL=C sort)
# shellcheck disable=SC2086
"$bin" parse $files --format json > "$out/parse.json" 2>/dev/null
# shellcheck disable=SC2086
"$bin" parse $files --format text > "$out/parse.txt" 2>/dev/null
"$bin" check "$dir" --format json > "$out/check.json" 2>/dev/null
wc -c "$out"/* | sed '$d'
