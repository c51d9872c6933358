// The mDNS / DNS-SD side of a network printer's firmware: its own records,
// a cache of what it hears on the link, and a service browser, all kept in
// plain objects used as dictionaries with keys built at run time. Record
// keys are name + '|' + type ('lab-printer-3._ipp._tcp.local|SRV'); the
// cache maps them to record objects with a TTL and an expiry; a second
// dictionary maps each service type to an object of instance names; host
// names map to addresses; per-type and per-host counters live under keys
// like 'n_PTR' and 'q_' + name. Without for-in or Object.keys in Microvium,
// each dictionary keeps a list of its keys beside it. One call runs 25
// seconds of a busy office link in 250 ms steps: announcements and goodbyes
// from 24 devices, queries with known-answer suppression, probing for the
// printer's own name (with a conflict that renames it 'lab-printer-3 (2)'),
// TTL refresh queries at 80% of the lifetime, expiry and a browse listing.
const NODE_SUM = 678890;
const TYPES = ['_ipp._tcp', '_http._tcp', '_airplay._tcp', '_hap._tcp', '_googlecast._tcp', '_printer._tcp'];
const HOSTS = ['office', 'lab', 'hall', 'desk', 'meet', 'kitchen'];
const KINDS = ['laptop', 'phone', 'tv', 'bulb', 'printer', 'nas'];
let checked = false;

// A dictionary: the object itself and the list of keys ever put into it.
function dict() { return { map: {}, keys: [] }; }
function dput(d, k, v) { if (d.map[k] === undefined) d.keys.push(k); d.map[k] = v; }
function dget(d, k) { return d.map[k]; }
function ddel(d, k) { if (d.map[k] !== undefined) d.map[k] = undefined; }   // keys are swept later
function dsweep(d) { const nk = []; for (let i = 0; i < d.keys.length; i++) if (d.map[d.keys[i]] !== undefined) nk.push(d.keys[i]); d.keys = nk; }
function inc(d, k, by) { const v = d.map[k]; if (v === undefined) { d.keys.push(k); d.map[k] = by; } else d.map[k] = v + by; }

function run() {
  let h = 13, seed = 8086;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const rnd = (n) => { seed = (seed * 48271) % 2147483647; return seed % n; };
  const cache = dict(), browse = dict(), addrs = dict(), stats = dict(), own = dict();
  let now = 0, myName = 'lab-printer-3', probing = 3, conflicts = 0, sent = 0, suppressed = 0, expired = 0, refreshQ = 0;
  // the network: 24 devices, each a host with one or two services
  const devs = [];
  for (let i = 0; i < 24; i++) {
    const host = HOSTS[i % 6] + '-' + KINDS[(i * 5) % 6] + '-' + i;
    devs.push({ host: host, ip: '10.0.' + (i >> 3) + '.' + (20 + i), types: [TYPES[i % 6], TYPES[(i * 7 + 2) % 6]], up: i % 5 !== 4, ttl: 16 + (i % 4) * 8 });
  }
  devs[7].host = 'lab-printer-3';                      // somebody else already uses the printer's name
  const addRecord = (name, type, data, ttl, target) => {
    const key = name + '|' + type;
    const old = dget(cache, key);
    if (old !== undefined && old.data === data) { old.ttl = ttl; old.born = now; old.asked = 0; inc(stats, 'r_' + type, 1); return 0; }
    dput(cache, key, { name: name, type: type, data: data, target: target, ttl: ttl, born: now, asked: 0 });
    inc(stats, 'n_' + type, 1);
    if (type === 'PTR') { let b = dget(browse, name); if (b === undefined) { b = dict(); dput(browse, name, b); } dput(b, data, ttl); }
    if (type === 'A') dput(addrs, name, data);
    return 1;
  };
  const goodbye = (name, type, data) => {
    const key = name + '|' + type, r = dget(cache, key);
    if (r !== undefined) { r.ttl = 1; r.born = now; inc(stats, 'bye_' + type, 1); }
    if (type === 'PTR') { const b = dget(browse, name); if (b !== undefined) ddel(b, data); }
  };
  const announce = (d) => {
    let n = addRecord(d.host + '.local', 'A', d.ip, 30);
    for (let k = 0; k < d.types.length; k++) {
      const inst = d.host + '.' + d.types[k] + '.local';
      n += addRecord(d.types[k] + '.local', 'PTR', inst, d.ttl);
      n += addRecord(inst, 'SRV', d.host + '.local:' + (631 + k), d.ttl, d.host + '.local');
      n += addRecord(inst, 'TXT', 'txtvers=1;rp=' + d.types[k], d.ttl);
    }
    sent += 1;
    return n;
  };
  const ownRecords = () => {
    const inst = myName + '._ipp._tcp.local';
    dput(own, '_ipp._tcp.local|PTR', inst); dput(own, inst + '|SRV', myName + '.local:631');
    dput(own, inst + '|TXT', 'ty=Lab Printer;pdl=image/urf'); dput(own, myName + '.local|A', '10.0.9.9');
  };
  ownRecords();
  const query = (name, type, known) => {        // answer from own records unless the asker knows it already
    inc(stats, 'q_' + type, 1);
    const key = name + '|' + type, v = dget(own, key);
    if (v === undefined) return 0;
    if (known !== undefined && dget(known, key) === v) { suppressed += 1; return 0; }
    inc(stats, 'ans_' + type, 1);
    return 1;
  };
  let answered = 0, listed = 0;
  for (let step = 0; step < 100; step++) {
    now = step * 250;
    // probing our own name three times, 250 ms apart; a conflicting answer renames us
    if (probing > 0 && step >= 8) {
      const a = dget(addrs, myName + '.local');
      if (a !== undefined && a !== '10.0.9.9') { conflicts += 1; myName = conflicts === 1 ? 'lab-printer-3 (2)' : 'lab-printer-3 (' + (conflicts + 1) + ')'; probing = 3; ownRecords(); }
      else probing -= 1;
    }
    // devices announce at start-up (staggered), then re-announce now and then, some leave
    for (let i = 0; i < devs.length; i++) {
      const d = devs[i];
      if (d.up && (step === i || rnd(200) === 0)) add(announce(d));
      if (d.up && step > 50 && rnd(400) === 0) { d.up = false; for (let k = 0; k < d.types.length; k++) goodbye(d.types[k] + '.local', 'PTR', d.host + '.' + d.types[k] + '.local'); }
      else if (!d.up && rnd(150) === 0) { d.up = true; add(announce(d)); }
    }
    // queries from the network, some with a known-answer list
    for (let q = 0; q < 3; q++) {
      const from = devs[rnd(24)];
      const t = TYPES[rnd(6)];
      const known = rnd(2) === 0 ? own : undefined;
      answered += query(t + '.local', 'PTR', known);
      answered += query(from.host + '.' + t + '.local', 'SRV', undefined);   // for somebody else's service
      answered += query(myName + '._ipp._tcp.local', rnd(2) === 0 ? 'SRV' : 'TXT', undefined);
      answered += query(myName + '.local', 'A', rnd(3) === 0 ? own : undefined);
    }
    // cache maintenance every second: refresh queries at 80% of the TTL, expiry at 100%
    if (step % 4 === 3) {
      for (let i = 0; i < cache.keys.length; i++) {
        const r = dget(cache, cache.keys[i]);
        if (r === undefined) add(1);
        else {
          const age = now - r.born, life = r.ttl * 1000;
          if (age >= life) {
            ddel(cache, cache.keys[i]); expired += 1; inc(stats, 'exp_' + r.type, 1);
            if (r.type === 'PTR') { const b = dget(browse, r.name); if (b !== undefined) ddel(b, r.data); }
            if (r.type === 'A' && dget(addrs, r.name) === r.data) ddel(addrs, r.name);
          } else if (age * 5 >= life * 4 && r.asked === 0) { r.asked = 1; refreshQ += 1; inc(stats, 'refresh_' + r.type, 1); }
        }
      }
      dsweep(cache);
    }
    // a browse listing every 5 s: instances per type, resolved through SRV and A
    if (step % 20 === 19) {
      for (let t = 0; t < TYPES.length; t++) {
        const b = dget(browse, TYPES[t] + '.local');
        if (b === undefined) add(t);
        else {
          dsweep(b);
          for (let k = 0; k < b.keys.length; k++) {
            const srv = dget(cache, b.keys[k] + '|SRV');
            const host = srv === undefined ? undefined : dget(cache, srv.target + '|A');
            add(srv === undefined ? 3 : 4); add(host === undefined ? 5 : 6); listed += 1;
            inc(stats, 'seen_' + b.keys[k], 1); if (host !== undefined) inc(stats, 'ip_' + host.data, 1);
          }
        }
      }
    }
  }
  // the statistics dictionary, read back by its key list
  let statSum = 0;
  for (let i = 0; i < stats.keys.length; i++) { const v = dget(stats, stats.keys[i]); statSum += v; add(v); }
  const out = 'mdns-cache steps=100 name=' + myName + ' conflicts=' + conflicts + ' cached=' + cache.keys.length + ' expired=' + expired +
    ' refreshQ=' + refreshQ + ' answered=' + answered + ' suppressed=' + suppressed + ' listed=' + listed + ' statKeys=' + stats.keys.length +
    ' ptr=' + dget(stats, 'n_PTR') + ' hosts=' + addrs.keys.length + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
