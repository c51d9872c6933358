//! The mvm runtime: restores a snapshot, runs its functions, and writes a
//! snapshot of its own live state.
//!
//! The same interpreter runs a script's top level on the desktop at build
//! time and its exported functions on the device, so what runs on the device
//! is exactly what ran at build time.
//!
//! ```no_run
//! use mvm_runtime::{Host, Settings, Value, Vm, VmError};
//!
//! struct Firmware;
//! impl Host for Firmware {
//!     fn has_import(&self, id: u16) -> bool { id == 1 }
//!     fn call_import(&mut self, _vm: &mut Vm<'_>, _id: u16, _args: &[Value]) -> Result<Value, VmError> {
//!         Ok(Value::UNDEFINED)
//!     }
//! }
//!
//! # fn demo(snapshot: &[u8]) -> Result<(), VmError> {
//! let mut host = Firmware;
//! let mut vm = Vm::restore(snapshot, &host, Settings::default())?;
//! let result = vm.call(&mut host, 0, &[Value::int(5).unwrap()])?;
//! # let _ = result; Ok(()) }
//! ```
#![no_std]
#![forbid(unsafe_code)]
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
mod error;
mod function;
mod host;
pub mod imports;
mod interp;
mod json;
mod number;
mod object;
mod ops;
mod promise;
mod snapshot;
mod string;
mod vm;
mod wtf8;

pub use error::VmError;
pub use host::Host;
pub use mvm_snapshot::{Value, ValueKind};
pub use number::format_number;
pub use promise::PROMISE_PROTOTYPE_EXPORT;
pub use vm::{Handle, Settings, Vm};
