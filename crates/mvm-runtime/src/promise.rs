//! Promises, async functions and the job queue.
//!
//! A promise is an object whose prototype is `Promise.prototype` (export
//! [`PROMISE_PROTOTYPE_EXPORT`], so scripts can augment it) with two
//! internal slots keyed by values no script can name: its state and its
//! result. While pending, the result slot holds the reactions waiting on it
//! as a list (newest first).
//!
//! Reactions are fixed-length arrays `[tag, next, ...]`:
//! - `THEN`: `[onFulfilled, onRejected, derived promise]`;
//! - `ADOPT`: `[target promise]`, settling the target like this promise;
//! - `AWAIT`: a suspended async function (see [`Engine::suspend`]).
//!
//! Settling a promise queues a job `[reaction, state, value]` per reaction.
//! The queue drains before a call from the host returns.

use crate::engine::{header_bytes, whole_bytes};
use crate::interp::Invoked;
use crate::{Engine, Host, VmError};
use mvm_snapshot::{read_u16, Builtin, TypeCode, Value};

/// The export ID under which a program's `Promise.prototype` is kept.
pub const PROMISE_PROTOTYPE_EXPORT: u16 = 0xFFFF;

const PENDING: i32 = 0;
pub(crate) const FULFILLED: i32 = 1;
pub(crate) const REJECTED: i32 = 2;

const TAG_THEN: i32 = 1;
/// Resolving a promise with a thenable: call its `then` (in a job, as the
/// spec orders it) with functions that settle the promise.
const TAG_THENABLE: i32 = 2;
pub(crate) const TAG_AWAIT: i32 = 3;

/// Values in a suspended async function's record before its saved values:
/// `tag, next, func, pc offset, scope, this, handler count, pc offset's
/// high part`; then, for each of its handlers, `pc offset, stack height,
/// scope, pc offset's high part` ([`AWAIT_HANDLER`] values). (An offset
/// is two inline integers, see [`offset_parts`]: one holds 8,191 at most,
/// and a function's code can be longer.)
pub(crate) const AWAIT_HEADER: usize = 8;
/// Values a suspended function's record keeps for each of its handlers.
pub(crate) const AWAIT_HANDLER: usize = 4;

/// A code offset (below 2^26) as two inline integers, its low 13 bits
/// and the rest.
pub(crate) fn offset_parts(offset: usize) -> (Value, Value) {
    let part = |n: usize| Value((n as u16 & 0x1FFF) << 2 | 3);
    (part(offset), part(offset >> 13))
}

/// The code offset [`offset_parts`] made of `low` and `high`, if both are
/// its inline integers.
pub(crate) fn offset_of(low: Value, high: Value) -> Option<usize> {
    let part = |v: Value| (v.0 & 0x8003 == 3).then_some(usize::from(v.0 >> 2));
    Some(part(high)? << 13 | part(low)?)
}

fn int(n: i32) -> Value {
    Value::int(n).unwrap_or(Value::UNDEFINED)
}

impl<'a> Engine<'a> {
    /// A new pending promise, for a host function that finishes later
    /// (an async host function): return it, keep it with a handle, and
    /// settle it with [`Engine::settle_promise`].
    pub fn create_promise(&mut self) -> Result<Value, VmError> {
        self.new_promise()
    }

    /// Fulfils (`ok`) or rejects a promise the host made, then runs the
    /// jobs that follows from it (the callbacks and async functions
    /// waiting on it) before returning.
    pub fn settle_promise(
        &mut self,
        host: &mut dyn Host,
        promise: Value,
        ok: bool,
        value: Value,
    ) -> Result<(), VmError> {
        self.host_call(host, |vm, _| {
            if ok {
                vm.resolve_promise(promise, value)?;
            } else {
                vm.settle(promise, REJECTED, value)?;
            }
            Ok(Value::UNDEFINED)
        })
        .map(|_| ())
    }

    /// A new pending promise.
    pub(crate) fn new_promise(&mut self) -> Result<Value, VmError> {
        // No next segment, the prototype, then the state and result pairs.
        let slots = |vm: &Self| {
            let proto = vm.export(PROMISE_PROTOTYPE_EXPORT).unwrap_or(Value::NULL);
            [
                Value::NULL,
                if vm.is_plain_object(proto) {
                    proto
                } else {
                    Value::NULL
                },
                Builtin::PromiseState.value(),
                int(PENDING),
                Builtin::PromiseResult.value(),
                Value::UNDEFINED,
            ]
        };
        // (Written whole where the heap has room: one for each async call.)
        if crate::FAST_PATHS {
            const HEADER: [u8; 2] = header_bytes(TypeCode::PropertyList, 12);
            if let Some(p) = self.alloc_now(whole_bytes::<14>(HEADER, &slots(self))) {
                return Ok(Value::heap(p));
            }
        }
        let p = self.new_object(2)?;
        // (Read after the allocation, which may have moved the prototype.)
        self.set_slots(p, 0, &slots(self))?;
        Ok(p)
    }

    /// Why `p` was rejected, when it is a rejected promise.
    pub(crate) fn rejection(&self, p: Value) -> Option<Value> {
        self.settled_with(p, REJECTED)
    }

    /// What `p` settled with, when it is a promise in `state` (fulfilled
    /// or rejected).
    pub(crate) fn settled_with(&self, p: Value, state: i32) -> Option<Value> {
        (self.promise_state(p) == Some(state))
            .then(|| self.slot(p, 5))
            .flatten()
    }

    /// Whether `v` is a promise made by this VM.
    pub(crate) fn is_promise(&self, v: Value) -> bool {
        self.promise_state(v).is_some()
    }

    /// `p`'s state, when it is a promise made by this VM (its allocation
    /// resolved once: async calls ask it a few times each).
    fn promise_state(&self, p: Value) -> Option<i32> {
        let slots = match crate::FAST_PATHS {
            true => self.typed_payload(p),
            // (Size builds: two calls, not the resolution inlined.)
            false => self.type_of_ref(p).zip(self.payload(p)),
        };
        let slots = slots.filter(|(t, _)| *t == TypeCode::PropertyList)?.1;
        let slot = |i: usize| read_u16(slots, i * 2).map(Value);
        if slot(2)? != Builtin::PromiseState.value() {
            return None;
        }
        Some(slot(3)?.as_int().map_or(PENDING, i32::from))
    }

    /// Resolves `p` with `x`: adopts `x`'s outcome if it is a promise.
    pub(crate) fn resolve_promise(&mut self, p: Value, x: Value) -> Result<(), VmError> {
        if self.promise_state(p) != Some(PENDING) {
            return Ok(());
        }
        if x == p {
            self.push(p)?;
            let error = self.make_error(
                "TypeError",
                b"Chaining cycle detected for promise #<Promise>",
            )?;
            let p = self.pop()?;
            return self.settle(p, REJECTED, error);
        }
        if self.is_thenable(x) {
            self.push(p)?;
            self.push(x)?;
            let reaction = self.reaction(TAG_THENABLE, 1)?;
            let (p, x) = (self.peek(1)?, self.peek(0)?);
            self.set_slot(reaction, 2, p)?;
            self.enqueue(reaction, FULFILLED, x)?;
            self.pop()?;
            self.pop()?;
            return Ok(());
        }
        self.settle(p, FULFILLED, x)
    }

    /// An object with a callable `then`.
    pub(crate) fn is_thenable(&self, x: Value) -> bool {
        self.is_plain_object(x) && self.is_callable(self.lookup_name(x, b"then"))
    }

    /// Pushes `resolve` and `reject` functions bound to the promise at
    /// stack index `p_at`.
    fn push_resolving_functions(&mut self, p_at: usize) -> Result<(), VmError> {
        for builtin in [Builtin::PromiseResolve, Builtin::PromiseReject] {
            let c = self.alloc(TypeCode::Closure, 4)?;
            let closure = Value::heap(c);
            let p = self.stack.get(p_at).copied().unwrap_or(Value::UNDEFINED);
            self.set_slots(closure, 0, &[builtin.value(), p])?;
            self.push(closure)?;
        }
        Ok(())
    }

    /// Fulfils or rejects `p` and queues its reactions, oldest first.
    pub(crate) fn settle(&mut self, p: Value, state: i32, value: Value) -> Result<(), VmError> {
        if self.promise_state(p) != Some(PENDING) {
            return Ok(());
        }
        let mut reactions = self.slot(p, 5).unwrap_or(Value::UNDEFINED);
        self.set_slot(p, 3, int(state))?;
        self.set_slot(p, 5, value)?;
        // The list is newest first; queue oldest first.
        let mut ordered = alloc::vec::Vec::new();
        while reactions.is_heap() {
            // More reactions than the heap can hold (each takes at least 6
            // bytes): a list a corrupt snapshot made into a cycle, which
            // would grow `ordered` until memory ran out.
            if ordered.len() > mvm_gc::MAX_HEAP_SIZE / 6 {
                return Err(VmError::CorruptSnapshot);
            }
            ordered.try_reserve(1).map_err(|_| VmError::OutOfMemory)?;
            ordered.push(reactions);
            reactions = self.slot(reactions, 1).unwrap_or(Value::UNDEFINED);
        }
        let start = self.stack.len();
        self.push(value)?;
        for r in ordered.iter().rev() {
            self.push(*r)?;
        }
        for i in 0..ordered.len() {
            let r = self
                .stack
                .get(start + 1 + i)
                .copied()
                .unwrap_or(Value::UNDEFINED);
            let v = self.stack.get(start).copied().unwrap_or(Value::UNDEFINED);
            self.enqueue(r, state, v)?;
        }
        self.stack.truncate(start);
        Ok(())
    }

    /// A reaction record with `extra` slots after `tag, next`.
    fn reaction(&mut self, tag: i32, extra: usize) -> Result<Value, VmError> {
        let p = self.alloc(TypeCode::FixedLengthArray, (2 + extra) * 2)?;
        let r = Value::heap(p);
        self.set_slots(r, 0, &[int(tag), Value::UNDEFINED])?;
        for i in 0..extra {
            self.set_slot(r, 2 + i, Value::UNDEFINED)?;
        }
        Ok(r)
    }

    /// Runs `reaction` when `target` settles (now, as a job, if it has).
    /// A value that is not a promise counts as already fulfilled.
    pub(crate) fn subscribe(&mut self, target: Value, reaction: Value) -> Result<(), VmError> {
        let Some(state) = self.promise_state(target) else {
            return self.enqueue(reaction, FULFILLED, target);
        };
        match state {
            PENDING => {
                let head = self.slot(target, 5).unwrap_or(Value::UNDEFINED);
                self.set_slot(reaction, 1, head)?;
                self.set_slot(target, 5, reaction)
            }
            state => {
                let value = self.slot(target, 5).unwrap_or(Value::UNDEFINED);
                self.enqueue(reaction, state, value)
            }
        }
    }

    fn enqueue(&mut self, reaction: Value, state: i32, value: Value) -> Result<(), VmError> {
        self.push(reaction)?;
        self.push(value)?;
        let p = self.alloc(TypeCode::FixedLengthArray, 6)?;
        let job = Value::heap(p);
        let value = self.pop()?;
        let reaction = self.pop()?;
        self.set_slots(job, 0, &[reaction, int(state), value])?;
        self.jobs.try_reserve(1).map_err(|_| VmError::OutOfMemory)?;
        self.jobs.push(job);
        Ok(())
    }

    /// `promise.then(onFulfilled, onRejected)` / `promise.catch(onRejected)`;
    /// with `uncaught`, a job with no derived promise (`undefined`), whose
    /// throw ends the host's call as an uncaught exception.
    pub(crate) fn promise_then(
        &mut self,
        this_at: usize,
        on_fulfilled: Value,
        on_rejected: Value,
        uncaught: bool,
    ) -> Result<Value, VmError> {
        let this = self.stack.get(this_at).copied().unwrap_or(Value::UNDEFINED);
        if !self.is_promise(this) {
            return Err(VmError::NotCallable);
        }
        self.push(on_fulfilled)?;
        self.push(on_rejected)?;
        let derived = if uncaught {
            Value::UNDEFINED
        } else {
            self.new_promise()?
        };
        self.push(derived)?;
        let reaction = self.reaction(TAG_THEN, 3)?;
        let (f, r, d) = (self.peek(2)?, self.peek(1)?, self.peek(0)?);
        self.set_slots(reaction, 2, &[f, r, d])?;
        let this = self.stack.get(this_at).copied().unwrap_or(Value::UNDEFINED);
        self.subscribe(this, reaction)?;
        let derived = self.pop()?;
        self.pop()?;
        self.pop()?;
        Ok(derived)
    }

    /// `new Promise(executor)`.
    pub(crate) fn construct_promise(
        &mut self,
        host: &mut dyn Host,
        executor: Value,
    ) -> Result<Invoked, VmError> {
        if !self.is_callable(executor) {
            let mut text = b"Promise resolver ".to_vec();
            match self.type_of_ref(executor) {
                Some(TypeCode::Array | TypeCode::PropertyList) => {
                    self.describe_object(executor, &mut text)
                }
                _ => self.write_string(executor, &mut text),
            }
            text.extend_from_slice(b" is not a function");
            let error = self.make_error("TypeError", &text)?;
            return Err(VmError::Uncaught(error));
        }
        self.push(executor)?;
        let p = self.new_promise()?;
        self.push(p)?;
        self.push_resolving_functions(self.stack.len() - 1)?;
        // Stack: executor, p, resolve, reject. Call executor(resolve, reject).
        let (executor, resolve, reject) = (self.peek(3)?, self.peek(1)?, self.peek(0)?);
        self.push(Value::UNDEFINED)?;
        self.push(executor)?;
        self.push(resolve)?;
        self.push(reject)?;
        // A throw in the executor rejects the promise.
        if let (REJECTED, reason) = self.call_settling(host, 2)? {
            let p = self.peek(2)?;
            self.settle(p, REJECTED, reason)?;
        }
        let p = self.peek(2)?;
        for _ in 0..4 {
            self.pop()?;
        }
        Ok(Invoked::Returned(p))
    }

    /// Calls the function below `argc` arguments (and above `this`) on the
    /// stack, as an executor or a reaction is called: its outcome comes
    /// back as a promise state and value, a throw as a rejection. The
    /// call's values are gone from the stack either way.
    fn call_settling(&mut self, host: &mut dyn Host, argc: usize) -> Result<(i32, Value), VmError> {
        let (depth, handlers) = (self.frames.len(), self.handlers.len());
        let sp = self.stack.len().saturating_sub(argc + 2);
        match self.run(host, argc, depth) {
            Ok(v) => Ok((FULFILLED, v)),
            Err(e) => {
                let pc = self.return_address();
                self.cut_back(sp, depth, handlers);
                // (A rejection, not an error of the host's: no place to note.)
                self.trace.clear();
                Ok((REJECTED, self.catchable(e, host, pc)?))
            }
        }
    }

    /// Runs queued jobs until none are left.
    pub(crate) fn drain_jobs(&mut self, host: &mut dyn Host) -> Result<(), VmError> {
        while !self.jobs.is_empty() {
            let job = self.jobs.remove(0);
            self.push(job)?;
            let result = self.run_job(host);
            self.pop()?;
            result?;
        }
        Ok(())
    }

    /// Runs the job on top of the stack.
    fn run_job(&mut self, host: &mut dyn Host) -> Result<(), VmError> {
        let job = self.peek(0)?;
        let reaction = self.slot(job, 0).unwrap_or(Value::UNDEFINED);
        let state = self
            .slot(job, 1)
            .and_then(|v| v.as_int())
            .map_or(FULFILLED, i32::from);
        let value = self.slot(job, 2).unwrap_or(Value::UNDEFINED);
        let tag = self
            .slot(reaction, 0)
            .and_then(|v| v.as_int())
            .map_or(0, i32::from);
        match tag {
            TAG_THENABLE => {
                // thenable.then(resolve, reject), settling the promise.
                let p_at = self.stack.len();
                self.push(self.slot(reaction, 2).unwrap_or(Value::UNDEFINED))?;
                self.push(value)?;
                self.push(self.lookup_name(value, b"then"))?;
                self.push_resolving_functions(p_at)?;
                if let (REJECTED, reason) = self.call_settling(host, 2)? {
                    let p = self.peek(0)?;
                    self.settle(p, REJECTED, reason)?;
                }
                self.stack.truncate(p_at);
                Ok(())
            }
            TAG_AWAIT => {
                self.resume(host, reaction, state, value)?;
                Ok(())
            }
            TAG_THEN => {
                let handler = self
                    .slot(reaction, if state == FULFILLED { 2 } else { 3 })
                    .unwrap_or(Value::UNDEFINED);
                if !self.is_callable(handler) {
                    // No handler: the outcome passes through.
                    let derived = self.slot(reaction, 4).unwrap_or(Value::UNDEFINED);
                    return self.settle(derived, state, value);
                }
                self.push(Value::UNDEFINED)?;
                self.push(handler)?;
                self.push(value)?;
                if self.slot(reaction, 4) == Some(Value::UNDEFINED) {
                    // queueMicrotask's: a throw is nobody's to catch.
                    let depth = self.frames.len();
                    return self.run(host, 1, depth).map(|_| ());
                }
                let (state, result) = self.call_settling(host, 1)?;
                self.push(result)?;
                let job = self.peek(1)?;
                let reaction = self.slot(job, 0).unwrap_or(Value::UNDEFINED);
                let derived = self.slot(reaction, 4).unwrap_or(Value::UNDEFINED);
                let result = self.pop()?;
                if state == FULFILLED {
                    self.resolve_promise(derived, result)
                } else {
                    self.settle(derived, REJECTED, result)
                }
            }
            _ => Err(VmError::CorruptSnapshot),
        }
    }
}
