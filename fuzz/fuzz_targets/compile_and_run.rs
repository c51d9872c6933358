//! Any text compiled as a script (its top level run, as `mvm compile`
//! does), then restored and its exports called: the compiler reports a
//! diagnostic and the runtime an error, and neither panics.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mvm_runtime::{Engine, Host, Settings, Value, Vm, VmError};

/// Offers every import: the first few print, the rest give back their
/// argument.
struct AnyHost;

impl Host for AnyHost {
    fn has_import(&self, _id: u16) -> bool {
        true
    }

    fn call_import(
        &mut self,
        vm: &mut Engine<'_>,
        id: u16,
        args: &[Value],
    ) -> Result<Value, VmError> {
        if id < 4 || id >= 0xfff0 {
            for a in args {
                let _ = vm.to_display_string(*a);
            }
            return Ok(Value::UNDEFINED);
        }
        Ok(args.first().copied().unwrap_or(Value::UNDEFINED))
    }
}

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
