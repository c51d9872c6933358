//! Writing a snapshot of the VM's live state.
//!
//! A reachability walk from the globals and exports, like a collection:
//! what nothing reachable refers to is left out, functions included. Things
//! that never change (strings, boxed numbers, functions, imports) go to ROM,
//! where the device reads them in place; equal strings are stored once.
//! Objects, arrays, closures and scopes go to the heap image, which the
//! device copies into RAM.

use crate::engine::Place;
use crate::function::FUNCTION_PREAMBLE;
use crate::{Engine, VmError};
use alloc::collections::{BTreeMap, BTreeSet};
use alloc::vec::Vec;
use mvm_snapshot::opcode::Op;
use mvm_snapshot::{
    read_u16, rom_padding, AllocHeader, ExportEntry, SnapshotWriter, TypeCode, Value, ROM_BASE,
};

/// Where each function went in a new snapshot: `(old payload offset, new
/// payload offset)` (the old one in a wider unit may pass 64 KB).
pub type FunctionMoves = Vec<(crate::RomPos, u16)>;

/// Where a reachable allocation goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Strings,
    Rom,
    Heap,
}

struct Item {
    old: Value,
    header: AllocHeader,
    target: Target,
    /// Values written in place of the payload's (an object's chain of
    /// property lists merged into its first).
    merged: Option<Vec<Value>>,
}

impl<'a> Engine<'a> {
    /// A snapshot of everything reachable from the globals and exports.
    pub fn write_snapshot(&self) -> Result<Vec<u8>, VmError> {
        self.write_snapshot_mapped().map(|(bytes, _)| bytes)
    }

    /// [`Engine::write_snapshot`], also telling where each function went:
    /// `(old payload offset, new payload offset)` pairs, so a source map
    /// can follow the code.
    pub fn write_snapshot_mapped(&self) -> Result<(Vec<u8>, FunctionMoves), VmError> {
        let exports = self.all_exports()?;
        // Globals that no reachable code reads or writes are left out, and
        // so is what only they refer to: grow the set until it is closed.
        let mut kept: BTreeSet<u16> = BTreeSet::new();
        let mut items = loop {
            let roots = exports.iter().map(|e| e.value).chain(
                kept.iter()
                    .filter_map(|&g| self.globals.get(usize::from(g)).copied()),
            );
            let items = self.reachable(roots)?;
            let used = self
                .used_globals(&items)
                .unwrap_or_else(|| (0..self.globals.len() as u16).collect());
            if used.is_subset(&kept) {
                break items;
            }
            kept.extend(used);
        };
        self.trim_array_room(&mut items);
        let items = self.merge_property_chains(items);
        let narrow = self.lay_out(&items, &kept, &exports, 0);
        // Exports that reach past the 32 KB of narrow ROM references are
        // written wide (4-byte steps), which only a runtime built with
        // `wide-units` opens: the compiler's, and firmware that asks.
        #[cfg(feature = "wide-units")]
        if let Err(VmError::SnapshotTooLarge) = narrow {
            return self.lay_out(&items, &kept, &exports, 1);
        }
        narrow
    }

    /// The snapshot of `items` (reachable, in breadth-first order), with
    /// the globals `kept` and `exports`; ROM references at `rom_scale`
    /// (see `Value::rom_in`: 4-byte steps at 1).
    fn lay_out(
        &self,
        items: &[Item],
        kept: &BTreeSet<u16>,
        exports: &[ExportEntry],
        rom_scale: u32,
    ) -> Result<(Vec<u8>, FunctionMoves), VmError> {
        let global_index: BTreeMap<u16, u16> = kept
            .iter()
            .enumerate()
            .map(|(new, &old)| (old, new as u16))
            .collect();
        // (In a wide snapshot, padding before an allocation whose payload
        // would not be aligned to the references' step.)
        let pad = |at: usize| rom_padding(at, rom_scale);
        let rom_value =
            |offset: usize| Value::rom_in(offset, rom_scale).ok_or(VmError::SnapshotTooLarge);

        // Lay out: strings, then the rest of ROM, then the heap.
        let mut new_of: BTreeMap<u16, Value> = BTreeMap::new();
        let mut string_at: BTreeMap<&[u8], Value> = BTreeMap::new();
        let mut strings_len = 0usize;
        for item in items.iter().filter(|i| i.target == Target::Strings) {
            let bytes = self.payload(item.old).ok_or(VmError::CorruptSnapshot)?;
            // A string that spells a well-known one becomes it, so that
            // strings in ROM stay interned (property lookup relies on it).
            let text = bytes.strip_suffix(b"\0").unwrap_or(bytes);
            let well_known = match text {
                [] => Some(Value::EMPTY_STRING),
                _ => core::str::from_utf8(text).ok().and_then(Value::builtin_str),
            };
            let new = match (well_known, string_at.get(bytes)) {
                (Some(v), _) | (None, Some(&v)) => v,
                (None, None) => {
                    strings_len += pad(ROM_BASE + strings_len);
                    let v = rom_value(ROM_BASE + strings_len + 2)?;
                    strings_len += item.header.footprint();
                    string_at.insert(bytes, v);
                    v
                }
            };
            new_of.insert(item.old.0, new);
        }
        // A boxed number is a value, not an identity: equal ones (bit for
        // bit, so 0 and -0 stay apart) share one copy, as a table of
        // floats built at build time often repeats them.
        let mut number_at: BTreeMap<(u16, &[u8]), Value> = BTreeMap::new();
        let mut rom_len = 0usize;
        for item in items.iter().filter(|i| i.target == Target::Rom) {
            let number = match item.header.type_code() {
                TypeCode::Int32 | TypeCode::Float64 => {
                    let bytes = self.payload(item.old).ok_or(VmError::CorruptSnapshot)?;
                    Some((item.header.0, bytes))
                }
                _ => None,
            };
            if let Some(&v) = number.and_then(|key| number_at.get(&key)) {
                new_of.insert(item.old.0, v);
                continue;
            }
            rom_len += pad(ROM_BASE + strings_len + rom_len);
            let v = rom_value(ROM_BASE + strings_len + rom_len + 2)?;
            rom_len += item.header.footprint();
            if let Some(key) = number {
                number_at.insert(key, v);
            }
            new_of.insert(item.old.0, v);
        }
        let mut heap_len = 0usize;
        for item in items.iter().filter(|i| i.target == Target::Heap) {
            let payload = heap_len + 2;
            heap_len += item.header.footprint();
            if heap_len > mvm_gc::MAX_HEAP_SIZE {
                return Err(VmError::SnapshotTooLarge);
            }
            new_of.insert(item.old.0, Value::heap(payload as u16));
        }
        let reloc = |v: Value| -> Result<Value, VmError> {
            if v.is_heap() || v.is_rom() {
                new_of.get(&v.0).copied().ok_or(VmError::CorruptSnapshot)
            } else {
                Ok(v)
            }
        };

        let mut out = SnapshotWriter {
            rom_scale,
            ..SnapshotWriter::default()
        };
        let mut imports = Vec::new();
        // Strings and numbers that share a copy are written once.
        let mut emitted: BTreeSet<u16> = BTreeSet::new();
        for item in items {
            let payload = self.payload(item.old).ok_or(VmError::CorruptSnapshot)?;
            // (Shorter than the allocation where the array's room is trimmed.)
            let payload = payload.get(..item.header.extent()).unwrap_or(payload);
            let section = match item.target {
                Target::Strings | Target::Rom => {
                    let new = reloc(item.old)?;
                    if !new.is_rom() || !emitted.insert(new.0) {
                        continue;
                    }
                    let (section, base) = match item.target {
                        Target::Strings => (&mut out.strings, ROM_BASE),
                        _ => (&mut out.rom, ROM_BASE + strings_len),
                    };
                    section.resize(section.len() + pad(base + section.len()), 0);
                    section
                }
                Target::Heap => &mut out.heap,
            };
            section.extend_from_slice(&item.header.0.to_le_bytes());
            let start = section.len();
            match item.header.type_code() {
                TypeCode::Function | TypeCode::LongFunction => {
                    let consts = usize::from(*payload.get(2).ok_or(VmError::CorruptSnapshot)?);
                    let pool_end = FUNCTION_PREAMBLE + 2 * consts;
                    section.extend_from_slice(
                        payload
                            .get(..FUNCTION_PREAMBLE)
                            .ok_or(VmError::CorruptSnapshot)?,
                    );
                    for i in 0..consts {
                        let v = read_u16(payload, FUNCTION_PREAMBLE + 2 * i)
                            .ok_or(VmError::CorruptSnapshot)?;
                        section.extend_from_slice(&reloc(Value(v))?.0.to_le_bytes());
                    }
                    let code = payload.get(pool_end..).ok_or(VmError::CorruptSnapshot)?;
                    section.extend_from_slice(&renumber_globals(code, &global_index)?);
                }
                _ if item.merged.is_some() => {
                    for &v in item.merged.iter().flatten() {
                        section.extend_from_slice(&reloc(v)?.0.to_le_bytes());
                    }
                }
                tc if tc.holds_values() => {
                    for chunk in payload.chunks_exact(2) {
                        let v = Value(read_u16(chunk, 0).unwrap_or(0));
                        section.extend_from_slice(&reloc(v)?.0.to_le_bytes());
                    }
                }
                tc => {
                    if tc == TypeCode::HostFunc {
                        imports.push(read_u16(payload, 0).ok_or(VmError::CorruptSnapshot)?);
                    }
                    section.extend_from_slice(payload);
                }
            }
            let padded = item.header.footprint() - 2;
            section.resize(start + padded, 0);
        }
        if out.strings.len() + out.rom.len() > mvm_snapshot::rom_reach(rom_scale) {
            return Err(VmError::SnapshotTooLarge);
        }
        imports.sort_unstable();
        imports.dedup();
        out.imports = imports;
        out.globals = kept
            .iter()
            .map(|&g| {
                reloc(
                    self.globals
                        .get(usize::from(g))
                        .copied()
                        .unwrap_or(Value::UNDEFINED),
                )
            })
            .collect::<Result<_, _>>()?;
        for export in exports {
            let value = reloc(export.value)?;
            let value = if value.0 & 1 == 0 {
                // A heap value moves with every collection: reach it through
                // a global slot instead. (So does the invalid value 0, which
                // only a corrupt snapshot holds: in the table of exports,
                // an even value is a global's number.)
                out.globals.push(value);
                Value(((out.globals.len() - 1) * 2) as u16)
            } else {
                value
            };
            out.exports.push(ExportEntry {
                id: export.id,
                value,
            });
        }
        let moved = items
            .iter()
            .filter(|i| i.header.type_code().is_function())
            .filter_map(|i| {
                // (Decoded as this layout counts: a wide one's references
                // are 4-byte steps.)
                let new = new_of.get(&i.old.0)?.rom_offset_in(rom_scale)?;
                let old = crate::RomPos::try_from(self.rom_payload(i.old)?).ok()?;
                Some((old, u16::try_from(new).ok()?))
            })
            .collect();
        Ok((out.finish(), moved))
    }

    /// An array built by pushing has room to grow that its elements do not
    /// fill: the snapshot keeps only the elements (a push after restore
    /// grows the array again), so the elements' header is made to say so.
    fn trim_array_room(&self, items: &mut [Item]) {
        let mut lengths: BTreeMap<u16, usize> = BTreeMap::new();
        for item in items
            .iter()
            .filter(|i| i.header.type_code() == TypeCode::Array)
        {
            if let Some(data) = self.slot(item.old, 0).filter(|d| d.is_heap()) {
                lengths.insert(data.0, self.array_length(item.old));
            }
        }
        for item in items.iter_mut().filter(|i| i.target == Target::Heap) {
            let Some(&length) = lengths.get(&item.old.0) else {
                continue;
            };
            if item.header.type_code() == TypeCode::FixedLengthArray
                && length > 0
                && 2 * length < item.header.size()
            {
                if let Some(header) = AllocHeader::new(TypeCode::FixedLengthArray, 2 * length) {
                    item.header = header;
                }
            }
        }
    }

    /// An object filled key by key at build time (a table, a map) is a
    /// chain of property lists, a segment for every few keys: the snapshot
    /// holds it as one list, its first's pairs then the later ones' used
    /// pairs, which a lookup on the device reads without walking the chain
    /// and which saves each later segment's header, link and prototype
    /// slot. A class's or a function's prototype keeps its chain (for..in
    /// tells the class body's keys from those added later by where
    /// `constructor` is), as do a class's or a function's property objects
    /// (listings show what lies past the first segment), and a chain whose
    /// later segments anything else refers to (only a corrupt heap has
    /// one).
    fn merge_property_chains(&self, items: Vec<Item>) -> Vec<Item> {
        let is_list =
            |i: &Item| i.target == Target::Heap && i.header.type_code() == TypeCode::PropertyList;
        let next_of = |v: Value| self.slot(v, 0).filter(|n| n.is_heap());
        // How many slots refer to each allocation (a later segment must
        // have its predecessor's link only).
        let mut refs: BTreeMap<u16, usize> = BTreeMap::new();
        for item in items.iter().filter(|i| i.header.type_code().holds_values()) {
            for v in self.payload_values(item.old).into_iter().flatten() {
                *refs.entry(v.0).or_default() += 1;
            }
        }
        let later: BTreeSet<u16> = items
            .iter()
            .filter(|i| is_list(i))
            .filter_map(|i| next_of(i.old).map(|n| n.0))
            .collect();
        // A class's and a function's property objects list only what lies
        // past their first segment (see `later_keys`).
        let mut kept_chains: BTreeSet<u16> = items
            .iter()
            .filter(|i| i.header.type_code() == TypeCode::Class)
            .filter_map(|i| self.slot(i.old, 1).map(|p| p.0))
            .collect();
        if let Ok(table) = self.export(crate::object::FUNCTION_PROPS_EXPORT) {
            for i in 0..self.array_length(table) / 2 {
                kept_chains.insert(self.array_get(table, 2 * i + 1).0);
            }
        }
        let mut dropped: BTreeSet<u16> = BTreeSet::new();
        let mut merged: BTreeMap<u16, (AllocHeader, Vec<Value>)> = BTreeMap::new();
        for head in items
            .iter()
            .filter(|i| is_list(i) && !later.contains(&i.old.0))
        {
            if next_of(head.old).is_none()
                || kept_chains.contains(&head.old.0)
                || self.is_class_prototype(head.old)
            {
                continue;
            }
            let Some((values, later_segments)) = self.chain_values(head.old, &refs) else {
                continue;
            };
            // (A header's size is at most 4,095 bytes; a frozen or sealed
            // object keeps its lock bit.)
            let Some(header) = AllocHeader::new(TypeCode::PropertyList, 2 * values.len()) else {
                continue;
            };
            let header = AllocHeader(header.0 | (head.header.0 & mvm_snapshot::LOCKED));
            dropped.extend(later_segments.iter().map(|s| s.0));
            merged.insert(head.old.0, (header, values));
        }
        items
            .into_iter()
            .filter(|i| !dropped.contains(&i.old.0))
            .map(|mut item| {
                if let Some((header, values)) = merged.remove(&item.old.0) {
                    item.header = header;
                    item.merged = Some(values);
                }
                item
            })
            .collect()
    }

    /// The values of the object `head`'s chain as one list (no link, its
    /// prototype, its own pairs, then each later segment's used pairs),
    /// and the later segments. `None` where a later segment is not a
    /// property list, is referred to more than once (`refs`) or holds
    /// `constructor`.
    fn chain_values(
        &self,
        head: Value,
        refs: &BTreeMap<u16, usize>,
    ) -> Option<(Vec<Value>, Vec<Value>)> {
        let values_of = |v: Value| self.payload_values(v).map(Iterator::collect::<Vec<_>>);
        let first = values_of(head)?;
        let mut values = alloc::vec![Value::NULL, *first.get(1)?];
        values.extend_from_slice(first.get(crate::object::LIST_HEADER..)?);
        let mut seg = first.first().copied().filter(|n| n.is_heap());
        let mut segments = Vec::new();
        while let Some(s) = seg {
            segments.push(s);
            if segments.len() > crate::object::MAX_SEGMENTS
                || refs.get(&s.0) != Some(&1)
                || self.type_of_ref(s) != Some(TypeCode::PropertyList)
            {
                return None;
            }
            let later = values_of(s)?;
            for pair in later.get(crate::object::LIST_HEADER..)?.chunks_exact(2) {
                match pair.first() {
                    Some(&Value::HOLE) => {}
                    // (Last in one list, it would make the object look
                    // like a class's prototype, whose keys go unlisted:
                    // `Dog.prototype.constructor = Dog` after
                    // `Object.create`.)
                    Some(&k) if self.key_is(k, "constructor") => return None,
                    _ => values.extend_from_slice(pair),
                }
            }
            seg = later.first().copied().filter(|n| n.is_heap());
        }
        Some((values, segments))
    }

    /// The values an allocation's payload holds, word by word.
    fn payload_values(&self, v: Value) -> Option<impl Iterator<Item = Value> + '_> {
        let payload = self.payload(v)?;
        Some(
            payload
                .chunks_exact(2)
                .map(|c| Value(read_u16(c, 0).unwrap_or(0))),
        )
    }

    /// Every export with its current value, set-at-run-time ones last.
    fn all_exports(&self) -> Result<Vec<ExportEntry>, VmError> {
        let mut all = Vec::new();
        for id in self.export_ids() {
            if !all.iter().any(|e: &ExportEntry| e.id == id) {
                all.push(ExportEntry {
                    id,
                    value: self.export(id)?,
                });
            }
        }
        Ok(all)
    }

    /// Every allocation reachable from the globals and `extra` roots, in
    /// breadth-first order.
    /// Every global the code of the functions among `items` reads or
    /// writes; `None` if some code does not decode (keep them all then).
    fn used_globals(&self, items: &[Item]) -> Option<BTreeSet<u16>> {
        let mut used = BTreeSet::new();
        for item in items.iter().filter(|i| i.header.type_code().is_function()) {
            let payload = self.payload(item.old)?;
            let consts = usize::from(*payload.get(2)?);
            let code = payload.get(FUNCTION_PREAMBLE + 2 * consts..)?;
            for (op, at) in instructions(code)? {
                if let Some(len) = op.global_operand_len() {
                    used.insert(global_operand(code, at, len)?);
                }
            }
        }
        Some(used)
    }

    fn reachable(&self, roots: impl Iterator<Item = Value>) -> Result<Vec<Item>, VmError> {
        let mut seen: BTreeMap<u16, ()> = BTreeMap::new();
        let mut items: Vec<Item> = Vec::new();
        let mut visit = |v: Value, items: &mut Vec<Item>| -> Result<(), VmError> {
            if !(v.is_heap() || v.is_rom()) || seen.insert(v.0, ()).is_some() {
                return Ok(());
            }
            let (place, header) = self.resolve(v).ok_or(VmError::CorruptSnapshot)?;
            let tc = header.type_code();
            let target = match tc {
                TypeCode::String | TypeCode::InternedString => Target::Strings,
                _ if tc.is_immutable() => Target::Rom,
                _ => Target::Heap,
            };
            // What the compiler puts in ROM never changes, and a
            // function or a tombstone never lives on the heap: anything
            // else is a corrupt header, which restore checks only as used.
            let fits = match place {
                Place::Rom(_) => tc.is_immutable(),
                Place::Heap(_) => !tc.is_function() && tc != TypeCode::Tombstone,
            };
            if !fits {
                return Err(VmError::CorruptSnapshot);
            }
            items.push(Item {
                old: v,
                header,
                target,
                merged: None,
            });
            Ok(())
        };
        for root in roots {
            visit(root, &mut items)?;
        }
        let mut next = 0;
        while next < items.len() {
            let Some(item) = items.get(next) else { break };
            let (old, tc) = (item.old, item.header.type_code());
            next += 1;
            let children: Vec<Value> = if tc.is_function() {
                let offset = match self.resolve(old) {
                    Some((Place::Rom(o), _)) => o,
                    _ => return Err(VmError::CorruptSnapshot),
                };
                let info = self.function_info(offset)?;
                (0..info.consts)
                    .filter_map(|i| info.constant(self.rom, i))
                    .collect()
            } else if tc.holds_values() {
                self.payload_values(old)
                    .ok_or(VmError::CorruptSnapshot)?
                    .collect()
            } else {
                Vec::new()
            };
            for child in children {
                visit(child, &mut items)?;
            }
        }
        Ok(items)
    }
}

/// Each instruction of `code` with its offset; `None` if it does not decode.
pub(crate) fn instructions(code: &[u8]) -> Option<Vec<(Op, usize)>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < code.len() {
        let op = Op::from_u8(*code.get(at)?)?;
        out.push((op, at));
        at += 1 + op.operands().len();
    }
    (at == code.len()).then_some(out)
}

/// `code` with its global slot numbers changed to the snapshot's.
fn renumber_globals(code: &[u8], index: &BTreeMap<u16, u16>) -> Result<Vec<u8>, VmError> {
    let mut out = code.to_vec();
    let Some(ops) = instructions(code) else {
        // Code that does not decode keeps every global (see used_globals),
        // so its numbers stay as they are.
        return Ok(out);
    };
    for (op, at) in ops {
        let Some(len) = op.global_operand_len() else {
            continue;
        };
        let old = global_operand(code, at, len).ok_or(VmError::CorruptSnapshot)?;
        let new = index.get(&old).copied().unwrap_or(old);
        // Slots are renumbered in order, so a byte-wide one stays a byte.
        let bytes = new.to_le_bytes();
        let new_bytes = bytes.get(..len).filter(|_| len == 2 || new <= 0xFF);
        let new_bytes = new_bytes.ok_or(VmError::CorruptSnapshot)?;
        if let Some(operand) = out.get_mut(at + 1..at + 1 + len) {
            operand.copy_from_slice(new_bytes);
        }
    }
    Ok(out)
}

/// The global slot number of the instruction at `at`, `len` bytes wide.
fn global_operand(code: &[u8], at: usize, len: usize) -> Option<u16> {
    if len == 1 {
        code.get(at + 1).map(|b| u16::from(*b))
    } else {
        read_u16(code, at + 1)
    }
}
