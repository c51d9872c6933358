// Function.prototype call, apply and bind: on functions, methods, builtins (push) and prelude functions (Math.max), with arguments.
function greet(greeting, mark) { return greeting + ', ' + this.name + mark; }
const alice = { name: 'Alice' };
console.log(greet.call(alice, 'Hi', '!'));
vmExport(0, function () {
  const bob = { name: 'Bob' };
  console.log(greet.call(bob, 'Hello', '?'), greet.apply(bob, ['Hey', '.']));
  const bound = greet.bind(alice, 'Yo');
  console.log(bound('~'), bound.call(bob, '#'));
  const push = [].push;
  const arr = [1];
  push.call(arr, 2, 3);
  console.log(arr.join(), Math.max.apply(null, [3, 9, 2]));
  function sum() { let t = 0; for (let i = 0; i < arguments.length; i++) t += arguments[i]; return t; }
  console.log(sum.apply(null, [1, 2, 3]), sum.call(null), typeof greet.call);
  class P { constructor(x) { this.x = x; } get() { return this.x; } }
  const p = new P(5);
  const get = p.get;
  console.log(get.call(p), get.bind(new P(7))());
});
