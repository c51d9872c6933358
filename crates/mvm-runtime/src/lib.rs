//! The mvm runtime: restores a snapshot, runs its functions, and writes a
//! snapshot of its own live state.
//!
//! The same interpreter runs a script's top level on the desktop at build
//! time and its exported functions on the device, so what runs on the device
//! is exactly what ran at build time.
//!
//! A host restores a [`Vm`] from snapshot bytes (in flash), provides the
//! functions the script imports, and calls what it exports. While a call
//! runs, host functions receive the running [`Engine`].
//!
//! ```
//! use mvm_runtime::{Engine, Host, Settings, Value, Vm, VmError};
//!
//! /// Import 1 is an LED the script can switch.
//! struct Firmware {
//!     led: bool,
//! }
//!
//! impl Host for Firmware {
//!     fn has_import(&self, id: u16) -> bool {
//!         id == 1
//!     }
//!     fn call_import(&mut self, vm: &mut Engine<'_>, _id: u16, args: &[Value]) -> Result<Value, VmError> {
//!         self.led = vm.is_truthy(args.first().copied().unwrap_or(Value::FALSE));
//!         Ok(Value::UNDEFINED)
//!     }
//! }
//!
//! fn blink(snapshot: &[u8]) -> Result<(), VmError> {
//!     let mut host = Firmware { led: false };
//!     let mut vm = Vm::restore(snapshot, &host, Settings::default())?;
//!     // Export 0 toggles the LED; it returns the number of toggles so far.
//!     let toggles = vm.call(&mut host, 0, &[])?;
//!     assert_eq!(toggles.as_int(), Some(1));
//!     Ok(())
//! }
//! # let _ = blink;
//! ```
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable
    )
)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod builtins;
mod bulk;
mod decimal;
mod engine;
mod error;
#[cfg(feature = "math")]
mod fdlibm;
mod fmod;
mod function;
mod host;
pub mod imports;
#[cfg(feature = "std")]
mod inspect;
mod interp;
#[cfg(feature = "json")]
mod json;
mod lock;
mod math;
mod number;
mod object;
mod ops;
mod promise;
mod snapshot;
mod string;
mod vm;
mod wtf8;

pub use engine::{Engine, Handle, RomPos, Settings};
pub use error::VmError;
pub use host::{Host, NoImports};
#[cfg(feature = "std")]
pub use inspect::number_text;
pub use mvm_snapshot::{Value, ValueKind};
pub use number::format_number;
pub use object::{
    ARRAY_PROTOTYPE_EXPORT, BOOLEAN_PROTOTYPE_EXPORT, FUNCTION_PROTOTYPE_EXPORT,
    NUMBER_PROTOTYPE_EXPORT, OBJECT_PROTOTYPE_EXPORT, RANGE_ERROR_PROTOTYPE_EXPORT,
    STRING_PROTOTYPE_EXPORT, TIMERS_EXPORT, TYPE_ERROR_PROTOTYPE_EXPORT,
    UINT8ARRAY_PROTOTYPE_EXPORT,
};
pub use promise::PROMISE_PROTOTYPE_EXPORT;
pub use snapshot::FunctionMoves;
pub use vm::{MemoryStats, Vm};
/// Appends WTF-8 text as JavaScript joins strings (a split surrogate pair
/// becomes one character): the compiler joins literal texts with it.
pub use wtf8::append as append_wtf8;

/// Whether the runtime carries its fast paths: copies of the general paths
/// specialised for the common cases (inline integers, joining strings),
/// which a speed build wants and firmware pays for in code. A size build
/// (`cfg(mvm_size)`, see `build.rs`) or the `small` feature leaves them
/// out; behaviour is the same either way, and CI runs the fixtures on both.
pub(crate) const FAST_PATHS: bool = !cfg!(any(mvm_size, feature = "small"));

/// A fixed xorshift stream, for tests that sweep many values repeatably.
#[cfg(test)]
pub(crate) fn xorshift(mut state: u64) -> impl FnMut() -> u64 {
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}
