print("\uFFFF" < "\u{1F600}");
print("\uE000" < "\u{10000}");
vmExport(0, function () {});
