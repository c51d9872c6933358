//! No snapshot bytes can make the runtime panic: every corruption is either
//! refused at restore or ends in an error (or a result) when called.

mod common;

use common::{compile, Recorder};
use mvm_runtime::{Settings, Vm};
use mvm_snapshot::{crc32, PREAMBLE_LEN};

const SCRIPT: &str = "
    const table = { a: 1, b: 'two', c: [3, 4.5, 100000] };
    function make(n) { let k = n; return () => { k++; return k + table.b; }; }
    const f = make(5);
    vmExport(0, () => { table.c[7] = f(); print(table.c.length + table.a); return table.c[2] * 2; });
    vmExport(1, f);
";

fn exercise(bytes: &[u8]) {
    let mut host = Recorder::default();
    let settings = Settings {
        stack_size: 512,
        ..Settings::default()
    };
    if let Ok(mut vm) = Vm::restore(bytes, &host, settings) {
        for id in [0, 1, 0] {
            let _ = vm.call(&mut host, id, &[]);
        }
        let _ = vm.run_gc(true);
        let _ = vm.write_snapshot();
    }
}

/// The snapshot `bytes` with its heap image replaced by `heap`.
fn with_heap_image(bytes: &[u8], heap: Vec<u8>) -> Vec<u8> {
    use mvm_snapshot::{Section, Snapshot, SnapshotWriter};
    let s = Snapshot::parse(bytes).unwrap();
    SnapshotWriter {
        strings: s.section(Section::Strings).to_vec(),
        rom: s.section(Section::Rom).to_vec(),
        imports: s.imports().collect(),
        exports: s.exports().collect(),
        globals: s.globals().collect(),
        heap,
        rom_scale: s.rom_scale(),
    }
    .finish()
}

fn reseal(bytes: &mut [u8]) {
    let crc = crc32(&bytes[PREAMBLE_LEN..]);
    bytes[12..16].copy_from_slice(&crc.to_le_bytes());
}

#[test]
fn every_single_bit_flip_is_survived() {
    let (bytes, _) = compile(SCRIPT);
    exercise(&bytes);
    for i in 0..bytes.len() {
        for bit in 0..8 {
            let mut b = bytes.clone();
            b[i] ^= 1 << bit;
            exercise(&b);
            // Past the CRC, so the deeper checks are what stands guard.
            reseal(&mut b);
            exercise(&b);
        }
    }
}

#[test]
fn every_byte_value_at_every_offset_is_survived() {
    let (bytes, _) = compile(SCRIPT);
    for i in PREAMBLE_LEN..bytes.len() {
        for value in [0x00, 0x01, 0x03, 0x7F, 0x80, 0xFE, 0xFF] {
            let mut b = bytes.clone();
            b[i] = value;
            reseal(&mut b);
            exercise(&b);
        }
    }
}

#[test]
fn truncations_are_refused() {
    let (bytes, _) = compile(SCRIPT);
    let host = Recorder::default();
    for len in 0..bytes.len() {
        assert!(Vm::restore(&bytes[..len], &host, Settings::default()).is_err());
    }
}

#[test]
fn bad_bytecode_is_reported_at_its_offset() {
    use mvm_runtime::VmError;
    use mvm_snapshot::opcode::Op;
    let (mut bytes, _) = compile("vmExport(0, (n, m) => n * m + 1);");
    // The body: `LoadLocal2 0 1`, `Mul`, ...
    let body = [Op::LoadLocal2 as u8, 0, 1, Op::Mul as u8];
    let at = bytes
        .windows(body.len())
        .position(|w| w == body)
        .expect("the function body");
    // An opcode no instruction has, in place of the `Mul`.
    bytes[at + 3] = 0xFF;
    reseal(&mut bytes);
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    assert_eq!(
        vm.call(&mut host, 0, &[]),
        Err(VmError::InvalidBytecode {
            pc: (at + 3) as u16
        })
    );
}

/// A property list whose `next` points back (here, at itself) would make
/// a property lookup walk the chain forever: restore refuses it.
#[test]
fn a_segment_chain_that_loops_is_refused() {
    use mvm_runtime::VmError;
    use mvm_snapshot::{AllocHeader, Snapshot, TypeCode};
    // `{ a: 1 }` has one slot: `b` and `c` chain a segment onto it (which
    // the snapshot merges into one list).
    let (bytes, _) = compile("const o = { a: 1 }; o.b = 2; o.c = 3; vmExport(0, () => o.c + o.b);");
    let host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    assert!(vm.call(&mut Recorder::default(), 0, &[]).is_ok());

    let mut heap = Snapshot::parse(&bytes).unwrap().heap_image().unwrap();
    // The first property list: the object.
    let mut at = 0;
    let head = loop {
        let header = AllocHeader(u16::from_le_bytes([heap[at], heap[at + 1]]));
        if header.type_code() == TypeCode::PropertyList {
            break at + 2;
        }
        at += header.footprint();
    };
    heap[head..head + 2].copy_from_slice(&(head as u16).to_le_bytes());
    let bytes = with_heap_image(&bytes, heap);
    assert_eq!(
        Vm::restore(&bytes, &host, Settings::default()).err(),
        Some(VmError::CorruptSnapshot)
    );
}

/// A pending promise's reactions are a list, newest first: one that loops
/// is reported when the promise settles, rather than gathered until memory
/// runs out.
#[test]
fn a_reaction_list_that_loops_is_reported() {
    use mvm_runtime::VmError;
    use mvm_snapshot::{AllocHeader, Snapshot, TypeCode};
    let (bytes, _) = compile(
        "let settle; const p = new Promise((r) => { settle = r; });
         p.then((v) => print('first ' + v)); p.then((v) => print('second ' + v));
         vmExport(0, () => settle(1));",
    );
    let mut heap = Snapshot::parse(&bytes).unwrap().heap_image().unwrap();
    let word = |at: usize| u16::from_le_bytes([heap[at], heap[at + 1]]);
    // The newer reaction: a fixed-length array whose slot 1 is the older
    // one, which has the same tag in slot 0 and nothing after it.
    let mut at = 0;
    let newer = loop {
        let header = AllocHeader(word(at));
        let is_list = |h: AllocHeader| h.type_code() == TypeCode::FixedLengthArray;
        if is_list(header) && header.size() >= 4 {
            let next = usize::from(word(at + 4));
            if next != 0
                && next & 1 == 0
                && is_list(AllocHeader(word(next - 2)))
                && word(next) == word(at + 2)
                && word(next + 2) & 1 == 1
            {
                break at + 2;
            }
        }
        at += header.footprint();
    };
    heap[newer + 2..newer + 4].copy_from_slice(&(newer as u16).to_le_bytes());
    let bytes = with_heap_image(&bytes, heap);
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    assert_eq!(vm.call(&mut host, 0, &[]), Err(VmError::CorruptSnapshot));
}

/// A program that leaves much of the engine live in its snapshot:
/// classes, closures, a Map and a Set, a generator half run, a pending
/// promise with reactions, byte arrays, symbols, a function with
/// properties, strings and floats.
const BUSY_SCRIPT: &str = "
    class Sensor { #raw = 0; constructor(name) { this.name = name; this.history = []; }
      read(v) { this.#raw = v; this.history.push(v * 1.5); return this; }
      get mean() { return this.history.reduce((a, b) => a + b, 0) / this.history.length; } }
    class Hot extends Sensor { read(v) { return super.read(v + 100000); } }
    const sensors = new Map([['a', new Sensor('a')], ['b', new Hot('b')]]);
    const seen = new Set(['x', 'y']);
    const tag = Symbol('tag');
    const bytes = new Uint8Array(6); bytes[1] = 200;
    function* counter() { let i = 0; while (true) { const r = yield i++; if (r) i = r; } }
    const gen = counter(); gen.next(); gen.next();
    let settle; const pending = new Promise((r) => { settle = r; });
    pending.then((v) => print('settled ' + v)).catch((e) => print('caught ' + e));
    function limit(n) { return Math.min(n, limit.max); } limit.max = 7;
    const config = { [tag]: 1, deep: { list: [1, 'two', 3.25, null, { k: -0 }] }, text: 'héllo' };
    vmExport(0, () => {
      for (const [k, s] of sensors) s.read(k.charCodeAt(0));
      seen.add(String(gen.next().value));
      bytes[gen.next().value % 6] ^= 0x5a;
      try { config.deep.list[4].k.missing.x = 1; } catch (e) { print(e.message); }
      print(JSON.stringify(config) + [...seen].join() + limit(9) + sensors.get('b').mean);
      return `${bytes}`.length;
    });
    vmExport(1, (v) => { settle(v); return [...sensors.keys()].map((k) => k.toUpperCase()); });
";

/// A small random generator (xorshift), so the corruptions are the same
/// on every run.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Random corruptions of a busy program, resealed so that they get past
/// the CRC: a few bytes changed at random, or a random 16-bit word set to
/// a value the heap is full of (a small pointer, an integer, a header).
/// `MVM_CORRUPTIONS` sets how many (default 2,000).
#[test]
fn random_corruptions_of_a_busy_program_are_survived() {
    let (bytes, printed) = compile(BUSY_SCRIPT);
    assert!(printed.is_empty(), "{printed}");
    exercise(&bytes);
    let rounds: usize = std::env::var("MVM_CORRUPTIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000);
    // (`MVM_CORRUPTIONS_FROM`: skip to a round, to look into it.)
    let first: usize = std::env::var("MVM_CORRUPTIONS_FROM")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let mut random = Xorshift(0x9E37_79B9_7F4A_7C15);
    let mut looping = Vec::new();
    let max_looping: usize = std::env::var("MVM_CORRUPTIONS_LOOPS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(4);
    for round in 0..rounds {
        let mut b = bytes.clone();
        for _ in 0..1 + random.below(3) {
            let at = PREAMBLE_LEN + random.below(b.len() - PREAMBLE_LEN - 1);
            if random.below(2) == 0 {
                b[at] = random.next() as u8;
            } else {
                let word = match random.below(3) {
                    0 => (random.below(256) * 2) as u16,
                    1 => (random.below(64) * 2 + 1) as u16,
                    _ => random.next() as u16,
                };
                b[at..at + 2].copy_from_slice(&word.to_le_bytes());
            }
        }
        reseal(&mut b);
        if round < first {
            continue;
        }
        if std::env::var("MVM_CORRUPTIONS_TRACE").is_ok() {
            eprintln!("round {round}");
        }
        // A corrupted jump can make a loop that never ends, as a script's
        // own `while (true) {}` would (not a crash): each round runs on a
        // thread of its own, and one still running after a few seconds is
        // left to spin while the others go on.
        let (done, finished) = std::sync::mpsc::channel();
        let worker = std::thread::spawn(move || {
            exercise(&b);
            let _ = done.send(());
        });
        match finished.recv_timeout(std::time::Duration::from_secs(5)) {
            Ok(()) => worker.join().expect("no panic"),
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                looping.push(round);
                // (Each spins on a core until the tests end.)
                assert!(
                    looping.len() <= max_looping,
                    "too many rounds loop: {looping:?}"
                );
            }
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                panic!("round {round} panicked")
            }
        }
    }
    eprintln!("rounds that loop for ever: {looping:?}");
}

/// A function's constants are never heap references (ROM cannot point
/// into a heap that moves): one forged there would name an allocation
/// behind the collector's back, so the instruction that reads it fails.
/// (Found by `fuzz/`.)
#[test]
fn a_heap_reference_among_constants_is_refused() {
    use mvm_runtime::VmError;
    use mvm_snapshot::Value;
    let (mut bytes, _) = compile("const box = { a: 1 }; vmExport(0, () => 'hello' + box.a);");
    let text = bytes.windows(6).position(|w| w == b"hello\0").unwrap();
    let constant = Value::rom(text).unwrap().0.to_le_bytes();
    let at = bytes
        .windows(2)
        .enumerate()
        .skip(text + 6)
        .find(|(_, w)| *w == constant)
        .map(|(at, _)| at)
        .expect("the function's constant");
    // The heap's first allocation, a valid start: still not allowed here.
    bytes[at..at + 2].copy_from_slice(&2u16.to_le_bytes());
    reseal(&mut bytes);
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    assert!(matches!(
        vm.call(&mut host, 0, &[]),
        Err(VmError::InvalidBytecode { .. })
    ));
}

/// The invalid value 0, in a global an export names, is written back
/// through a global as any even value must be: in the table of exports an
/// even value is a global's number. (Found by `fuzz/`.)
#[test]
fn an_export_of_the_invalid_value_writes_a_snapshot_that_restores() {
    use mvm_snapshot::{Snapshot, SnapshotWriter, Value};
    // (A closure is a heap value: the export names the global holding it.)
    let (bytes, _) =
        compile("function make() { let on = true; return () => (on = !on); } vmExport(0, make());");
    let s = Snapshot::parse(&bytes).unwrap();
    assert!(s.exports().any(|e| e.value.0 & 1 == 0));
    let bytes = SnapshotWriter {
        strings: s.section(mvm_snapshot::Section::Strings).to_vec(),
        rom: s.section(mvm_snapshot::Section::Rom).to_vec(),
        imports: s.imports().collect(),
        exports: s.exports().collect(),
        globals: s.globals().map(|_| Value(0)).collect(),
        heap: s.heap_image().unwrap(),
        rom_scale: s.rom_scale(),
    }
    .finish();
    let host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    let again = vm.write_snapshot().unwrap();
    assert!(Vm::restore(&again, &host, Settings::default()).is_ok());
}
