use crate::HeapError;
use alloc::vec;
use mvm_snapshot::{read_u16, AllocHeader, TypeCode, Value};

/// Checks a heap image before it is trusted: every header describes a kind
/// that may live on the heap and fits inside the image, and every heap
/// reference (inside the image and among `roots`) names the start of an
/// allocation's payload. The collector relies on exactly that.
pub(crate) fn validate_image(
    image: &[u8],
    roots: impl Iterator<Item = Value>,
) -> Result<(), HeapError> {
    if !image.len().is_multiple_of(2) || image.len() > crate::MAX_HEAP_SIZE {
        return Err(HeapError::Corrupt);
    }
    // One bit per 2-byte word: set where a payload starts.
    let mut starts = vec![0u8; image.len() / 16 + 1];
    let mut at = 0;
    while at < image.len() {
        let header = AllocHeader(read_u16(image, at).ok_or(HeapError::Corrupt)?);
        if matches!(
            header.type_code(),
            TypeCode::Tombstone | TypeCode::Function | TypeCode::LongFunction
        ) {
            return Err(HeapError::Corrupt);
        }
        let word = (at + 2) / 2;
        if let Some(byte) = starts.get_mut(word / 8) {
            *byte |= 1 << (word % 8);
        }
        at += header.footprint();
    }
    if at != image.len() {
        return Err(HeapError::Corrupt);
    }
    let is_start = |v: Value| {
        let word = usize::from(v.0) / 2;
        usize::from(v.0) < image.len()
            && starts
                .get(word / 8)
                .is_some_and(|b| b & (1 << (word % 8)) != 0)
    };
    for root in roots {
        if root.is_heap() && !is_start(root) {
            return Err(HeapError::Corrupt);
        }
    }
    let mut at = 0;
    while at < image.len() {
        let header = AllocHeader(read_u16(image, at).ok_or(HeapError::Corrupt)?);
        if header.type_code().holds_values() {
            if !header.size().is_multiple_of(2) {
                return Err(HeapError::Corrupt);
            }
            for slot in (at + 2..at + 2 + header.size()).step_by(2) {
                let v = Value(read_u16(image, slot).ok_or(HeapError::Corrupt)?);
                if v.is_heap() && !is_start(v) {
                    return Err(HeapError::Corrupt);
                }
            }
        }
        at += header.footprint();
    }
    Ok(())
}
