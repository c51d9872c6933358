// An array used as a stack with an explicit top index, growing and shrinking.
function run() {
  const st = [];
  let total = 0;
  for (let round = 0; round < 20; round++) {
    let top = 0;
    for (let i = 0; i < 50; i++) st[top++] = i * round;
    while (top > 0) total += st[--top];
    st.length = 0;
  }
  assertEqual(total, 232750);
  return total;
}
vmExport(0, run);
