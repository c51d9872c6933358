//! Any text compiled as a script (its top level run, as `mvm compile`
//! does), then restored and its exports called: the compiler reports a
//! diagnostic and the runtime an error, and neither panics.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mvm_runtime::{Settings, Vm};

#[path = "../common/any_host.rs"]
mod any_host;

use any_host::AnyHost;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let settings = Settings {
        heap_budget: Some(32 * 1024),
        ..Settings::default()
    };
    let Ok(compiled) = mvm_compiler::compile_source_with("fuzz.js", text, &mut AnyHost, settings)
    else {
        return;
    };
    let mut host = AnyHost;
    let Ok(mut vm) = Vm::restore(&compiled.snapshot, &host, Settings::default()) else {
        return;
    };
    for id in 0..3 {
        let _ = vm.call(&mut host, id, &[]);
    }
    let _ = vm.run_timers(&mut host, None, 8);
});
