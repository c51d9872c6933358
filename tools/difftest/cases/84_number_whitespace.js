// Number() trims JavaScript's white space (and only it) at both ends,
// multibyte kinds included; a lone surrogate is no white space.
vmExport(0, function () {
  const ws = ["\t", "\n", "\v", "\f", "\r", " ", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\u0085", "\u200b", "\u180e"];
  for (const w of ws) console.log(w.charCodeAt(0), Number(w + "12" + w), Number(w + w), +(w + "1.5e3" + w + w));
  console.log(Number("\ud800 1"), Number("1 \ud800"), Number(" \udc00"), Number(""), Number("   "), Number("\u00a0 0x1F \u3000"));
});
