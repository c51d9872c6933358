use mvm_gc::HeapError;
use mvm_snapshot::{FormatError, Value};

/// Everything that can go wrong, returned to the host. The runtime never
/// panics: a bad snapshot, a bad script or a failing host function each end
/// here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VmError {
    /// The snapshot's preamble, CRC or section table is wrong.
    Format(FormatError),
    /// The snapshot's contents are inconsistent (a bad heap image, a
    /// reference out of bounds, an export naming no global).
    CorruptSnapshot,
    /// Bytecode that cannot be executed: an unknown opcode, a jump or
    /// operand out of range.
    InvalidBytecode {
        /// Snapshot offset of the instruction.
        pc: u16,
    },
    /// The host does not provide an import the snapshot needs.
    UnresolvedImport(u16),
    /// The host called an export ID the snapshot does not have.
    NoSuchExport(u16),
    /// The heap cannot grow: the allocator refused, the host's budget is
    /// spent, or 64 KiB are in use, even after a collection.
    OutOfMemory,
    /// A single allocation larger than the heap's 4 KiB object limit.
    AllocationTooLarge,
    /// A call needed more stack than `Settings::stack_size`.
    StackOverflow,
    /// A script called something that is not a function.
    NotCallable,
    /// A script walked (`for..of`, a spread, an array pattern) the value,
    /// which is not iterable.
    NotIterable(Value),
    /// A script asked `in` of, or deleted from, `undefined` or `null`.
    PropertyOfNullish,
    /// A script read property `key` of `undefined` (a `TypeError` it can
    /// catch, whose message names the key, as V8's does).
    ReadOfUndefined(Value),
    /// A script read property `key` of `null`.
    ReadOfNull(Value),
    /// A script set property `key` of `undefined`.
    WriteOfUndefined(Value),
    /// A script set property `key` of `null`.
    WriteOfNull(Value),
    /// A script set an array's `length` to what is not a length (a
    /// `RangeError` it can catch).
    InvalidArrayLength,
    /// The script threw a value nothing caught.
    Uncaught(Value),
    /// A host function failed; the code is the host's own.
    Host(u16),
    /// More than 32 KiB of ROM or 64 KiB of heap to write to a snapshot.
    SnapshotTooLarge,
}

impl From<FormatError> for VmError {
    fn from(e: FormatError) -> VmError {
        VmError::Format(e)
    }
}

impl From<HeapError> for VmError {
    fn from(e: HeapError) -> VmError {
        match e {
            HeapError::OutOfMemory => VmError::OutOfMemory,
            HeapError::TooLarge => VmError::AllocationTooLarge,
            HeapError::Corrupt => VmError::CorruptSnapshot,
        }
    }
}

impl core::fmt::Display for VmError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            VmError::Format(e) => write!(f, "not a valid snapshot: {e:?}"),
            VmError::CorruptSnapshot => f.write_str("the snapshot's contents are corrupt"),
            VmError::InvalidBytecode { pc } => write!(f, "invalid bytecode at offset {pc}"),
            VmError::UnresolvedImport(id) => write!(f, "the host does not provide import {id}"),
            VmError::NoSuchExport(id) => write!(f, "the snapshot has no export {id}"),
            VmError::OutOfMemory => f.write_str("out of memory"),
            VmError::AllocationTooLarge => f.write_str("allocation larger than 4095 bytes"),
            VmError::StackOverflow => f.write_str("stack overflow"),
            VmError::NotCallable => f.write_str("TypeError: value is not a function"),
            VmError::NotIterable(_) => f.write_str("TypeError: value is not iterable"),
            VmError::PropertyOfNullish => {
                f.write_str("TypeError: Cannot convert undefined or null to object")
            }
            VmError::ReadOfUndefined(_) => {
                f.write_str("TypeError: Cannot read properties of undefined")
            }
            VmError::ReadOfNull(_) => f.write_str("TypeError: Cannot read properties of null"),
            VmError::WriteOfUndefined(_) => {
                f.write_str("TypeError: Cannot set properties of undefined")
            }
            VmError::WriteOfNull(_) => f.write_str("TypeError: Cannot set properties of null"),
            VmError::InvalidArrayLength => f.write_str("RangeError: Invalid array length"),
            VmError::Uncaught(_) => f.write_str("uncaught exception"),
            VmError::Host(code) => write!(f, "host function failed with code {code}"),
            VmError::SnapshotTooLarge => f.write_str("snapshot exceeds the format's limits"),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for VmError {}

#[cfg(test)]
mod tests {
    use super::VmError;
    use crate::Value;

    /// Every runtime function returns `Result<_, VmError>`: kept within
    /// four bytes, such results come back in one register, not through
    /// memory, and each `?` is a test and a branch.
    #[test]
    fn results_fit_in_a_register() {
        assert!(core::mem::size_of::<VmError>() <= 4);
        assert!(core::mem::size_of::<Result<Value, VmError>>() <= 4);
        assert!(core::mem::size_of::<Result<(), VmError>>() <= 4);
    }
}
