//! The exact text of diagnostics for scripts mvm does not accept.

mod common;

use common::Recorder;

fn diagnose(src: &str) -> String {
    let mut host = Recorder::default();
    match mvm_compiler::compile_source("bad.js", src, &mut host) {
        Ok(_) => panic!("expected a diagnostic for:\n{src}"),
        Err(e) => e.render(false),
    }
}

#[test]
fn syntax_error() {
    insta::assert_snapshot!(diagnose("let x = ;\n"));
}

#[test]
fn with_statement() {
    insta::assert_snapshot!(diagnose("const o = {};\nwith (o) {\n  print(1);\n}\n"));
}

#[test]
fn loose_equality() {
    insta::assert_snapshot!(diagnose("function f(a) {\n  return a == 1;\n}\n"));
}

#[test]
fn undefined_variable() {
    insta::assert_snapshot!(diagnose("print(missing + 1);\n"));
}

#[test]
fn assignment_to_constant() {
    insta::assert_snapshot!(diagnose("const limit = 3;\nlimit = 4;\n"));
}

#[test]
fn several_errors_are_all_reported() {
    insta::assert_snapshot!(diagnose(
        "const o = {};\ndelete o.x;\nlet s = o?.y;\nfor (const k in o) {}\n"
    ));
}

#[test]
fn break_outside_loop() {
    insta::assert_snapshot!(diagnose("function f() {\n  break;\n}\n"));
}

#[test]
fn uncaught_error_at_build_time() {
    insta::assert_snapshot!(diagnose("const o = undefined;\nprint(o.x);\n"));
}
