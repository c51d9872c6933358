//! Scripts through the whole pipeline: compile (running the top level),
//! snapshot, restore, call.

mod common;

use common::{compile, Recorder};
use mvm_runtime::{Settings, Value, Vm, VmError};

fn run(src: &str, calls: &[u16]) -> String {
    let (bytes, mut printed) = compile(src);
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    for &id in calls {
        vm.call(&mut host, id, &[]).unwrap();
    }
    printed.push_str(&host.printed);
    printed
}

#[test]
fn closures_made_at_build_time_run_on_the_device() {
    let out = run(
        "function counter() { let n = 0; return () => { n++; return n; }; }
         const c = counter();
         print(c());
         vmExport(0, () => print(c()));",
        &[0, 0],
    );
    assert_eq!(out, "1\n2\n3\n");
}

#[test]
fn exports_take_arguments_and_return_values() {
    let (bytes, _) = compile("vmExport(3, (a, b) => a * b + 1);");
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    let r = vm
        .call(
            &mut host,
            3,
            &[Value::int(6).unwrap(), Value::int(7).unwrap()],
        )
        .unwrap();
    assert_eq!(r, Value::int(43).unwrap());
    assert_eq!(vm.call(&mut host, 9, &[]), Err(VmError::NoSuchExport(9)));
}

#[test]
fn host_imports_are_called_on_the_device() {
    let out = run(
        "const double = vmImport(7);
         vmExport(0, () => print(double(21) + double(0.25)));",
        &[0],
    );
    assert_eq!(out, "42.5\n");
}

#[test]
fn a_missing_import_is_refused_at_restore() {
    let (bytes, _) = compile("const f = vmImport(99); vmExport(0, () => f());");
    let host = Recorder::default();
    assert_eq!(
        Vm::restore(&bytes, &host, Settings::default()).err(),
        Some(VmError::UnresolvedImport(99))
    );
}

#[test]
fn objects_and_arrays_built_at_build_time_are_mutated_on_the_device() {
    let out = run(
        "const config = { name: 'pump', limits: [1, 2] };
         vmExport(0, () => {
           config.limits[5] = 'x';
           config.extra = config.limits.length;
           print(config.name + ' ' + config.extra + ' ' + config.limits[3]);
         });",
        &[0, 0],
    );
    assert_eq!(out, "pump 6 undefined\npump 6 undefined\n");
}

#[test]
fn a_restored_vm_snapshots_to_an_equivalent_snapshot() {
    let (bytes, _) = compile(
        "let total = 100000; const log = [];
         vmExport(0, () => { total += 0.5; log[log.length] = total; print(total + ' ' + log.length); });",
    );
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    vm.call(&mut host, 0, &[]).unwrap();
    let again = vm.write_snapshot().unwrap();
    let mut vm2 = Vm::restore(&again, &host, Settings::default()).unwrap();
    vm2.call(&mut host, 0, &[]).unwrap();
    assert_eq!(host.printed, "100000.5 1\n100001 2\n");
}

#[test]
fn dead_code_does_not_reach_the_snapshot() {
    let (small, _) = compile("vmExport(0, () => 1);");
    let (with_dead, _) = compile(
        "{ const setup = () => 'a long string literal only the build uses'; print(setup()); }
         vmExport(0, () => 1);",
    );
    assert_eq!(small.len(), with_dead.len());
}

#[test]
fn equal_numbers_share_one_copy_in_the_snapshot() {
    // Each float or int32 box is 2 bytes of header and 8 or 4 of payload.
    let (one, _) = compile("const t = [0.5, 100000, -0]; vmExport(0, () => t);");
    let (many, _) = compile(
        "const t = [0.5, 100000, -0, 1 / 2, 99999 + 1, 0 * -1, 0.25 * 2];
         vmExport(0, () => t);",
    );
    // Only the array's storage grows (2 bytes an element, maybe rounded up).
    assert!(
        many.len() - one.len() <= 10,
        "{} -> {}",
        one.len(),
        many.len()
    );
    let printed = run(
        "const t = [0.5, 100000, -0, 1 / 2, 99999 + 1, 0 * -1, 0];
         vmExport(0, () => print(t.join() + ' ' + (1 / t[5]) + ' ' + (1 / t[6])));",
        &[0],
    );
    assert_eq!(printed, "0.5,100000,0,0.5,100000,0,0 -Infinity Infinity\n");
}

#[test]
fn collections_keep_live_data_through_heavy_allocation() {
    let out = run(
        "const keep = [];
         vmExport(0, () => {
           for (let i = 0; i < 2000; i++) {
             const s = 'item ' + i;
             if (i % 500 === 0) keep[keep.length] = s;
           }
           print(keep.length + ' ' + keep[3]);
         });",
        &[0],
    );
    assert_eq!(out, "4 item 1500\n");
}

#[test]
fn deep_recursion_overflows_the_stack_as_an_error() {
    let (bytes, _) = compile("function f(n) { return f(n + 1); } vmExport(0, () => f(0));");
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    assert_eq!(vm.call(&mut host, 0, &[]), Err(VmError::StackOverflow));
    // The VM is still usable afterwards.
    assert_eq!(vm.call(&mut host, 0, &[]), Err(VmError::StackOverflow));
}

#[test]
fn calling_a_non_function_is_an_error() {
    let (bytes, _) = compile("const o = {}; vmExport(0, () => o.missing());");
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    assert!(matches!(
        vm.call(&mut host, 0, &[]),
        Err(VmError::NotCallable)
    ));
}

#[test]
fn async_host_functions_are_awaited_and_settled_later() {
    use mvm_runtime::{Handle, Host};
    // Import 8 starts an operation and returns a promise the host settles
    // later, as firmware finishing a sensor read would.
    struct AsyncHost {
        inner: Recorder,
        pending: Option<Handle>,
    }
    impl Host for AsyncHost {
        fn has_import(&self, id: u16) -> bool {
            id == 8 || self.inner.has_import(id)
        }
        fn call_import(
            &mut self,
            vm: &mut mvm_runtime::Engine<'_>,
            id: u16,
            args: &[Value],
        ) -> Result<Value, VmError> {
            if id == 8 {
                let p = vm.create_promise()?;
                self.pending = Some(vm.new_handle(p)?);
                return Ok(p);
            }
            self.inner.call_import(vm, id, args)
        }
    }
    let (bytes, _) = compile(
        "const read = vmImport(8);
         async function sample() { print('start'); const v = await read(); print('got ' + v); return v + 1; }
         vmExport(0, () => { sample().then(r => print('then ' + r)); });",
    );
    let mut host = AsyncHost {
        inner: Recorder::default(),
        pending: None,
    };
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    vm.call(&mut host, 0, &[]).unwrap();
    assert_eq!(host.inner.printed, "start\n");
    let handle = host.pending.take().unwrap();
    vm.run_gc(true).unwrap();
    let promise = vm.handle_value(&handle);
    vm.release(handle);
    vm.settle_promise(&mut host, promise, true, Value::int(41).unwrap())
        .unwrap();
    assert_eq!(host.inner.printed, "start\ngot 41\nthen 42\n");
}

#[test]
fn an_idle_vm_holds_no_heap_no_stack_and_two_bytes_per_global() {
    // The script Microvium's C runtime holds in 64 bytes (x86-64).
    let (bytes, _) =
        compile("function run() {} vmExport(0, run); let g1 = 1, g2 = 2, g3 = 3, g4 = 4;");
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    vm.call(&mut host, 0, &[]).unwrap();
    let stats = vm.memory_stats();
    assert_eq!(stats.heap_capacity, 0, "no heap chunk");
    assert_eq!(stats.heap_chunks, 0);
    assert_eq!(stats.stack, 0, "no stack while idle");
    // No reachable code reads the globals, so the snapshot has none.
    assert_eq!(stats.globals, 0);
    assert!(stats.total <= 64, "{stats:?}");

    // Globals the device code uses cost 2 bytes each.
    let (bytes, _) = compile("function run() { g1 = g2 + g3 + g4; } vmExport(0, run); let g1 = 1, g2 = 2, g3 = 3, g4 = 4;");
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    vm.call(&mut host, 0, &[]).unwrap();
    let stats = vm.memory_stats();
    assert_eq!(stats.globals, 4 * 2);
    assert_eq!(stats.heap_capacity + stats.stack, 0);
    assert!(stats.total <= 64, "{stats:?}");
}

#[test]
fn memory_stats_follow_the_heap() {
    let (bytes, _) = compile(
        "const keep = []; vmExport(0, () => { for (let i = 0; i < 50; i++) keep.push('x' + i); });",
    );
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    vm.call(&mut host, 0, &[]).unwrap();
    let before = vm.memory_stats();
    assert!(before.heap_used > 0 && before.heap_capacity >= before.heap_used);
    assert_eq!(before.heap_capacity % 256, 0, "whole chunks");
    vm.run_gc(true).unwrap();
    let after = vm.memory_stats();
    assert_eq!(
        after.heap_capacity, after.heap_used,
        "squeezed to the live bytes"
    );
    assert!(after.last_gc_peak > 0);
}

#[test]
fn out_of_memory_is_an_error_and_the_vm_stays_usable() {
    let (bytes, _) = compile(
        "const keep = [];
         vmExport(0, () => { for (let i = 0; i < 10000; i++) keep.push('item ' + i); });
         vmExport(1, () => keep.length);
         vmExport(2, () => { keep.length = 0; });",
    );
    let mut host = Recorder::default();
    let settings = Settings {
        heap_budget: Some(2048),
        ..Settings::default()
    };
    let mut vm = Vm::restore(&bytes, &host, settings).unwrap();
    assert_eq!(vm.call(&mut host, 0, &[]), Err(VmError::OutOfMemory));
    let kept = vm.call(&mut host, 1, &[]).unwrap().as_int().unwrap();
    assert!(kept > 10, "what fitted is still there: {kept}");
    assert!(vm.memory_stats().heap_capacity <= 2048);
    vm.call(&mut host, 2, &[]).unwrap();
    vm.run_gc(true).unwrap();
    assert_eq!(vm.call(&mut host, 1, &[]).unwrap(), Value::int(0).unwrap());
    assert_eq!(vm.call(&mut host, 0, &[]), Err(VmError::OutOfMemory));
}

#[test]
fn handles_keep_closures_alive_across_hundreds_of_collections() {
    let (bytes, _) = compile(
        "vmExport(0, (start) => { let n = start; const tag = { name: 'counter' }; return () => { n++; return tag.name + ' ' + n; }; });
         vmExport(1, () => { let junk = []; for (let i = 0; i < 20; i++) junk.push('garbage ' + i); return junk.length; });",
    );
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    let closure = vm.call(&mut host, 0, &[Value::int(100).unwrap()]).unwrap();
    let handle = vm.new_handle(closure).unwrap();
    for i in 0..300 {
        vm.call(&mut host, 1, &[]).unwrap();
        vm.run_gc(i % 2 == 0).unwrap();
    }
    let f = vm.handle_value(&handle);
    let result = vm.call_value(&mut host, f, &[]).unwrap();
    assert_eq!(vm.to_display_string(result), "counter 101");
    let result = vm
        .call_value(&mut host, vm.handle_value(&handle), &[])
        .unwrap();
    assert_eq!(vm.to_display_string(result), "counter 102");
    vm.release(handle);
    vm.run_gc(true).unwrap();
    assert_eq!(
        vm.memory_stats().heap_used,
        0,
        "released: nothing left alive"
    );
}

#[test]
fn a_collection_borrows_no_more_than_the_live_bytes_in_chunks() {
    let (bytes, _) = compile(
        "const keep = [];
         vmExport(0, () => { for (let i = 0; i < 300; i++) { const s = 'x' + i; if (i % 3 === 0) keep.push(s); } });",
    );
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    vm.call(&mut host, 0, &[]).unwrap();
    vm.run_gc(false).unwrap();
    let stats = vm.memory_stats();
    // The to-space grows by chunks; it becomes the heap.
    assert!(
        stats.last_gc_peak <= stats.heap_used.div_ceil(256) * 256 + 256,
        "{stats:?}"
    );
    assert!(stats.last_gc_peak >= stats.heap_used);
}

#[test]
fn each_kind_of_value_costs_its_documented_bytes() {
    // Each script stores one value into the kept array; the heap grows by
    // exactly that value's cost.
    let cases: [(&str, usize); 7] = [
        ("keep[0] = 8191", 0),
        ("keep[1] = 8000 + 8000", 6),
        ("keep[2] = 0.5 + 1", 10),
        ("keep[3] = 'abcd' + 'e'", 8),
        ("keep[4] = [1]", 10),
        ("keep[5] = { x: 3 }", 10),
        ("keep[6] = ''", 0),
    ];
    for (stmt, cost) in cases {
        let src = format!(
            "const keep = [0, 0, 0, 0, 0, 0, 0]; const big = 8000; const half = 0.5; const s = 'abcd';
             vmExport(0, () => {{ {} }});",
            stmt.replace("8000 + 8000", "big + big").replace("0.5 + 1", "half + 1").replace("'abcd' + 'e'", "s + 'e'")
        );
        let (bytes, _) = compile(&src);
        let mut host = Recorder::default();
        let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
        vm.run_gc(true).unwrap();
        let before = vm.heap_used();
        vm.call(&mut host, 0, &[]).unwrap();
        assert_eq!(vm.heap_used() - before, cost, "{stmt}");
    }
}

#[test]
fn an_array_built_by_pushing_keeps_no_spare_room_in_the_snapshot() {
    // 30 pushes leave room for more; the heap image keeps the array
    // (2-byte header, data and length) and exactly 30 elements (2-byte
    // header, 60 bytes), and pushing after restore grows it again.
    let src = "const a = []; for (let i = 0; i < 30; i++) a.push(i);
        vmExport(0, () => { a.push(30); a.push(31); print(a.length + ' ' + a[31] + ' ' + a[29]); });";
    let (bytes, _) = compile(src);
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    assert_eq!(vm.memory_stats().heap_used, 6 + 62);
    vm.call(&mut host, 0, &[]).unwrap();
    assert_eq!(host.printed, "32 31 29\n");
}

#[test]
fn an_object_filled_key_by_key_is_one_list_in_the_snapshot() {
    // Twelve keys added one by one chain segments onto `{}`; the heap
    // image holds one list of 2 + 24 values for it, with no next segment
    // (the library's prototypes keep theirs), and the object takes keys
    // after restore as before.
    use mvm_snapshot::{AllocHeader, TypeCode};
    let src = "const m = {}; for (let i = 0; i < 12; i++) m['k' + i] = i;
        vmExport(0, () => { m.extra = 1; print(Object.keys(m).length + ' ' + m.k11 + ' ' + m.extra); });";
    let (bytes, _) = compile(src);
    let heap = mvm_snapshot::Snapshot::parse(&bytes)
        .unwrap()
        .heap_image()
        .unwrap();
    let (mut at, mut lists) = (0, Vec::new());
    while at < heap.len() {
        let header = AllocHeader(u16::from_le_bytes([heap[at], heap[at + 1]]));
        if header.type_code() == TypeCode::PropertyList {
            let next = u16::from_le_bytes([heap[at + 2], heap[at + 3]]);
            lists.push((header.size(), next & 1 == 0 && next != 0));
        }
        at += header.footprint();
    }
    assert!(lists.contains(&(52, false)), "{lists:?}");
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    vm.call(&mut host, 0, &[]).unwrap();
    assert_eq!(host.printed, "13 11 1\n");
}

#[test]
fn a_heap_of_like_records_is_coded_small_and_restores_whole() {
    // 200 records of one shape and the array holding them: 4,008 bytes of
    // heap image, which the snapshot codes in 732 (a control byte per four
    // words, and a byte for each flag, which alternates).
    let src = "const rows = [];
        for (let i = 0; i < 200; i++) rows.push({ id: i, next: null, flag: i % 2 === 0 });
        for (let i = 1; i < 200; i++) rows[i].next = rows[i - 1];
        vmExport(0, () => { let n = 0; for (let r = rows[199]; r; r = r.next) n += r.id; print(n + ' ' + rows[7].flag); });";
    let (bytes, _) = compile(src);
    let snapshot = mvm_snapshot::Snapshot::parse(&bytes).unwrap();
    let image = snapshot.heap_image().unwrap().len();
    let coded = snapshot.heap().len();
    assert!(
        image > 3_000 && coded * 5 < image,
        "{image} bytes coded in {coded}"
    );
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    assert_eq!(vm.memory_stats().heap_used, image);
    vm.call(&mut host, 0, &[]).unwrap();
    assert_eq!(host.printed, "19900 false\n");
}

#[test]
fn a_device_host_runs_timers_as_its_clock_moves() {
    let (bytes, printed) = compile(
        "let ticks = 0;
         setInterval(() => { ticks++; print('tick ' + ticks); }, 100);
         setTimeout(() => print('once at 250'), 250);
         vmExport(0, () => print('ticks ' + ticks));",
    );
    // The build does not run them: they wait in the snapshot.
    assert_eq!(printed, "");
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    assert_eq!(vm.run_timers(&mut host, Some(99), 100), Ok(0));
    assert_eq!(vm.run_timers(&mut host, Some(1), 100), Ok(1));
    // 200 ms more: each timer due by then, in order.
    assert_eq!(vm.run_timers(&mut host, Some(200), 100), Ok(3));
    vm.call(&mut host, 0, &[]).unwrap();
    assert_eq!(
        host.printed,
        "tick 1\ntick 2\nonce at 250\ntick 3\nticks 3\n"
    );
    // 20 s at once (in steps an inline integer holds): 200 more ticks.
    assert_eq!(vm.run_timers(&mut host, Some(20_000), 1000), Ok(200));
    // A script without timers has none to run.
    let (plain, _) = compile("vmExport(0, () => 1);");
    let mut vm = Vm::restore(&plain, &host, Settings::default()).unwrap();
    assert_eq!(vm.run_timers(&mut host, None, 10), Ok(0));
}

#[test]
fn a_top_level_past_32_kb_runs_in_a_wide_unit_and_leaves_a_narrow_snapshot() {
    // Ten strings of 4,000 characters (40 KB of ROM before the top level
    // runs, more than narrow references reach) that only the top level
    // uses: the snapshot keeps the total, not the strings.
    let src = format!(
        "const parts = [{}];\nlet total = 0;\nfor (const p of parts) total += p.length;\n\
         function report() {{ console.log('total', total, /(\\d)0+$/.exec(String(total))[1]); }}\n\
         report();\nvmExport(0, report);\n",
        common::long_string_literals(10).join(", ")
    );
    let (bytes, _) = compile(&src);
    assert!(bytes.len() < 32 * 1024);
    let version = u16::from_le_bytes([bytes[4], bytes[5]]);
    assert_eq!(version, mvm_snapshot::FORMAT_VERSION);
    assert_eq!(run(&src, &[0]), "total 40000 4\ntotal 40000 4\n");
}

#[test]
fn a_top_level_past_64_kb_runs_in_a_wider_unit() {
    // Twenty strings of 4,000 characters (80 KB of ROM before the top
    // level runs, more than wide references reach): the functions lie
    // past them, where frames, handlers, a suspended generator and an
    // async function keep ROM offsets above 64 KB.
    let src = format!(
        "const parts = [{}];\nlet total = 0;\nfor (const p of parts) total += p.length;\n\
         function* count() {{ yield 1; yield 2; }}\n\
         async function later(x) {{ await null; return 'later ' + x; }}\n\
         function report() {{\n  let t = 0;\n  for (const v of count()) t += v;\n\
           try {{ null.x; }} catch (e) {{ t += 10; }}\n  console.log('total', total, t);\n}}\n\
         report();\nlater(1).then(console.log);\n\
         vmExport(0, () => {{ report(); later(2).then(console.log); }});\n",
        common::long_string_literals(20).join(", ")
    );
    let (bytes, _) = compile(&src);
    assert!(bytes.len() < 32 * 1024);
    assert_eq!(
        run(&src, &[0]),
        "total 80000 13\nlater 1\ntotal 80000 13\nlater 2\n"
    );
}

#[test]
fn an_allocation_past_the_limit_is_a_range_error_a_script_catches() {
    let out = run(
        "function grow(n) {
           try { return 'x'.repeat(n).length; } catch (e) { return e.name + ': ' + e.message; }
         }
         print(grow(5000));
         vmExport(0, () => {
           const big = [];
           try { for (let i = 0; i < 3000; i++) big.push(i); } catch (e) { print(e instanceof RangeError); }
           print(big.length + ' ' + grow(10));
         });",
        &[0],
    );
    assert_eq!(
        out,
        "RangeError: allocation larger than 4095 bytes\ntrue\n2047 10\n"
    );
    // Uncaught, the host gets the typed error.
    let (bytes, _) = compile("vmExport(0, () => 'x'.repeat(5000));");
    let mut host = Recorder::default();
    let mut vm = Vm::restore(&bytes, &host, Settings::default()).unwrap();
    assert_eq!(vm.call(&mut host, 0, &[]), Err(VmError::AllocationTooLarge));
}

/// A function defined inside another is a new value each time (a
/// closure), but where its function's pool is nearly full (a long table
/// of strings), it stays the one value rather than take the places kept
/// for closures that capture: such a function still compiles, and a
/// capturing closure after it still finds room.
#[test]
fn nested_functions_in_a_function_with_a_full_pool_compile() {
    let mut src = String::from("function big(k) {\n  const out = [];\n");
    for i in 0..260 {
        src.push_str(&format!("  out.push('text-{i}');\n"));
    }
    for i in 0..40 {
        src.push_str(&format!("  out.push(() => {i});\n"));
    }
    src.push_str("  out.push(() => k);\n  return out.length + out[300]();\n}\n");
    src.push_str("function make() { return () => 1; }\n");
    src.push_str("print(big(7));\nprint(make() === make());\n");
    src.push_str("vmExport(0, () => print(big(2)));\n");
    assert_eq!(run(&src, &[0]), "308\nfalse\n303\n");
}

/// A match that backtracks deeper than the heap holds ends in a
/// RangeError the script catches, never in running out of memory (which
/// ends the call): its backtrack arrays leave room for a subject of up to
/// 4 KB. (Node matches these; it has more memory.)
#[test]
fn deep_regex_backtracking_is_a_catchable_range_error() {
    let mut out = String::new();
    for n in [3000, 3500, 4000, 4090] {
        for pattern in ["/^(?:a|b)*$/", "/^(a|b)*$/"] {
            let src = format!(
                "const s = 'a'.repeat({n});\n\
                 try {{ print({pattern}.test(s)); }} catch (e) {{ print(e.name); }}\n\
                 vmExport(0, () => {{ try {{ print({pattern}.test(s)); }} catch (e) {{ print(e.name); }} }});\n"
            );
            out.push_str(&run(&src, &[0]));
        }
    }
    assert_eq!(out, "RangeError\n".repeat(16));
}
