//! Import IDs of the functions the compiler provides as globals. Firmware
//! that wants a script's `print` to work implements these IDs.
//!
//! They sit at the top of the ID space, away from the IDs scripts choose for
//! their own `vmImport(id)`.

/// `print(value)`: writes the value as `String(value)` would, then a newline.
pub const PRINT: u16 = 0xFFF0;
/// `console.log(...values)`: the values joined by spaces, then a newline.
pub const CONSOLE_LOG: u16 = 0xFFF1;
/// `assert(condition, message)`: fails the test when `condition` is falsy.
pub const ASSERT: u16 = 0xFFF2;
/// `assertEqual(actual, expected)`: fails the test unless `actual === expected`.
pub const ASSERT_EQUAL: u16 = 0xFFF3;
/// `getHeapUsed()` (test hosts): bytes of heap in use.
pub const GET_HEAP_USED: u16 = 0xFFF4;
/// `runGC(squeeze)` (test hosts): a full collection.
pub const RUN_GC: u16 = 0xFFF5;
/// `asyncTestComplete(ok, value)` (test hosts): ends an async test.
pub const ASYNC_TEST_COMPLETE: u16 = 0xFFF6;
/// `console.error(...values)` and `console.warn`: as `console.log`, for
/// the error stream (`console.info` and `console.debug` are `CONSOLE_LOG`).
pub const CONSOLE_ERROR: u16 = 0xFFF7;
/// `Date.now()` and `new Date()`: the host's clock, milliseconds since
/// 1970 (UTC). A host without a clock need not provide it (they read 0).
/// Its argument is the milliseconds the timers' clock has moved (see
/// `Vm::run_timers`): a device, whose timers move with its clock, leaves
/// it; a host that runs timers without waiting for them (`mvm run`) adds
/// it, so that the time the timers wait passes for `Date.now()` too.
pub const CLOCK: u16 = 0xFFF8;
/// Build time only: `vmExport(id, value)`.
pub const VM_EXPORT: u16 = 0xFFFE;
/// Build time only: `vmImport(id)`.
pub const VM_IMPORT: u16 = 0xFFFF;
