// console.log of errors whose classes do not name themselves, as the
// first line of the stack Node prints (Node goes on with the stack).
class ValidationError extends Error {}
class BadThing extends Error {}
class Named extends Error { constructor(m) { super(m); this.name = 'Named'; } }
class HttpError extends TypeError {}
console.log(new ValidationError('bad input'));
console.log(new BadThing('x'));
console.log(new Named('n'));
console.log(new HttpError('h'));
console.log(new Error('plain'), new TypeError('t'));
console.log(String(new ValidationError('s')), `${new BadThing('b')}`);
