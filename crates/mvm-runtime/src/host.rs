use crate::{Engine, Value, VmError};

/// What the firmware (or the build-time compiler) provides to a script:
/// the functions it imports by ID with `vmImport(id)`.
pub trait Host {
    /// Whether import `id` exists. Asked for every import at restore, so a
    /// missing one is found before any script code runs.
    fn has_import(&self, id: u16) -> bool;

    /// Calls import `id`. `args` are copies; values the host wants to keep
    /// past this call must be re-read from the VM (the collector moves them).
    fn call_import(
        &mut self,
        vm: &mut Engine<'_>,
        id: u16,
        args: &[Value],
    ) -> Result<Value, VmError>;

    /// The message for calling a value that is not a function at snapshot
    /// offset `pc` (`"o.run is not a function"`, naming the callee as V8
    /// does), if the host knows it: the CLI reads it from the source map,
    /// which a device does not have (so only a build with the `std`
    /// feature asks); without it the message is `"value is not a
    /// function"`.
    fn not_callable_message(&self, _pc: crate::RomPos) -> Option<&str> {
        None
    }
}

/// A host with no imports: for a script that calls none (a build-time
/// top level), and for script code the VM runs on its own (a thrown
/// object's `toString` when the host describes it).
pub struct NoImports;

impl Host for NoImports {
    fn has_import(&self, _id: u16) -> bool {
        false
    }

    fn call_import(
        &mut self,
        _vm: &mut Engine<'_>,
        id: u16,
        _args: &[Value],
    ) -> Result<Value, VmError> {
        Err(VmError::UnresolvedImport(id))
    }
}
