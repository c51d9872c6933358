//! Property tests over random object graphs: after a collection everything
//! reachable survives with the same contents, nothing else does, and the
//! heap is contiguous.
//!
//! A small seeded generator drives them rather than a property-testing crate:
//! the graphs are simple, and every case is reproducible from its seed.

use mvm_gc::{Heap, Roots};
use mvm_snapshot::{TypeCode, Value};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The model of one allocation: its kind and contents, with references as
/// indices into the model.
#[derive(Clone, Debug)]
enum Node {
    Bytes(TypeCode, Vec<u8>),
    Values(TypeCode, Vec<Slot>),
}
#[derive(Clone, Copy, Debug)]
enum Slot {
    Ref(usize),
    Plain(Value),
}

struct RootList(Vec<Value>);
impl Roots for RootList {
    fn each_root(&mut self, visit: &mut dyn FnMut(&mut Value)) {
        self.0.iter_mut().for_each(visit);
    }
}

fn build(rng: &mut Rng) -> (Heap, Vec<Node>, Vec<u16>) {
    let count = 1 + rng.below(60);
    let mut nodes = Vec::new();
    for i in 0..count {
        let node = if rng.below(3) == 0 {
            let tc = [TypeCode::String, TypeCode::Int32, TypeCode::Float64][rng.below(3)];
            let len = match tc {
                TypeCode::Int32 => 4,
                TypeCode::Float64 => 8,
                _ => 1 + rng.below(20),
            };
            Node::Bytes(tc, (0..len).map(|_| rng.next() as u8).collect())
        } else {
            let tc = [
                TypeCode::FixedLengthArray,
                TypeCode::PropertyList,
                TypeCode::Closure,
            ][rng.below(3)];
            let slots = (0..rng.below(8))
                .map(|_| {
                    // References may point anywhere, cycles included.
                    if rng.below(2) == 0 {
                        Slot::Ref(rng.below(count))
                    } else {
                        Slot::Plain(Value::int(rng.below(1000) as i32).unwrap())
                    }
                })
                .collect();
            let _ = i;
            Node::Values(tc, slots)
        };
        nodes.push(node);
    }
    let mut heap = Heap::new(64);
    let addrs: Vec<u16> = nodes
        .iter()
        .map(|n| match n {
            Node::Bytes(tc, b) => heap.alloc(*tc, b.len()).unwrap(),
            Node::Values(tc, s) => heap.alloc(*tc, s.len() * 2).unwrap(),
        })
        .collect();
    for (node, &addr) in nodes.iter().zip(&addrs) {
        match node {
            Node::Bytes(_, b) => heap.payload_mut(addr).unwrap().copy_from_slice(b),
            Node::Values(_, slots) => {
                for (i, s) in slots.iter().enumerate() {
                    let v = match s {
                        Slot::Ref(t) => Value::heap(addrs[*t]),
                        Slot::Plain(v) => *v,
                    };
                    heap.set_value(addr, i, v).unwrap();
                }
            }
        }
    }
    (heap, nodes, addrs)
}

/// Checks that `addr` in `heap` is node `index` of the model, recursively,
/// and records which nodes were seen (and where).
fn check(heap: &Heap, nodes: &[Node], index: usize, addr: u16, seen: &mut Vec<Option<u16>>) {
    if let Some(prev) = seen[index] {
        assert_eq!(prev, addr, "one node must stay one allocation");
        return;
    }
    seen[index] = Some(addr);
    let header = heap.header(addr).unwrap();
    match &nodes[index] {
        Node::Bytes(tc, b) => {
            assert_eq!(header.type_code(), *tc);
            assert_eq!(heap.payload(addr).unwrap(), &b[..]);
        }
        Node::Values(tc, slots) => {
            assert_eq!(header.type_code(), *tc);
            assert_eq!(header.size(), slots.len() * 2);
            for (i, s) in slots.iter().enumerate() {
                let v = heap.value(addr, i).unwrap();
                match s {
                    Slot::Plain(p) => assert_eq!(v, *p),
                    Slot::Ref(t) => {
                        assert!(v.is_heap());
                        check(heap, nodes, *t, v.0, seen);
                    }
                }
            }
        }
    }
}

fn footprint(node: &Node) -> usize {
    let size = match node {
        Node::Bytes(_, b) => b.len(),
        Node::Values(_, s) => s.len() * 2,
    };
    2 + size.max(2).next_multiple_of(2)
}

#[test]
fn collection_keeps_exactly_what_is_reachable() {
    for seed in 1..=500u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let (mut heap, nodes, addrs) = build(&mut rng);
        let root_nodes: Vec<usize> = (0..rng.below(4)).map(|_| rng.below(nodes.len())).collect();
        let mut roots = RootList(root_nodes.iter().map(|&n| Value::heap(addrs[n])).collect());
        roots.0.push(Value::TRUE);
        let squeeze = seed % 2 == 0;
        let stats = heap.collect(&mut roots, squeeze).unwrap();

        let mut seen = vec![None; nodes.len()];
        for (&n, &v) in root_nodes.iter().zip(&roots.0) {
            check(&heap, &nodes, n, v.0, &mut seen);
        }
        assert_eq!(
            roots.0.last(),
            Some(&Value::TRUE),
            "non-references are untouched"
        );
        let live: usize = nodes
            .iter()
            .zip(&seen)
            .filter(|(_, s)| s.is_some())
            .map(|(n, _)| footprint(n))
            .sum();
        assert_eq!(
            heap.used(),
            live,
            "seed {seed}: only reachable bytes remain"
        );
        assert_eq!(stats.used_after, live);
        // Contiguous: the allocations tile the heap exactly.
        let walked: usize = heap.allocations().map(|(_, h)| h.footprint()).sum();
        assert_eq!(walked, heap.used());
        assert_eq!(heap.allocations().count(), seen.iter().flatten().count());
        if squeeze {
            assert_eq!(heap.capacity(), heap.used());
        }
    }
}

#[test]
fn empty_heap_takes_no_memory_and_grows_in_chunks() {
    let mut heap = Heap::new(256);
    assert_eq!(heap.capacity(), 0);
    heap.alloc(TypeCode::Int32, 4).unwrap();
    assert_eq!(heap.capacity(), 256);
    assert_eq!(heap.used(), 6);
    let mut roots = RootList(vec![]);
    heap.collect(&mut roots, true).unwrap();
    assert_eq!(heap.used(), 0);
    assert_eq!(heap.capacity(), 0);
}

/// A boxed int32 as `alloc_within_capacity` takes it: header, payload.
fn boxed_int32(i: i32) -> [u8; 6] {
    let [h0, h1] = mvm_snapshot::AllocHeader::new(TypeCode::Int32, 4)
        .unwrap()
        .0
        .to_le_bytes();
    let [a, b, c, d] = i.to_le_bytes();
    [h0, h1, a, b, c, d]
}

#[test]
fn small_allocations_within_capacity_only_and_the_peak_survives_collection() {
    let mut heap = Heap::new(16);
    // No room taken yet: the caller must take the general path.
    assert_eq!(heap.alloc_within_capacity(boxed_int32(1)), None);
    let first = heap.alloc(TypeCode::Int32, 4).unwrap();
    let second = heap.alloc_within_capacity(boxed_int32(7)).unwrap();
    assert_eq!(second, first + 6);
    assert_eq!(heap.int32_at(second), Some(7));
    assert_eq!(heap.int32_at(first), Some(0));
    // A header that does not describe the bytes given is refused.
    assert_eq!(heap.alloc_within_capacity([0x04, 0x10, 0, 0]), None);
    // The 16-byte chunk has 4 bytes left: a third does not fit.
    assert_eq!(heap.alloc_within_capacity(boxed_int32(0)), None);
    assert_eq!((heap.used(), heap.capacity()), (12, 16));
    // Nor does it when a budget forbids what the capacity would allow.
    heap.alloc(TypeCode::Int32, 4).unwrap();
    heap.set_budget(Some(20));
    assert_eq!(heap.alloc_within_capacity(boxed_int32(0)), None);
    assert_eq!(heap.used(), 18);
    heap.collect(&mut RootList(vec![]), false).unwrap();
    assert_eq!((heap.used(), heap.peak_used()), (0, 18));
}

#[test]
fn growth_runs_ahead_by_doubling_up_to_its_cap_and_trim_gives_it_back() {
    // (A string of n bytes takes n + 2.)
    let mut heap = Heap::new(256);
    heap.alloc(TypeCode::String, 100).unwrap();
    assert_eq!(heap.capacity(), 256);
    // Without a cap, a chunk at a time.
    heap.alloc(TypeCode::String, 200).unwrap();
    assert_eq!((heap.used(), heap.capacity()), (304, 512));
    // With one, doubling, but never past the cap...
    heap.set_growth_cap(1536);
    heap.alloc(TypeCode::String, 300).unwrap();
    assert_eq!((heap.used(), heap.capacity()), (606, 1024));
    heap.alloc(TypeCode::String, 500).unwrap();
    assert_eq!((heap.used(), heap.capacity()), (1108, 1536));
    // ...though what an allocation needs wins over it.
    heap.alloc(TypeCode::String, 1000).unwrap();
    assert_eq!((heap.used(), heap.capacity()), (2110, 2304));
    heap.set_growth_cap(8192);
    heap.alloc(TypeCode::String, 300).unwrap();
    assert_eq!((heap.used(), heap.capacity()), (2412, 4608));
    // Trimming keeps whole chunks of what is used.
    heap.trim();
    assert_eq!(heap.capacity(), 2560);
    // A budget caps growing ahead too.
    heap.set_budget(Some(3000));
    heap.alloc(TypeCode::String, 400).unwrap();
    assert_eq!((heap.used(), heap.capacity()), (2814, 2816));
}

#[test]
fn budget_and_address_space_give_out_of_memory() {
    let mut heap = Heap::new(256);
    heap.set_budget(Some(100));
    assert!(heap.alloc(TypeCode::String, 90).is_ok());
    assert_eq!(
        heap.alloc(TypeCode::String, 90),
        Err(mvm_gc::HeapError::OutOfMemory)
    );
    assert_eq!(
        heap.alloc(TypeCode::String, 5000),
        Err(mvm_gc::HeapError::TooLarge)
    );
}

/// A heap from `image`, coded as a snapshot holds it.
fn from_image(image: &[u8], roots: impl Iterator<Item = Value>) -> Result<Heap, mvm_gc::HeapError> {
    Heap::from_coded_image(&mvm_snapshot::encode_heap(image), 64, roots)
}

#[test]
fn images_are_validated() {
    let mut heap = Heap::new(64);
    let a = heap.alloc(TypeCode::FixedLengthArray, 4).unwrap();
    let b = heap.alloc(TypeCode::Int32, 4).unwrap();
    heap.set_value(a, 0, Value::heap(b)).unwrap();
    let image = heap.image().to_vec();
    assert!(from_image(&image, [Value::heap(a)].into_iter()).is_ok());
    // A root into the middle of an allocation.
    assert!(from_image(&image, [Value::heap(a + 2)].into_iter()).is_err());
    // A reference inside the image to a non-start.
    let mut bad = image.clone();
    bad[usize::from(a)] = 4;
    assert!(from_image(&bad, core::iter::empty()).is_err());
    // A header claiming more than the image holds.
    let mut bad = image.clone();
    bad[1] = 0xEF;
    assert!(from_image(&bad, core::iter::empty()).is_err());
    // Every single-byte corruption is either rejected or collectable.
    for i in 0..image.len() {
        for bit in 0..8 {
            let mut b = image.clone();
            b[i] ^= 1 << bit;
            if let Ok(mut h) = from_image(&b, core::iter::empty()) {
                let mut roots = RootList(vec![]);
                h.collect(&mut roots, false).unwrap();
            }
        }
    }
}
