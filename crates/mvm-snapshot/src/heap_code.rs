//! How a snapshot stores its heap image: word by word, against predictions.
//!
//! A heap holds runs of like allocations (a list's nodes, an array's
//! records): their headers, keys and empty links repeat, and their
//! counters and links to each other step evenly. So each 16-bit word is
//! coded as one of two predictions, a small correction of one, or itself.
//! The image is copied into RAM at restore anyway, so decoding it there
//! costs no extra RAM and nothing once the VM runs.
//!
//! The section holds the image's length in bytes (`u16`; an empty section
//! is an empty heap), then groups of a control byte and the operands of up
//! to four words. The control byte's bit pairs, low first, code each word:
//!
//! - 0: literal, two bytes follow;
//! - 1: the column prediction: the same word of the last allocation with
//!   the same header, stepped by its difference from the one before that
//!   (for a header: the previous allocation's header; 0 for the first
//!   allocation with its header);
//! - 2: the row prediction: the previous word, stepped by its difference
//!   from the word before it (in a property list, the word two before,
//!   stepped by its difference from the word two before that);
//! - 3: the column prediction plus the signed byte that follows.
//!
//! A zero byte pads the section to an even length.

use crate::{read_u16, AllocHeader, TypeCode};

const LITERAL: u8 = 0;
const COLUMN: u8 = 1;
const ROW: u8 = 2;
const NEAR: u8 = 3;

/// How many headers the column prediction remembers at once.
const KINDS: usize = 4;
/// No allocation (a word index no image reaches).
const NONE: u16 = u16::MAX;

/// The last two allocations with one header, as word indices (both the
/// same while there has been only one).
#[derive(Clone, Copy)]
struct Kind {
    header: u16,
    last: u16,
    before: u16,
}

/// What the encoder and the decoder both track as they walk the image.
struct Predictor {
    kinds: [Kind; KINDS],
    /// The entry a new header replaces.
    victim: usize,
    /// Word indices where the current allocation starts and ends.
    start: usize,
    end: usize,
    /// The allocations the current one is predicted from (`last` is
    /// [`NONE`] for the first with its header).
    last: u16,
    before: u16,
    /// The header of the allocation before the current one.
    header: u16,
}

/// Word `i` of `image` (0 past its end).
fn word(image: &[u8], i: usize) -> u16 {
    read_u16(image, i.saturating_mul(2)).unwrap_or(0)
}

/// `a` stepped by its difference from `b`.
fn step(a: u16, b: u16) -> u16 {
    a.wrapping_add(a.wrapping_sub(b))
}

impl Predictor {
    fn new() -> Predictor {
        let empty = Kind {
            header: 0,
            last: NONE,
            before: NONE,
        };
        Predictor {
            kinds: [empty; KINDS],
            victim: 0,
            start: 0,
            end: 0,
            last: NONE,
            before: NONE,
            header: 0,
        }
    }

    /// The column prediction for word `i`, from the words of `image`
    /// before it.
    fn column(&self, image: &[u8], i: usize) -> u16 {
        if i == self.start {
            return self.header;
        }
        if self.last == NONE {
            return 0;
        }
        let at = |start: u16| word(image, usize::from(start) + i - self.start);
        step(at(self.last), at(self.before))
    }

    /// The row prediction for word `i` (words before the image are 0): in
    /// a property list, from the word two before, as keys step with keys
    /// and values with values (a table filled key by key at build time is
    /// one list in a snapshot).
    fn row(&self, image: &[u8], i: usize) -> u16 {
        let stride = match AllocHeader(self.header).type_code() {
            TypeCode::PropertyList => 2,
            _ => 1,
        };
        step(
            word(image, i.wrapping_sub(stride)),
            word(image, i.wrapping_sub(2 * stride)),
        )
    }

    /// Word `i` turned out to be `w`: a header names its allocation's kind
    /// and length.
    fn advance(&mut self, i: usize, w: u16) {
        if i == self.start {
            self.header = w;
            self.end = i + AllocHeader(w).footprint() / 2;
            // Word indices stay below 0x7FFF: images are under 64 KiB.
            let here = i as u16;
            match self
                .kinds
                .iter_mut()
                .find(|k| k.header == w && k.last != NONE)
            {
                Some(kind) => {
                    (self.last, self.before) = (kind.last, kind.before);
                    (kind.last, kind.before) = (here, kind.last);
                }
                None => {
                    self.last = NONE;
                    // Until a third like it, the column prediction is a copy.
                    if let Some(kind) = self.kinds.get_mut(self.victim) {
                        *kind = Kind {
                            header: w,
                            last: here,
                            before: here,
                        };
                    }
                    self.victim = (self.victim + 1) % KINDS;
                }
            }
        }
        if i + 1 >= self.end {
            self.start = i + 1;
        }
    }
}

/// The length in bytes of the image a coded heap section holds.
#[inline]
pub fn heap_image_len(coded: &[u8]) -> usize {
    read_u16(coded, 0).map_or(0, usize::from)
}

/// Decodes a heap section into `image`, which is
/// [`heap_image_len`] bytes long. `None` if the coding runs short or has
/// bytes left over; what the image holds is for the heap to check.
// (Out of line: inlined into restore, it cost 19 bytes more.)
#[inline(never)]
pub fn decode_heap(coded: &[u8], image: &mut [u8]) -> Option<()> {
    let mut predictor = Predictor::new();
    let mut at = 2;
    let mut control = 0;
    for i in 0..image.len() / 2 {
        if i % 4 == 0 {
            control = *coded.get(at)?;
            at += 1;
        }
        let code = (control >> (2 * (i % 4))) & 3;
        let w = if code == LITERAL {
            at += 2;
            read_u16(coded, at - 2)?
        } else {
            let predicted = if code == ROW {
                predictor.row(image, i)
            } else {
                predictor.column(image, i)
            };
            if code == NEAR {
                at += 1;
                predicted.wrapping_add(*coded.get(at - 1)? as i8 as u16)
            } else {
                predicted
            }
        };
        image
            .get_mut(2 * i..2 * i + 2)?
            .copy_from_slice(&w.to_le_bytes());
        predictor.advance(i, w);
    }
    (coded.len().saturating_sub(at) <= 1).then_some(())
}

/// Codes a heap image (of even length, under 64 KiB) for a snapshot.
#[cfg(feature = "alloc")]
pub fn encode_heap(image: &[u8]) -> alloc::vec::Vec<u8> {
    let mut out = alloc::vec::Vec::new();
    if image.is_empty() {
        return out;
    }
    out.extend_from_slice(&(image.len() as u16).to_le_bytes());
    let mut predictor = Predictor::new();
    let mut control_at = 0;
    for i in 0..image.len() / 2 {
        if i % 4 == 0 {
            control_at = out.len();
            out.push(0);
        }
        let w = word(image, i);
        let (column, row) = (predictor.column(image, i), predictor.row(image, i));
        let near = w.wrapping_sub(column) as i16;
        let code = if w == column {
            COLUMN
        } else if w == row {
            ROW
        } else if let Ok(near) = i8::try_from(near) {
            out.push(near as u8);
            NEAR
        } else {
            out.extend_from_slice(&w.to_le_bytes());
            LITERAL
        };
        if let Some(control) = out.get_mut(control_at) {
            *control |= code << (2 * (i % 4));
        }
        predictor.advance(i, w);
    }
    if out.len() % 2 == 1 {
        out.push(0);
    }
    out
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use super::*;
    use crate::TypeCode;
    use alloc::vec;
    use alloc::vec::Vec;

    fn round_trip(image: &[u8]) -> Vec<u8> {
        let coded = encode_heap(image);
        assert_eq!(coded.len() % 2, 0);
        assert_eq!(heap_image_len(&coded), image.len());
        let mut back = vec![0; image.len()];
        decode_heap(&coded, &mut back).unwrap();
        assert_eq!(back, image);
        coded
    }

    fn words(ws: &[u16]) -> Vec<u8> {
        ws.iter().flat_map(|w| w.to_le_bytes()).collect()
    }

    /// A list of like nodes: after the first two, every word is predicted.
    #[test]
    fn like_allocations_cost_a_control_byte_per_four_words() {
        let header = AllocHeader::new(TypeCode::PropertyList, 12).unwrap().0;
        let mut image = Vec::new();
        for n in 0..100u16 {
            image.extend([header, 5, 5, 0x115, 0x400 - 4 * n, 0x11d, 14 * n + 2]);
        }
        let coded = round_trip(&words(&image));
        assert!(coded.len() < 200 + 40, "{} bytes", coded.len());
    }

    #[test]
    fn empty_and_irregular_images_round_trip() {
        assert!(encode_heap(&[]).is_empty());
        let mut seed = 0x1234_5678u32;
        let image: Vec<u16> = (0..500)
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                (seed >> 16) as u16
            })
            .collect();
        round_trip(&words(&image));
    }

    #[test]
    fn a_short_or_overlong_coding_is_refused() {
        let image = words(&[0x2004, 1, 2, 0x2004, 7, 9]);
        let coded = encode_heap(&image);
        let mut out = vec![0; image.len()];
        assert!(decode_heap(&coded[..coded.len() - 3], &mut out).is_none());
        let mut long = coded.clone();
        long.extend([0, 0]);
        assert!(decode_heap(&long, &mut out).is_none());
    }
}
