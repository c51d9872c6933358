// Digits of pi and e by spigot algorithms, the classic bignum-free
// kernels: Rabinowitz and Wagon's pi spigot (with the predigit and
// run-of-nines handling) for 48 digits, and Sale's e spigot for 40
// digits. Both keep a mixed-radix array and push every digit through it
// with integer multiply, divide and remainder; the intermediate values
// climb well above 8191. Digits are collected into strings through a
// digit table, as a display driver would, and compared with the known
// expansions. A third pass checks the pi digits by a different route:
// it sums them in groups of four into base-10000 "limbs" (values above
// 8191 again) and folds the limbs into a checksum.
const DIGIT = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const PI48 = '314159265358979323846264338327950288419716939937';
const E40 = '2718281828459045235360287471352662497757';

function piDigits(n) {
  const len = ((10 * n) / 3 | 0) + 1, a = [], out = [];
  for (let i = 0; i < len; i++) a.push(2);
  let nines = 0, predigit = 0, first = true;
  for (let j = 0; j < n; j++) {
    let q = 0;
    for (let i = len; i > 0; i--) {
      const x = 10 * a[i - 1] + q * i, d = 2 * i - 1;
      q = (x / d) | 0;
      a[i - 1] = x - q * d;
    }
    a[0] = q % 10;
    q = (q / 10) | 0;
    if (q === 9) nines++;
    else if (q === 10) {
      out.push(predigit + 1);
      while (nines > 0) { out.push(0); nines--; }
      predigit = 0;
    } else {
      if (first) first = false; else out.push(predigit);
      predigit = q;
      while (nines > 0) { out.push(9); nines--; }
    }
  }
  out.push(predigit);
  return out;
}
function eDigits(n) {
  const len = n + 10, a = [], out = [2];
  for (let i = 0; i < len; i++) a.push(1);
  for (let j = 1; j < n; j++) {
    let carry = 0;
    for (let i = len - 1; i >= 0; i--) {
      const x = a[i] * 10 + carry, d = i + 2;
      carry = (x / d) | 0;
      a[i] = x - carry * d;
    }
    out.push(carry);
  }
  return out;
}
function spell(ds, count) {
  let s = '';
  for (let i = 0; i < count; i++) s += DIGIT[ds[i]];
  return s;
}

let checked = false, expected = 0;
function run() {
  const pi = piDigits(48), e = eDigits(40);
  const piText = spell(pi, 48), eText = spell(e, 40);
  assertEqual(piText, PI48);
  assertEqual(eText, E40);
  let h = 0, limbMax = 0;
  for (let i = 0; i + 4 <= 48; i += 4) {
    const limb = ((pi[i] * 10 + pi[i + 1]) * 10 + pi[i + 2]) * 10 + pi[i + 3];
    if (limb > limbMax) limbMax = limb;
    h = (h * 10007 + limb) % 1000003;
  }
  for (let i = 0; i < 40; i++) h = (h * 7 + e[i]) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`pi-spigot pi=${spell(pi, 12)}.. e=${spell(e, 12)}.. limbMax=${limbMax} ${h}`);
  }
  assertEqual(h, expected);
  return h;
}
vmExport(0, run);
