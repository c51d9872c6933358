//! Any snapshot bytes, restored and run: the runtime must return an error
//! or a result, never panic, read out of bounds or run out of memory.
//!
//! The CRC is recomputed first, so mutations reach the checks behind it.
//! Every export is called with a few arguments, then the heap collected
//! and the VM snapshotted again (and that snapshot restored).

#![no_main]

use libfuzzer_sys::fuzz_target;
use mvm_runtime::{Settings, Value, Vm};
use mvm_snapshot::{crc32, Snapshot, PREAMBLE_LEN};

#[path = "../common/any_host.rs"]
mod any_host;

use any_host::AnyHost;

fuzz_target!(|data: &[u8]| {
    let mut bytes = data.to_vec();
    if bytes.len() >= PREAMBLE_LEN {
        let crc = crc32(&bytes[PREAMBLE_LEN..]);
        bytes[12..16].copy_from_slice(&crc.to_le_bytes());
    }
    let exports: Vec<u16> = match Snapshot::parse(&bytes) {
        Ok(s) => s.exports().map(|e| e.id).collect(),
        Err(_) => return,
    };
    let mut host = AnyHost;
    let settings = Settings {
        stack_size: 1024,
        heap_budget: Some(16 * 1024),
        ..Settings::default()
    };
    let Ok(mut vm) = Vm::restore(&bytes, &host, settings) else {
        return;
    };
    let args = [Value::int(3).unwrap_or(Value::UNDEFINED), Value::UNDEFINED];
    for id in exports.iter().take(4) {
        let _ = vm.call(&mut host, *id, &args);
    }
    let _ = vm.run_timers(&mut host, None, 8);
    let _ = vm.run_gc(true);
    if let Ok(again) = vm.write_snapshot() {
        // Restore what the VM wrote, for the checks it passes through. It
        // may be refused: the writer trusts ROM as far as the VM used it,
        // and a corrupt ROM can give it headers restore then refuses.
        let _ = Vm::restore(&again, &host, Settings::default());
    }
});
