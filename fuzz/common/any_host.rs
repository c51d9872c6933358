//! The fuzz targets' host: it offers every import. Those that print (the
//! first few, and the console's from 0xFFF0) read each argument as text,
//! which exercises the runtime's display of any value; the rest give back
//! their first argument.

use mvm_runtime::{Engine, Host, Value, VmError};

pub struct AnyHost;

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
