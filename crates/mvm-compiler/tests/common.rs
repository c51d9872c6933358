//! A host that records what scripts print, for tests.

use mvm_runtime::{imports, Engine, Host, Value, VmError};

#[derive(Default)]
pub struct Recorder {
    pub printed: String,
}

impl Host for Recorder {
    fn has_import(&self, id: u16) -> bool {
        matches!(
            id,
            imports::PRINT | imports::CONSOLE_LOG | imports::ASSERT_EQUAL | 7
        )
    }

    fn call_import(
        &mut self,
        vm: &mut Engine<'_>,
        id: u16,
        args: &[Value],
    ) -> Result<Value, VmError> {
        match id {
            imports::PRINT | imports::CONSOLE_LOG => {
                let parts: Vec<String> = args.iter().map(|a| vm.to_display_string(*a)).collect();
                self.printed.push_str(&parts.join(" "));
                self.printed.push('\n');
                Ok(Value::UNDEFINED)
            }
            imports::ASSERT_EQUAL => {
                let (a, b) = (args[0], args[1]);
                if vm.strict_equals(a, b) {
                    Ok(Value::UNDEFINED)
                } else {
                    Err(VmError::Host(1))
                }
            }
            // A host function of the test's own: doubles a number.
            7 => {
                let n = vm.to_number(args.first().copied().unwrap_or(Value::UNDEFINED));
                vm.number(n * 2.0)
            }
            _ => Err(VmError::UnresolvedImport(id)),
        }
    }
}

#[allow(dead_code)] // not every test file compiles scripts
pub fn compile(src: &str) -> (Vec<u8>, String) {
    let mut host = Recorder::default();
    let bytes =
        mvm_compiler::compile_source("test.js", src, &mut host).unwrap_or_else(|e| panic!("{e}"));
    (bytes, host.printed)
}

/// `count` string literals of 4,000 characters each ('aaa...', 'bbb...'),
/// for programs past the 32 KB that ROM references reach.
#[allow(dead_code)]
pub fn long_string_literals(count: u8) -> Vec<String> {
    (0..count)
        .map(|i| {
            let letter = if i < 26 { b'a' + i } else { b'A' + i - 26 };
            format!("'{}'", char::from(letter).to_string().repeat(4000))
        })
        .collect()
}
