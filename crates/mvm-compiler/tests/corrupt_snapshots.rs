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
        wide: s.wide(),
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
    let (mut bytes, _) = compile("vmExport(0, (n) => n * 100 + 1);");
    // The body: `LoadLocalInt8 0 100`, `Mul`, ...
    let body = [Op::LoadLocalInt8 as u8, 0, 100, Op::Mul as u8];
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
    // `{ a: 1 }` has one slot: `b` and `c` chain a segment onto it.
    let (bytes, _) = compile("const o = { a: 1 }; o.b = 2; o.c = 3; vmExport(0, () => o.c + o.b);");
    let host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    assert!(vm.call(&mut Recorder::default(), 0, &[]).is_ok());

    let mut heap = Snapshot::parse(&bytes).unwrap().heap_image().unwrap();
    // The first property list with a `next`: the object's head.
    let mut at = 0;
    let head = loop {
        let header = AllocHeader(u16::from_le_bytes([heap[at], heap[at + 1]]));
        let next = u16::from_le_bytes([heap[at + 2], heap[at + 3]]);
        if header.type_code() == TypeCode::PropertyList && next & 1 == 0 && next != 0 {
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
