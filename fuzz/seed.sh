#!/usr/bin/env bash
# Seeds the fuzzer's corpus with the snapshots of the fixture scripts:
# real programs, so mutations start from every kind of heap and bytecode.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=fuzz/corpus/restore_and_run
mkdir -p "$corpus"
mvm=${MVM:-target/release/mvm}
for f in fixtures/*/*.test.mvm.js; do
    out="$corpus/$(basename "$f" .test.mvm.js).mvm-bc"
    "$mvm" compile "$f" -o "$out" >/dev/null 2>&1 || rm -f "$out"
    rm -f "${out%.mvm-bc}.mvm-map"
done
ls "$corpus" | wc -l
