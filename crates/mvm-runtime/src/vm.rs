//! The VM as the host holds it between calls: as small as it can be.
//!
//! A parked VM is the snapshot it reads in place, its globals, and boxes
//! for what exists only when needed: the heap (once it has a chunk) and the
//! values that outlive a call (handles, exports set at run time, pending
//! jobs). The stack, frames and handlers exist only while the host is
//! calling in: each call moves the parts into an [`Engine`] and back.

use crate::engine::{Engine, Handle, Settings};
use crate::{Host, Value, VmError};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use mvm_gc::{CollectStats, Heap};
use mvm_snapshot::{ExportEntry, Snapshot};

/// A restored VM. It borrows the snapshot bytes: bytecode and constants are
/// read in place, and only globals and the heap live in RAM.
pub struct Vm<'a> {
    pub(crate) rom: &'a [u8],
    pub(crate) globals: Box<[Value]>,
    pub(crate) heap: Option<Box<HeapState>>,
    pub(crate) kept: Option<Box<Kept>>,
    pub(crate) config: Config,
}

/// The heap and what the collector keeps about it.
pub(crate) struct HeapState {
    pub heap: Heap,
    pub gc_threshold: usize,
    pub last_gc: CollectStats,
}

/// Values that outlive a call.
#[derive(Default)]
pub(crate) struct Kept {
    pub exports: Vec<ExportEntry>,
    pub handles: Vec<Option<Value>>,
    pub jobs: Vec<Value>,
    /// Where the last failed call failed (see [`Vm::last_trace`]).
    pub trace: Vec<crate::engine::RomPos>,
}

impl Kept {
    pub fn is_empty(&self) -> bool {
        self.exports.is_empty()
            && self.handles.is_empty()
            && self.jobs.is_empty()
            && self.trace.is_empty()
    }

    fn bytes(&self) -> usize {
        core::mem::size_of::<Kept>()
            + self.exports.capacity() * core::mem::size_of::<ExportEntry>()
            + self.handles.capacity() * core::mem::size_of::<Option<Value>>()
            + self.jobs.capacity() * 2
            + self.trace.capacity() * 2
    }
}

/// [`Settings`], packed: the heap and stack are under 64 KiB.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Config {
    chunk_size: u16,
    stack_size: u16,
    /// `u16::MAX`: no budget.
    budget: u16,
    gc_stress: bool,
    /// Whether the VM has made an accessor (a getter or setter) or
    /// locked an object, or restored one: until it has, an assignment
    /// need not look for an inherited setter or read-only property.
    pub accessors: bool,
}

impl Config {
    fn new(s: &Settings) -> Config {
        let clamp = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        Config {
            chunk_size: clamp(s.heap_chunk_size),
            stack_size: clamp(s.stack_size),
            budget: s
                .heap_budget
                .map_or(u16::MAX, |b| clamp(b).min(u16::MAX - 1)),
            gc_stress: s.gc_stress,
            accessors: false,
        }
    }

    pub fn settings(&self) -> Settings {
        Settings {
            heap_chunk_size: usize::from(self.chunk_size),
            heap_budget: (self.budget != u16::MAX).then_some(usize::from(self.budget)),
            stack_size: usize::from(self.stack_size),
            gc_stress: self.gc_stress,
        }
    }
}

/// Where a VM's RAM goes, in bytes (see [`Vm::memory_stats`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MemoryStats {
    /// The VM's own structures: the `Vm` value itself and its boxes.
    pub core: usize,
    /// Global variables: 2 bytes each.
    pub globals: usize,
    /// Bytes taken from the allocator for the heap.
    pub heap_capacity: usize,
    /// Heap bytes in use, garbage included.
    pub heap_used: usize,
    /// The most heap bytes ever in use (garbage included).
    pub heap_peak: usize,
    /// Heap chunks taken.
    pub heap_chunks: usize,
    /// Stack held now (values, frames, handlers): 0 while idle.
    pub stack: usize,
    /// The most memory the last collection borrowed while it ran.
    pub last_gc_peak: usize,
    /// Everything the VM holds now.
    pub total: usize,
}

impl<'a> Vm<'a> {
    /// Restores a VM from snapshot bytes, checking the snapshot and that
    /// `host` provides every import it names. Nothing is copied from the
    /// snapshot but the globals and the heap image (decoded).
    pub fn restore(
        bytes: &'a [u8],
        host: &dyn Host,
        settings: Settings,
    ) -> Result<Vm<'a>, VmError> {
        let snapshot = Snapshot::parse(bytes)?;
        if let Some(id) = snapshot.imports().find(|id| !host.has_import(*id)) {
            return Err(VmError::UnresolvedImport(id));
        }
        let mut globals = Vec::new();
        globals
            .try_reserve_exact(snapshot.globals().count())
            .map_err(|_| VmError::OutOfMemory)?;
        globals.extend(snapshot.globals());
        for export in snapshot.exports() {
            if export.value.0 & 1 == 0 && usize::from(export.value.0 / 2) >= globals.len() {
                return Err(VmError::CorruptSnapshot);
            }
        }
        let mut heap = Heap::from_coded_image(
            snapshot.heap(),
            settings.heap_chunk_size,
            globals.iter().copied(),
        )?;
        crate::object::check_segment_order(heap.image())?;
        heap.set_budget(settings.heap_budget);
        // Parked as a call leaves it: whole chunks, and a collection
        // threshold of 0, which the first call sets from the heap's size.
        heap.trim();
        let heap = (heap.capacity() > 0).then(|| {
            Box::new(HeapState {
                heap,
                gc_threshold: 0,
                last_gc: CollectStats::default(),
            })
        });
        let mut config = Config::new(&settings);
        config.accessors = heap.as_ref().is_some_and(|h| {
            h.heap
                .allocations()
                .any(|(_, h)| h.type_code() == mvm_snapshot::TypeCode::Accessor || h.is_locked())
        });
        Ok(Vm {
            rom: bytes,
            globals: globals.into_boxed_slice(),
            heap,
            kept: None,
            config,
        })
    }

    /// Runs `f` on the running form of the VM.
    fn running<R>(
        &mut self,
        f: impl FnOnce(&mut Engine<'a>) -> Result<R, VmError>,
    ) -> Result<R, VmError> {
        let snapshot = Snapshot::reopen(self.rom)?;
        let mut engine = Engine::unpark(self, snapshot);
        let result = f(&mut engine);
        engine.park(self);
        result
    }

    /// Calls export `id` with `args` and returns its result (after the
    /// job queue has drained).
    pub fn call(&mut self, host: &mut dyn Host, id: u16, args: &[Value]) -> Result<Value, VmError> {
        self.running(|e| e.call(host, id, args))
    }

    /// Calls any function value.
    pub fn call_value(
        &mut self,
        host: &mut dyn Host,
        func: Value,
        args: &[Value],
    ) -> Result<Value, VmError> {
        self.running(|e| e.call_value(host, func, args))
    }

    /// Runs the `setTimeout` and `setInterval` callbacks due once
    /// `elapsed_ms` more milliseconds have gone by on the script's clock,
    /// each in a call of its own (its promise jobs drained after it), at
    /// most `limit` of them; with `None`, the clock jumps to each next
    /// timer in turn (virtual time, as `mvm run` uses). How many ran; 0
    /// for a script without timers.
    pub fn run_timers(
        &mut self,
        host: &mut dyn Host,
        elapsed_ms: Option<u32>,
        limit: usize,
    ) -> Result<usize, VmError> {
        let mut ran = 0;
        // (The clock moves in steps an inline integer holds.)
        let mut left = elapsed_ms;
        loop {
            let advance = match left {
                None => Value::UNDEFINED,
                Some(ms) => {
                    let step = ms.min(mvm_snapshot::INT14_MAX as u32);
                    left = Some(ms - step);
                    Value::int(step as i32).unwrap_or(Value::UNDEFINED)
                }
            };
            let mut first = true;
            while ran < limit {
                let Ok(run) = self.export(crate::TIMERS_EXPORT) else {
                    return Ok(ran);
                };
                let arg = if first || left.is_none() {
                    advance
                } else {
                    Value::int(0).unwrap_or(advance)
                };
                first = false;
                if self.call_value(host, run, &[arg])? != Value::TRUE {
                    break;
                }
                ran += 1;
            }
            if ran >= limit || left.is_none_or(|ms| ms == 0) {
                return Ok(ran);
            }
        }
    }

    /// The value of export `id`.
    pub fn export(&mut self, id: u16) -> Result<Value, VmError> {
        self.running(|e| e.export(id))
    }

    /// Runs a full collection now; with `squeeze`, the heap keeps exactly
    /// its live bytes rather than whole chunks.
    pub fn run_gc(&mut self, squeeze: bool) -> Result<(), VmError> {
        self.running(|e| e.run_gc(squeeze))
    }

    /// Keeps `value` alive and current across collections until released.
    pub fn new_handle(&mut self, value: Value) -> Result<Handle, VmError> {
        self.running(|e| e.new_handle(value))
    }

    /// The current value of a handle (`undefined` once released).
    pub fn handle_value(&self, handle: &Handle) -> Value {
        self.kept
            .as_ref()
            .and_then(|k| k.handles.get(handle.index()).copied().flatten())
            .unwrap_or(Value::UNDEFINED)
    }

    /// Lets a handle's value go.
    pub fn release(&mut self, handle: Handle) {
        let _ = self.running(|e| {
            e.release(handle);
            Ok(())
        });
    }

    /// Fulfils (`ok`) or rejects a promise the host made in an async host
    /// function, then runs the jobs that follow before returning.
    pub fn settle_promise(
        &mut self,
        host: &mut dyn Host,
        promise: Value,
        ok: bool,
        value: Value,
    ) -> Result<(), VmError> {
        self.running(|e| e.settle_promise(host, promise, ok, value))
    }

    /// Why `value` was rejected, when it is a promise this VM made that
    /// was (an async export's, say, that no one else waits on).
    pub fn rejection(&mut self, value: Value) -> Option<Value> {
        self.running(|e| Ok(e.rejection(value))).ok().flatten()
    }

    /// A property key as a message names it (see `write_key`).
    fn key_text(&mut self, key: Value) -> String {
        self.running(|e| {
            let mut text = Vec::new();
            e.write_key(key, &mut text);
            let mut out = String::new();
            crate::wtf8::push_lossy(&mut out, &text);
            Ok(out)
        })
        .unwrap_or_default()
    }

    /// `String(value)`, as text.
    pub fn to_display_string(&mut self, value: Value) -> String {
        self.running(|e| Ok(e.to_display_string(value)))
            .unwrap_or_default()
    }

    /// `String(value)` of a value nothing caught: an object by its own
    /// `toString` (or `[Symbol.toPrimitive]`), as Node reports it (`throw
    /// new Fault()` with a class's `toString`), run with no imports; as
    /// the engine writes it when that fails.
    fn thrown_text(&mut self, value: Value) -> String {
        let by_script = self.running(|e| {
            if !e.is_plain_object(value) || e.is_error(value) {
                return Ok(None);
            }
            // (The failed call's trace stays for the host to read.)
            let trace = core::mem::take(&mut e.trace);
            let text = e.host_call(&mut crate::host::NoImports, |vm, host| {
                vm.push(value)?;
                vm.user_primitives(host, 1, crate::interp::HINT_STRING)?;
                vm.pop()
            });
            e.trace = trace;
            Ok(text.ok().map(|s| e.to_display_string(s)))
        });
        match by_script {
            Ok(Some(text)) => text,
            _ => self.to_display_string(value),
        }
    }

    /// `e` as a person reads it: a value nothing caught as `String(value)`
    /// writes it, a property of `undefined` or `null` with its key, as
    /// V8 words it; the rest as `VmError` displays itself.
    pub fn describe_error(&mut self, e: VmError) -> String {
        use alloc::string::ToString;
        match e {
            // A `{ name, message }` the compiler throws where the program
            // has no error class (`x is not defined` in a `try`, a
            // destructured `undefined`) reads as the error it stands for;
            // one the program throws, as the object it is.
            VmError::Uncaught(v) => match self.running(|e| Ok(e.name_and_message(v))) {
                Ok(Some(text)) => text,
                _ => alloc::format!("uncaught exception: {}", self.thrown_text(v)),
            },
            VmError::ReadOfUndefined(key) | VmError::ReadOfNull(key) => {
                alloc::format!("{e} (reading '{}')", self.key_text(key))
            }
            VmError::WriteOfUndefined(key) | VmError::WriteOfNull(key) => {
                alloc::format!("{e} (setting '{}')", self.key_text(key))
            }
            // (As V8 says them, which a script catching them sees.)
            VmError::StackOverflow => "RangeError: Maximum call stack size exceeded".to_string(),
            VmError::AllocationTooLarge => {
                "RangeError: allocation larger than 4095 bytes".to_string()
            }
            VmError::InvalidArrayLength => "RangeError: Invalid array length".to_string(),
            other => other.to_string(),
        }
    }

    /// A snapshot of everything reachable from the globals and exports.
    pub fn write_snapshot(&mut self) -> Result<Vec<u8>, VmError> {
        self.running(|e| e.write_snapshot())
    }

    /// [`Vm::write_snapshot`] with where each function went (for source maps).
    pub fn write_snapshot_mapped(&mut self) -> Result<(Vec<u8>, crate::FunctionMoves), VmError> {
        self.running(|e| e.write_snapshot_mapped())
    }

    /// Where the last call that failed was, innermost first: the snapshot
    /// offset of the failing instruction, then the return address of each
    /// caller. Empty after a call that succeeded.
    pub fn last_trace(&self) -> &[crate::RomPos] {
        self.kept.as_ref().map_or(&[], |k| k.trace.as_slice())
    }

    /// Bytes of heap in use, garbage included.
    pub fn heap_used(&self) -> usize {
        self.heap.as_ref().map_or(0, |h| h.heap.used())
    }

    /// Where the VM's RAM goes, now.
    pub fn memory_stats(&self) -> MemoryStats {
        let heap = self.heap.as_ref();
        let core = core::mem::size_of::<Vm<'_>>()
            + heap.map_or(0, |_| core::mem::size_of::<HeapState>())
            + self.kept.as_ref().map_or(0, |k| k.bytes());
        let globals = self.globals.len() * 2;
        let heap_capacity = heap.map_or(0, |h| h.heap.capacity());
        let chunk = usize::from(self.config.chunk_size).max(1);
        MemoryStats {
            core,
            globals,
            heap_capacity,
            heap_used: self.heap_used(),
            heap_peak: heap.map_or(0, |h| h.heap.peak_used()),
            heap_chunks: heap_capacity.div_ceil(chunk),
            stack: 0,
            last_gc_peak: heap.map_or(0, |h| h.last_gc.temporary_peak),
            total: core + globals + heap_capacity,
        }
    }
}
