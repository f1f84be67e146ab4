#!/usr/bin/env bash
# Simulated cost per corpus pass of one `vblint bench` phase: valgrind's
# cachegrind with its cache and branch-predictor simulation. Instructions
# alone miss what makes lint slower per instruction than parse: mispredicted
# data-dependent branches (word ends, byte classes) and L1 misses (walks over
# big per-document arrays). Repeatable, like instructions.sh; the weights of
# `cost` are a rough model (about 4 instructions a cycle, ~15 cycles per
# mispredicted branch, ~5 per L1 miss), so compare costs, not seconds.
# One pass = total(phase) - total(no phase), over the passes of one `bench` run (about three).
#
#   Tests/Bench/cost.sh [parse|citations|lint|baseline] [CORPUS_DIR] [BINARY]
#
# Needs valgrind and a release build (`swift build -c release`).
set -euo pipefail
cd "$(dirname "$0")/../.."
phase=${1:-lint}
dir=${2:-../shared/corpus/real}
bin=${3:-.build/release/vblint}
[ -x "$bin" ] || { echo "build first: swift build -c release" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 2; }
bytes=$("$bin" bench "$dir" --min-mb 0 --only none | awk '/^corpus:/ { print $4 }')
mb=$(( (3 * bytes - 1) / 1048576 ))   # about three passes (bench rounds up to whole ones)
out=$(mktemp -d)
run() {
  SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=cachegrind --cache-sim=yes --branch-sim=yes \
    --cachegrind-out-file="$out/$1" "$bin" bench "$dir" --min-mb "$mb" --only "$2" 2>/dev/null |
    awk '/^corpus:/ { print $6 }' >"$out/reps"
}
run none none
run phase "$phase"
python3 - "$out" "$phase" "$bytes" "$(cat "$out/reps")" <<'PY'
import re, subprocess, sys
names = "Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw Bc Bcm Bi Bim".split()
def totals(path):
    out = subprocess.run(["cg_annotate", path], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if "PROGRAM TOTALS" in line:
            return dict(zip(names, (int(x.replace(",", "")) for x in re.findall(r"([\d,]+) \(", line))))
    sys.exit("cg_annotate gave no totals")
a, b = totals(sys.argv[1] + "/none"), totals(sys.argv[1] + "/phase")
d = {k: (b[k] - a[k]) / int(sys.argv[4]) / 1e6 for k in names}
cost = d["Ir"] + 60 * (d["Bcm"] + d["Bim"]) + 20 * (d["D1mr"] + d["I1mr"])
print("%s per pass over %s bytes: Ir %.1f M, mispredicted branches %.2f M (+%.2f M indirect), "
      "L1 read misses %.2f M data + %.2f M instructions; cost %.0f M"
      % (sys.argv[2], sys.argv[3], d["Ir"], d["Bcm"], d["Bim"], d["D1mr"], d["I1mr"], cost))
PY
rm -rf "$out"
