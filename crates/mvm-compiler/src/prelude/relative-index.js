// An index argument as slice, fill and indexOf read it: truncated,
// counted from the end when negative, clamped to [0, length].
function $mvmRelativeIndex(index, length, fallback) {
  if (index === undefined) return fallback;
  // (+ 0: -0.5 truncates to -0, which is 0 here.)
  index = Math.trunc(index) + 0;
  if (index !== index) return 0;
  if (index < 0) return index + length < 0 ? 0 : index + length;
  return index > length ? length : index;
}
