//! Running the same script in mvm and in Microvium 8's C runtime
//! (`../shared/anchor/anchor`), the way both expect it: imports 1 to 5 are
//! `print`, `assert`, `assertEqual`, `getHeapUsed` and `runGC`.

use anyhow::{bail, Context, Result};
use mvm_runtime::{Engine, Host, Settings, Value, Vm, VmError};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What `anchor compile` prepends to every script.
pub const PRELUDE: &str = "const print = vmImport(1), assert = vmImport(2), assertEqual = vmImport(3), getHeapUsed = vmImport(4), runGC = vmImport(5);\n";

/// The host both engines get: imports 1 to 5.
#[derive(Default)]
pub struct BenchHost {
    pub printed: String,
}

impl Host for BenchHost {
    fn has_import(&self, id: u16) -> bool {
        (1..=5).contains(&id)
    }

    fn call_import(
        &mut self,
        vm: &mut Engine<'_>,
        id: u16,
        args: &[Value],
    ) -> Result<Value, VmError> {
        let arg = |i: usize| args.get(i).copied().unwrap_or(Value::UNDEFINED);
        match id {
            1 => {
                self.printed.push_str(&vm.to_display_string(arg(0)));
                self.printed.push('\n');
            }
            2 if !vm.is_truthy(arg(0)) => return Err(VmError::Host(2)),
            3 if !vm.strict_equals(arg(0), arg(1)) => return Err(VmError::Host(3)),
            4 => return vm.number(vm.heap_used() as f64),
            5 => {
                let squeeze = vm.is_truthy(arg(0));
                vm.run_gc(squeeze)?;
            }
            _ => {}
        }
        Ok(Value::UNDEFINED)
    }
}

/// mvm's snapshot of `script` (with the prelude).
pub fn mvm_compile(script: &Path) -> Result<(Vec<u8>, String)> {
    let text = std::fs::read_to_string(script)
        .with_context(|| format!("cannot read {}", script.display()))?;
    let mut host = BenchHost::default();
    let bytes = mvm_compiler::compile_source(
        &script.display().to_string(),
        &format!("{PRELUDE}{text}"),
        &mut host,
    )
    .map_err(|e| anyhow::anyhow!("{}", e.render(false)))?;
    Ok((bytes, host.printed))
}

/// A restored VM with the bench host's settings (a 4 KiB stack, as the
/// anchor's C host has).
pub fn mvm_restore<'a>(bytes: &'a [u8], host: &BenchHost) -> Result<Vm<'a>> {
    let settings = Settings {
        stack_size: 4096,
        ..Settings::default()
    };
    Vm::restore(bytes, host, settings).map_err(|e| anyhow::anyhow!("restore: {e}"))
}

pub fn anchor_path() -> Option<PathBuf> {
    let p = crate::root().join("../shared/anchor/anchor");
    p.exists().then_some(p)
}

/// Microvium's figures for `script`: its printout and the JSON line its C
/// host writes (see `../shared/anchor/README.md`).
pub fn microvium_run(
    anchor: &Path,
    script: &Path,
    repeat: usize,
) -> Result<(String, serde_json::Value)> {
    let out_dir = crate::root().join("target/anchor");
    std::fs::create_dir_all(&out_dir)?;
    let name = script
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bc = out_dir.join(format!("{name}.mvm-bc"));
    let compiled = Command::new(anchor)
        .arg("compile")
        .arg(script)
        .arg(&bc)
        .output()?;
    if !compiled.status.success() {
        bail!(
            "anchor compile {}: {}",
            script.display(),
            String::from_utf8_lossy(&compiled.stderr)
        );
    }
    let ran = Command::new(anchor)
        .arg("run")
        .arg(&bc)
        .arg("0")
        .arg(repeat.to_string())
        .output()?;
    let stderr = String::from_utf8_lossy(&ran.stderr);
    let json = stderr
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('{'))
        .with_context(|| format!("anchor run {}: no figures ({stderr})", script.display()))?;
    Ok((
        String::from_utf8_lossy(&ran.stdout).into_owned(),
        serde_json::from_str(json)?,
    ))
}
