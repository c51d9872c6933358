//! Sets `cfg(mvm_size)` when the build optimises for size (`opt-level` "s"
//! or "z", as firmware is built): the interpreter then leaves inlining to
//! the compiler instead of forcing copies of its fast paths into every
//! arm, which is where a speed build wants them.
fn main() {
    println!("cargo::rustc-check-cfg=cfg(mvm_size)");
    println!("cargo::rerun-if-changed=build.rs");
    if matches!(std::env::var("OPT_LEVEL").as_deref(), Ok("s" | "z")) {
        println!("cargo::rustc-cfg=mvm_size");
    }
}
