// The text layout engine of an e-paper shelf label / e-reader. Paragraphs of
// words made of syllables (LCG picked) are measured with a proportional font
// (a width table plus kerning pairs looked up by the two-letter string, built
// at run time), then wrapped two ways for two column widths: greedily, and
// optimally (minimum sum of squared slack, a dynamic programme over break
// points). Long words may be hyphenated at syllable boundaries. Lines are
// justified (extra pixels spread over the gaps, left to right), rendered as
// strings, and the greedy and optimal texts are compared line by line with
// '==='. The optimal lines are then paginated (12 lines a page, no widow or
// orphan line) and each page gets a footer made from its number.
const NODE_SUM = 712403;
const LO = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'];
const DG = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const W = [6, 6, 5, 6, 6, 4, 6, 6, 3, 3, 6, 3, 9, 6, 6, 6, 6, 4, 5, 4, 6, 6, 8, 6, 6, 5];   // a..z, px
const SYL = [[116, 97], [114, 111], [110, 101], [108, 105], [118, 97], [107, 111], [109, 117], [115, 101, 110], [116, 114, 97], [112, 108, 111],
  [100, 105], [103, 97], [119, 97, 121], [102, 108, 121], [122, 111], [99, 104, 101], [114, 121], [121, 111], [97, 118], [111, 119]];
const KERN = {};
const KP = [[97, 118, -1], [97, 119, -1], [97, 121, -1], [114, 111, -1], [116, 97, -1], [116, 111, -1], [118, 97, -1], [119, 97, -1], [121, 111, -1], [102, 108, 1], [108, 108, 1], [114, 121, -1], [111, 119, -1], [102, 105, 1]];
for (let i = 0; i < KP.length; i++) KERN[LO[KP[i][0] - 97] + LO[KP[i][1] - 97]] = KP[i][2];
const SPACE = 3, HYPHEN = 4;
let checked = false;

function ch(c) { return c >= 97 ? LO[c - 97] : DG[c - 48]; }
function cw(c) { return c >= 97 ? W[c - 97] : 6; }

function measure(codes, from, to) {                 // width of codes[from..to), with kerning
  let w = 0, prev = '';
  for (let i = from; i < to; i++) {
    const s = ch(codes[i]);
    w += cw(codes[i]);
    if (prev !== '') { const k = KERN[prev + s]; if (k !== undefined) w += k; }
    prev = codes[i] >= 97 ? s : '';                  // digits are not kerned
  }
  return w;
}

function makeWord(rand) {                           // -> { c: codes, s: text, w: px, cuts: syllable starts }
  const c = [], cuts = [];
  if (rand(11) === 0) { let n = 1 + rand(2000); const d = []; while (n > 0) { d.push(48 + n % 10); n = (n / 10) | 0; } for (let i = d.length - 1; i >= 0; i--) c.push(d[i]); }
  else {
    const k = 1 + rand(4);
    for (let j = 0; j < k; j++) { if (j > 0) cuts.push(c.length); const sy = SYL[rand(SYL.length)]; for (let i = 0; i < sy.length; i++) c.push(sy[i]); }
  }
  let s = '';
  for (let i = 0; i < c.length; i++) s += ch(c[i]);
  return { c: c, s: s, w: measure(c, 0, c.length), cuts: cuts };
}

function hyphenate(words, width) {                  // split words wider than 40% of a line at a syllable cut
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const wd = words[i];
    if (wd.w * 5 <= width * 2 || wd.cuts.length === 0) { out.push(wd); }
    else {
      const cut = wd.cuts[(wd.cuts.length / 2) | 0];
      let a = '', b = '';
      const ca = [], cb = [];
      for (let j = 0; j < wd.c.length; j++) { if (j < cut) { a += ch(wd.c[j]); ca.push(wd.c[j]); } else { b += ch(wd.c[j]); cb.push(wd.c[j]); } }
      out.push({ c: ca, s: a + '-', w: measure(ca, 0, ca.length) + HYPHEN, cuts: [] });
      out.push({ c: cb, s: b, w: measure(cb, 0, cb.length), cuts: [] });
    }
  }
  return out;
}

function greedy(words, width) {                     // -> break indices (line i = words[br[i]..br[i+1]))
  const br = [0];
  let x = 0;
  for (let i = 0; i < words.length; i++) {
    const need = x === 0 ? words[i].w : x + SPACE + words[i].w;
    if (need > width && x > 0) { br.push(i); x = words[i].w; } else x = need;
  }
  br.push(words.length);
  return br;
}

function optimal(words, width) {
  const n = words.length, best = [0], from = [0];
  for (let j = 1; j <= n; j++) {
    let lw = -SPACE, bc = -1, bi = j - 1;
    for (let i = j - 1; i >= 0; i--) {
      lw += words[i].w + SPACE;
      if (lw > width && i < j - 1) i = -1;
      else {
        const slack = width - lw, cost = best[i] + (j === n ? 0 : slack * slack);
        if (bc < 0 || cost < bc) { bc = cost; bi = i; }
      }
    }
    best.push(bc); from.push(bi);
  }
  const rev = [];
  for (let j = n; j > 0; j = from[j]) rev.push(j);
  const br = [0];
  for (let k = rev.length - 1; k >= 0; k--) br.push(rev[k]);
  return br;
}

function render(words, br, width, last, pos) {      // -> line strings; word x positions go to pos
  const lines = [];
  for (let l = 0; l + 1 < br.length; l++) {
    const a = br[l], b = br[l + 1];
    let used = 0;
    for (let i = a; i < b; i++) used += words[i].w;
    const gaps = b - a - 1, extra = width - used - gaps * SPACE;
    let s = '', x = 0;
    for (let i = a; i < b; i++) {
      pos.push(x);
      s += words[i].s;
      x += words[i].w;
      if (i < b - 1) {
        const g = (l + 2 === br.length && last) ? SPACE : SPACE + ((extra * (i - a + 1) / gaps) | 0) - ((extra * (i - a) / gaps) | 0);
        s += g > SPACE + 2 ? '  ' : ' ';
        x += g;
      }
    }
    lines.push(s);
  }
  return lines;
}

function run() {
  let seed = 4242, h = 5;
  const rand = (n) => { seed = (seed * 75 + 74) % 65537; return seed % n; };
  const paras = [];
  for (let p = 0; p < 7; p++) { const ws = []; const n = 24 + rand(20); for (let i = 0; i < n; i++) ws.push(makeWord(rand)); paras.push(ws); }
  const widths = [176, 136, 96];
  let same = 0, total = 0, hyph = 0, pageText = '', pages = 0, lastLine = '';
  for (let wi = 0; wi < widths.length; wi++) {
    const width = widths[wi], all = [];
    let posSum = 0;
    for (let p = 0; p < paras.length; p++) {
      const ws = hyphenate(paras[p], width);
      hyph += ws.length - paras[p].length;
      const pos = [];
      const g = render(ws, greedy(ws, width), width, true, pos), o = render(ws, optimal(ws, width), width, true, pos);
      for (let k = 0; k < pos.length; k++) posSum = (posSum * 7 + pos[k]) % 65521;
      for (let k = 0; k < g.length && k < o.length; k++) if (g[k] === o[k]) same += 1;
      total += o.length;
      for (let k = 0; k < o.length; k++) all.push([p, k, o.length, o[k]]);
      h = (h * 31 + g.length * 64 + o.length) % 1000003;
    }
    h = (h * 31 + posSum) % 1000003;
    // pagination: 12 lines a page, keep at least 2 lines of a paragraph together at a page end or start
    let line = 0, pg = 1, onPage = 0;
    while (line < all.length) {
      let take = 12;
      if (line + take < all.length) {
        const nx = all[line + take];
        if (nx[1] === nx[2] - 1) take -= 1;              // widow: the last line would be alone on the next page
        else if (all[line + take - 1][1] === 0) take -= 1; // orphan: the first line would be alone at the bottom
      } else take = all.length - line;
      onPage += take; line += take;
      const footer = '- ' + pg + ' -';
      if (wi === 1 && pg === 2) pageText = all[line - take][3] + ' / ' + all[line - 1][3] + ' ' + footer;
      h = (h * 31 + take * 100 + pg) % 1000003;
      pg += 1;
    }
    pages += pg - 1;
    lastLine = all[all.length - 1][3];
  }
  h = (h * 31 + same * 256 + hyph) % 1000003;
  const out = 'epaper-wrap paras=' + paras.length + ' lines=' + total + ' same=' + same + ' hyph=' + hyph + ' pages=' + pages + ' page2=' + pageText + ' last=' + lastLine + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
