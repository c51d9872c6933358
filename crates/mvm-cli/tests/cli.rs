//! The `mvm` binary as a person uses it: output, exit codes, files.

use std::path::Path;
use std::process::{Command, Output};

fn mvm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mvm"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("mvm runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Compiles tests/data/sensor.js into a scratch directory (with its map).
fn compiled(name: &str) -> String {
    compiled_from("sensor", name)
}

/// Compiles tests/data/`script`.js into scratch directory `name`.
fn compiled_from(script: &str, name: &str) -> String {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join(format!("{script}.mvm-bc"));
    let source = format!("tests/data/{script}.js");
    let result = mvm(&["compile", &source, "-o", out.to_str().unwrap()]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    out.to_string_lossy().into_owned()
}

#[test]
fn disasm_lists_functions_with_source_lines() {
    let out = mvm(&["disasm", &compiled("disasm")]);
    assert!(out.status.success());
    insta::assert_snapshot!(text(&out.stdout));
}

#[test]
fn disasm_shows_the_room_a_constructor_makes() {
    let out = mvm(&["disasm", &compiled_from("counter", "disasm-counter")]);
    assert!(out.status.success());
    insta::assert_snapshot!(text(&out.stdout));
}

#[test]
fn inspect_shows_header_sections_and_contents() {
    let out = mvm(&["inspect", &compiled("inspect")]);
    assert!(out.status.success());
    insta::assert_snapshot!(text(&out.stdout));
}

#[test]
fn an_exception_three_calls_deep_prints_a_stack_trace() {
    let out = mvm(&["run", "tests/data/sensor.js", "--call", "1"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(text(&out.stderr));
}

#[test]
fn a_snapshot_file_runs_with_its_map() {
    let path = compiled("run");
    let out = mvm(&["run", &path, "--call", "0", "--call", "1"]);
    assert_eq!(out.status.code(), Some(1));
    // The trace comes from the map beside the snapshot.
    assert!(
        text(&out.stderr).contains("tests/data/sensor.js:20:"),
        "{}",
        text(&out.stderr)
    );
}

/// Exports that reach past 32 KB make a wide snapshot: compile says what
/// the device needs, and the file runs.
#[test]
fn a_wide_snapshot_is_noted_and_runs() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("wide");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("wide.mvm-bc");
    let path = path.to_str().unwrap();
    let fixture = "../../fixtures/language/exports-reaching-past-32-kb.test.mvm.js";
    let out = mvm(&["compile", fixture, "-o", path]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("needs its `wide-units` feature"),
        "{}",
        text(&out.stdout)
    );
    let out = mvm(&["run", path, "--call", "0"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("Map(2) { 1 => 'a', 2 => 'b' }"));
    assert!(text(&out.stdout).ends_with("promise 1\n"));
}

#[test]
fn exit_codes_follow_the_conventions() {
    assert_eq!(mvm(&["--version"]).status.code(), Some(0));
    assert_eq!(mvm(&["run", "--help"]).status.code(), Some(0));
    assert_eq!(mvm(&["no-such-command"]).status.code(), Some(2));
    assert_eq!(mvm(&["run"]).status.code(), Some(2));
    let bad = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bad.js");
    std::fs::write(&bad, "let x = ;").unwrap();
    let out = mvm(&["compile", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "errors go to stderr");
    assert!(text(&out.stderr).contains("syntax error"));
}

#[test]
fn compile_can_emit_a_c_header_and_a_rust_module() {
    let path = compiled("emit");
    for (emit, extension, needle) in [
        ("c", "h", "static const uint8_t sensor_snapshot["),
        ("rust", "rs", "include_bytes!(\"sensor.mvm-bc\")"),
    ] {
        let out = mvm(&[
            "compile",
            "tests/data/sensor.js",
            "-o",
            &path,
            "--emit",
            emit,
        ]);
        assert!(out.status.success());
        let written = std::fs::read_to_string(Path::new(&path).with_extension(extension)).unwrap();
        assert!(written.contains(needle), "{written}");
    }
}

#[test]
fn an_uncaught_call_of_a_non_function_names_the_callee() {
    let out = mvm(&["run", "tests/data/not-callable.js", "--call", "0"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(text(&out.stderr));
}

/// `mvm test` on one fixture written from `text`: its verdict line.
fn test_verdict(name: &str, fixture: &str) -> String {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("runner");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.test.mvm.js"));
    std::fs::write(&file, fixture).unwrap();
    text(&mvm(&["test", file.to_str().unwrap()]).stdout)
}

#[test]
fn the_test_runner_checks_exceptions_as_the_node_oracle_does() {
    let header = |extra: &str| format!("/*---\ndescription: runner check\n{extra}---*/\n");
    // Expected, and nothing thrown: at build time too.
    let none = test_verdict(
        "none",
        &(header("expectException: boom\n") + "print('fine');\n"),
    );
    assert!(
        none.contains("expected exception \"boom\", none was thrown"),
        "{none}"
    );
    // An engine error on the device, matched by its message.
    let device = test_verdict(
        "device",
        &(header("runExportedFunction: 0\nexpectException: \"Cannot read properties of undefined (reading 'deep')\"\n")
            + "const cfg = { a: {} };\nvmExport(0, () => cfg.a.b.deep);\n"),
    );
    assert!(device.contains("1 passed"), "{device}");
    // A timer's exception, and a runaway recursion's.
    let timer = test_verdict(
        "timer",
        &(header("expectException: tick failed\n")
            + "setTimeout(() => { throw new Error('tick failed'); }, 1);\n"),
    );
    assert!(timer.contains("1 passed"), "{timer}");
    let deep = test_verdict(
        "deep",
        &(header("runExportedFunction: 0\nexpectException: Maximum call stack size exceeded\n")
            + "function r(n) { return r(n + 1) + 1; }\nvmExport(0, () => r(0));\n"),
    );
    assert!(deep.contains("1 passed"), "{deep}");
    // A failed assertion is no expected exception.
    let assertion = test_verdict(
        "assertion",
        &(header("expectException: my message\n") + "assert(false, 'my message');\n"),
    );
    assert!(assertion.contains("0 passed, 1 failed"), "{assertion}");
    // The front matter says what it tests, with numbers as numbers.
    let undescribed = test_verdict(
        "undescribed",
        "/*---\nexpectedPrintout: x\n---*/\nprint('x');\n",
    );
    assert!(undescribed.contains("no description"), "{undescribed}");
    let string_id = test_verdict(
        "string-id",
        &(header("runExportedFunction: \"0\"\nexpectedPrintout: x\n")
            + "vmExport(0, () => print('x'));\n"),
    );
    assert!(string_id.contains("must be an integer"), "{string_id}");
    let nothing = test_verdict("nothing", &(header("") + "const x = 1;\n"));
    assert!(nothing.contains("checks nothing"), "{nothing}");
}

/// `mvm run` of a script written to a scratch file `NAME.js`, with the
/// export calls `calls`.
fn run_script(name: &str, source: &str, calls: &[&str]) -> Output {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.js"));
    std::fs::write(&file, source).unwrap();
    let mut args = vec!["run", file.to_str().unwrap()];
    for id in calls {
        args.extend(["--call", id]);
    }
    mvm(&args)
}

#[test]
fn microvium_hello_world_runs() {
    // Microvium's getting-started script: console.log given the host's
    // print (import 1 in the CLI's host, as in the anchor's prelude).
    let out = run_script(
        "hello-world",
        "console.log = vmImport(1);\nfunction sayHello() {\n  console.log('Hello, World!');\n}\nvmExport(1234, sayHello);\n",
        &["1234"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "Hello, World!\n");
}

#[test]
fn a_regular_expression_that_backtracks_too_deep_throws_what_a_script_catches() {
    // The backtracking records stop at a RangeError while the heap still
    // has room for it (a capture group with alternation over 3,000
    // characters ran the heap out, which no script can catch).
    let out = run_script(
        "backtrack",
        "vmExport(0, () => {\n  try {\n    console.log(/^(a|b)*$/.test('ab'.repeat(1500)));\n  } catch (e) {\n    console.log(e.name, e.message);\n  }\n  console.log(/^(a|b)*$/.test('ab'.repeat(500)));\n});\n",
        &["0"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "RangeError Maximum call stack size exceeded\ntrue\n"
    );
}

#[test]
fn a_description_with_a_colon_reads_as_the_node_oracle_reads_it() {
    // Strict YAML refuses `key: a: b`; the oracle takes the rest of the
    // line, and so does `mvm test`, booleans and numbers kept.
    let fixture = "/*---\ndescription: parses config: key and value\nisAsync: true\nassertionCount: 1\n---*/\nassert(true);\nasyncTestComplete(true, 'done');\n";
    assert_eq!(test_verdict("colon", fixture), "1 passed, 0 failed\n");
}

#[test]
fn a_nul_in_an_expected_printout_is_kept() {
    // The YAML reader would end the text at it; the oracle keeps it.
    let fixture = "/*---\ndescription: nul\nexpectedPrintout: |\n  a\0b\n  next\n---*/\nprint('a\\u0000b'); print('next');\n";
    assert_eq!(test_verdict("nul", fixture), "1 passed, 0 failed\n");
    let wrong = fixture.replace("a\0b", "a\0c");
    assert_eq!(
        test_verdict("nul-wrong", &wrong).lines().last(),
        Some("0 passed, 1 failed")
    );
}

#[test]
fn json_nested_too_deep_throws_a_range_error_a_script_catches() {
    // The engine's parser stops at 1,000 levels (Node's goes deeper):
    // a RangeError, not the TypeError the parse-error wording made of it.
    let out = run_script(
        "json-deep",
        "vmExport(0, () => {\n  try {\n    JSON.parse('['.repeat(1100) + ']'.repeat(1100));\n  } catch (e) {\n    console.log(e.name, e.message);\n  }\n  console.log(JSON.parse('['.repeat(900) + ']'.repeat(900)).length);\n});\n",
        &["0"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "RangeError Maximum call stack size exceeded\n1\n"
    );
}

#[test]
fn source_nested_past_a_main_thread_stack_compiles() {
    // A 12,000-term sum (16,000 in a release build) and 5,000 nested
    // parentheses overflowed the 8 MB main thread's stack (an abort); the
    // command's own thread has room.
    let sum = vec!["a"; 12_000].join("+");
    let parens = format!("{}1{}", "(".repeat(5_000), ")".repeat(5_000));
    let source = format!("function f(a) {{ return {sum}; }}\nconsole.log(f(1), {parens});\n");
    let out = run_script("nested-source", &source, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "12000 1\n");
}

#[test]
fn a_rejected_promise_an_export_returns_is_reported() {
    // No one else waits on it: `mvm run` says so on the error stream,
    // after its timers have run, and leaves the output the script's.
    let out = run_script(
        "rejected",
        "vmExport(0, async () => {\n  console.log('start');\n  await new Promise((r) => setTimeout(r, 10));\n  throw new TypeError('sensor offline');\n});\nvmExport(1, async () => 5);\n",
        &["0", "1"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "start\n");
    assert_eq!(
        text(&out.stderr),
        "warning: export 0: the promise it returned was rejected: TypeError: sensor offline\n"
    );
}

/// An error prints as the first line of Node's stack: named after a
/// class that extends an error without naming itself (`improveStack`).
/// (No fixture can hold it: Node goes on with the stack's frames.)
#[test]
fn an_error_of_a_class_prints_as_the_first_line_of_nodes_stack() {
    let out = mvm(&["run", "tests/data/error-classes.js"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "ValidationError: bad input\nBadThing [Error]: x\nNamed: n\n\
         HttpError [TypeError]: h\nError: plain TypeError: t\nError: s Error: b\n"
    );
}

/// An error's own properties print after it, as Node prints them after
/// the stack (which no fixture can hold): not a name or a message its
/// text shows, a cause as `[cause]`.
#[test]
fn an_error_prints_its_own_properties_after_it() {
    let out = run_script(
        "error-properties",
        "const e = new Error('io');\ne.code = 'EIO';\nconsole.log(e);\n\
         class HttpError extends Error { constructor(s) { super('HTTP ' + s); this.name = 'HttpError'; this.status = s; } }\n\
         console.log(new HttpError(503));\nconsole.log(new Error('outer', { cause: 'disk' }));\n\
         console.log([e], new Error('plain'));\n",
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "Error: io { code: 'EIO' }\nHttpError: HTTP 503 { status: 503 }\n\
         Error: outer { [cause]: 'disk' }\n[ Error: io { code: 'EIO' } ] Error: plain\n"
    );
}

#[test]
fn an_entry_imported_back_through_a_dotted_path_is_one_module() {
    // `mvm run ./dir/main.js` with a dependency importing `../main.js`:
    // both name one module, whose top level runs once.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("entry-back");
    std::fs::create_dir_all(dir.join("lib")).unwrap();
    std::fs::write(
        dir.join("main.js"),
        "import { who } from './lib/dep.js';\nexport const name = 'main';\nconsole.log('entry runs');\nvmExport(0, () => console.log(who()));\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("lib/dep.js"),
        "import { name } from '../main.js';\nexport function who() { return name; }\n",
    )
    .unwrap();
    let entry = dir.join("lib/../main.js");
    let out = mvm(&["run", entry.to_str().unwrap(), "--call", "0"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "entry runs\nmain\n");
}
