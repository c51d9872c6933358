#!/bin/bash
# check.sh F.js [N]: node vs microvium vs mvm vs mvm gc-stress first line
f=$1; n=${2:-5}; b=/tmp/p26/b23work/out/$(basename $f .js); mkdir -p /tmp/p26/b23work/out
node /tmp/p26/node-run.js $f 3 > $b.node 2>&1; echo "node rc=$?" > $b.rc
{ cat /work/shared/anchor/prelude.mvm.js; echo; cat $f; } > $b.x.js
timeout 60 /tmp/p26/mvm run $b.x.js --call 0 --repeat $n > $b.mvm 2>&1; echo "mvm rc=$?" >> $b.rc
timeout 120 /tmp/p26/mvm run $b.x.js --call 0 --gc-stress > $b.gcs 2>&1; echo "gcs rc=$?" >> $b.rc
/work/shared/anchor/anchor compile $f $b.mvm-bc > $b.mvcomp 2>&1 && timeout 60 /work/shared/anchor/anchor run $b.mvm-bc 0 $n > $b.mv 2>&1; echo "mv rc=$?" >> $b.rc
l=$(head -1 $b.node)
ok=1
for k in mvm gcs mv; do [ "$(head -1 $b.$k)" == "$l" ] || { ok=0; echo "  $k: $(head -3 $b.$k | tr '\n' '|')"; }; done
echo "$(basename $f): $([ $ok = 1 ] && echo OK || echo DIFF) node: $l  [$(tr '\n' ' ' < $b.rc)]"
[ $ok = 1 ] || head -5 $b.mvcomp
