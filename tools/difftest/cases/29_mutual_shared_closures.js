function makePair() {
  var shared = 0;
  var log = "";
  function inc() { shared++; log += "i"; return shared; }
  function dbl() { shared *= 2; log += "d"; return shared; }
  function read() { return shared + ":" + log; }
  return [inc, dbl, read];
}
var p = makePair();
p[0]();
p[1]();
p[0]();
print(p[2]());
var q = makePair();
q[1]();
print(q[2]());
function bank() {
  var balance = 100;
  var history = [];
  var api = {
    deposit: function (n) { balance += n; history[history.length] = "+" + n; return balance; },
    withdraw: function (n) {
      if (n > balance) { history[history.length] = "!" + n; return false; }
      balance -= n;
      history[history.length] = "-" + n;
      return balance;
    },
    report: function () {
      var s = "";
      for (var i = 0; i < history.length; i++) s += history[i] + " ";
      return s + "= " + balance;
    }
  };
  return api;
}
var acct = bank();
acct.deposit(50);
acct.withdraw(500);
acct.withdraw(30);
print(acct.report());
vmExport(0, function () {
  print(p[0]());
  print(p[1]());
  print(p[2]());
  print(q[0]());
  print(q[2]());
  acct.deposit(1.5);
  acct.withdraw(121.5);
  acct.withdraw(1);
  print(acct.report());
  var x = 0;
  var setters = [];
  var getters = [];
  for (var i = 0; i < 5; i++) {
    setters[i] = function (v) { x = v; };
    getters[i] = function () { return x; };
  }
  setters[3](42);
  print(getters[0]());
  setters[0]("str");
  print(getters[4]());
});
