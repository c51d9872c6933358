#!/usr/bin/env bash
# run.sh DIR — differential test: for every *.js in DIR run it under Node
# (tools/difftest/node-run.js) and under mvm (`run F --call 0`), compare stdout
# and exit status (0 vs non-0), print a unified diff per mismatch and a final
# `N passed, N failed` line. MVM defaults to /tmp/mvm-bin.
set -u
DIR=${1:?usage: run.sh DIR}
HERE=$(cd "$(dirname "$0")" && pwd)
MVM=${MVM:-/tmp/mvm-bin}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0; fail=0
for f in "$DIR"/*.js; do
  [ -e "$f" ] || continue
  timeout 10 node "$HERE/node-run.js" "$f" >"$TMP/node.out" 2>"$TMP/node.err"; nrc=$?
  timeout 10 "$MVM" run "$f" --call 0 ${MVM_FLAGS:-} >"$TMP/mvm.out" 2>"$TMP/mvm.err"; mrc=$?
  [ $nrc -eq 0 ] && ns=ok || ns="fail($nrc)"
  [ $mrc -eq 0 ] && ms=ok || ms="fail($mrc)"
  same=1
  cmp -s "$TMP/node.out" "$TMP/mvm.out" || same=0
  if { [ $nrc -eq 0 ] && [ $mrc -ne 0 ]; } || { [ $nrc -ne 0 ] && [ $mrc -eq 0 ]; }; then same=0; fi
  if [ $same -eq 1 ]; then
    pass=$((pass+1))
  else
    fail=$((fail+1))
    echo "FAIL $f (node: $ns, mvm: $ms)"
    diff -u --label node --label mvm "$TMP/node.out" "$TMP/mvm.out" | head -60
    if [ -s "$TMP/mvm.err" ]; then echo "  mvm stderr:"; head -5 "$TMP/mvm.err" | cut -c1-300 | sed 's/^/    /'; fi
    if [ -s "$TMP/node.err" ]; then echo "  node stderr:"; head -5 "$TMP/node.err" | cut -c1-300 | sed 's/^/    /'; fi
  fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
