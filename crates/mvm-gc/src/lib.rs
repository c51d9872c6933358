//! The mvm heap.
//!
//! One contiguous byte space addressed by 16-bit offsets, grown in chunks
//! only when an allocation needs room, so an empty VM holds no heap at all.
//! Allocation bumps the end: constant time, no free lists. Every allocation
//! is a 2-byte header (type and size) and an even-sized payload; a value
//! that refers to it holds the payload's offset.
//!
//! Collection is a Cheney copy into a fresh space sized to what survives:
//! its working memory is the live bytes and a cursor, it exists only while
//! the collection runs, and afterwards the heap is contiguous again.
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable
    )
)]

extern crate alloc;

mod collect;
mod heap;
mod validate;

pub use collect::{CollectStats, Roots};
pub use heap::{Heap, HeapError, Part, DEFAULT_CHUNK_SIZE, MAX_HEAP_SIZE};
