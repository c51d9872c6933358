var a = 1
var b = 2
var c = a
+ b
print(c)
function r() {
  return
  42
}
print(r())
var x = 5
var y = 10
x
++y
print(x + " " + y)
var i = 0
while (i < 3) i++
print(i)
do i--; while (i > 0)
print(i)
if (a) print("a"); else print("not a")
if (!a) print("x")
else if (b) print("b")
else print("c")
for (var k = 0; k < 2; k++) print(k)
;;;
var s = "line\
continued"
print(s)
print("\v\b\f".length)
print("x\ry".length)
print("\u{41}\u{1F600}".length)
vmExport(0, function () {
  var q = 1
  q++
  print(q)
  return
})
