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
fn destructuring_assignment_to_a_constant() {
    insta::assert_snapshot!(diagnose("const a = 1;\nlet b = 2;\n[a, b] = [b, a];\n"));
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
        "async function* ids(a) { yield* a; }\nlet samples = new Int16Array(8);\nlet big = 10n;\n"
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

/// A runaway recursion nothing catches: the trace shows ten frames and
/// counts the rest.
#[test]
fn runaway_recursion_at_build_time() {
    insta::assert_snapshot!(diagnose(
        "function down(n) {\n  return down(n + 1) + 1;\n}\ndown(0);\n"
    ));
}

#[test]
fn super_in_object_literal_method() {
    insta::assert_snapshot!(diagnose(
        "const sensor = {\n  read() {\n    return super.read() + 1;\n  }\n};\n"
    ));
}

#[test]
fn reflect_as_a_value() {
    insta::assert_snapshot!(diagnose("const R = Reflect;\nR.ownKeys({});\n"));
}

#[test]
fn assignment_to_super_property() {
    insta::assert_snapshot!(diagnose(
        "class A {}\nclass B extends A {\n  set v(n) { super.v = n; }\n}\n"
    ));
}

#[test]
fn string_longer_than_an_allocation() {
    let long = "x".repeat(4_100);
    insta::assert_snapshot!(diagnose(&format!(
        "const banner = 1;\nconst table = '{long}';\n"
    )));
}

#[test]
fn unicode_property_escape() {
    insta::assert_snapshot!(diagnose(
        "const words = (text) => text.match(/\\p{L}+/gu);\n"
    ));
}

#[test]
fn yield_star_in_async_generator() {
    insta::assert_snapshot!(diagnose(
        "async function* ids(inner) {\n  yield* inner;\n}\n"
    ));
}

/// (A function with a name of its own has `new.target`.)
#[test]
fn new_target_in_function() {
    insta::assert_snapshot!(diagnose(
        "const Board = function () {\n  if (new.target) print(1);\n};\n"
    ));
}

#[test]
fn bare_module_specifier() {
    insta::assert_snapshot!(diagnose("import { map } from 'lodash';\nprint(map);\n"));
}

#[test]
fn unknown_label() {
    insta::assert_snapshot!(diagnose(
        "for (let i = 0; i < 3; i++) {\n  if (i) continue outer;\n}\n"
    ));
}

#[test]
fn await_outside_async_function() {
    insta::assert_snapshot!(diagnose(
        "const p = new Promise(r => r(1));\nconst v = await p;\n"
    ));
}

#[test]
fn assignment_to_undeclared_variable() {
    insta::assert_snapshot!(diagnose("function reset() {\n  counter = 0;\n}\n"));
}

/// A parameter's default cannot see the body's declarations: the help
/// says so, and never names the hidden binding.
#[test]
fn a_default_naming_a_function_of_the_body() {
    insta::assert_snapshot!(diagnose(
        "function run(done = () => finish()) {\n  function finish() { return 1; }\n  return done();\n}\nrun();\n"
    ));
}

#[test]
fn rest_properties_beside_a_computed_key() {
    insta::assert_snapshot!(diagnose(
        "let n = 0;\nconst { [n++]: picked, ...others } = { 0: 1, b: 2 };\n"
    ));
}

/// A long line (generated code, a data table) is shown as a window around
/// the column, cut with ellipses.
#[test]
fn long_line_frame() {
    let table: Vec<String> = (0..60).map(|i| format!("{i}")).collect();
    let src = format!(
        "const t = [{}, missing, {}];\n",
        table.join(", "),
        table.join(", ")
    );
    insta::assert_snapshot!(diagnose(&src));
}

#[test]
fn name_declared_twice() {
    insta::assert_snapshot!(diagnose(
        "let count = 0;\nfunction reset(limit) {\n  let limit = 10;\n}\nconst count = 1;\n"
    ));
}

#[test]
fn a_program_past_the_reach_of_rom_references() {
    // Thirty-three string literals of 4,000 characters: 132 KB of ROM,
    // past the 128 KB a wider unit reaches.
    let src: String = common::long_string_literals(33)
        .iter()
        .enumerate()
        .map(|(i, s)| format!("const s{i} = {s};\n"))
        .collect();
    insta::assert_snapshot!(diagnose(&src));
}

#[test]
fn a_snapshot_past_the_reach_of_rom_references() {
    // Eight strings of 4,000 characters in the program and nine more made
    // by the top level, all reached by an export: 68 KB of ROM after the
    // top level runs, past the 64 KB a wide snapshot reaches.
    let src = format!(
        "const parts = [{}];\nfor (let i = 0; i < 9; i++) parts.push(parts[i % 8].slice(1) + i);\n\
         vmExport(0, () => parts.length);\n",
        common::long_string_literals(8).join(", ")
    );
    insta::assert_snapshot!(diagnose(&src));
}

#[test]
fn an_error_at_build_time_in_a_wider_unit_points_at_its_line() {
    // Past 64 KB of strings, the unit is wider: its map, and the code
    // frame, still find the line of an error in a function laid out there.
    let src = format!(
        "const parts = [{}];\nfunction check(o) {{\n  return o.config.port;\n}}\n\
         check(parts.length > 0 ? {{}} : null);\n",
        common::long_string_literals(17).join(", ")
    );
    insta::assert_snapshot!(diagnose(&src));
}

#[test]
fn an_error_past_a_long_top_level_split_in_parts_shows_its_own_frames() {
    // A top level past half a function's bound goes on in a function of
    // its own, which it calls: the trace shows no line for that call (it
    // showed the statement before it).
    let mut src = String::new();
    for i in 0..400 {
        src.push_str(&format!(
            "const reading{i} = {{ id: {i}, value: {i} * 2 }};\n"
        ));
    }
    src.push_str("function check(o) {\n  return o.config.port;\n}\ncheck(reading0);\n");
    insta::assert_snapshot!(diagnose(&src));
}

#[test]
fn wrapper_object() {
    insta::assert_snapshot!(diagnose(
        "const flag = new Boolean(false);\nif (flag) print(1);\n"
    ));
}

#[test]
fn unsupported_global() {
    insta::assert_snapshot!(diagnose(
        "const samples = new Int16Array(4);\nprint(samples[0]);\n"
    ));
}

#[test]
fn extending_array() {
    insta::assert_snapshot!(diagnose(
        "class Stack extends Array {\n  peek() { return this[this.length - 1]; }\n}\n"
    ));
}

#[test]
fn vm_export_kept_for_the_device() {
    insta::assert_snapshot!(diagnose(
        "async function main() {\n  await new Promise((r) => setTimeout(r, 10));\n  vmExport(0, () => print('tick'));\n}\nmain();\n"
    ));
}

#[test]
fn misspelled_name() {
    insta::assert_snapshot!(diagnose(
        "let count = 0;\nfunction onButton() {\n  cuont++;\n  consol.log(count);\n}\nvmexport(0, onButton);\n"
    ));
}

#[test]
fn unclosed_block() {
    insta::assert_snapshot!(diagnose(
        "function start() {\n  if (ready) {\n    print('go');\n  }\n\nstart();\n"
    ));
}

#[test]
fn library_class_called_without_new() {
    insta::assert_snapshot!(diagnose("const seen = Set();\nseen.add(1);\n"));
}

#[test]
fn undeclared_private_name() {
    insta::assert_snapshot!(diagnose(
        "class Meter {\n  #total = 0;\n  add(n) { this.#totl += n; }\n}\nnew Meter().add(1);\n"
    ));
}

#[test]
fn let_declared_in_two_cases() {
    insta::assert_snapshot!(diagnose(
        "function mode(k) {\n  switch (k) {\n    case 1: let v = 'a'; return v;\n    case 2: let v = 'b'; return v;\n  }\n}\nprint(mode(1));\n"
    ));
}

#[test]
fn error_place_after_a_caught_getter_throw() {
    insta::assert_snapshot!(diagnose(
        "const sensor = { get value() { throw new Error('offline'); } };\ntry { sensor.value; } catch (e) {}\nconst cfg = {};\nprint(cfg.net.port);\n"
    ));
}

#[test]
fn number_with_a_leading_zero() {
    insta::assert_snapshot!(diagnose("const months = [01, 12];\nconst tab = '\\011';\n"));
}

#[test]
fn symbol_has_instance() {
    insta::assert_snapshot!(diagnose(
        "class Even {\n  static [Symbol.hasInstance](n) {\n    return n % 2 === 0;\n  }\n}\n"
    ));
}

#[test]
fn arguments_callee() {
    insta::assert_snapshot!(diagnose(
        "var fact = function (n) {\n  return n <= 1 ? 1 : n * arguments.callee(n - 1);\n};\nprint(fact(5));\n"
    ));
}

#[test]
fn unescape_for_utf8_bytes() {
    insta::assert_snapshot!(diagnose(
        "const bytes = unescape(encodeURIComponent('h\u{e9}llo'));\nprint(bytes.length);\n"
    ));
}
