#!/usr/bin/env bash
# End-to-end tests of `vblint lsp` with real clients:
#   - pytest-lsp (PyPI, Tests/e2e/requirements.txt) with the recorded
#     capabilities of VS Code, Neovim 0.7 / 0.11 and Emacs;
#   - headless Neovim (Debian package `neovim`, Tests/e2e/apt-packages.txt)
#     with editors/nvim/vblint.lua.
# A client that is not installed is reported as NOT RUN (it does not fail the
# run); a suite that ran and failed makes the script exit 1.
# Closing line: "e2e: N passed, M failed".
set -u
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BIN=${VBLINT_BIN:-$ROOT/.build/debug/vblint}
if [ ! -x "$BIN" ]; then
  echo "e2e: building vblint"
  swift build --product vblint >/dev/null 2>&1 || { echo "e2e: cannot build $BIN"; echo "e2e: 0 passed, 1 failed"; exit 1; }
fi
export VBLINT_BIN=$BIN

passed=0
failed=0
notrun=()
count() { grep -oE "[0-9]+ $1" <<<"$2" | tail -1 | grep -oE '^[0-9]+' || echo 0; }

# 1. pytest-lsp
if python3 -c "import pytest_lsp" >/dev/null 2>&1; then
  echo "== e2e: pytest-lsp"
  log=$(cd Tests/e2e/pytest && timeout 600 python3 -m pytest -q -p no:cacheprovider 2>&1)
  rc=$?
  echo "$log" | tail -25
  p=$(count passed "$(tail -1 <<<"$log")"); f=$(count failed "$(tail -1 <<<"$log")"); e=$(count error "$(tail -1 <<<"$log")")
  passed=$((passed + p)); failed=$((failed + f + e))
  if [ "$rc" -ne 0 ] && [ "$((f + e))" -eq 0 ]; then echo "pytest-lsp: exited $rc"; failed=$((failed + 1)); fi
else
  notrun+=("pytest-lsp: NOT RUN, python module pytest_lsp is not installed (python3 -m pip install -r Tests/e2e/requirements.txt)")
fi

# 2. headless Neovim
if command -v nvim >/dev/null 2>&1; then
  echo "== e2e: headless Neovim ($(nvim --version | head -1))"
  log=$(VBLINT_ROOT=$ROOT timeout 300 nvim --headless --clean -i NONE -u NONE -c "luafile $ROOT/Tests/e2e/nvim/test_nvim.lua" 2>&1)
  rc=$?
  echo "$log"
  summary=$(grep -E '^nvim: [0-9]+ passed, [0-9]+ failed' <<<"$log" | tail -1)
  if [ -n "$summary" ]; then
    passed=$((passed + $(count passed "$summary"))); failed=$((failed + $(count failed "$summary")))
    if [ "$rc" -ne 0 ] && [ "$(count failed "$summary")" -eq 0 ]; then echo "nvim: exited $rc"; failed=$((failed + 1)); fi
  else
    echo "nvim: no summary line (exit $rc)"; failed=$((failed + 1))
  fi
else
  notrun+=("Neovim: NOT RUN, nvim is not installed (apt-get install neovim)")
fi

for n in "${notrun[@]+"${notrun[@]}"}"; do echo "e2e: $n"; done
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || exit 1
[ "$passed" -gt 0 ] || { echo "e2e: no end-to-end client was available"; exit 0; }
