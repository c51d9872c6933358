use crate::{Heap, HeapError};
use alloc::vec::Vec;
use mvm_snapshot::{read_u16, AllocHeader, TypeCode, Value};

/// The runtime's roots: every place outside the heap that holds a value.
pub trait Roots {
    /// Calls `visit` once for each root slot; the collector rewrites it.
    fn each_root(&mut self, visit: &mut dyn FnMut(&mut Value));
}

/// What one collection did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CollectStats {
    pub used_before: usize,
    pub used_after: usize,
    /// Bytes the collection borrowed while it ran (the to-space).
    pub temporary_peak: usize,
}

impl Heap {
    /// Copies everything reachable from `roots` into a new, compact heap and
    /// drops the old one. With `squeeze`, the new heap takes exactly the live
    /// bytes from the allocator instead of whole chunks.
    pub fn collect(
        &mut self,
        roots: &mut dyn Roots,
        squeeze: bool,
    ) -> Result<CollectStats, HeapError> {
        let used_before = self.bytes.len();
        // Allocations do not track the peak; the heap is largest just
        // before a collection shrinks it (or now, see `peak_used`).
        // (A heap is at most 64 KiB: the count fits.)
        self.peak_used = self.peak_used.max(used_before as u32);
        let mut to: Vec<u8> = Vec::new();
        let mut failed = false;
        let chunk = self.chunk_size;
        {
            let from = &mut self.bytes;
            let mut visit = |v: &mut Value| {
                if v.is_heap() {
                    match forward(from, &mut to, v.0, chunk) {
                        Some(new) => v.0 = new,
                        None => failed = true,
                    }
                }
            };
            roots.each_root(&mut visit);
            // Cheney scan: the to-space is its own work queue.
            let mut scan = 0;
            while scan < to.len() {
                let Some(header) = read_u16(&to, scan).map(AllocHeader) else {
                    break;
                };
                if header.type_code().holds_values() {
                    let mut slot = scan + 2;
                    while slot + 2 <= scan + 2 + header.size() {
                        let v = read_u16(&to, slot).unwrap_or(0);
                        if v & 1 == 0 && v != 0 {
                            match forward(from, &mut to, v, chunk) {
                                Some(new) => match to.get_mut(slot..slot + 2) {
                                    Some(dst) => dst.copy_from_slice(&new.to_le_bytes()),
                                    None => failed = true,
                                },
                                None => failed = true,
                            }
                        }
                        slot += 2;
                    }
                }
                scan += header.footprint();
            }
        }
        if failed {
            // Only a heap the runtime corrupted gets here; refuse to go on.
            return Err(HeapError::Corrupt);
        }
        let temporary_peak = to.capacity();
        if squeeze {
            to.shrink_to_fit();
        }
        self.bytes = to;
        Ok(CollectStats {
            used_before,
            used_after: self.bytes.len(),
            temporary_peak,
        })
    }
}

/// Moves the allocation at `payload` into `to` (once) and returns its new
/// payload offset. The old header becomes a tombstone whose payload holds
/// the new offset, so later references find it.
fn forward(from: &mut [u8], to: &mut Vec<u8>, payload: u16, chunk: usize) -> Option<u16> {
    let at = usize::from(payload).checked_sub(2)?;
    let header = AllocHeader(read_u16(from, at)?);
    if header.type_code() == TypeCode::Tombstone {
        return read_u16(from, at + 2);
    }
    let footprint = header.footprint();
    let new_at = to.len();
    if new_at + footprint > crate::MAX_HEAP_SIZE {
        return None;
    }
    if to.capacity() < new_at + footprint {
        // Grow by whole chunks, as the heap itself does.
        to.try_reserve_exact(footprint.max(chunk)).ok()?;
    }
    to.extend_from_slice(from.get(at..at + footprint)?);
    let new_payload = (new_at + 2) as u16;
    let tomb = AllocHeader::new(TypeCode::Tombstone, 2)?;
    from.get_mut(at..at + 2)?
        .copy_from_slice(&tomb.0.to_le_bytes());
    from.get_mut(at + 2..at + 4)?
        .copy_from_slice(&new_payload.to_le_bytes());
    Some(new_payload)
}
