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
        self.collect_weak(roots, squeeze, None)
            .map(|(stats, _)| stats)
    }

    /// [`Heap::collect`] with a weak table: the array at payload `table`
    /// (which `roots` leave out), `[key0, value0, key1, value1, ...]`,
    /// whose pairs live only while their key is reachable otherwise (a
    /// value keeps its key's pair alive no more than the table does). A
    /// dead pair's slots become `undefined`. Returns the table's new
    /// payload offset.
    pub fn collect_weak(
        &mut self,
        roots: &mut dyn Roots,
        squeeze: bool,
        table: Option<u16>,
    ) -> Result<(CollectStats, Option<u16>), HeapError> {
        let used_before = self.bytes.len();
        // Allocations do not track the peak; the heap is largest just
        // before a collection shrinks it (or now, see `peak_used`).
        // (A heap is at most 64 KiB: the count fits.)
        self.peak_used = self.peak_used.max(used_before as u32);
        let mut to: Vec<u8> = Vec::new();
        let mut failed = false;
        let chunk = self.chunk_size;
        let mut moved_table = None;
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
            // Cheney scan: the to-space is its own work queue. With a weak
            // table, once it runs dry: the values of pairs whose keys have
            // moved, scanned in turn, until no more keys come alive; then
            // the dead pairs are emptied and the table itself moves.
            let mut scan = 0;
            let mut weak = table;
            loop {
                while scan < to.len() {
                    let Some(header) = read_u16(&to, scan).map(AllocHeader) else {
                        failed = true;
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
                let Some(t) = weak else {
                    break;
                };
                if weak_pass(from, &mut to, t, chunk, false) != Some(true) {
                    failed |= weak_pass(from, &mut to, t, chunk, true).is_none();
                    moved_table = forward(from, &mut to, t, chunk);
                    failed |= moved_table.is_none();
                    weak = None;
                }
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
        let stats = CollectStats {
            used_before,
            used_after: self.bytes.len(),
            temporary_peak,
        };
        Ok((stats, moved_table))
    }
}

/// Whether the allocation at `payload` has moved to the to-space.
fn moved(from: &[u8], payload: u16) -> bool {
    usize::from(payload)
        .checked_sub(2)
        .and_then(|at| read_u16(from, at))
        .is_some_and(|h| AllocHeader(h).type_code() == TypeCode::Tombstone)
}

/// One pass over the pairs of the weak table at `table` (an array not yet
/// moved; one that has moved was reached otherwise, and keeps them all):
/// moves the value of each pair whose key has moved or is outside the
/// heap, saying whether any did; with `finish`, empties instead each pair
/// whose key has not moved. `None` on a corrupt heap.
fn weak_pass(
    from: &mut [u8],
    to: &mut Vec<u8>,
    table: u16,
    chunk: usize,
    finish: bool,
) -> Option<bool> {
    let at = usize::from(table).checked_sub(2)?;
    if moved(from, table) {
        return Some(false);
    }
    let length = usize::try_from(Value(read_u16(from, at + 4)?).as_int()?).ok()?;
    let data = usize::from(read_u16(from, at + 2)?);
    let mut grew = false;
    for pair in (data..data + 2 * length).step_by(4) {
        let (key, value) = (read_u16(from, pair)?, read_u16(from, pair + 2)?);
        let live = !Value(key).is_heap() || moved(from, key);
        if finish && !live {
            let undefined = Value::UNDEFINED.0.to_le_bytes();
            from.get_mut(pair..pair + 2)?.copy_from_slice(&undefined);
            from.get_mut(pair + 2..pair + 4)?
                .copy_from_slice(&undefined);
        } else if !finish && live && Value(value).is_heap() && !moved(from, value) {
            forward(from, to, value, chunk)?;
            grew = true;
        }
    }
    Some(grew)
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
