//! Compiles `counter.js` to a snapshot at build time, as firmware builds do.

use mvm_runtime::NoImports;

fn main() {
    println!("cargo:rerun-if-changed=counter.js");
    let snapshot = match mvm_compiler::compile(std::path::Path::new("counter.js"), &mut NoImports) {
        Ok(bytes) => bytes,
        Err(e) => panic!("counter.js does not compile:\n{e}"),
    };
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("counter.mvm-bc"), snapshot).expect("OUT_DIR is writable");
}
