//! `Heap::alloc_joined`: a new allocation made of pieces of others and of
//! outside bytes, and refused when a piece does not lie where it claims.

use mvm_gc::{Heap, HeapError, Part};
use mvm_snapshot::TypeCode;

#[test]
fn joins_heap_and_outside_pieces_and_zeroes_the_rest() {
    let mut heap = Heap::new(64);
    let first = heap.alloc_bytes(TypeCode::String, b"abc\0").unwrap();
    let joined = heap
        .alloc_joined(
            TypeCode::String,
            &[Part::Heap(first, 3), Part::Bytes(b"de")],
            6,
        )
        .unwrap();
    assert_eq!(heap.payload(joined), Some(&b"abcde\0"[..]));
    assert_eq!(heap.header(joined).unwrap().type_code(), TypeCode::String);
    // The piece it was made from is untouched.
    assert_eq!(heap.payload(first), Some(&b"abc\0"[..]));
}

#[test]
fn joins_any_number_of_pieces_including_one_twice() {
    let mut heap = Heap::new(64);
    let word = heap.alloc_bytes(TypeCode::String, b"ab\0").unwrap();
    let parts = [
        Part::Heap(word, 2),
        Part::Bytes(b"-"),
        Part::Heap(word, 2),
        Part::Bytes(b""),
        Part::Bytes(b"42"),
    ];
    let joined = heap.alloc_joined(TypeCode::String, &parts, 8).unwrap();
    assert_eq!(heap.payload(joined), Some(&b"ab-ab42\0"[..]));
    let none = heap.alloc_joined(TypeCode::String, &[], 1).unwrap();
    assert_eq!(heap.payload(none), Some(&b"\0"[..]));
}

#[test]
fn refuses_pieces_that_do_not_fit() {
    let mut heap = Heap::new(64);
    let first = heap.alloc_bytes(TypeCode::String, b"abc\0").unwrap();
    let used = heap.used();
    // Longer than the allocation it is read from.
    let too_long = [Part::Heap(first, 5), Part::Bytes(b"")];
    assert_eq!(
        heap.alloc_joined(TypeCode::String, &too_long, 8),
        Err(HeapError::Corrupt)
    );
    // Not an allocation at all.
    let nowhere = [Part::Heap(0x4000, 1), Part::Bytes(b"")];
    assert_eq!(
        heap.alloc_joined(TypeCode::String, &nowhere, 2),
        Err(HeapError::Corrupt)
    );
    // More bytes than the new allocation holds.
    let overfull = [Part::Bytes(b"abc"), Part::Bytes(b"de")];
    assert_eq!(
        heap.alloc_joined(TypeCode::String, &overfull, 4),
        Err(HeapError::Corrupt)
    );
    assert_eq!(heap.used(), used, "a refused join allocates nothing");
}
