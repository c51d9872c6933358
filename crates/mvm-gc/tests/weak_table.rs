//! The weak table `collect_weak` keeps: a pair lives while its key is
//! reachable otherwise (directly, or through another live pair's value),
//! and a dead pair's slots become `undefined`.

use mvm_gc::{Heap, Roots};
use mvm_snapshot::{TypeCode, Value};

struct RootList(Vec<Value>);
impl Roots for RootList {
    fn each_root(&mut self, visit: &mut dyn FnMut(&mut Value)) {
        self.0.iter_mut().for_each(visit);
    }
}

/// A closure-like allocation holding `values`.
fn values(heap: &mut Heap, values: &[Value]) -> Value {
    let p = heap
        .alloc(TypeCode::Closure, 2 * values.len().max(1))
        .unwrap();
    for (i, v) in values.iter().enumerate() {
        heap.set_value(p, i, *v).unwrap();
    }
    Value::heap(p)
}

/// An array of `items`, as the runtime makes one.
fn array(heap: &mut Heap, items: &[Value]) -> Value {
    let data = heap
        .alloc(TypeCode::FixedLengthArray, 2 * items.len())
        .unwrap();
    for (i, v) in items.iter().enumerate() {
        heap.set_value(data, i, *v).unwrap();
    }
    let array = heap.alloc(TypeCode::Array, 4).unwrap();
    heap.set_value(array, 0, Value::heap(data)).unwrap();
    heap.set_value(array, 1, Value::int(items.len() as i32).unwrap())
        .unwrap();
    Value::heap(array)
}

fn element(heap: &Heap, array: Value, i: usize) -> Value {
    let data = heap.value(array.0, 0).unwrap();
    heap.value(data.0, i).unwrap()
}

#[test]
fn pairs_live_while_their_keys_do() {
    let mut heap = Heap::new(64);
    let seven = Value::int(7).unwrap();
    let live_key = values(&mut heap, &[seven]);
    let dead_key = values(&mut heap, &[seven]);
    // A key reached only through a live pair's value lives too.
    let chained_key = values(&mut heap, &[seven]);
    let live_value = values(&mut heap, &[chained_key]);
    let dead_value = values(&mut heap, &[seven]);
    let chained_value = values(&mut heap, &[Value::int(9).unwrap()]);
    let table = array(
        &mut heap,
        &[
            live_key,
            live_value,
            dead_key,
            dead_value,
            chained_key,
            chained_value,
            Value::UNDEFINED,
            Value::UNDEFINED,
        ],
    );
    let mut roots = RootList(vec![live_key]);
    let (_, moved) = heap.collect_weak(&mut roots, false, Some(table.0)).unwrap();
    let table = Value(moved.unwrap());
    let live_key = roots.0[0];
    assert_eq!(element(&heap, table, 0), live_key);
    let live_value = element(&heap, table, 1);
    assert_eq!(heap.value(live_value.0, 0), Some(element(&heap, table, 4)));
    assert_eq!(element(&heap, table, 2), Value::UNDEFINED);
    assert_eq!(element(&heap, table, 3), Value::UNDEFINED);
    let chained_value = element(&heap, table, 5);
    assert_eq!(heap.value(chained_value.0, 0), Value::int(9));
    // Two keys, two values, the table and its elements: the dead pair's
    // key and value are gone.
    assert_eq!(heap.allocations().count(), 6);
}

#[test]
fn a_table_reached_strongly_keeps_every_pair() {
    let mut heap = Heap::new(64);
    let key = values(&mut heap, &[Value::int(1).unwrap()]);
    let value = values(&mut heap, &[Value::int(2).unwrap()]);
    let table = array(&mut heap, &[key, value]);
    let mut roots = RootList(vec![table]);
    let (_, moved) = heap.collect_weak(&mut roots, false, Some(table.0)).unwrap();
    assert_eq!(moved, Some(roots.0[0].0));
    assert_ne!(element(&heap, roots.0[0], 0), Value::UNDEFINED);
    assert_eq!(heap.allocations().count(), 4);
}
