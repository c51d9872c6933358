// The REST API of a small environmental controller's built-in web server.
// Requests arrive as raw bytes (24 captured ones, from four clients). An
// HttpParser class reads the request line, percent-decodes the path
// segments and the query (with '+' as space), lower-cases header names
// into a dictionary keyed 'h_' + name, and takes a Content-Length body; bad
// input throws { status } objects (400, 413, 501). Routes are registered
// as arrays of segments, where { param: 'id' } marks a parameter, into a
// trie of plain objects keyed 's_' + segment; matching prefers literal
// segments and backtracks into parameters. A wrong method gives 405 with
// an Allow list. Requests pass a middleware chain of arrow functions
// (`next` closures): a per-client rate limiter, a bearer-token check for
// writes, and conditional GET with ETags kept in a dictionary keyed by the
// body text. Handlers are arrow functions that read and change the
// device (sensors with history rings, alarm limits parsed from form
// bodies, relays, config strings) and build JSON bodies with template
// literals. Numbers in paths and forms go through unary plus, but only
// after the byte parser has seen that they are plain integers.
const CH = [
  '.', '.', '.', '.', '.', '.', '.', '.', '.', '\t', '\n', '.', '.', '\r', '.', '.',
  '.', '.', '.', '.', '.', '.', '.', '.', '.', '.', '.', '.', '.', '.', '.', '.',
  ' ', '!', '"', '#', '$', '%', '&', '\'', '(', ')', '*', '+', ',', '-', '.', '/',
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
  '@', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O',
  'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', '[', '\\', ']', '^', '_',
  '`', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
  'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '{', '|', '}', '~', '.'
];
const REQUESTS = [
  // "GET /api/v1/status HTTP/1.1\r\nHost: dev\r\n\r\n"
  { ip: '10.0.0.5', b: [71, 69, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 115, 116, 97, 116, 117, 115, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 72, 111, 115, 116, 58, 32, 100, 101, 118, 13, 10, 13, 10] },
  // "GET /api/v1/sensors HTTP/1.1\r\nHost: dev\r\nAccept: */*\r\n\r\n"
  { ip: '10.0.0.5', b: [71, 69, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 115, 101, 110, 115, 111, 114, 115, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 72, 111, 115, 116, 58, 32, 100, 101, 118, 13, 10, 65, 99, 99, 101, 112, 116, 58, 32, 42, 47, 42, 13, 10, 13, 10] },
  // "GET /api/v1/sensors/2 HTTP/1.1\r\nHost: dev\r\n\r\n"
  { ip: '10.0.0.5', b: [71, 69, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 115, 101, 110, 115, 111, 114, 115, 47, 50, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 72, 111, 115, 116, 58, 32, 100, 101, 118, 13, 10, 13, 10] },
  // "GET /api/v1/sensors/2/history?n=5&from=3 HTTP/1.1\r\nHost: dev\r\n\r\n"
  { ip: '10.0.0.7', b: [71, 69, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 115, 101, 110, 115, 111, 114, 115, 47, 50, 47, 104, 105, 115, 116, 111, 114, 121, 63, 110, 61, 53, 38, 102, 114, 111, 109, 61, 51, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 72, 111, 115, 116, 58, 32, 100, 101, 118, 13, 10, 13, 10] },
  // "GET /api/v1/sensors/9 HTTP/1.1\r\nHost: dev\r\n\r\n"
  { ip: '10.0.0.7', b: [71, 69, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 115, 101, 110, 115, 111, 114, 115, 47, 57, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 72, 111, 115, 116, 58, 32, 100, 101, 118, 13, 10, 13, 10] },
  // "GET /api/v1/sensors/x7 HTTP/1.1\r\nHost: dev\r\n\r\n"
  { ip: '10.0.0.7', b: [71, 69, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 115, 101, 110, 115, 111, 114, 115, 47, 120, 55, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 72, 111, 115, 116, 58, 32, 100, 101, 118, 13, 10, 13, 10] },
  // "PUT /api/v1/sensors/1/alarm HTTP/1.1\r\nHost: dev\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 11\r\n\r\nhi=35&lo=-5"
  { ip: '10.0.0.7', b: [80, 85, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 115, 101, 110, 115, 111, 114, 115, 47, 49, 47, 97, 108, 97, 114, 109, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 72, 111, 115, 116, 58, 32, 100, 101, 118, 13, 10, 67, 111, 110, 116, 101, 110, 116, 45, 84, 121, 112, 101, 58, 32, 97, 112, 112, 108, 105, 99, 97, 116, 105, 111, 110, 47, 120, 45, 119, 119, 119, 45, 102, 111, 114, 109, 45, 117, 114, 108, 101, 110, 99, 111, 100, 101, 100, 13, 10, 67, 111, 110, 116, 101, 110, 116, 45, 76, 101, 110, 103, 116, 104, 58, 32, 49, 49, 13, 10, 13, 10, 104, 105, 61, 51, 53, 38, 108, 111, 61, 45, 53] },
  // "PUT /api/v1/sensors/1/alarm HTTP/1.1\r\nHost: dev\r\nAuthorization: Bearer 7f3a9c\r\nContent-Length: 11\r\n\r\nhi=35&lo=-5"
  { ip: '10.0.0.7', b: [80, 85, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 115, 101, 110, 115, 111, 114, 115, 47, 49, 47, 97, 108, 97, 114, 109, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 72, 111, 115, 116, 58, 32, 100, 101, 118, 13, 10, 65, 117, 116, 104, 111, 114, 105, 122, 97, 116, 105, 111, 110, 58, 32, 66, 101, 97, 114, 101, 114, 32, 55, 102, 51, 97, 57, 99, 13, 10, 67, 111, 110, 116, 101, 110, 116, 45, 76, 101, 110, 103, 116, 104, 58, 32, 49, 49, 13, 10, 13, 10, 104, 105, 61, 51, 53, 38, 108, 111, 61, 45, 53] },
  // "PUT /api/v1/sensors/1/alarm HTTP/1.1\r\nAuthorization: Bearer 7f3a9c\r\nContent-Length: 10\r\n\r\nhi=3&lo=50"
  { ip: '10.0.0.8', b: [80, 85, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 115, 101, 110, 115, 111, 114, 115, 47, 49, 47, 97, 108, 97, 114, 109, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 65, 117, 116, 104, 111, 114, 105, 122, 97, 116, 105, 111, 110, 58, 32, 66, 101, 97, 114, 101, 114, 32, 55, 102, 51, 97, 57, 99, 13, 10, 67, 111, 110, 116, 101, 110, 116, 45, 76, 101, 110, 103, 116, 104, 58, 32, 49, 48, 13, 10, 13, 10, 104, 105, 61, 51, 38, 108, 111, 61, 53, 48] },
  // "POST /api/v1/relays/3 HTTP/1.1\r\nAuthorization: Bearer 7f3a9c\r\nContent-Length: 12\r\n\r\nstate=toggle"
  { ip: '10.0.0.8', b: [80, 79, 83, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 114, 101, 108, 97, 121, 115, 47, 51, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 65, 117, 116, 104, 111, 114, 105, 122, 97, 116, 105, 111, 110, 58, 32, 66, 101, 97, 114, 101, 114, 32, 55, 102, 51, 97, 57, 99, 13, 10, 67, 111, 110, 116, 101, 110, 116, 45, 76, 101, 110, 103, 116, 104, 58, 32, 49, 50, 13, 10, 13, 10, 115, 116, 97, 116, 101, 61, 116, 111, 103, 103, 108, 101] },
  // "POST /api/v1/relays/3 HTTP/1.1\r\nAuthorization: Bearer 7f3a9c\r\nContent-Length: 8\r\n\r\nstate=on"
  { ip: '10.0.0.8', b: [80, 79, 83, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 114, 101, 108, 97, 121, 115, 47, 51, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 65, 117, 116, 104, 111, 114, 105, 122, 97, 116, 105, 111, 110, 58, 32, 66, 101, 97, 114, 101, 114, 32, 55, 102, 51, 97, 57, 99, 13, 10, 67, 111, 110, 116, 101, 110, 116, 45, 76, 101, 110, 103, 116, 104, 58, 32, 56, 13, 10, 13, 10, 115, 116, 97, 116, 101, 61, 111, 110] },
  // "DELETE /api/v1/sensors/2 HTTP/1.1\r\nAuthorization: Bearer 7f3a9c\r\n\r\n"
  { ip: '10.0.0.8', b: [68, 69, 76, 69, 84, 69, 32, 47, 97, 112, 105, 47, 118, 49, 47, 115, 101, 110, 115, 111, 114, 115, 47, 50, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 65, 117, 116, 104, 111, 114, 105, 122, 97, 116, 105, 111, 110, 58, 32, 66, 101, 97, 114, 101, 114, 32, 55, 102, 51, 97, 57, 99, 13, 10, 13, 10] },
  // "GET /api/v1/config/site%20name HTTP/1.1\r\n\r\n"
  { ip: '10.0.0.8', b: [71, 69, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 99, 111, 110, 102, 105, 103, 47, 115, 105, 116, 101, 37, 50, 48, 110, 97, 109, 101, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 13, 10] },
  // "GET /api/v1/config/nope HTTP/1.1\r\n\r\n"
  { ip: '10.0.0.8', b: [71, 69, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 99, 111, 110, 102, 105, 103, 47, 110, 111, 112, 101, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 13, 10] },
  // "GET /index.html HTTP/1.1\r\nHost: dev\r\n\r\n"
  { ip: '10.0.0.9', b: [71, 69, 84, 32, 47, 105, 110, 100, 101, 120, 46, 104, 116, 109, 108, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 72, 111, 115, 116, 58, 32, 100, 101, 118, 13, 10, 13, 10] },
  // "GET /index.html HTTP/1.1\r\nHost: dev\r\nIf-None-Match: \"e7\"\r\n\r\n"
  { ip: '10.0.0.9', b: [71, 69, 84, 32, 47, 105, 110, 100, 101, 120, 46, 104, 116, 109, 108, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 72, 111, 115, 116, 58, 32, 100, 101, 118, 13, 10, 73, 102, 45, 78, 111, 110, 101, 45, 77, 97, 116, 99, 104, 58, 32, 34, 101, 55, 34, 13, 10, 13, 10] },
  // "GET /api/v2/status HTTP/1.1\r\n\r\n"
  { ip: '10.0.0.9', b: [71, 69, 84, 32, 47, 97, 112, 105, 47, 118, 50, 47, 115, 116, 97, 116, 117, 115, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 13, 10] },
  // "BREW /pot HTTP/1.1\r\n\r\n"
  { ip: '10.0.0.9', b: [66, 82, 69, 87, 32, 47, 112, 111, 116, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 13, 10] },
  // "GET /api/v1/status\r\n\r\n"
  { ip: '10.0.0.9', b: [71, 69, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 115, 116, 97, 116, 117, 115, 13, 10, 13, 10] },
  // "POST /api/v1/relays/1 HTTP/1.1\r\nAuthorization: Bearer 7f3a9c\r\nContent-Length: 99\r\n\r\nstate=on"
  { ip: '10.0.0.9', b: [80, 79, 83, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 114, 101, 108, 97, 121, 115, 47, 49, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 65, 117, 116, 104, 111, 114, 105, 122, 97, 116, 105, 111, 110, 58, 32, 66, 101, 97, 114, 101, 114, 32, 55, 102, 51, 97, 57, 99, 13, 10, 67, 111, 110, 116, 101, 110, 116, 45, 76, 101, 110, 103, 116, 104, 58, 32, 57, 57, 13, 10, 13, 10, 115, 116, 97, 116, 101, 61, 111, 110] },
  // "DELETE /api/v1/logs HTTP/1.1\r\nAuthorization: Bearer 7f3a9c\r\n\r\n"
  { ip: '10.0.0.9', b: [68, 69, 76, 69, 84, 69, 32, 47, 97, 112, 105, 47, 118, 49, 47, 108, 111, 103, 115, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 65, 117, 116, 104, 111, 114, 105, 122, 97, 116, 105, 111, 110, 58, 32, 66, 101, 97, 114, 101, 114, 32, 55, 102, 51, 97, 57, 99, 13, 10, 13, 10] },
  // "GET /api/v1/sensors/2/history?n=20 HTTP/1.1\r\n\r\n"
  { ip: '10.0.0.9', b: [71, 69, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 115, 101, 110, 115, 111, 114, 115, 47, 50, 47, 104, 105, 115, 116, 111, 114, 121, 63, 110, 61, 50, 48, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 13, 10] },
  // "GET /api/v1/status HTTP/1.1\r\n\r\n"
  { ip: '10.0.0.9', b: [71, 69, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 115, 116, 97, 116, 117, 115, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 13, 10] },
  // "GET /api/v1/config/wifi%20ssid?x=%41%42+c HTTP/1.1\r\nX-Trace: on\r\n\r\n"
  { ip: '10.0.0.5', b: [71, 69, 84, 32, 47, 97, 112, 105, 47, 118, 49, 47, 99, 111, 110, 102, 105, 103, 47, 119, 105, 102, 105, 37, 50, 48, 115, 115, 105, 100, 63, 120, 61, 37, 52, 49, 37, 52, 50, 43, 99, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 88, 45, 84, 114, 97, 99, 101, 58, 32, 111, 110, 13, 10, 13, 10] },
];

const REASON = {
  r200: 'OK', r201: 'Created', r204: 'No Content', r304: 'Not Modified', r400: 'Bad Request', r401: 'Unauthorized',
  r404: 'Not Found', r405: 'Method Not Allowed', r413: 'Payload Too Large', r429: 'Too Many Requests', r501: 'Not Implemented'
};
const METHODS = { GET: true, PUT: true, POST: true, DELETE: true, HEAD: true };
const TOKEN = 'Bearer 7f3a9c';
const INTS = {};          // '$' + text -> true when the text is a plain integer

function hexVal(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}
function fail(status) { throw { status: status }; }

class HttpParser {
  constructor(b) { this.b = b; this.i = 0; this.n = b.length; }
  peek() { return this.i < this.n ? this.b[this.i] : -1; }
  expect(c) {
    if (this.peek() !== c) fail(400);
    this.i++;
  }
  // text up to one of the stop bytes, decoding %XX (and '+' when plus is set)
  text(stop1, stop2, stop3, plus) {
    let s = '', digits = 0, other = 0;
    while (this.i < this.n) {
      let c = this.b[this.i];
      if (c === stop1 || c === stop2 || c === stop3 || c === 13) break;
      this.i++;
      if (c === 37) {
        const h = hexVal(this.peek()), l = this.i + 1 < this.n ? hexVal(this.b[this.i + 1]) : -1;
        if (h < 0 || l < 0) fail(400);
        c = h * 16 + l;
        this.i += 2;
      } else if (c === 43 && plus) c = 32;
      if (c >= 48 && c <= 57) digits++;
      else if (!(c === 45 && digits + other === 0)) other++;
      s += c < 128 ? CH[c] : '?';
    }
    if (digits > 0 && digits < 7 && other === 0) INTS['$' + s] = true;
    return s;
  }
  parse() {
    const req = { method: '', path: [], query: {}, headers: {}, body: [], nq: 0 };
    let c = this.peek();
    while (c >= 65 && c <= 90) { req.method += CH[c]; this.i++; c = this.peek(); }
    this.expect(32);
    this.expect(47);
    while (this.peek() !== 32 && this.peek() !== 63 && this.peek() !== 13 && this.i < this.n) {
      const seg = this.text(47, 63, 32, false);
      if (seg !== '') req.path.push(seg);
      if (this.peek() === 47) this.i++;
    }
    if (this.peek() === 63) {
      this.i++;
      while (this.peek() !== 32 && this.peek() !== 13 && this.i < this.n) {
        const k = this.text(61, 38, 32, true);
        let v = '';
        if (this.peek() === 61) { this.i++; v = this.text(38, 32, 32, true); }
        req.query['q_' + k] = v;
        req.nq++;
        if (this.peek() === 38) this.i++;
      }
    }
    this.expect(32);
    const V = [72, 84, 84, 80, 47, 49, 46, 49];        // HTTP/1.1
    for (let k = 0; k < V.length; k++) this.expect(V[k]);
    this.expect(13);
    this.expect(10);
    while (this.peek() !== 13) {
      let name = '';
      c = this.peek();
      while (c !== 58 && c !== 13 && c >= 0) {
        name += CH[c >= 65 && c <= 90 ? c + 32 : c];
        this.i++;
        c = this.peek();
      }
      this.expect(58);
      while (this.peek() === 32) this.i++;
      req.headers['h_' + name] = this.text(13, 13, 13, false);
      this.expect(13);
      this.expect(10);
    }
    this.expect(13);
    this.expect(10);
    if (METHODS[req.method] !== true) fail(501);
    const cl = req.headers['h_content-length'];
    if (cl !== undefined) {
      const len = INTS['$' + cl] === true ? +cl : -1;
      if (len < 0) fail(400);
      if (len > 64) fail(413);
      if (this.i + len > this.n) fail(400);
      for (let k = 0; k < len; k++) req.body.push(this.b[this.i + k]);
    }
    return req;
  }
}
function parseForm(bytes) {
  const p = new HttpParser(bytes);
  const form = {};
  while (p.i < p.n) {
    const k = p.text(61, 38, 38, true);
    let v = '';
    if (p.peek() === 61) { p.i++; v = p.text(38, 38, 38, true); }
    form['f_' + k] = v;
    if (p.peek() === 38) p.i++;
  }
  return form;
}
function intOf(s) {
  if (s === undefined || INTS['$' + s] !== true) fail(400);
  return +s;
}

// ---- routing ----
function newNode() { return { kids: {}, param: null, paramName: '', handlers: {}, methods: [] }; }
class Router {
  constructor() { this.root = newNode(); this.count = 0; }
  add(method, pattern, handler) {
    let n = this.root;
    for (let i = 0; i < pattern.length; i++) {
      const seg = pattern[i];
      if (typeof seg === 'string') {
        const k = 's_' + seg;
        if (n.kids[k] === undefined) n.kids[k] = newNode();
        n = n.kids[k];
      } else {
        if (n.param === null) { n.param = newNode(); n.paramName = seg.param; }
        n = n.param;
      }
    }
    if (n.handlers['m_' + method] === undefined) n.methods.push(method);
    n.handlers['m_' + method] = handler;
    this.count++;
  }
  find(n, segs, i, params) {
    if (i === segs.length) return n.methods.length > 0 ? n : null;
    const kid = n.kids['s_' + segs[i]];
    if (kid !== undefined) {
      const r = this.find(kid, segs, i + 1, params);
      if (r !== null) return r;
    }
    if (n.param !== null) {
      params[n.paramName] = segs[i];
      return this.find(n.param, segs, i + 1, params);
    }
    return null;
  }
}

// ---- the device ----
let dev = null;
function makeDevice() {
  const sensors = [];
  const names = ['inlet', 'outlet', 'room', 'duct'];
  for (let i = 0; i < 4; i++) {
    const hist = [];
    for (let k = 0; k < 16; k++) hist.push(150 + i * 40 + ((k * 37 + i * 11) % 23) - 11);
    sensors.push({ id: i, name: names[i], unit: 'C', hi: 300 + i * 10, lo: 50, hist: hist, head: 0 });
  }
  return {
    sensors: sensors, relays: [false, false, true, false], logs: 37, uptime: 86400 * 3 + 4521,
    config: { c_site_name: 'Plant room 2', c_wifi_ssid: 'ops-net', c_fw: '4.2.1' }
  };
}
function tenths(v) {
  const neg = v < 0;
  const a = neg ? -v : v;
  return `${neg ? '-' : ''}${(a / 10) | 0}.${a % 10}`;
}
function sensorJson(s) {
  const v = s.hist[(s.head + 15) & 15];
  return `{"id":${s.id},"name":"${s.name}","value":${tenths(v)},"unit":"${s.unit}","hi":${tenths(s.hi)},"lo":${tenths(s.lo)}}`;
}
function sensorOf(params) {
  const id = intOf(params.id);
  if (id < 0 || id >= dev.sensors.length) fail(404);
  return dev.sensors[id];
}
function ok(body) { return { status: 200, body: body, type: 'application/json' }; }

function buildRouter() {
  const r = new Router();
  const API = ['api', 'v1'];
  r.add('GET', [API[0], API[1], 'status'], (req, p) =>
    ok(`{"uptime":${dev.uptime},"relays":[${dev.relays[0]},${dev.relays[1]},${dev.relays[2]},${dev.relays[3]}],"logs":${dev.logs}}`));
  r.add('GET', [API[0], API[1], 'sensors'], (req, p) => {
    let body = '[';
    for (let i = 0; i < dev.sensors.length; i++) body += (i === 0 ? '' : ',') + sensorJson(dev.sensors[i]);
    return ok(body + ']');
  });
  r.add('GET', [API[0], API[1], 'sensors', { param: 'id' }], (req, p) => ok(sensorJson(sensorOf(p))));
  r.add('GET', [API[0], API[1], 'sensors', { param: 'id' }, 'history'], (req, p) => {
    const s = sensorOf(p);
    const q = req.query;
    let n = q.q_n === undefined ? 8 : intOf(q.q_n);
    const from = q.q_from === undefined ? 0 : intOf(q.q_from);
    if (n > 16 - from) n = 16 - from;
    let body = `{"id":${s.id},"from":${from},"values":[`;
    for (let k = 0; k < n; k++) body += (k === 0 ? '' : ',') + tenths(s.hist[(s.head + from + k) & 15]);
    return ok(body + ']}');
  });
  r.add('PUT', [API[0], API[1], 'sensors', { param: 'id' }, 'alarm'], (req, p) => {
    const s = sensorOf(p);
    const f = parseForm(req.body);
    const hi = intOf(f.f_hi) * 10, lo = intOf(f.f_lo) * 10;
    if (lo >= hi) fail(400);
    s.hi = hi;
    s.lo = lo;
    return { status: 204, body: '' };
  });
  r.add('POST', [API[0], API[1], 'relays', { param: 'ch' }], (req, p) => {
    const ch = intOf(p.ch);
    if (ch >= dev.relays.length) fail(404);
    const f = parseForm(req.body);
    switch (f.f_state) {
      case 'on': dev.relays[ch] = true; break;
      case 'off': dev.relays[ch] = false; break;
      case 'toggle': dev.relays[ch] = !dev.relays[ch]; break;
      default: fail(400);
    }
    return ok(`{"ch":${ch},"state":${dev.relays[ch] ? '"on"' : '"off"'}}`);
  });
  r.add('GET', [API[0], API[1], 'config', { param: 'key' }], (req, p) => {
    // "site name" and "wifi ssid" are stored as c_site_name and c_wifi_ssid
    let key = '';
    switch (p.key) {
      case 'site name': key = 'site_name'; break;
      case 'wifi ssid': key = 'wifi_ssid'; break;
      default: key = p.key;
    }
    const v = dev.config['c_' + key];
    if (v === undefined) fail(404);
    let extra = '';
    if (req.query.q_x !== undefined) extra = `,"x":"${req.query.q_x}"`;
    return ok(`{"key":"${p.key}","value":"${v}"${extra}}`);
  });
  r.add('DELETE', [API[0], API[1], 'logs'], (req, p) => {
    dev.logs = 0;
    return { status: 204, body: '' };
  });
  r.add('GET', ['index.html'], (req, p) => ({
    status: 200, type: 'text/html',
    body: `<html><body><h1>${dev.config.c_site_name}</h1><p>up ${(dev.uptime / 3600) | 0} h, ${dev.sensors.length} sensors</p></body></html>`
  }));
  r.add('HEAD', ['index.html'], (req, p) => ({ status: 200, body: '', type: 'text/html' }));
  return r;
}

let checked = false;
let expected = 0;

function run() {
  dev = makeDevice();
  const router = buildRouter();
  const seen = {};
  const etags = { n: 0 };
  const stats = { denied: 0, limited: 0, notModified: 0 };
  // the middleware chain: each takes (req, next)
  const MW = [
    (req, next) => {
      const k = 'c_' + req.ip;
      seen[k] = (seen[k] === undefined ? 0 : seen[k]) + 1;
      if (seen[k] > 5) { stats.limited++; fail(429); }
      return next();
    },
    (req, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD' && req.headers.h_authorization !== TOKEN) { stats.denied++; fail(401); }
      return next();
    },
    (req, next) => {
      const res = next();
      if (res.status === 200) {
        const key = 'b:' + res.body;
        if (etags[key] === undefined) { etags.n++; etags[key] = etags.n; }
        res.etag = etags[key];
        const inm = req.headers['h_if-none-match'];
        if (inm !== undefined && inm === `"e${res.etag}"`) { stats.notModified++; res.status = 304; res.body = ''; }
      }
      return res;
    }
  ];
  const dispatch = (req) => {
    const params = {};
    const node = router.find(router.root, req.path, 0, params);
    if (node === null) fail(404);
    const h = node.handlers['m_' + req.method];
    if (h === undefined) {
      let allow = '';
      for (let i = 0; i < node.methods.length; i++) allow += (i === 0 ? '' : ', ') + node.methods[i];
      throw { status: 405, allow: allow };
    }
    return h(req, params);
  };
  const chain = (i, req) => i === MW.length ? dispatch(req) : MW[i](req, () => chain(i + 1, req));

  let h = 1, codes = '', lastHtml = '', allowSeen = '';
  for (let n = 0; n < REQUESTS.length; n++) {
    const raw = REQUESTS[n];
    let res = null;
    try {
      const req = new HttpParser(raw.b).parse();
      req.ip = raw.ip;
      res = chain(0, req);
    } catch (e) {
      res = { status: e.status, body: `{"error":${e.status}}`, type: 'application/json' };
      if (e.allow !== undefined) { res.allow = e.allow; allowSeen = e.allow; }
    }
    let text = `HTTP/1.1 ${res.status} ${REASON['r' + res.status]}\r\n`;
    if (res.type !== undefined && res.body !== '') text += `Content-Type: ${res.type}\r\n`;
    if (res.etag !== undefined) text += `ETag: "e${res.etag}"\r\n`;
    if (res.allow !== undefined) text += `Allow: ${res.allow}\r\n`;
    if (res.status === 401) text += 'WWW-Authenticate: Bearer realm="dev"\r\n';
    text += '\r\n' + res.body;
    if (res.type === 'text/html' && res.status === 200) lastHtml = text;
    h = (h * 1009 + res.status * (n + 1) + (res.etag === undefined ? 0 : res.etag * 7)) % 1000003;
    codes += (n === 0 ? '' : ' ') + res.status;
  }
  const want = 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nETag: "e7"\r\n\r\n<html><body><h1>Plant room 2</h1><p>up 73 h, 4 sensors</p></body></html>';
  const page = lastHtml === want ? 1 : 0;
  const relays = (dev.relays[0] ? 1 : 0) + (dev.relays[1] ? 2 : 0) + (dev.relays[2] ? 4 : 0) + (dev.relays[3] ? 8 : 0);
  const r = (h + etags.n * 31 + stats.denied * 37 + stats.limited * 41 + stats.notModified * 43 + page * 47 + relays * 53 +
    dev.sensors[1].hi + dev.sensors[1].lo + dev.logs + router.count) % 1000003;
  if (!checked) {
    checked = true;
    expected = r;
    print(`web-router [${codes}] etags=${etags.n} allow=${allowSeen} relays=${relays} alarm=${dev.sensors[1].lo}..${dev.sensors[1].hi} page=${page} ${r}`);
  }
  assertEqual(r, expected);
  return r;
}
vmExport(0, run);
