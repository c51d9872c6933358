print("\uD800" === "\uFFFD");
print("\uD800" === "\uDBFF");
print(("\uD83D" + "\uDE00") === "\u{1F600}");
vmExport(0, function () {});
