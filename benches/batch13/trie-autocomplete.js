// Tab completion for a device's serial shell, built on a trie. The trie is
// a node pool in parallel arrays (character, first child, next sibling,
// terminal word id), children kept in sorted sibling lists, as firmware
// without malloc would lay it out. Each call builds the trie from 46
// command names, then replays 90 keyboard events made by an LCG:
//  - TAB after a prefix: extend while the path is unambiguous; if the
//    prefix is still ambiguous, suggest the most used candidate;
//  - ENTER on a full word: run it (its use count goes up) or "unknown";
//  - double TAB on a 1-2 letter prefix: list every candidate in order;
//  - a typo (substitution, deletion, insertion or swap): "did you mean",
//    a Levenshtein search over the trie with one DP row per node, pruned
//    when the row's minimum passes 2.
// Halfway, three commands are unregistered (with pruning of dead nodes)
// and "selftest" is registered. Microvium 8 cannot read strings byte by
// byte, so words are byte arrays and are spelt through a character table.
const NODE_SUM = 157382;
const CHR = [];
for (let i = 0; i < 128; i++) CHR.push('?');
const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't',
  'u', 'v', 'w', 'x', 'y', 'z'];
for (let i = 0; i < 26; i++) CHR[97 + i] = LETTERS[i];
// status stat start stop step set setup sensor sensors scan save sleep reboot reset read reg regdump wifi wipe
// write watch log logs login logout led list load gpio get gain date debug dump help history heap info ping pwm
// power cal calib clear config cat
const VOCAB = [
  [115, 116, 97, 116, 117, 115], [115, 116, 97, 116], [115, 116, 97, 114, 116], [115, 116, 111, 112],
  [115, 116, 101, 112], [115, 101, 116], [115, 101, 116, 117, 112], [115, 101, 110, 115, 111, 114],
  [115, 101, 110, 115, 111, 114, 115], [115, 99, 97, 110], [115, 97, 118, 101], [115, 108, 101, 101, 112],
  [114, 101, 98, 111, 111, 116], [114, 101, 115, 101, 116], [114, 101, 97, 100], [114, 101, 103],
  [114, 101, 103, 100, 117, 109, 112], [119, 105, 102, 105], [119, 105, 112, 101], [119, 114, 105, 116, 101],
  [119, 97, 116, 99, 104], [108, 111, 103], [108, 111, 103, 115], [108, 111, 103, 105, 110],
  [108, 111, 103, 111, 117, 116], [108, 101, 100], [108, 105, 115, 116], [108, 111, 97, 100], [103, 112, 105, 111],
  [103, 101, 116], [103, 97, 105, 110], [100, 97, 116, 101], [100, 101, 98, 117, 103], [100, 117, 109, 112],
  [104, 101, 108, 112], [104, 105, 115, 116, 111, 114, 121], [104, 101, 97, 112], [105, 110, 102, 111],
  [112, 105, 110, 103], [112, 119, 109], [112, 111, 119, 101, 114], [99, 97, 108], [99, 97, 108, 105, 98],
  [99, 108, 101, 97, 114], [99, 111, 110, 102, 105, 103], [99, 97, 116],
];
const SELFTEST = [115, 101, 108, 102, 116, 101, 115, 116];
const spell = (bytes) => { let s = ''; for (let i = 0; i < bytes.length; i++) s += CHR[bytes[i]]; return s; };

function childOf(t, n, c, make) {
  let prev = -1, k = t.kid[n];
  while (k >= 0 && t.ch[k] < c) { prev = k; k = t.sib[k]; }
  if (k >= 0 && t.ch[k] === c) return k;
  if (!make) return -1;
  const m = t.ch.length;
  t.ch.push(c); t.kid.push(-1); t.sib.push(k); t.term.push(-1);
  if (prev < 0) t.kid[n] = m; else t.sib[prev] = m;
  t.nodes += 1;
  return m;
}
function insert(t, word, id) { let n = 0; for (let i = 0; i < word.length; i++) n = childOf(t, n, word[i], true); t.term[n] = id; }
function find(t, bytes, len) { let n = 0; for (let i = 0; i < len && n >= 0; i++) n = childOf(t, n, bytes[i], false); return n; }
function collect(t, n, out) {
  if (t.term[n] >= 0) out.push(t.term[n]);
  for (let k = t.kid[n]; k >= 0; k = t.sib[k]) collect(t, k, out);
  return out;
}
function remove(t, word) {
  const path = [0];
  let n = 0;
  for (let i = 0; i < word.length && n >= 0; i++) { n = childOf(t, n, word[i], false); path.push(n); }
  if (n < 0 || t.term[n] < 0) return -1;
  t.term[n] = -1;
  let pruned = 0, i = path.length - 1;
  while (i > 0 && t.kid[path[i]] < 0 && t.term[path[i]] < 0) {
    const p = path[i - 1], m = path[i];
    if (t.kid[p] === m) t.kid[p] = t.sib[m];
    else { let k = t.kid[p]; while (t.sib[k] !== m) k = t.sib[k]; t.sib[k] = t.sib[m]; }
    pruned += 1; i -= 1;
  }
  t.nodes -= pruned;
  return pruned;
}
function complete(t, typed, len, out) {
  for (let i = 0; i < len; i++) out.push(typed[i]);
  let n = find(t, typed, len);
  if (n < 0) return -1;
  while (t.term[n] < 0 && t.kid[n] >= 0 && t.sib[t.kid[n]] < 0) { n = t.kid[n]; out.push(t.ch[n]); }
  return n;
}
// one DP row per trie node; matches go out as id * 4 + distance
function fuzzy(t, n, prev, q, maxd, out, stats) {
  const row = [prev[0] + 1];
  let best = row[0];
  stats.visited += 1;
  for (let i = 1; i <= q.length; i++) {
    const ins = row[i - 1] + 1, del = prev[i] + 1, sub = prev[i - 1] + (q[i - 1] === t.ch[n] ? 0 : 1);
    let v = ins < del ? ins : del;
    if (sub < v) v = sub;
    row.push(v);
    if (v < best) best = v;
  }
  if (row[q.length] <= maxd && t.term[n] >= 0) out.push(t.term[n] * 4 + row[q.length]);
  if (best < maxd) for (let k = t.kid[n]; k >= 0; k = t.sib[k]) fuzzy(t, k, row, q, maxd, out, stats);
}

let checked = false;

function run() {
  const t = { ch: [0], kid: [-1], sib: [-1], term: [-1], nodes: 1 };
  const words = [], used = [];
  for (let id = 0; id < VOCAB.length; id++) { words.push(VOCAB[id]); used.push(0); insert(t, VOCAB[id], id); }
  const built = t.nodes;
  let seed = 2024;
  const rnd = (n) => { seed = (seed * 1103 + 12345) % 65536; return (seed >> 4) % n; };
  const mostUsed = (ids) => { let b = ids[0]; for (let i = 1; i < ids.length; i++) if (used[ids[i]] > used[b]) b = ids[i]; return b; };
  const st = { tabs: 0, unique: 0, ambiguous: 0, runs: 0, unknown: 0, listed: 0, hits: 0, visited: 0, pruned: 0 };
  let h = 11, last = [];
  for (let q = 0; q < 90; q++) {
    if (q === 45) {
      st.pruned += remove(t, VOCAB[1]) + remove(t, VOCAB[16]) + remove(t, VOCAB[24]);
      words.push(SELFTEST); used.push(0); insert(t, SELFTEST, words.length - 1);
    }
    const id = rnd(words.length), w = words[id], mode = q % 5;
    if (mode < 2) {
      const out = [];
      const n = complete(t, w, 1 + rnd(w.length), out);
      st.tabs += 1;
      if (n < 0) h = (h * 31 + 1) % 1000003;
      else if (t.term[n] >= 0) { st.unique += 1; h = (h * 31 + out.length * 64 + t.term[n]) % 1000003; last = out; }
      else {
        const cands = collect(t, n, []);
        const b = mostUsed(cands);
        st.ambiguous += 1; last = words[b];
        h = (h * 31 + cands.length * 64 + b) % 1000003;
      }
    } else if (mode === 2) {
      const n = find(t, w, w.length);
      if (n >= 0 && t.term[n] >= 0) { used[t.term[n]] += 1; st.runs += 1; } else st.unknown += 1;
      h = (h * 31 + (n < 0 ? 0 : n)) % 1000003;
    } else if (mode === 3) {
      const n = find(t, w, 1 + rnd(2));
      const cands = n < 0 ? [] : collect(t, n, []);
      st.listed += cands.length;
      for (let i = 0; i < cands.length; i++) h = (h * 31 + cands[i]) % 1000003;
    } else {
      const typo = [], pos = rnd(w.length), kind = rnd(4), c = 97 + rnd(26);
      for (let i = 0; i < w.length; i++) {
        if (i !== pos || (kind === 3 && i + 1 === w.length)) typo.push(w[i]);
        else if (kind === 0) typo.push(c);
        else if (kind === 2) { typo.push(c); typo.push(w[i]); }
        else if (kind === 3) { typo.push(w[i + 1]); typo.push(w[i]); i += 1; }
      }
      const found = [], row0 = [];
      for (let i = 0; i <= typo.length; i++) row0.push(i);
      for (let k = t.kid[0]; k >= 0; k = t.sib[k]) fuzzy(t, k, row0, typo, 2, found, st);
      let best = -1;
      for (let i = 0; i < found.length; i++) {
        const f = found[i];
        if (best < 0 || f % 4 < best % 4 || (f % 4 === best % 4 && used[f >> 2] > used[best >> 2])) best = f;
      }
      st.hits += found.length;
      if (best >= 0) last = words[best >> 2];
      h = (h * 31 + found.length * 256 + (best < 0 ? 255 : best)) % 1000003;
    }
  }
  h = (h * 31 + built * 100 + t.nodes) % 1000003;
  h = (h * 31 + st.visited) % 1000003;
  const line = 'trie-autocomplete words=' + words.length + ' nodes=' + built + '/' + t.nodes + ' pruned=' + st.pruned +
    ' tabs=' + st.tabs + '/' + st.unique + '/' + st.ambiguous + ' runs=' + st.runs + ' unknown=' + st.unknown +
    ' listed=' + st.listed + ' fuzzy=' + st.hits + '/' + st.visited + ' last=' + spell(last) + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
