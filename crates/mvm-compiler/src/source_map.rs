//! Source maps: where each piece of a snapshot's bytecode came from, kept
//! beside the snapshot (`app.mvm-map`) so the snapshot carries no debug
//! data. Postcard-encoded.

use mvm_runtime::RomPos;
use serde::{Deserialize, Serialize};

/// Frames a stack trace shows before it says how many more there are.
pub const TRACE_FRAMES: usize = 10;

/// Bytecode positions → source positions, for one snapshot.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceMap {
    /// Source files, indexed by the positions' file numbers.
    pub files: Vec<String>,
    pub functions: Vec<FunctionMap>,
}

/// One function's code in the snapshot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FunctionMap {
    /// Snapshot offsets of the function's code: `start..end` (past 64 KB
    /// only in a wider unit's map; postcard writes both widths alike).
    pub start: RomPos,
    pub end: RomPos,
    /// `(code offset from start, file, line, column)`, ascending: each
    /// applies until the next.
    pub positions: Vec<(u16, u16, u32, u16)>,
    /// `(code offset from start, message)`: what calling a non-function
    /// says (`o.run is not a function`), at the call's return address.
    pub callees: Vec<(u16, String)>,
}

/// A source position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location<'m> {
    pub file: &'m str,
    pub line: u32,
    pub column: u16,
}

impl SourceMap {
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_stdvec(self).unwrap_or_default()
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<SourceMap> {
        postcard::from_bytes(bytes).ok()
    }

    /// Where the instruction at snapshot offset `pc` came from (line 0:
    /// the compiler's own code, from nowhere in the source).
    pub fn locate(&self, pc: RomPos) -> Option<Location<'_>> {
        let (f, rel) = self.function_at(pc)?;
        let (_, file, line, column) = f.positions.iter().rev().find(|p| p.0 <= rel)?;
        if *line == 0 {
            return None;
        }
        Some(Location {
            file: self.files.get(usize::from(*file))?,
            line: *line,
            column: *column,
        })
    }

    /// What calling a non-function at snapshot offset `pc` says, naming
    /// the callee as the program wrote it.
    pub fn not_callable_message(&self, pc: RomPos) -> Option<&str> {
        let (f, rel) = self.function_at(pc)?;
        let (_, text) = f.callees.iter().find(|c| c.0 == rel)?;
        Some(text)
    }

    /// The function whose code holds snapshot offset `pc`, and `pc` as an
    /// offset into that code.
    fn function_at(&self, pc: RomPos) -> Option<(&FunctionMap, u16)> {
        let f = self
            .functions
            .iter()
            .find(|f| (f.start..f.end).contains(&pc))?;
        Some((f, u16::try_from(pc - f.start).ok()?))
    }

    /// Where frame `i` of a trace ([`mvm_runtime::Vm::last_trace`]) is: the
    /// failing instruction for the first; for a caller, whose entry is a
    /// return address, one byte back, inside its call instruction.
    pub fn locate_frame(&self, i: usize, pc: RomPos) -> Option<Location<'_>> {
        self.locate(if i == 0 { pc } else { pc.saturating_sub(1) })
    }

    /// A stack trace for [`mvm_runtime::Vm::last_trace`]: one `at` line per
    /// frame (see [`SourceMap::locate_frame`]), the innermost
    /// [`TRACE_FRAMES`] of them (as Node shows ten; a runaway recursion has
    /// thousands).
    pub fn describe_trace(&self, trace: &[RomPos]) -> String {
        let mut out = String::new();
        if trace.len() > TRACE_FRAMES {
            let more = trace.len() - TRACE_FRAMES;
            let shown = self.describe_trace(trace.get(..TRACE_FRAMES).unwrap_or(trace));
            return format!("{shown}    ... {more} more frames\n");
        }
        for (i, &pc) in trace.iter().enumerate() {
            match self.locate_frame(i, pc) {
                Some(l) => out.push_str(&format!("    at {}:{}:{}\n", l.file, l.line, l.column)),
                // Without a map, offsets are all there is to show; with
                // one, an unmapped frame is the compiler's own glue.
                None if self.functions.is_empty() => {
                    out.push_str(&format!("    at bytecode offset {pc:#06x}\n"))
                }
                None => {}
            }
        }
        out
    }
}
