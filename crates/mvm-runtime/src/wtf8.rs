//! Strings are WTF-8: UTF-8 that may also hold lone surrogates (3 bytes
//! each), because JavaScript strings are sequences of UTF-16 code units and
//! a script can split a surrogate pair (`"😀"[0]`). These helpers give the
//! UTF-16 view JavaScript semantics need.

use alloc::vec::Vec;
use core::cmp::Ordering;

/// The UTF-16 code units of WTF-8 `bytes`. Malformed bytes (only a corrupt
/// snapshot has them) read as U+FFFD.
pub(crate) fn code_units(bytes: &[u8]) -> impl Iterator<Item = u16> + '_ {
    let mut at = 0;
    let mut pending: Option<u16> = None;
    core::iter::from_fn(move || {
        if let Some(unit) = pending.take() {
            return Some(unit);
        }
        let (cp, len) = decode(bytes.get(at..)?)?;
        at += len;
        if cp >= 0x10000 {
            let c = cp - 0x10000;
            pending = Some(0xDC00 | (c & 0x3FF) as u16);
            Some(0xD800 | (c >> 10) as u16)
        } else {
            Some(cp as u16)
        }
    })
}

/// The UTF-16 code unit at `index` of WTF-8 `bytes`. In a speed build,
/// where every byte up to it is ASCII (a check a word at a time), it is
/// that byte, read in place: a loop over a long string's `charCodeAt(i)`
/// or `s[i]` otherwise decodes from the start each time (as a size build
/// does, which leaves fast paths out).
pub(crate) fn code_unit_at(bytes: &[u8], index: usize) -> Option<u16> {
    match bytes.get(..=index) {
        Some(head) if crate::FAST_PATHS && head.is_ascii() => head.last().map(|&b| u16::from(b)),
        _ => code_units(bytes).nth(index),
    }
}

/// The code points of WTF-8 `bytes` (lone surrogates included).
#[cfg(feature = "json")]
pub(crate) fn code_points(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let mut at = 0;
    core::iter::from_fn(move || {
        let (cp, len) = decode(bytes.get(at..)?)?;
        at += len;
        Some(cp)
    })
}

/// Appends WTF-8 `bytes` to `out` as UTF-8, each lone surrogate (and any
/// malformed byte) written as U+FFFD, as JavaScript hosts print strings.
/// (By hand rather than `String::from_utf8_lossy`, which would link core's
/// UTF-8 validator and chunker into firmware, and write a lone surrogate
/// as three U+FFFD.)
pub(crate) fn push_lossy(out: &mut alloc::string::String, bytes: &[u8]) {
    let mut at = 0;
    while let Some((cp, len)) = bytes.get(at..).and_then(decode) {
        out.push(char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER));
        at += len;
    }
}

/// The code point at the start of `bytes` and its length in bytes.
pub(crate) fn decode(bytes: &[u8]) -> Option<(u32, usize)> {
    let b0 = *bytes.first()?;
    let cont = |i: usize| bytes.get(i).map(|b| u32::from(b & 0x3F));
    let (cp, len) = match b0 {
        0x00..=0x7F => (u32::from(b0), 1),
        0xC0..=0xDF => ((u32::from(b0 & 0x1F) << 6) | cont(1).unwrap_or(0), 2),
        0xE0..=0xEF => (
            (u32::from(b0 & 0x0F) << 12) | (cont(1).unwrap_or(0) << 6) | cont(2).unwrap_or(0),
            3,
        ),
        0xF0..=0xF7 => (
            (u32::from(b0 & 0x07) << 18)
                | (cont(1).unwrap_or(0) << 12)
                | (cont(2).unwrap_or(0) << 6)
                | cont(3).unwrap_or(0),
            4,
        ),
        _ => (0xFFFD, 1),
    };
    if len > bytes.len() {
        return Some((0xFFFD, bytes.len()));
    }
    Some((cp, len))
}

/// The WTF-8 encoding of one UTF-16 code unit.
pub(crate) fn encode_unit(unit: u16, out: &mut Vec<u8>) {
    let u = u32::from(unit);
    match u {
        0..=0x7F => out.push(u as u8),
        0x80..=0x7FF => out.extend_from_slice(&[0xC0 | (u >> 6) as u8, 0x80 | (u & 0x3F) as u8]),
        _ => out.extend_from_slice(&[
            0xE0 | (u >> 12) as u8,
            0x80 | ((u >> 6) & 0x3F) as u8,
            0x80 | (u & 0x3F) as u8,
        ]),
    }
}

/// Whether `text` ends with a lone lead surrogate (`ED A0..AF xx`).
pub(crate) fn ends_with_lead(text: &[u8]) -> bool {
    let tail = text.len().checked_sub(3).and_then(|i| text.get(i..));
    tail.is_some_and(|t| {
        t.first() == Some(&0xED) && t.get(1).is_some_and(|b| (0xA0..=0xAF).contains(b))
    })
}

/// Whether `text` starts with a lone trail surrogate (`ED B0..BF xx`).
pub(crate) fn starts_with_trail(text: &[u8]) -> bool {
    text.first() == Some(&0xED) && text.get(1).is_some_and(|b| (0xB0..=0xBF).contains(b))
}

/// `out + b`, in place, joining a lead surrogate at the end of `out` with
/// a trail surrogate at the start of `b` into one code point, as UTF-16
/// would.
pub fn append(out: &mut Vec<u8>, b: &[u8]) {
    if !(ends_with_lead(out) && starts_with_trail(b)) {
        out.extend_from_slice(b);
        return;
    }
    let bits = |t: &[u8]| {
        (u32::from(t.get(1).copied().unwrap_or(0) & 0x0F) << 6)
            | u32::from(t.get(2).copied().unwrap_or(0) & 0x3F)
    };
    let lead_at = out.len() - 3;
    let hi = bits(out.get(lead_at..).unwrap_or(&[]));
    let cp = 0x10000 + (hi << 10) + bits(b);
    out.truncate(lead_at);
    out.extend_from_slice(&[
        0xF0 | (cp >> 18) as u8,
        0x80 | ((cp >> 12) & 0x3F) as u8,
        0x80 | ((cp >> 6) & 0x3F) as u8,
        0x80 | (cp & 0x3F) as u8,
    ]);
    out.extend_from_slice(b.get(3..).unwrap_or(&[]));
}

/// JavaScript's string order: by UTF-16 code units.
pub(crate) fn compare(a: &[u8], b: &[u8]) -> Ordering {
    // Byte order is UTF-16 order for ASCII: a speed build's shortcut.
    if crate::FAST_PATHS && a.is_ascii() && b.is_ascii() {
        return a.cmp(b);
    }
    code_units(a).cmp(code_units(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lossy_text_replaces_each_lone_surrogate_once() {
        let mut bytes = "a\u{e9}\u{1F600}".as_bytes().to_vec();
        encode_unit(0xD83D, &mut bytes);
        bytes.push(b'z');
        encode_unit(0xDC00, &mut bytes);
        let mut out = alloc::string::String::new();
        push_lossy(&mut out, &bytes);
        assert_eq!(out, "a\u{e9}\u{1F600}\u{FFFD}z\u{FFFD}");
    }

    fn units(s: &str) -> Vec<u16> {
        code_units(s.as_bytes()).collect()
    }

    #[test]
    fn decodes_to_utf16() {
        assert_eq!(units("a😀é"), "a😀é".encode_utf16().collect::<Vec<_>>());
    }

    #[test]
    fn split_pairs_rejoin() {
        let mut hi = Vec::new();
        let mut lo = Vec::new();
        encode_unit(0xD83D, &mut hi);
        encode_unit(0xDE00, &mut lo);
        let mut joined = hi.clone();
        append(&mut joined, &lo);
        assert_eq!(joined, "😀".as_bytes());
        assert_eq!(code_units(&hi).collect::<Vec<_>>(), [0xD83D]);
    }

    #[test]
    fn orders_like_utf16() {
        assert_eq!(
            compare("\u{FFFF}".as_bytes(), "😀".as_bytes()),
            Ordering::Greater
        );
        assert_eq!(compare(b"10", b"9"), Ordering::Less);
    }
}
