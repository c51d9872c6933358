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
