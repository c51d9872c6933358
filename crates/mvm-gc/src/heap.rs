use alloc::vec::Vec;
use mvm_snapshot::{read_u16, AllocHeader, TypeCode, Value};

/// Default size of the chunks the heap grows by.
pub const DEFAULT_CHUNK_SIZE: usize = 256;
/// A heap reference is a 16-bit even offset.
pub const MAX_HEAP_SIZE: usize = 0xFFFE;

/// Why the heap refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeapError {
    /// The allocator refused a chunk, the host's budget is spent, or the
    /// 64 KiB address space is full.
    OutOfMemory,
    /// The payload is larger than an allocation header can describe.
    TooLarge,
    /// A heap image (from a snapshot) is malformed.
    Corrupt,
}

/// A piece of a new allocation's payload (see [`Heap::alloc_joined`]).
#[derive(Clone, Copy, Debug)]
pub enum Part<'a> {
    /// The first `len` payload bytes of the allocation at this offset.
    Heap(u16, usize),
    /// Bytes from outside the heap.
    Bytes(&'a [u8]),
}

/// The heap: allocations packed from offset 0, each header then payload.
#[derive(Debug, Clone)]
pub struct Heap {
    pub(crate) bytes: Vec<u8>,
    pub(crate) chunk_size: usize,
    /// Most bytes the host lets the heap take; `None` for no limit.
    pub(crate) budget: Option<usize>,
    /// The most bytes ever in use (garbage included). (This and the next
    /// are 32 bits, as heap sizes are, to keep a parked VM's box small.)
    pub(crate) peak_used: u32,
    /// How far growing may run ahead of what an allocation needs (see
    /// [`Heap::set_growth_cap`]); 0 grows by whole chunks only.
    pub(crate) growth_cap: u32,
}

impl Heap {
    #[inline]
    pub fn new(chunk_size: usize) -> Heap {
        Heap {
            bytes: Vec::new(),
            chunk_size: chunk_size.max(16),
            budget: None,
            peak_used: 0,
            growth_cap: 0,
        }
    }

    /// A heap holding the image a snapshot's heap section codes, decoded
    /// straight into the heap's own bytes, then checked: every header fits
    /// and every reference (in the image and among `roots`) names an
    /// allocation.
    pub fn from_coded_image(
        coded: &[u8],
        chunk_size: usize,
        roots: impl Iterator<Item = Value>,
    ) -> Result<Heap, HeapError> {
        let len = mvm_snapshot::heap_image_len(coded);
        let mut heap = Heap::new(chunk_size);
        heap.grow_to(len)?;
        heap.bytes.resize(len, 0);
        mvm_snapshot::decode_heap(coded, &mut heap.bytes).ok_or(HeapError::Corrupt)?;
        crate::validate::validate_image(&heap.bytes, roots)?;
        Ok(heap)
    }

    #[inline]
    pub fn set_budget(&mut self, budget: Option<usize>) {
        self.budget = budget;
    }

    /// Bytes in use (live and garbage) since the last collection.
    #[inline]
    pub fn used(&self) -> usize {
        self.bytes.len()
    }

    /// The most bytes ever in use at once (garbage included).
    #[inline]
    pub fn peak_used(&self) -> usize {
        (self.peak_used as usize).max(self.bytes.len())
    }

    /// Bytes taken from the allocator.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.bytes.capacity()
    }

    #[inline]
    pub fn chunk_size(&self) -> usize {
        self.chunk_size
    }

    /// The heap's bytes, as a snapshot's heap image holds them.
    #[inline]
    pub fn image(&self) -> &[u8] {
        &self.bytes
    }

    /// Lets growing take up to `cap` bytes ahead of need, doubling, rather
    /// than a chunk at a time. A VM sets it to the size at which it next
    /// collects: the heap reaches that size before it is collected anyway,
    /// so the peak does not change, and each step of growth copies the
    /// heap (chunk by chunk, refilling a heap after a collection copied it
    /// about eight times over). [`Heap::trim`] gives the room back.
    #[inline]
    pub fn set_growth_cap(&mut self, cap: usize) {
        self.growth_cap = u32::try_from(cap).unwrap_or(u32::MAX);
    }

    /// Gives back the room beyond the last chunk in use (what a VM holds
    /// while idle stays whole chunks of what it uses).
    pub fn trim(&mut self) {
        let keep = self.bytes.len().div_ceil(self.chunk_size) * self.chunk_size;
        if self.bytes.capacity() > keep {
            self.bytes.shrink_to(keep);
        }
    }

    /// Makes room for `needed` bytes in whole chunks.
    #[inline]
    pub(crate) fn grow_to(&mut self, needed: usize) -> Result<(), HeapError> {
        if needed > MAX_HEAP_SIZE || self.budget.is_some_and(|b| needed > b) {
            return Err(HeapError::OutOfMemory);
        }
        if needed <= self.bytes.capacity() {
            return Ok(());
        }
        let ahead = (self.bytes.capacity() * 2)
            .min(self.growth_cap as usize)
            .min(self.budget.unwrap_or(MAX_HEAP_SIZE));
        let target = needed.max(ahead / self.chunk_size * self.chunk_size);
        let target = target.div_ceil(self.chunk_size) * self.chunk_size;
        let target = target.min(MAX_HEAP_SIZE + 2);
        self.bytes
            .try_reserve_exact(target - self.bytes.len())
            .map_err(|_| HeapError::OutOfMemory)
    }

    /// A new allocation of `size` payload bytes, zeroed. Returns the
    /// payload offset, which is what a heap reference holds.
    #[inline]
    pub fn alloc(&mut self, type_code: TypeCode, size: usize) -> Result<u16, HeapError> {
        let header = AllocHeader::new(type_code, size).ok_or(HeapError::TooLarge)?;
        let start = self.bytes.len();
        let end = start + header.footprint();
        self.grow_to(end)?;
        self.bytes.extend_from_slice(&header.0.to_le_bytes());
        self.bytes.resize(end, 0);
        Ok((start + 2) as u16)
    }

    /// A new allocation holding `payload` (written once, not zeroed first).
    #[inline]
    pub fn alloc_bytes(&mut self, type_code: TypeCode, payload: &[u8]) -> Result<u16, HeapError> {
        let header = AllocHeader::new(type_code, payload.len()).ok_or(HeapError::TooLarge)?;
        let start = self.bytes.len();
        let end = start + header.footprint();
        self.grow_to(end)?;
        self.bytes.extend_from_slice(&header.0.to_le_bytes());
        self.bytes.extend_from_slice(payload);
        self.bytes.resize(end, 0);
        Ok((start + 2) as u16)
    }

    /// A new allocation of `size` payload bytes that start with `parts`
    /// joined (the rest zeroed): a string concatenation, written once
    /// rather than zeroed and then filled. `Err(Corrupt)` if a heap part
    /// is out of bounds or longer than its allocation, or the parts are
    /// longer than `size`; nothing is allocated then.
    pub fn alloc_joined(
        &mut self,
        type_code: TypeCode,
        parts: &[Part<'_>],
        size: usize,
    ) -> Result<u16, HeapError> {
        let header = AllocHeader::new(type_code, size).ok_or(HeapError::TooLarge)?;
        let start = self.bytes.len();
        let end = start + header.footprint();
        let mut joined = 0;
        for part in parts {
            joined += match *part {
                Part::Heap(from, len) => {
                    let whole = self.payload(from).ok_or(HeapError::Corrupt)?;
                    if len > whole.len() {
                        return Err(HeapError::Corrupt);
                    }
                    len
                }
                Part::Bytes(bytes) => bytes.len(),
            };
        }
        if joined > size {
            return Err(HeapError::Corrupt);
        }
        self.grow_to(end)?;
        self.bytes.extend_from_slice(&header.0.to_le_bytes());
        for part in parts {
            match *part {
                Part::Heap(from, len) => {
                    let from = usize::from(from);
                    self.bytes.extend_from_within(from..from + len);
                }
                Part::Bytes(bytes) => self.bytes.extend_from_slice(bytes),
            }
        }
        self.bytes.resize(end, 0);
        Ok((start + 2) as u16)
    }

    /// A new small allocation, `bytes` being its header and payload (a
    /// boxed number), only when it fits in the room already taken: `None`
    /// sends the caller down the general path. The copy has a constant
    /// length, so it compiles to a few stores rather than a `memcpy` call.
    #[inline(always)]
    pub fn alloc_within_capacity<const N: usize>(&mut self, bytes: [u8; N]) -> Option<u16> {
        let start = self.bytes.len();
        let end = start + N;
        let header = AllocHeader(u16::from_le_bytes([*bytes.first()?, *bytes.get(1)?]));
        if header.footprint() != N
            || end > self.bytes.capacity()
            || end > MAX_HEAP_SIZE
            || self.budget.is_some_and(|b| end > b)
        {
            return None;
        }
        self.bytes.extend_from_slice(&bytes);
        Some((start + 2) as u16)
    }

    /// The value of the boxed int32 at `payload`, if that is one.
    #[inline(always)]
    pub fn int32_at(&self, payload: u16) -> Option<i32> {
        mvm_snapshot::read_boxed_int32(&self.bytes, usize::from(payload))
    }

    #[inline]
    pub fn header(&self, payload: u16) -> Option<AllocHeader> {
        let at = usize::from(payload).checked_sub(2)?;
        read_u16(&self.bytes, at).map(AllocHeader)
    }

    /// Locks the object or array at `payload` (see
    /// [`AllocHeader::is_locked`]): `None` for another kind.
    pub fn lock(&mut self, payload: u16) -> Option<()> {
        let at = usize::from(payload).checked_sub(2)?;
        let locked = AllocHeader(self.header(payload)?.0 | mvm_snapshot::LOCKED);
        if !locked.is_locked() {
            return None;
        }
        self.bytes
            .get_mut(at..at + 2)?
            .copy_from_slice(&locked.0.to_le_bytes());
        Some(())
    }

    #[inline]
    pub fn payload(&self, payload: u16) -> Option<&[u8]> {
        let size = self.header(payload)?.size();
        let start = usize::from(payload);
        self.bytes.get(start..start + size)
    }

    #[inline]
    pub fn payload_mut(&mut self, payload: u16) -> Option<&mut [u8]> {
        let size = self.header(payload)?.size();
        let start = usize::from(payload);
        self.bytes.get_mut(start..start + size)
    }

    /// Copies the first `len` payload bytes of allocation `src` into
    /// allocation `dst` at `offset`. `None` if either range is out of bounds.
    #[inline]
    pub fn copy_payload(&mut self, src: u16, dst: u16, offset: usize, len: usize) -> Option<()> {
        let from = usize::from(src);
        let to = usize::from(dst).checked_add(offset)?;
        if len > self.header(src)?.size() || offset + len > self.header(dst)?.size() {
            return None;
        }
        self.bytes.get(from..from + len)?;
        self.bytes.get(to..to + len)?;
        self.bytes.copy_within(from..from + len, to);
        Some(())
    }

    /// Value slot `index` of a value-holding allocation.
    #[inline]
    pub fn value(&self, payload: u16, index: usize) -> Option<Value> {
        let p = self.payload(payload)?;
        read_u16(p, index * 2).map(Value)
    }

    #[inline]
    pub fn set_value(&mut self, payload: u16, index: usize, value: Value) -> Option<()> {
        let p = self.payload_mut(payload)?;
        let slot = p.get_mut(index * 2..index * 2 + 2)?;
        slot.copy_from_slice(&value.0.to_le_bytes());
        Some(())
    }

    /// Writes `value` in slot `index` of allocation `payload` and returns
    /// what the slot held (one bounds check for the read and the write).
    #[inline]
    pub fn swap_value(&mut self, payload: u16, index: usize, value: Value) -> Option<Value> {
        let p = self.payload_mut(payload)?;
        let slot = p.get_mut(index * 2..index * 2 + 2)?;
        let old = read_u16(slot, 0).map(Value)?;
        slot.copy_from_slice(&value.0.to_le_bytes());
        Some(old)
    }

    /// Every allocation in address order: (payload offset, header).
    #[inline]
    pub fn allocations(&self) -> impl Iterator<Item = (u16, AllocHeader)> + '_ {
        let mut at = 0usize;
        core::iter::from_fn(move || {
            let header = AllocHeader(read_u16(&self.bytes, at)?);
            let payload = at + 2;
            at += header.footprint();
            Some((payload as u16, header))
        })
    }
}
