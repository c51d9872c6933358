#!/usr/bin/env bash
# Seeds the fuzzers' corpora from the fixture scripts: restore_and_run
# with their snapshots (real programs, so mutations start from every kind
# of heap and bytecode), compile_and_run with their text.
set -euo pipefail
cd "$(dirname "$0")/.."
snapshots=fuzz/corpus/restore_and_run
scripts=fuzz/corpus/compile_and_run
mkdir -p "$snapshots" "$scripts"
mvm=${MVM:-target/release/mvm}
for f in fixtures/*/*.test.mvm.js; do
    name=$(basename "$f" .test.mvm.js)
    out="$snapshots/$name.mvm-bc"
    "$mvm" compile "$f" -o "$out" >/dev/null 2>&1 || rm -f "$out"
    rm -f "${out%.mvm-bc}.mvm-map"
    cp "$f" "$scripts/$name.js"
done
echo "$(ls "$snapshots" | wc -l) snapshots, $(ls "$scripts" | wc -l) scripts"
