#!/usr/bin/env bash
# Instructions per corpus pass of one `vblint bench` phase, counted by
# valgrind's callgrind: repeatable on a shared, noisy machine where wall-clock
# MB/s is not. One pass = total(2 passes) - total(1 pass), so start-up and
# file loading cancel out.
#
#   Tests/Bench/instructions.sh [parse|citations|lint|baseline] [CORPUS_DIR]
#
# Needs valgrind and a release build (`swift build -c release`).
set -euo pipefail
cd "$(dirname "$0")/../.."
phase=${1:-parse}
dir=${2:-../shared/corpus/real}
bin=.build/release/vblint
[ -x "$bin" ] || { echo "build first: swift build -c release" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 2; }
bytes=$("$bin" bench "$dir" --min-mb 0 --only none | awk '/^corpus:/ { print $4 }')
out=$(mktemp -d)
count() {
  valgrind --tool=callgrind --callgrind-out-file="$out/cg.$2" "$bin" bench "$dir" --min-mb "$1" --only "$phase" >/dev/null 2>&1
  callgrind_annotate "$out/cg.$2" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
}
# `bench` runs max(1, MB / corpus size + 1) whole passes: --min-mb 0 gives
# one; one MB more than the corpus size gives two or more (many for a corpus
# under 1 MB).
mb=$(( bytes / 1048576 ))
one=$(count 0 one)
two=$(count $(( mb + 1 )) two)
reps2=$(( ( (mb + 1) * 1048576 ) / bytes + 1 ))
reps1=1
per=$(( (two - one) / (reps2 - reps1) ))
echo "$phase: $per instructions per pass over $bytes bytes = $(( per / bytes )) per byte"
rm -rf "$out"
