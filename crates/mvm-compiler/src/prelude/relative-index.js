// An index argument as slice, fill and indexOf read it: truncated,
// counted from the end when negative, clamped to [0, length].
function $mvmRelativeIndex(index, length, fallback) {
  if (index === undefined) return fallback;
  index = Math.trunc(index);
  if (index !== index) return 0;
  if (index < 0) return index + length < 0 ? 0 : index + length;
  return index > length ? length : index;
}
