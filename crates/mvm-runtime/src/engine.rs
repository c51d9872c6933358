use crate::function::FunctionInfo;
use crate::number::Num;
use crate::{Host, VmError};
use alloc::boxed::Box;
use alloc::vec::Vec;
use mvm_gc::{CollectStats, Heap, Roots};
use mvm_snapshot::{
    read_u16, AllocHeader, BoxedNumber, ExportEntry, Snapshot, TypeCode, Value, ValueKind,
};

/// What the host decides about a VM's resources.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    /// The heap grows by this many bytes at a time.
    pub heap_chunk_size: usize,
    /// Most bytes the heap may take; a collection runs before it is passed.
    pub heap_budget: Option<usize>,
    /// Bytes of stack a call may use (values and call frames).
    pub stack_size: usize,
    /// Collect before every allocation: slow, but any value the runtime
    /// forgot to keep where the collector can see it shows up at once.
    pub gc_stress: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            heap_chunk_size: mvm_gc::DEFAULT_CHUNK_SIZE,
            heap_budget: None,
            // A microcontroller's default; desktop hosts usually give more.
            stack_size: 256,
            gc_stress: false,
        }
    }
}

/// A ROM offset as frames, handlers and traces keep it: 16 bits on the
/// device, whose ROM references reach 64 KB at most, and 32 with the
/// `wide-units` feature, whose wider units (the compiler's, when a program
/// links much of the library) reach 128 KB.
#[cfg(not(feature = "wide-units"))]
pub type RomPos = u16;
/// A ROM offset as frames, handlers and traces keep it (see the
/// device's `RomPos`, 16 bits): 32 bits for wider units.
#[cfg(feature = "wide-units")]
pub type RomPos = u32;

/// One active call. Compact, because frames count against the stack size:
/// four words, as Microvium's. (The call's innermost closure scope, or
/// `undefined`, is kept in the stack slot below the first local, where
/// the callee was: nothing reads the callee once its frame is made.)
#[derive(Clone, Copy, Debug)]
pub(crate) struct Frame {
    /// ROM offset of the function's payload.
    pub func: RomPos,
    /// Where execution resumes in this function when a callee returns.
    pub pc: RomPos,
    /// Stack index of the first local (the first parameter); the scope is
    /// in the slot below.
    pub base: u16,
    /// The code's length (under 32 KiB) in the low bits, and
    /// [`Frame::CONSTRUCT`]. Kept so that a return need not read the
    /// caller's header again.
    pub code: u16,
}

impl Frame {
    /// In [`Frame::code`]: called by `new`, so a non-object result gives
    /// way to `this`.
    pub const CONSTRUCT: u16 = 0x8000;

    pub fn construct(&self) -> bool {
        self.code & Frame::CONSTRUCT != 0
    }

    pub fn code_len(&self) -> usize {
        usize::from(self.code & !Frame::CONSTRUCT)
    }

    /// [`Frame::code`] for code of `len` bytes.
    pub fn packed_code(len: usize, construct: bool) -> Result<u16, VmError> {
        match u16::try_from(len) {
            Ok(len) if len < Frame::CONSTRUCT => Ok(if construct {
                len | Frame::CONSTRUCT
            } else {
                len
            }),
            _ => Err(VmError::CorruptSnapshot),
        }
    }
}

/// What a frame counts against the stack size: four 16-bit words, its
/// size on the device. (A `wide-units` build keeps two more, for its wider
/// ROM offsets, but counts as the device it stands in for.)
pub(crate) const FRAME_BYTES: usize = 8;
const _: () = assert!(
    core::mem::size_of::<Frame>() == FRAME_BYTES + 2 * (core::mem::size_of::<RomPos>() - 2)
);

/// An installed exception handler (`try`): where to resume, and the state
/// to restore there.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Handler {
    pub frames: u16,
    pub stack: u16,
    pub pc: RomPos,
    pub scope: Value,
}

/// What a handler counts against the stack size: its size on the device
/// (see [`FRAME_BYTES`]).
pub(crate) const HANDLER_BYTES: usize = 8;
const _: () = assert!(
    core::mem::size_of::<Handler>() <= HANDLER_BYTES + 2 * (core::mem::size_of::<RomPos>() - 2)
);

/// A VM while the host is calling in: the parts of the [`crate::Vm`] plus
/// the stack, frames and handlers of the call. Host functions receive it
/// to read their arguments and make values:
///
/// ```
/// use mvm_runtime::{Engine, Host, Value, VmError};
///
/// /// Import 3 doubles a number; import 4 logs a string.
/// struct Log(Vec<String>);
///
/// impl Host for Log {
///     fn has_import(&self, id: u16) -> bool {
///         matches!(id, 3 | 4)
///     }
///     fn call_import(&mut self, vm: &mut Engine<'_>, id: u16, args: &[Value]) -> Result<Value, VmError> {
///         let arg = args.first().copied().unwrap_or(Value::UNDEFINED);
///         match id {
///             3 => vm.number(vm.to_number(arg) * 2.0),
///             _ => {
///                 self.0.push(vm.to_display_string(arg));
///                 Ok(Value::UNDEFINED)
///             }
///         }
///     }
/// }
/// ```
pub struct Engine<'a> {
    pub(crate) snapshot: Snapshot<'a>,
    pub(crate) rom: &'a [u8],
    pub(crate) heap: Heap,
    pub(crate) globals: Box<[Value]>,
    /// Exports set while running (by `vmExport` at build time).
    pub(crate) exports: Vec<ExportEntry>,
    /// Held only while the host is calling in.
    pub(crate) stack: Vec<Value>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) handlers: Vec<Handler>,
    pub(crate) settings: Settings,
    /// Heap size at which the next automatic collection runs.
    pub(crate) gc_threshold: usize,
    /// What the last collection did.
    pub(crate) last_gc: CollectStats,
    /// Values the host holds across calls; `None` marks a free slot.
    pub(crate) handles: Vec<Option<Value>>,
    /// Promise jobs waiting to run (see `promise.rs`).
    pub(crate) jobs: Vec<Value>,
    /// Where the last failed call failed: pcs, innermost first.
    pub(crate) trace: Vec<RomPos>,
    /// Whether any accessor or locked object exists (see
    /// `Config::accessors`).
    pub(crate) accessors: bool,
    /// Keys made at run time met under their ROM spelling: a small cache,
    /// taken on its first entry (see `Engine::interned_key`).
    #[cfg_attr(any(mvm_size, feature = "small"), allow(dead_code))]
    pub(crate) key_spellings: SpellingCache,
    /// Where the last read of a code unit by index left off in a text
    /// (see `Engine::unit_at`).
    #[cfg_attr(any(mvm_size, feature = "small"), allow(dead_code))]
    pub(crate) text_cursor: TextCursor,
    /// Where properties of large objects were last found (see
    /// `Engine::cached_slot`).
    #[cfg_attr(any(mvm_size, feature = "small"), allow(dead_code))]
    pub(crate) slot_cache: SlotCache,
    /// The string keys last used for small integers (see
    /// `Engine::interned_key`).
    #[cfg_attr(any(mvm_size, feature = "small"), allow(dead_code))]
    pub(crate) int_keys: IntKeyCache,
    /// How many runs of the interpreter are nested in one another (see
    /// [`MAX_NESTED_RUNS`]).
    pub(crate) nested_runs: u16,
    /// The frame count while the frame a job resumed is the innermost
    /// (0 outside jobs): an `await` there of a settled value, with no job
    /// queued, goes on at once (see `Engine::awaited_now`).
    pub(crate) job_frame: usize,
    /// What the last call found no function in, for the message of the
    /// `TypeError` (`5 is not a function`) where the host has no source
    /// text for it (a callback the library calls); `HOLE` once read.
    #[cfg(feature = "std")]
    pub(crate) not_called: Value,
}

/// Most runs of the interpreter nested in one another: a getter, a
/// `valueOf`, a generator's `yield*` or a builtin's callback that calls
/// back into script runs the interpreter again, on the native stack
/// (under a kilobyte each in a release build on x86-64, about 23 KB in a
/// debug build). The VM's stack bounds their depth too, but by its own
/// size: this keeps a runaway recursion through a getter a catchable
/// `RangeError` on a host thread's usual 8 MB, whatever the VM's size.
pub(crate) const MAX_NESTED_RUNS: u16 = if cfg!(debug_assertions) { 250 } else { 1000 };

/// `(object << 16 | key, segment << 16 | slot)`: where a lookup last found
/// a property of a large object, by a hash of the pair, in a speed build.
/// A register map of 188 properties read by name scanned half of them a
/// read. An entry is a hint, checked against the slot's key when used:
/// between collections objects stay where they are and keep their slots
/// (a segment is only ever appended, a deleted key leaves a hole), and a
/// collection, which moves them, forgets every entry. Nothing in a size
/// build.
#[cfg(not(any(mvm_size, feature = "small")))]
pub(crate) type SlotCache = core::cell::Cell<Vec<(u32, u32)>>;
#[cfg(any(mvm_size, feature = "small"))]
pub(crate) type SlotCache = ();

/// `(text, unit index, byte offset, length)`: the code point where the
/// last read of a code unit by index found it, and the text's length in
/// units once counted (`usize::MAX` before), in a speed build. A loop
/// over `s[i]` or `charCodeAt(i)` of non-ASCII text, `i < s.length`,
/// walks on from there and counts once, not from the start each time. A
/// collection, which moves texts, forgets it. Nothing in a size build
/// (see `SpellingCache`).
#[cfg(not(any(mvm_size, feature = "small")))]
pub(crate) type TextCursor = core::cell::Cell<Option<(Value, usize, usize, usize)>>;
#[cfg(any(mvm_size, feature = "small"))]
pub(crate) type TextCursor = ();

/// The cache of run-time keys' ROM spellings, in a speed build; nothing in
/// a size build, which has no fast paths to use it (and whose every
/// access to the engine's fields would otherwise grow with its offsets).
#[cfg(not(any(mvm_size, feature = "small")))]
pub(crate) type SpellingCache = core::cell::Cell<Vec<Value>>;
#[cfg(any(mvm_size, feature = "small"))]
pub(crate) type SpellingCache = ();

/// `(n, key)`: a string key spelling the integer `n`, by `n` modulo the
/// table's size; emptied by each collection, which moves strings.
#[cfg(not(any(mvm_size, feature = "small")))]
pub(crate) type IntKeyCache = core::cell::Cell<Vec<(i16, Value)>>;
#[cfg(any(mvm_size, feature = "small"))]
pub(crate) type IntKeyCache = ();

/// A value the host keeps across calls and collections. Read it with
/// [`Engine::handle_value`]; give it back with [`Engine::release`].
#[derive(Debug, PartialEq, Eq)]
pub struct Handle(usize);

impl Handle {
    pub(crate) fn index(&self) -> usize {
        self.0
    }
}

/// Where an allocation lives, once a reference is resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Place {
    Heap(u16),
    Rom(usize),
}

impl<'a> Engine<'a> {
    /// The running form of a parked VM: its parts move in (no copies).
    /// (`snapshot` is the VM's, reopened: infallible from here, the engine
    /// is built where it is returned, not moved out of a `Result`.)
    pub(crate) fn unpark(vm: &mut crate::Vm<'a>, snapshot: Snapshot<'a>) -> Engine<'a> {
        let settings = vm.config.settings();
        let (heap, gc_threshold, last_gc) = match vm.heap.take() {
            Some(state) => (state.heap, state.gc_threshold, state.last_gc),
            None => {
                let mut heap = Heap::new(settings.heap_chunk_size);
                heap.set_budget(settings.heap_budget);
                (heap, 0, CollectStats::default())
            }
        };
        let kept = vm.kept.take().map(|k| *k).unwrap_or_default();
        let mut engine = Engine {
            snapshot,
            rom: vm.rom,
            heap,
            globals: core::mem::take(&mut vm.globals),
            exports: kept.exports,
            stack: Vec::new(),
            frames: Vec::new(),
            handlers: Vec::new(),
            settings,
            gc_threshold,
            last_gc,
            handles: kept.handles,
            jobs: kept.jobs,
            trace: kept.trace,
            accessors: vm.config.accessors,
            key_spellings: SpellingCache::default(),
            text_cursor: TextCursor::default(),
            slot_cache: SlotCache::default(),
            int_keys: IntKeyCache::default(),
            job_frame: 0,
            nested_runs: 0,
            #[cfg(feature = "std")]
            not_called: Value::HOLE,
        };
        if engine.gc_threshold == 0 {
            engine.reset_gc_threshold(0);
        }
        engine.heap.set_growth_cap(engine.gc_threshold);
        engine
    }

    /// Moves the parts back into `vm`, keeping boxes only for what is not
    /// empty: an idle VM holds no stack, and no heap state if it has no heap.
    pub(crate) fn park(mut self, vm: &mut crate::Vm<'a>) {
        // Idle, the heap keeps whole chunks of what it uses, no room ahead.
        self.heap.trim();
        vm.globals = self.globals;
        vm.config.accessors = self.accessors;
        let heap_in_use = self.heap.capacity() > 0 || self.last_gc != CollectStats::default();
        vm.heap = heap_in_use.then(|| {
            Box::new(crate::vm::HeapState {
                heap: self.heap,
                gc_threshold: self.gc_threshold,
                last_gc: self.last_gc,
            })
        });
        let kept = crate::vm::Kept {
            exports: self.exports,
            handles: self.handles,
            jobs: self.jobs,
            trace: self.trace,
        };
        vm.kept = (!kept.is_empty()).then(|| Box::new(kept));
    }

    /// Calls export `id` with `args` and returns its result.
    pub fn call(&mut self, host: &mut dyn Host, id: u16, args: &[Value]) -> Result<Value, VmError> {
        let func = self.export(id)?;
        self.call_value(host, func, args)
    }

    /// The value of export `id`.
    pub fn export(&self, id: u16) -> Result<Value, VmError> {
        if let Some(e) = self.exports.iter().rev().find(|e| e.id == id) {
            return Ok(e.value);
        }
        let entry = self
            .snapshot
            .exports()
            .find(|e| e.id == id)
            .ok_or(VmError::NoSuchExport(id))?;
        if entry.value.0 & 1 == 0 {
            let slot = usize::from(entry.value.0 / 2);
            return self
                .globals
                .get(slot)
                .copied()
                .ok_or(VmError::CorruptSnapshot);
        }
        Ok(entry.value)
    }

    /// Records export `id` (what `vmExport` does at build time).
    pub fn set_export(&mut self, id: u16, value: Value) -> Result<(), VmError> {
        self.exports.retain(|e| e.id != id);
        self.exports
            .try_reserve(1)
            .map_err(|_| VmError::OutOfMemory)?;
        self.exports.push(ExportEntry { id, value });
        Ok(())
    }

    /// The IDs of every export, in the order they were made.
    pub fn export_ids(&self) -> Vec<u16> {
        let mut ids: Vec<u16> = self.snapshot.exports().map(|e| e.id).collect();
        ids.extend(self.exports.iter().map(|e| e.id));
        ids.dedup();
        ids
    }

    /// Calls any function value.
    pub fn call_value(
        &mut self,
        host: &mut dyn Host,
        func: Value,
        args: &[Value],
    ) -> Result<Value, VmError> {
        self.host_call(host, |vm, host| {
            let depth = vm.frames.len();
            vm.push(Value::UNDEFINED)?;
            vm.push(func)?;
            args.iter().try_for_each(|a| vm.push(*a))?;
            vm.run(host, args.len(), depth)
        })
    }

    /// Runs `f` as a call in from the host. The outermost such call holds
    /// the stack only while it runs and drains the job queue before it
    /// returns; a call nested in a host function does neither. On an error
    /// the VM is left as it was before `f`.
    pub(crate) fn host_call(
        &mut self,
        host: &mut dyn Host,
        f: impl FnOnce(&mut Engine<'a>, &mut dyn Host) -> Result<Value, VmError>,
    ) -> Result<Value, VmError> {
        let outermost = self.frames.is_empty();
        if outermost {
            self.trace = Vec::new();
            self.stack = Vec::new();
            // (The capacity is then exactly this: `Vec` records what it
            // asked the allocator for, not what the allocator gave.)
            self.stack
                .try_reserve_exact(self.settings.stack_size / 2)
                .map_err(|_| VmError::OutOfMemory)?;
        }
        let (depth, sp, handlers) = (self.frames.len(), self.stack.len(), self.handlers.len());
        let result = f(self, host).and_then(|v| {
            if outermost {
                // The job queue drains before control returns to the host
                // (the result stays on the stack, where collections see it).
                self.push(v)?;
                self.drain_jobs(host)?;
                self.pop()
            } else {
                Ok(v)
            }
        });
        if result.is_err() {
            self.cut_back(sp, depth, handlers);
        }
        if outermost {
            self.stack = Vec::new();
            self.frames = Vec::new();
            self.handlers = Vec::new();
            if result.is_err() {
                self.jobs = Vec::new();
            } else {
                // Failures caught on the way (a rejected promise) leave no trace.
                self.trace = Vec::new();
            }
        }
        result
    }

    /// Runs a full collection now. With `squeeze`, the heap keeps exactly
    /// its live bytes rather than whole chunks.
    pub fn run_gc(&mut self, squeeze: bool) -> Result<(), VmError> {
        self.collect(squeeze, 0)
    }

    /// Keeps `value` alive and current across collections until released.
    pub fn new_handle(&mut self, value: Value) -> Result<Handle, VmError> {
        if let Some(i) = self.handles.iter().position(Option::is_none) {
            if let Some(slot) = self.handles.get_mut(i) {
                *slot = Some(value);
            }
            return Ok(Handle(i));
        }
        self.handles
            .try_reserve(1)
            .map_err(|_| VmError::OutOfMemory)?;
        self.handles.push(Some(value));
        Ok(Handle(self.handles.len() - 1))
    }

    /// The current value of a handle (`undefined` once released).
    pub fn handle_value(&self, handle: &Handle) -> Value {
        self.handles
            .get(handle.0)
            .copied()
            .flatten()
            .unwrap_or(Value::UNDEFINED)
    }

    /// Lets the value go.
    pub fn release(&mut self, handle: Handle) {
        if let Some(slot) = self.handles.get_mut(handle.0) {
            *slot = None;
        }
        while self.handles.last() == Some(&None) {
            self.handles.pop();
        }
    }

    /// Bytes of heap in use, garbage included.
    pub fn heap_used(&self) -> usize {
        self.heap.used()
    }

    /// Pushes onto the value stack, which holds at most `stack_size / 2`
    /// values: its capacity, reserved exactly when the host calls in, is
    /// the limit (one comparison, and `Vec::push` never grows it). Frames
    /// and handlers are checked when they are made: they must fit in
    /// `stack_size` together with the values below them.
    #[inline]
    pub(crate) fn push(&mut self, v: Value) -> Result<(), VmError> {
        if self.stack.len() >= self.stack.capacity() {
            return Err(VmError::StackOverflow);
        }
        self.stack.push(v);
        Ok(())
    }

    /// Stack bytes in use: values, frames and handlers.
    pub(crate) fn stack_bytes(&self) -> usize {
        self.stack.len() * 2 + self.frames.len() * FRAME_BYTES + self.handlers.len() * HANDLER_BYTES
    }

    /// Fails with a stack overflow unless `values` more values, `frames`
    /// more frames and `handlers` more handlers fit.
    pub(crate) fn check_stack(
        &self,
        values: usize,
        frames: usize,
        handlers: usize,
    ) -> Result<(), VmError> {
        if self.stack_bytes() + values * 2 + frames * FRAME_BYTES + handlers * HANDLER_BYTES
            > self.settings.stack_size
        {
            return Err(VmError::StackOverflow);
        }
        Ok(())
    }

    /// Cuts the stack, frames and handlers back to these heights: what a
    /// failed call leaves above them is its own.
    pub(crate) fn cut_back(&mut self, sp: usize, frames: usize, handlers: usize) {
        self.stack.truncate(sp);
        self.frames.truncate(frames);
        self.handlers.truncate(handlers);
    }

    /// Replaces the stack value at absolute index `i`.
    pub(crate) fn set_peek_at(&mut self, i: usize, v: Value) -> Result<(), VmError> {
        *self
            .stack
            .get_mut(i)
            .ok_or(VmError::InvalidBytecode { pc: 0 })? = v;
        Ok(())
    }

    pub(crate) fn pop(&mut self) -> Result<Value, VmError> {
        self.stack.pop().ok_or(VmError::InvalidBytecode { pc: 0 })
    }

    /// The value `n` places below the top of the stack (0 is the top).
    pub(crate) fn peek(&self, n: usize) -> Result<Value, VmError> {
        let i = self
            .stack
            .len()
            .checked_sub(n + 1)
            .ok_or(VmError::InvalidBytecode { pc: 0 })?;
        self.stack
            .get(i)
            .copied()
            .ok_or(VmError::InvalidBytecode { pc: 0 })
    }

    /// The top two stack values, the top one second.
    #[inline]
    pub(crate) fn top2(&self) -> Option<(Value, Value)> {
        match self
            .stack
            .len()
            .checked_sub(2)
            .and_then(|i| self.stack.get(i..))
        {
            Some(&[a, b]) => Some((a, b)),
            _ => None,
        }
    }

    /// Replaces the top two stack values by `v` (a binary operator's
    /// result).
    #[inline]
    pub(crate) fn replace_top2(&mut self, v: Value) -> Result<(), VmError> {
        self.stack.pop();
        self.set_peek(0, v)
    }

    /// Replaces the value `n` places below the top of the stack. (Out of
    /// line in size builds: inlined, each use costs twice a call.)
    #[cfg_attr(mvm_size, inline(never))]
    pub(crate) fn set_peek(&mut self, n: usize, v: Value) -> Result<(), VmError> {
        let i = self.stack.len().checked_sub(n + 1);
        let slot = i.and_then(|i| self.stack.get_mut(i));
        *slot.ok_or(VmError::InvalidBytecode { pc: 0 })? = v;
        Ok(())
    }

    /// A collection; `room` is the size of the allocation that set it
    /// off, if one did (see `reset_gc_threshold`).
    fn collect(&mut self, squeeze: bool, room: usize) -> Result<(), VmError> {
        #[cfg(not(any(mvm_size, feature = "small")))]
        {
            self.text_cursor.set(None);
            let mut slots = self.slot_cache.take();
            slots.fill((0, 0));
            self.slot_cache.set(slots);
            // (Keys the collection may move.)
            let mut keys = self.int_keys.take();
            keys.fill((0, Value::UNDEFINED));
            self.int_keys.set(keys);
        }
        // The table of functions' properties is weak: a function that
        // only it holds goes, with its properties (see `collect_weak`).
        let table = self
            .export(crate::object::FUNCTION_PROPS_EXPORT)
            .ok()
            .filter(|t| t.is_heap());
        let mut roots = VmRoots {
            globals: &mut self.globals,
            exports: &mut self.exports,
            stack: &mut self.stack,
            handlers: &mut self.handlers,
            handles: &mut self.handles,
            jobs: &mut self.jobs,
            weak: table.unwrap_or(Value::UNDEFINED),
            weak_in: (None, None),
        };
        let (stats, moved) = self
            .heap
            .collect_weak(&mut roots, squeeze, table.map(|t| t.0))?;
        let (global, export) = roots.weak_in;
        if let Some(moved) = moved.map(Value) {
            if let Some(slot) = global.and_then(|g| self.globals.get_mut(g)) {
                *slot = moved;
            }
            if let Some(entry) = export.and_then(|e| self.exports.get_mut(e)) {
                entry.value = moved;
            }
        }
        self.last_gc = stats;
        self.reset_gc_threshold(room);
        Ok(())
    }

    fn reset_gc_threshold(&mut self, room: usize) {
        // Collect again once the heap is three times what survived, but
        // not below 16 chunks: a collection copies what survives, so
        // twice what survived spent a copy of it per byte allocated
        // (blind bench scripts that build text or float results spent a
        // tenth to a fifth of their time so); three times halves that for
        // half again the peak. Collecting tiny heaps often costs more time
        // than the RAM is worth (a host that must stay smaller sets a
        // budget, which a collection honours first).
        // And room for four allocations of `room` bytes, the one that set
        // the collection off: where allocations are about as large as what
        // survives (text built by `+=`, an array copied as it grows), three
        // times what survived makes room for two, and collecting then
        // copies about as much as the program does.
        // GC stress collects before every allocation: a threshold of 0
        // says so, and the allocation paths test only the threshold.
        let floor = self.settings.heap_chunk_size * 16;
        let used = self.heap.used();
        self.gc_threshold = match self.settings.gc_stress {
            true => 0,
            false => (used * 3).max(floor).max(used + 4 * room),
        };
        self.heap.set_growth_cap(self.gc_threshold);
    }

    /// Allocates, collecting first when the heap has grown enough or is
    /// full. Any heap value held in a Rust local across this call is stale
    /// afterwards: keep such values on the VM stack.
    pub(crate) fn alloc(&mut self, type_code: TypeCode, size: usize) -> Result<u16, VmError> {
        self.alloc_with(size, |vm| Ok(vm.heap.alloc(type_code, size)?))
    }

    /// [`Engine::alloc`] of an allocation holding `payload` (which must not
    /// live in the heap: a collection may move it).
    pub(crate) fn alloc_bytes(
        &mut self,
        type_code: TypeCode,
        payload: &[u8],
    ) -> Result<u16, VmError> {
        self.alloc_with(payload.len(), |vm| {
            Ok(vm.heap.alloc_bytes(type_code, payload)?)
        })
    }

    /// Runs `make`, an allocation of about `size` payload bytes: after a
    /// collection if the heap has grown past its threshold, and once more
    /// after one if the heap is full. (`make` runs after any collection,
    /// so heap values it reads from the VM stack are current.)
    #[cfg_attr(not(mvm_size), inline(always))]
    pub(crate) fn alloc_with(
        &mut self,
        size: usize,
        mut make: impl FnMut(&mut Self) -> Result<u16, VmError>,
    ) -> Result<u16, VmError> {
        self.make_room(size)?;
        match make(self) {
            Err(VmError::OutOfMemory) => {
                self.collect(false, 0)?;
                make(self)
            }
            other => other,
        }
    }

    /// A new boxed number, `whole` being its header and payload: with room
    /// already taken and no collection due, a few stores and no calls (in
    /// speed builds; size builds always take the general path).
    #[cfg_attr(not(mvm_size), inline(always))]
    fn alloc_boxed<const N: usize>(
        &mut self,
        type_code: TypeCode,
        whole: [u8; N],
    ) -> Result<Value, VmError> {
        if let Some(p) = self.alloc_now(whole) {
            return Ok(Value::heap(p));
        }
        self.alloc_boxed_slow(type_code, &whole)
    }

    /// An allocation written whole (`whole` is its header and payload),
    /// when the heap has room and no collection is due (speed builds):
    /// a few stores and no calls. `None` allocates nothing, so `whole` may
    /// hold heap references, which a collection on the general path would
    /// move.
    #[cfg_attr(not(mvm_size), inline(always))]
    pub(crate) fn alloc_now<const N: usize>(&mut self, whole: [u8; N]) -> Option<u16> {
        // As `make_room` reckons it: payload (N - 2) plus 4.
        if !crate::FAST_PATHS || self.heap.used() + N + 2 > self.gc_threshold {
            return None;
        }
        self.heap.alloc_within_capacity(whole)
    }

    /// A new closure of the bytecode function `func` over the frame's
    /// scope (one for each arrow function or callback a loop makes).
    pub(crate) fn new_closure(&mut self, func: Value) -> Result<Value, VmError> {
        if crate::FAST_PATHS {
            let scope = self.frame_scope().ok_or(VmError::CorruptSnapshot)?;
            const HEADER: [u8; 2] = header_bytes(TypeCode::Closure, 4);
            if let Some(p) = self.alloc_now(whole_bytes::<6>(HEADER, &[func, scope])) {
                return Ok(Value::heap(p));
            }
        }
        let closure = Value::heap(self.alloc(TypeCode::Closure, 4)?);
        // (Read after the allocation, which may have moved the scope.)
        let scope = self.frame_scope().ok_or(VmError::CorruptSnapshot)?;
        self.set_slots(closure, 0, &[func, scope])?;
        Ok(closure)
    }

    /// [`Engine::alloc_boxed`] when a collection is due or the heap must
    /// grow (out of line, so the fast path saves no registers for it).
    #[cold]
    #[inline(never)]
    fn alloc_boxed_slow(&mut self, type_code: TypeCode, whole: &[u8]) -> Result<Value, VmError> {
        let payload = whole.get(2..).unwrap_or_default();
        self.alloc_bytes(type_code, payload).map(Value::heap)
    }

    /// A new boxed int32 (out of line: the interpreter's arithmetic arms
    /// each inline the inline-integer case but share this).
    #[inline(never)]
    pub(crate) fn box_int32(&mut self, i: i32) -> Result<Value, VmError> {
        const HEADER: [u8; 2] = header_bytes(TypeCode::Int32, 4);
        let [h0, h1] = HEADER;
        let [a, b, c, d] = i.to_le_bytes();
        self.alloc_boxed(TypeCode::Int32, [h0, h1, a, b, c, d])
    }

    /// A new boxed float64.
    #[inline(never)]
    pub(crate) fn box_float64(&mut self, f: f64) -> Result<Value, VmError> {
        const HEADER: [u8; 2] = header_bytes(TypeCode::Float64, 8);
        let [h0, h1] = HEADER;
        let [a, b, c, d, e, f, g, h] = f.to_le_bytes();
        self.alloc_boxed(TypeCode::Float64, [h0, h1, a, b, c, d, e, f, g, h])
    }

    /// Collects first when the heap has grown past its threshold (or
    /// always, under GC stress).
    #[inline]
    fn make_room(&mut self, size: usize) -> Result<(), VmError> {
        if self.heap.used() + size + 4 > self.gc_threshold {
            self.collect(false, size + 4)?;
        }
        Ok(())
    }

    /// The allocation a reference names, and its header.
    #[inline]
    pub(crate) fn resolve(&self, v: Value) -> Option<(Place, AllocHeader)> {
        if v.is_heap() {
            return Some((Place::Heap(v.0), self.heap.header(v.0)?));
        }
        let offset = self.rom_payload(v)?;
        let header = AllocHeader(read_u16(self.rom, offset - 2)?);
        Some((Place::Rom(offset), header))
    }

    /// The snapshot offset of the ROM allocation `v` names, when it is a
    /// ROM reference that lies inside the snapshot's ROM.
    #[inline]
    pub(crate) fn rom_payload(&self, v: Value) -> Option<usize> {
        v.rom_offset_in(self.snapshot.rom_scale())
            .filter(|o| self.snapshot.in_rom(*o))
    }

    /// The reference to the ROM payload at `offset` (in a compiler's wide
    /// or wider unit, one in 4- or 8-byte steps; never without the
    /// `wide-units` feature).
    pub(crate) fn rom_value(&self, offset: usize) -> Option<Value> {
        Value::rom_in(offset, self.snapshot.rom_scale())
    }

    pub(crate) fn type_of_ref(&self, v: Value) -> Option<TypeCode> {
        self.resolve(v).map(|(_, h)| h.type_code())
    }

    /// The payload bytes of a reference. (Through the header `resolve`
    /// read, not a second read of it: measured 1 to 3% fewer instructions
    /// on the bench scripts, since the lock bit's mask made the size one
    /// step longer to read.)
    #[inline]
    pub(crate) fn payload(&self, v: Value) -> Option<&[u8]> {
        self.typed_payload(v).map(|(_, bytes)| bytes)
    }

    /// A reference's type and payload bytes, resolved once.
    #[inline]
    pub(crate) fn typed_payload(&self, v: Value) -> Option<(TypeCode, &[u8])> {
        let (bytes, at, h) = match self.resolve(v)? {
            (Place::Heap(p), h) => (self.heap.image(), usize::from(p), h),
            (Place::Rom(offset), h) => (self.rom, offset, h),
        };
        Some((h.type_code(), bytes.get(at..at + h.extent())?))
    }

    /// Value slot `index` of a value-holding allocation.
    pub(crate) fn slot(&self, v: Value, index: usize) -> Option<Value> {
        read_u16(self.payload(v)?, index * 2).map(Value)
    }

    /// Writes `values` into `v`'s slots from `first` on, in one pass (one
    /// bounds check for the run).
    pub(crate) fn set_slots(
        &mut self,
        v: Value,
        first: usize,
        values: &[Value],
    ) -> Result<(), VmError> {
        let ValueKind::Heap(p) = v.kind() else {
            return Err(VmError::CorruptSnapshot);
        };
        let words = self.heap.payload_mut(p).ok_or(VmError::CorruptSnapshot)?;
        for (i, value) in values.iter().enumerate() {
            let at = (first + i) * 2;
            words
                .get_mut(at..at + 2)
                .ok_or(VmError::CorruptSnapshot)?
                .copy_from_slice(&value.0.to_le_bytes());
        }
        Ok(())
    }

    pub(crate) fn set_slot(&mut self, v: Value, index: usize, value: Value) -> Result<(), VmError> {
        match v.kind() {
            ValueKind::Heap(p) => self
                .heap
                .set_value(p, index, value)
                .ok_or(VmError::CorruptSnapshot),
            _ => Err(VmError::CorruptSnapshot),
        }
    }

    pub(crate) fn function_info(&self, offset: usize) -> Result<FunctionInfo, VmError> {
        if !self.snapshot.in_rom(offset) {
            return Err(VmError::CorruptSnapshot);
        }
        FunctionInfo::read(self.rom, offset)
    }

    /// The int32 a value holds: an inline integer or a boxed int32. The
    /// interpreter's integer fast paths read operands through this, without
    /// the general [`Engine::num`].
    #[cfg_attr(not(mvm_size), inline(always))]
    pub(crate) fn int32_of(&self, v: Value) -> Option<i32> {
        if let Some(i) = v.as_int() {
            return Some(i32::from(i));
        }
        if v.is_heap() {
            return self.heap.int32_at(v.0);
        }
        mvm_snapshot::read_boxed_int32(self.rom, self.rom_payload(v)?)
    }

    /// The value for the integer `i`: inline when it fits in 14 bits, else
    /// a new boxed int32.
    #[inline]
    pub(crate) fn int_value(&mut self, i: i32) -> Result<Value, VmError> {
        match Value::int(i) {
            Some(v) => Ok(v),
            None => self.box_int32(i),
        }
    }

    /// The value for the number `f`, in canonical form (see
    /// [`Num::normalize`]), allocating only when it does not fit inline.
    #[inline]
    pub(crate) fn f64_value(&mut self, f: f64) -> Result<Value, VmError> {
        match Num::Float(f).normalize() {
            Num::Int(i) => self.int_value(i),
            // Normalizing left only -0 as a zero float.
            Num::Float(f) if f.is_nan() => Ok(Value::NAN),
            Num::Float(0.0) => Ok(Value::NEG_ZERO),
            Num::Float(f) => self.box_float64(f),
        }
    }

    /// The number a value holds, if it is a number.
    pub(crate) fn num(&self, v: Value) -> Option<Num> {
        self.number_operand(v)
    }

    /// [`Engine::num`], inlined into the arithmetic path. (Boxed first: the
    /// interpreter asks this after its inline-integer paths did not apply,
    /// so a boxed number is the likeliest operand.)
    #[cfg_attr(not(mvm_size), inline(always))]
    pub(crate) fn number_operand(&self, v: Value) -> Option<Num> {
        // (Even is a heap reference, or 0, which no header precedes.)
        let (image, at) = if v.0 & 1 == 0 {
            (self.heap.image(), usize::from(v.0))
        } else if let Some(i) = v.as_int() {
            return Some(Num::Int(i32::from(i)));
        } else {
            match v {
                Value::NAN => return Some(Num::Float(f64::NAN)),
                Value::NEG_ZERO => return Some(Num::Float(-0.0)),
                _ => (self.rom, self.rom_payload(v)?),
            }
        };
        // (One read for both places: a second copy of it is 200 bytes.)
        Some(match mvm_snapshot::read_boxed_number(image, at)? {
            BoxedNumber::Int32(i) => Num::Int(i),
            BoxedNumber::Float64(f) => Num::Float(f),
        })
    }

    /// A value for the number `n`, allocating only when it does not fit
    /// inline.
    pub fn number(&mut self, n: f64) -> Result<Value, VmError> {
        self.make_num(Num::Float(n))
    }

    /// (Inlined in a speed build: called, it takes the `Num` through memory,
    /// and reading a float back just after it was stored stalls.)
    #[cfg_attr(not(mvm_size), inline(always))]
    pub(crate) fn make_num(&mut self, n: Num) -> Result<Value, VmError> {
        match n {
            Num::Int(i) => self.int_value(i),
            Num::Float(f) => self.f64_value(f),
        }
    }

    pub(crate) fn write_payload(&mut self, p: u16, bytes: &[u8]) -> Result<(), VmError> {
        let dest = self
            .heap
            .payload_mut(p)
            .and_then(|d| d.get_mut(..bytes.len()))
            .ok_or(VmError::CorruptSnapshot)?;
        dest.copy_from_slice(bytes);
        Ok(())
    }
}

/// An allocation's bytes as [`Engine::alloc_now`] takes them: `header`,
/// then `values` (`B` is 2 more than twice their count; the rest zero).
#[inline(always)]
pub(crate) fn whole_bytes<const B: usize>(header: [u8; 2], values: &[Value]) -> [u8; B] {
    let mut whole = [0; B];
    let words = core::iter::once(header).chain(values.iter().map(|v| v.0.to_le_bytes()));
    for (to, from) in whole.chunks_exact_mut(2).zip(words) {
        to.copy_from_slice(&from);
    }
    whole
}

/// An allocation header's bytes, for a constant.
pub(crate) const fn header_bytes(type_code: TypeCode, size: usize) -> [u8; 2] {
    match AllocHeader::new(type_code, size) {
        Some(h) => h.0.to_le_bytes(),
        None => [0, 0],
    }
}

struct VmRoots<'r> {
    globals: &'r mut [Value],
    exports: &'r mut [ExportEntry],
    /// (Each frame's scope is in the stack: see `Frame`.)
    stack: &'r mut [Value],
    handlers: &'r mut [Handler],
    handles: &'r mut [Option<Value>],
    jobs: &'r mut [Value],
    /// The weak table, which the roots leave to the collector, and the
    /// global and the export that hold it (found as the roots are walked).
    weak: Value,
    weak_in: (Option<usize>, Option<usize>),
}

impl Roots for VmRoots<'_> {
    fn each_root(&mut self, visit: &mut dyn FnMut(&mut Value)) {
        let weak = self.weak;
        for (i, v) in self.globals.iter_mut().enumerate() {
            match weak.is_heap() && *v == weak {
                true => self.weak_in.0 = Some(i),
                false => visit(v),
            }
        }
        for (i, e) in self.exports.iter_mut().enumerate() {
            match weak.is_heap() && e.value == weak {
                true => self.weak_in.1 = Some(i),
                false => visit(&mut e.value),
            }
        }
        self.stack.iter_mut().for_each(&mut *visit);
        self.handlers.iter_mut().for_each(|h| visit(&mut h.scope));
        self.handles.iter_mut().flatten().for_each(&mut *visit);
        self.jobs.iter_mut().for_each(&mut *visit);
    }
}

impl<'a> Engine<'a> {
    /// A function value that calls host import `id`.
    pub fn host_function(&mut self, id: u16) -> Result<Value, VmError> {
        let p = self.alloc(TypeCode::HostFunc, 2)?;
        self.write_payload(p, &id.to_le_bytes())?;
        Ok(Value::heap(p))
    }

    /// JavaScript's `Number(v)`.
    pub fn to_number(&self, v: Value) -> f64 {
        self.to_num(v).to_f64()
    }
}
