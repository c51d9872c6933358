//! The host the CLI gives scripts: `print`, `console.log`, `assert` and
//! `assertEqual`, at build time and on the (simulated) device alike.

use mvm_runtime::{imports, Engine, Host, Value, VmError};
use std::io::Write;

/// Where printed text goes.
pub enum Output {
    Stdout,
    Captured(String),
}

pub struct ScriptHost {
    pub output: Output,
    /// `assert`/`assertEqual` calls made so far.
    pub assertions: usize,
    /// Why the last failed assertion failed.
    pub failure: Option<String>,
    /// What `asyncTestComplete(ok, value)` reported, once called.
    pub async_result: Option<Result<(), String>>,
    /// The running snapshot's source map, once there is one: it names the
    /// callee of a failed call.
    pub source_map: Option<mvm_compiler::SourceMap>,
}

/// Import IDs 1 to 5 are `print`, `assert`, `assertEqual`, `getHeapUsed` and
/// `runGC`, as `../shared/anchor`'s Microvium host resolves them, so a
/// script that imports them (`const print = vmImport(1)`) runs in both.
const ANCHOR_IMPORTS: [u16; 5] = [
    imports::PRINT,
    imports::ASSERT,
    imports::ASSERT_EQUAL,
    imports::GET_HEAP_USED,
    imports::RUN_GC,
];

/// Error code a failed assertion returns to the VM.
pub const ASSERTION_FAILED: u16 = 1;

impl ScriptHost {
    pub fn new(output: Output) -> ScriptHost {
        ScriptHost {
            output,
            assertions: 0,
            failure: None,
            async_result: None,
            source_map: None,
        }
    }

    fn write_line(&mut self, line: &str) {
        match &mut self.output {
            Output::Stdout => {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{line}");
            }
            Output::Captured(s) => {
                s.push_str(line);
                s.push('\n');
            }
        }
    }

    fn fail(&mut self, message: String) -> Result<Value, VmError> {
        self.failure = Some(message);
        Err(VmError::Host(ASSERTION_FAILED))
    }
}

impl Host for ScriptHost {
    fn has_import(&self, id: u16) -> bool {
        (1..=5).contains(&id)
            || matches!(
                id,
                imports::PRINT
                    | imports::CONSOLE_LOG
                    | imports::CONSOLE_ERROR
                    | imports::ASSERT
                    | imports::ASSERT_EQUAL
                    | imports::GET_HEAP_USED
                    | imports::RUN_GC
                    | imports::ASYNC_TEST_COMPLETE
                    | imports::CLOCK
            )
    }

    fn call_import(
        &mut self,
        vm: &mut Engine<'_>,
        id: u16,
        args: &[Value],
    ) -> Result<Value, VmError> {
        let arg = |i: usize| args.get(i).copied().unwrap_or(Value::UNDEFINED);
        let id = match id {
            1..=5 => ANCHOR_IMPORTS[usize::from(id) - 1],
            other => other,
        };
        match id {
            imports::PRINT => {
                let text = vm.to_display_string(arg(0));
                self.write_line(&text);
            }
            imports::CONSOLE_LOG => {
                let line = crate::console::format(vm, args);
                self.write_line(&line);
            }
            // To the error stream, as Node writes them; a test, which
            // compares only standard output, drops them.
            imports::CONSOLE_ERROR => {
                if let Output::Stdout = self.output {
                    eprintln!("{}", crate::console::format(vm, args));
                }
            }
            imports::ASSERT => {
                self.assertions += 1;
                if !vm.is_truthy(arg(0)) {
                    let message = match args.get(1) {
                        Some(m) => format!("assertion failed: {}", vm.to_display_string(*m)),
                        None => "assertion failed".to_string(),
                    };
                    return self.fail(message);
                }
            }
            imports::ASSERT_EQUAL => {
                self.assertions += 1;
                if !vm.strict_equals(arg(0), arg(1)) {
                    let message = format!(
                        "expected {} to equal {}",
                        quoted(vm, arg(0)),
                        quoted(vm, arg(1))
                    );
                    return self.fail(message);
                }
            }
            imports::GET_HEAP_USED => return vm.number(vm.heap_used() as f64),
            imports::CLOCK => {
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0.0, |d| d.as_millis() as f64);
                // (Timers here run without waiting: the time they would
                // have waited has passed too.)
                let waited = vm.to_number(arg(0));
                return vm.number(now + if waited.is_finite() { waited } else { 0.0 });
            }
            imports::RUN_GC => {
                let squeeze = vm.is_truthy(arg(0));
                vm.run_gc(squeeze)?;
            }
            imports::ASYNC_TEST_COMPLETE => {
                if self.async_result.is_some() {
                    return self.fail("asyncTestComplete called twice".to_string());
                }
                let ok = vm.is_truthy(arg(0));
                self.async_result = Some(if ok {
                    Ok(())
                } else {
                    Err(vm.to_display_string(arg(1)))
                });
            }
            _ => return Err(VmError::UnresolvedImport(id)),
        }
        Ok(Value::UNDEFINED)
    }

    fn not_callable_message(&self, pc: mvm_runtime::RomPos) -> Option<&str> {
        self.source_map.as_ref()?.not_callable_message(pc)
    }
}

/// A value as a test failure shows it: strings quoted, so `1` and `"1"` differ.
fn quoted(vm: &Engine<'_>, v: Value) -> String {
    match vm.string_bytes(v) {
        Some(bytes) => format!("{:?}", String::from_utf8_lossy(bytes)),
        None => vm.to_display_string(v),
    }
}
