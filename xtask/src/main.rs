//! Project tasks: `cargo xtask ci` runs every check CI runs.

mod anchor;
mod bench;
mod memory;
mod size;

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("ci") => ci(),
        Some("fixtures") => fixtures(),
        Some("memory") => memory::memory(),
        Some("bench") => bench::bench(&args[1..]),
        Some("size") => size::size(),
        _ => {
            eprintln!("usage: cargo xtask <ci|fixtures|memory|bench [--scripts DIR]|size>");
            eprintln!("  ci        format, lint, unit tests, fixtures in mvm and Node.js");
            eprintln!("  fixtures  run fixtures/ with mvm and with Node.js");
            eprintln!("  memory    memory figures of mvm and Microvium on benches/memory/");
            eprintln!("  bench     speed and size of mvm and Microvium on benches/scripts/");
            eprintln!("  size      engine code bytes next to microvium.c built with gcc -Os");
            std::process::exit(2);
        }
    }
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn run(program: &str, args: &[&str]) -> Result<()> {
    run_env(program, args, &[])
}

fn run_env(program: &str, args: &[&str], env: &[(&str, &str)]) -> Result<()> {
    let env_text: String = env.iter().map(|(k, v)| format!("{k}={v} ")).collect();
    eprintln!("$ {env_text}{program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(root())
        .status()
        .with_context(|| format!("cannot start {program}"))?;
    if !status.success() {
        bail!("`{program} {}` failed ({status})", args.join(" "));
    }
    Ok(())
}

/// The cargo command that links `examples/no-std-host`'s freestanding
/// `firmware` binary (no start files, its own entry point), in `profile`.
pub fn firmware_build(profile: Option<&str>) -> Vec<&str> {
    let mut args = vec!["rustc", "-q"];
    if let Some(profile) = profile {
        args.extend(["--profile", profile]);
    }
    args.extend([
        "-p",
        "no-std-host",
        "--bin",
        "firmware",
        "--features",
        "firmware",
        "--",
        "-C",
        "panic=abort",
        "-C",
        "link-arg=-nostartfiles",
        "-C",
        "link-arg=-static",
        "-C",
        "link-arg=-lc",
        // As compilers for microcontroller cores build at `-Oz`: LLVM
        // outlines repeated instruction sequences by default for ARM and
        // AArch64. (Linking at fixed addresses, as bare-metal targets do,
        // saves 131 bytes of x86-64 code but doubles its jump tables to
        // absolute addresses, 1.3 KB more constants, so it is left out.)
        "-C",
        "llvm-args=-enable-machine-outliner=always",
    ]);
    args
}

pub fn cargo(args: &[&str]) -> Result<()> {
    cargo_env(args, &[])
}

/// Runs the cargo that runs us, with `env` set.
pub fn cargo_env(args: &[&str], env: &[(&str, &str)]) -> Result<()> {
    run_env(
        &std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()),
        args,
        env,
    )
}

fn ci() -> Result<()> {
    cargo(&["fmt", "--all", "--", "--check"])?;
    cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    // The device crates must build without std: link a freestanding
    // #![no_std] #![no_main] binary with its own panic handler.
    cargo(&["build", "-p", "mvm-runtime", "--no-default-features"])?;
    cargo(&firmware_build(None))?;
    // The embedding example runs.
    cargo(&["run", "-q", "-p", "desktop-host"])?;
    // Public API docs build without warnings.
    run_env(
        "cargo",
        &[
            "doc",
            "--no-deps",
            "-p",
            "mvm-runtime",
            "-p",
            "mvm-snapshot",
            "-p",
            "mvm-gc",
        ],
        &[("RUSTDOCFLAGS", "-D warnings")],
    )?;
    cargo(&["test", "--workspace"])?;
    fixtures()
}

fn fixtures() -> Result<()> {
    let node_ok = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if node_ok {
        // The oracle: every fixture's expectations hold in Node.js too.
        run("node", &["tools/node-oracle.js", "fixtures"])?;
    } else if std::env::var_os("CI").is_some() {
        bail!("Node.js is required in CI (.ci/run installs it)");
    } else {
        eprintln!("warning: Node.js not found; skipping the Node.js oracle");
    }
    // First as firmware builds the runtime, without its fast paths (see
    // `FAST_PATHS` in mvm-runtime), then as the desktop does; the second
    // build is the `target/debug/mvm` left behind.
    cargo(&["build", "-p", "mvm-cli", "--features", "mvm-runtime/small"])?;
    run_fixtures(node_ok)?;
    cargo(&["build", "-p", "mvm-cli"])?;
    run_fixtures(node_ok)
}

/// The fixtures, plain and with a collection before every allocation, and
/// the differential cases against Node.js, on the `mvm` last built.
fn run_fixtures(node_ok: bool) -> Result<()> {
    let mvm = root().join("target/debug/mvm");
    if node_ok {
        // Plain scripts whose output must match Node.js exactly.
        let status = Command::new("bash")
            .args(["tools/difftest/run.sh", "tools/difftest/cases"])
            .env("MVM", &mvm)
            .current_dir(root())
            .status()?;
        if !status.success() {
            bail!("differential tests against Node.js failed");
        }
    }
    run(&mvm.to_string_lossy(), &["test", "fixtures", "--gc-stress"])?;
    run(&mvm.to_string_lossy(), &["test", "fixtures"])
}
