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
}
