// Tagged templates: the compiler makes each call site's array of texts
// once, through `$mvmTemplateObject`, which keeps the site's raw texts
// beside it for `strings.raw` (arrays keep no named properties: an
// `Array.prototype` accessor finds them by the array).
const $mvmTemplates = [];
let $mvmTemplateRaw = false;
globalThis.$mvmTemplateObject = function templateObject(cooked, raw) {
  if (!$mvmTemplateRaw) {
    $mvmTemplateRaw = true;
    Array.prototype.raw = $mvmMakeAccessor(function () {
      for (let i = 0; i < $mvmTemplates.length; i += 2) {
        if ($mvmTemplates[i] === this) return $mvmTemplates[i + 1];
      }
      return undefined;
    }, undefined);
  }
  $mvmTemplates.push(cooked, raw);
  // (Frozen, as JavaScript's: the array is the site's, shared by its calls.)
  $mvmLock(raw, true);
  $mvmLock(cooked, true);
  return cooked;
};
