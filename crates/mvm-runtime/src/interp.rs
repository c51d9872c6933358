//! The interpreter loop.
//!
//! JavaScript calls do not recurse in Rust: each call pushes a [`Frame`] and
//! the loop carries on in the callee, so script recursion depth is bounded by
//! the VM's stack setting alone. Every byte of bytecode is read through
//! bounds checks, and every jump is checked against its function, so a
//! corrupt snapshot ends in an error, never a panic.
//!
//! A call's stack layout is `this callee arg1 .. argN`; the callee's locals
//! follow its arguments.

use crate::engine::{whole_bytes, Frame, Handler, Place, RomPos};
use crate::function::FunctionInfo;
use crate::object::PlainWrite;
use crate::ops::inline_step;
use crate::{Engine, Host, VmError};
use alloc::vec::Vec;
use mvm_snapshot::opcode::{Op, Parts, CONCAT_PLUS};
use mvm_snapshot::{read_u16, TypeCode, Value, ValueKind};

/// The function being executed, as the instruction loop needs it: few
/// fields, so they stay in registers (the constant pool's size is read
/// from ROM when a constant is).
#[derive(Clone, Copy)]
pub(crate) struct Current {
    /// ROM offset of the function's payload (its preamble).
    pub func: usize,
    pub code_start: usize,
    /// The code's length: a jump checks an offset from its start.
    pub code_len: usize,
    /// Stack index of the first local (the first parameter).
    pub base: usize,
}

impl Current {
    fn new(func: usize, info: &FunctionInfo, base: usize) -> Current {
        Current {
            func,
            code_start: info.code_start,
            code_len: info.code_end - info.code_start,
            base,
        }
    }

    /// Constant `index` of the function's pool.
    #[inline]
    fn constant(&self, rom: &[u8], index: u8) -> Option<Value> {
        let consts = *rom.get(self.func + 2)?;
        let pool = self.func + crate::function::FUNCTION_PREAMBLE;
        crate::function::constant(rom, pool, consts, index)
    }
}

/// For the fused compare-and-jump instructions on two integers: bit
/// `3k + order` is set when instruction `JumpUnlessLt + k` jumps for
/// operands that compare as `order` (0 less, 1 equal, 2 greater).
/// How `user_primitives` converts an object, as ECMAScript's ToPrimitive
/// hints: arithmetic and comparisons (`valueOf` first), `+` (the same,
/// but a `Date`'s text first) and templates (`toString` first).
pub(crate) const HINT_NUMBER: u8 = 0;
pub(crate) const HINT_DEFAULT: u8 = 1;
pub(crate) const HINT_STRING: u8 = 2;

const FUSED_JUMPS: u64 = {
    // Bits (less, equal, greater) where each comparison holds, three per
    // comparison in opcode order: Lt, Le, Gt, Ge, StrictEq, StrictNe.
    const HOLDS: u64 = 0b001 | 0b011 << 3 | 0b100 << 6 | 0b110 << 9 | 0b010 << 12 | 0b101 << 15;
    // The six `JumpUnless*` jump where it fails, the six `JumpIf*` where
    // it holds.
    (!HOLDS & 0o777777) | HOLDS << 18
};

/// What a call turned out to be.
pub(crate) enum Invoked {
    /// A bytecode function: a frame was pushed; run it from its start.
    Frame(Current),
    /// A host or builtin function: it already returned this.
    Returned(Value),
}

/// `| 0` as the compiler writes it: `BitOrValue` with the inline 0.
const BIT_OR_ZERO: [u8; 3] = {
    let [lo, hi] = match Value::int(0) {
        Some(zero) => zero.0.to_le_bytes(),
        None => [0, 0],
    };
    [Op::BitOrValue as u8, lo, hi]
};

impl<'a> Engine<'a> {
    /// Calls the function below `argc` arguments (and above `this`) on the
    /// stack and runs until it returns to frame depth `depth`.
    pub(crate) fn run(
        &mut self,
        host: &mut dyn Host,
        argc: usize,
        depth: usize,
    ) -> Result<Value, VmError> {
        let handlers_base = self.handlers.len();
        let pc = match self.invoke(host, argc, 0, false)? {
            Invoked::Returned(v) => return Ok(v),
            Invoked::Frame(_) => self.frame_pc()?,
        };
        self.run_frame(host, depth, handlers_base, pc, None)
    }

    /// Runs the top frame from `pc` (first throwing `throw`, if given)
    /// until it returns to frame depth `depth`; exceptions unwind to
    /// handlers above `handlers_base`.
    pub(crate) fn run_frame(
        &mut self,
        host: &mut dyn Host,
        depth: usize,
        handlers_base: usize,
        pc: usize,
        throw: Option<Value>,
    ) -> Result<Value, VmError> {
        if self.nested_runs >= crate::engine::MAX_NESTED_RUNS {
            return Err(VmError::StackOverflow);
        }
        self.nested_runs += 1;
        let result = self.run_frame_loop(host, depth, handlers_base, pc, throw);
        self.nested_runs -= 1;
        result
    }

    fn run_frame_loop(
        &mut self,
        host: &mut dyn Host,
        depth: usize,
        handlers_base: usize,
        mut pc: usize,
        mut throw: Option<Value>,
    ) -> Result<Value, VmError> {
        loop {
            let outcome = match throw.take() {
                Some(v) => Err(VmError::Uncaught(v)),
                None => self.execute(host, depth, &mut pc),
            };
            match outcome {
                Err(VmError::Uncaught(thrown)) if self.handlers.len() > handlers_base => {
                    pc = self.unwind(thrown)?;
                }
                // Type and range errors are exceptions a script can catch,
                // too.
                Err(
                    e @ (VmError::NotCallable
                    | VmError::NotIterable(_)
                    | VmError::PropertyOfNullish
                    | VmError::ReadOfUndefined(_)
                    | VmError::ReadOfNull(_)
                    | VmError::WriteOfUndefined(_)
                    | VmError::WriteOfNull(_)
                    | VmError::InvalidArrayLength
                    | VmError::AllocationTooLarge),
                ) if self.handlers.len() > handlers_base => {
                    let thrown = self.catchable(e, host, self.return_address())?;
                    pc = self.unwind(thrown)?;
                }
                // A runaway recursion is a RangeError a script can catch:
                // unwound first, as the error needs the room it took.
                Err(VmError::StackOverflow) if self.handlers.len() > handlers_base => {
                    pc = self.unwind(Value::UNDEFINED)?;
                    let thrown = self.catchable(VmError::StackOverflow, host, 0)?;
                    self.set_peek(0, thrown)?;
                }
                Err(e) => {
                    self.record_trace(pc);
                    return Err(match e {
                        // The loop reports bad bytecode without its offset
                        // (a constant error needs no register); the
                        // innermost run fills it in.
                        VmError::InvalidBytecode { pc: 0 } => {
                            VmError::InvalidBytecode { pc: pc as u16 }
                        }
                        e => e,
                    });
                }
                ok => return ok,
            }
        }
    }

    /// Notes where an error that escapes to the host happened: `pc` in the
    /// current function, then each caller's return address. The innermost
    /// failure wins (nested runs record first).
    fn record_trace(&mut self, pc: usize) {
        if !self.trace.is_empty() {
            return;
        }
        let mut trace = Vec::new();
        if trace.try_reserve(self.frames.len()).is_err() {
            return;
        }
        trace.push(pc as RomPos);
        trace.extend(self.frames.iter().rev().skip(1).map(|f| f.pc));
        self.trace = trace;
    }

    /// The return address the innermost frame keeps: after a failed call,
    /// the call's (the callee got no frame), which names it to the host
    /// (`Host::not_callable_message`). Only a desktop host has the source
    /// map that does, so a device build leaves it out.
    pub(crate) fn return_address(&self) -> RomPos {
        match cfg!(feature = "std") {
            true => self.frames.last().map_or(0, |f| f.pc),
            false => 0,
        }
    }

    /// V8's message when the failure is a class constructor's
    /// `RequireNew` (the innermost frame has run nothing else), naming the
    /// class by its constructor's name when it was kept. (Desktop builds
    /// only: `catchable` asks it under `std`.)
    #[cfg(feature = "std")]
    fn class_called_without_new(&self, out: &mut Vec<u8>) {
        let Some(frame) = self.frames.last() else {
            return;
        };
        let func = frame.func as usize;
        let Some((Op::RequireNew, code_start)) = self.first_instruction_at(func) else {
            return;
        };
        if frame.pc as usize != code_start {
            return;
        }
        let name = crate::function::name(self.rom, func).and_then(|n| self.string_bytes(n));
        out.extend_from_slice(b"Class constructor ");
        if let Some(name) = name.filter(|n| !n.is_empty()) {
            out.extend_from_slice(name);
            out.push(b' ');
        }
        out.extend_from_slice(b"cannot be invoked without 'new'");
    }

    /// What V8 says of walking `v` where it does not name it: `undefined
    /// is not iterable (...)`, `object null ...`, `number 5 ...`, `object
    /// ...`.
    #[cfg(feature = "std")]
    fn not_iterable_text(&self, v: Value, out: &mut Vec<u8>) {
        match self.num(v) {
            Some(_) => {
                out.extend_from_slice(b"number ");
                self.write_string(v, out);
            }
            None if matches!(v.kind(), ValueKind::True | ValueKind::False) => {
                out.extend_from_slice(b"boolean ");
                self.write_string(v, out);
            }
            None if v.kind() == ValueKind::Undefined => out.extend_from_slice(b"undefined"),
            None if v.kind() == ValueKind::Null => out.extend_from_slice(b"object null"),
            None if self.is_callable(v) => out.extend_from_slice(b"function"),
            None => out.extend_from_slice(b"object"),
        }
        out.extend_from_slice(b" is not iterable (cannot read property Symbol(Symbol.iterator))");
    }

    /// What V8 says of calling `v` where it does not name the callee (a
    /// callback the library calls): `5 is not a function`, `#<Object>
    /// ...`, `[object Array] ...`.
    #[cfg(feature = "std")]
    fn not_function_text(&self, v: Value, out: &mut Vec<u8>) {
        match self.type_of_ref(v) {
            _ if self.string_bytes(v).is_some() || !self.is_object(v) => {
                out.extend_from_slice(self.inspect_to_depth(v, 0).as_bytes())
            }
            Some(TypeCode::Array) => out.extend_from_slice(b"[object Array]"),
            _ => {
                let class = self.class_name(v);
                out.extend_from_slice(b"#<");
                out.extend_from_slice(class.as_deref().unwrap_or("Object").as_bytes());
                out.push(b'>');
            }
        }
        out.extend_from_slice(b" is not a function");
    }

    /// `key in value` for a value that is no object, worded as V8 words
    /// it: "Cannot use 'in' operator to search for 'temp' in {}" (the
    /// string that was never parsed, say). A device says less (see
    /// `catchable`).
    #[cfg(feature = "std")]
    fn in_error(&mut self, key: Value, value: Value) -> VmError {
        let mut text = b"Cannot use 'in' operator to search for '".to_vec();
        self.write_string(key, &mut text);
        text.extend_from_slice(b"' in ");
        self.write_string(value, &mut text);
        match self.make_error("TypeError", &text) {
            Ok(error) => VmError::Uncaught(error),
            Err(e) => e,
        }
    }

    /// The value a script sees thrown for `e`, when it can catch it; `pc`
    /// is the failing frame's return address.
    pub(crate) fn catchable(
        &mut self,
        e: VmError,
        host: &dyn Host,
        pc: RomPos,
    ) -> Result<Value, VmError> {
        match e {
            VmError::Uncaught(v) => Ok(v),
            VmError::NotCallable | VmError::NotIterable(_) => {
                // A desktop host names the callee (or what was walked) from
                // its source map, or the class called without `new`, or
                // says what the value is; a device says no more.
                let callable = e == VmError::NotCallable;
                #[cfg(feature = "std")]
                {
                    let mut text = Vec::new();
                    let not_called = core::mem::replace(&mut self.not_called, Value::HOLE);
                    match (host.not_callable_message(pc), e) {
                        (Some(message), VmError::NotIterable(v)) => {
                            spread_text(message.as_bytes(), v, &mut text)
                        }
                        (Some(message), _) => text.extend_from_slice(message.as_bytes()),
                        (None, VmError::NotIterable(v)) => self.not_iterable_text(v, &mut text),
                        (None, _) => self.class_called_without_new(&mut text),
                    }
                    if text.is_empty() && callable && not_called != Value::HOLE {
                        self.not_function_text(not_called, &mut text);
                    }
                    if !text.is_empty() {
                        return self.make_error("TypeError", &text);
                    }
                }
                let _ = (host, pc);
                let text: &[u8] = if callable {
                    b"value is not a function"
                } else {
                    b"value is not iterable"
                };
                self.make_error("TypeError", text)
            }
            VmError::PropertyOfNullish => {
                self.make_error("TypeError", b"Cannot convert undefined or null to object")
            }
            VmError::ReadOfUndefined(key)
            | VmError::ReadOfNull(key)
            | VmError::WriteOfUndefined(key)
            | VmError::WriteOfNull(key) => {
                // As V8 words it: "Cannot read properties of undefined
                // (reading 'x')". (The key's text is taken before the
                // error is made, which may move it.)
                let read = matches!(e, VmError::ReadOfUndefined(_) | VmError::ReadOfNull(_));
                let null = matches!(e, VmError::ReadOfNull(_) | VmError::WriteOfNull(_));
                let mut text = Vec::new();
                text.extend_from_slice(if read { b"Cannot read" } else { b"Cannot set" });
                text.extend_from_slice(b" properties of ");
                text.extend_from_slice(if null { b"null" } else { b"undefined" });
                text.extend_from_slice(if read { b" (reading '" } else { b" (setting '" });
                self.write_key(key, &mut text);
                text.extend_from_slice(b"')");
                self.make_error("TypeError", &text)
            }
            VmError::InvalidArrayLength => self.make_error("RangeError", b"Invalid array length"),
            // (A string or an array past one allocation's 4,095 bytes: the
            // heap has room for the error, which a script may catch.)
            VmError::AllocationTooLarge => {
                self.make_error("RangeError", b"allocation larger than 4095 bytes")
            }
            VmError::StackOverflow => {
                self.make_error("RangeError", b"Maximum call stack size exceeded")
            }
            other => Err(other),
        }
    }

    /// A property key as a message names it: a hidden key's prefix (a
    /// private name's, a symbol's) as the `#` it stands for; with `std`,
    /// a symbol's key (`#@@meta@1`, `#@@iterator`) as V8 names it
    /// (`Symbol(meta)`, `Symbol(Symbol.iterator)`: 165 bytes of code a
    /// device's terser messages do without).
    pub(crate) fn write_key(&self, key: Value, out: &mut Vec<u8>) {
        let mut text = Vec::new();
        self.write_string(key, &mut text);
        let Some(rest) = text.strip_prefix(mvm_snapshot::HIDDEN_KEY.as_bytes()) else {
            out.extend_from_slice(&text);
            return;
        };
        let symbol = rest.strip_prefix(b"@@").filter(|_| cfg!(feature = "std"));
        let Some(symbol) = symbol else {
            out.push(b'#');
            out.extend_from_slice(rest);
            return;
        };
        out.extend_from_slice(b"Symbol(");
        match symbol.iter().rposition(|&c| c == b'@') {
            // (`\u{1}`: no description, `Symbol()`.)
            Some(at) => match symbol.get(..at).unwrap_or_default() {
                [1] => {}
                description => out.extend_from_slice(description),
            },
            None => {
                out.extend_from_slice(b"Symbol.");
                out.extend_from_slice(symbol);
            }
        }
        out.push(b')');
    }

    /// An error object `{ name, message }`, `name` a `"TypeError"` or a
    /// `"RangeError"` (the only ones the engine throws). It inherits from
    /// the program's `TypeError.prototype` or `RangeError.prototype` when
    /// it has one (the prelude keeps them as exports), so that
    /// `instanceof` holds for the class and for `Error`.
    pub(crate) fn make_error(&mut self, name: &str, message: &[u8]) -> Result<Value, VmError> {
        let obj = self.new_object(3)?;
        // (Marked, as an error where there is no `Error.prototype` to
        // inherit from: see `is_error`.)
        self.set_slots(
            obj,
            2,
            &[mvm_snapshot::Builtin::ErrorMark.value(), Value::TRUE],
        )?;
        let export = if name == "TypeError" {
            crate::TYPE_ERROR_PROTOTYPE_EXPORT
        } else {
            crate::RANGE_ERROR_PROTOTYPE_EXPORT
        };
        let proto = self
            .export(export)
            .ok()
            .filter(|p| self.is_plain_object(*p));
        // With the program's prototype, the name is its and the message is
        // kept unlisted, as the prelude's errors keep theirs (so
        // `JSON.stringify(e)` is `{}`; `#message` is no accessor of the
        // prototype's); without, both are the error's own.
        let fields: &[(&str, &[u8])] = match proto {
            Some(proto) => {
                self.set_slot(obj, 1, proto)?;
                &[("\u{FFFF}message", message)]
            }
            None => &[("name", name.as_bytes()), ("message", message)],
        };
        self.push(obj)?;
        for (key, text) in fields {
            let k = self.make_string(key.as_bytes())?;
            self.push(k)?;
            let v = self.make_string(text)?;
            self.push(v)?;
            self.set_property_from_stack()?;
            self.pop()?;
            self.pop()?;
        }
        self.pop()
    }

    /// An error for a desktop host to throw (`VmError::Uncaught`): a
    /// `TypeError`, or with `plain` an `Error`, inheriting the program's
    /// prototypes where it has them (see [`Engine::make_error`]).
    #[cfg(feature = "std")]
    pub fn host_error(&mut self, plain: bool, message: &str) -> Result<Value, VmError> {
        let name = if plain { "Error" } else { "TypeError" };
        let error = self.make_error(name, message.as_bytes())?;
        // (Made a `RangeError` where the program has the error classes:
        // `Error.prototype` is `RangeError.prototype`'s prototype.)
        let error_prototype = self
            .slot(error, 1)
            .filter(|p| self.is_plain_object(*p))
            .and_then(|p| self.slot(p, 1))
            .filter(|p| self.is_plain_object(*p));
        if let (true, Some(proto)) = (plain, error_prototype) {
            self.set_slot(error, 1, proto)?;
        }
        Ok(error)
    }

    /// Whether `v` is an error: one the engine made, or an object that
    /// inherits the program's `Error.prototype` (a plain object with a
    /// `name` and a `message`, a log record, is not one).
    pub(crate) fn is_error(&self, v: Value) -> bool {
        if !self.is_plain_object(v) {
            return false;
        }
        if self.slot(v, 2) == Some(mvm_snapshot::Builtin::ErrorMark.value()) {
            return true;
        }
        // `Error.prototype` is what `TypeError.prototype` inherits.
        let Some(error_prototype) = self
            .export(crate::TYPE_ERROR_PROTOTYPE_EXPORT)
            .ok()
            .and_then(|p| self.slot(p, 1))
            .filter(|p| self.is_plain_object(*p))
        else {
            return false;
        };
        let mut o = v;
        for _ in 0..100 {
            match self.slot(o, 1) {
                Some(p) if p == error_prototype => return true,
                Some(p) if self.is_plain_object(p) => o = p,
                _ => return false,
            }
        }
        false
    }

    /// Transfers control to the innermost exception handler.
    fn unwind(&mut self, thrown: Value) -> Result<usize, VmError> {
        let bad = VmError::InvalidBytecode { pc: 0 };
        let h = self.handlers.pop().ok_or(bad)?;
        // (Caught: where it was thrown is no error's place, should a run
        // it passed through have noted it: a getter's throw. Its room goes
        // when the host's call ends.)
        self.trace.clear();
        self.frames.truncate(usize::from(h.frames));
        self.stack.truncate(usize::from(h.stack));
        self.set_frame_scope(h.scope).ok_or(bad)?;
        self.push(thrown)?;
        Ok(h.pc as usize)
    }

    /// The instruction loop, from `pc` in the current frame.
    fn execute(
        &mut self,
        host: &mut dyn Host,
        depth: usize,
        pc_io: &mut usize,
    ) -> Result<Value, VmError> {
        // Where a failure is reported: the instruction running, or a
        // call's return address, written back once the loop ends. (The
        // loop runs in a closure that captures it: measured 2 to 3% fewer
        // instructions than writing through `pc_io`, though the compiler
        // still stores it each time; a register of its own, by inlining
        // the loop here, measured 6% more.)
        let mut here = *pc_io;
        let result = (|| -> Result<Value, VmError> {
            let mut pc = here;
            let mut cur = self.current()?;
            // ROM never changes while the VM runs: a local saves reloading it.
            let rom = self.rom;
            // Without the fast paths, a fused instruction runs as the plain
            // ones it stands for (`Op::parts`): those still to run, and the
            // operand bytes they take theirs from.
            let mut parts = Parts(0);
            let mut fused_operands = (0, 0);
            loop {
                // Offset 0 (the preamble) for "here": `run_frame` puts in
                // the pc, which `execute` hands back.
                let bad = VmError::InvalidBytecode { pc: 0 };
                let (byte, op, a, b, next);
                if let (false, Some(((part, take), rest))) =
                    (crate::FAST_PATHS, parts.split_first())
                {
                    // The next part of a fused instruction: `pc` is already
                    // past the whole instruction, as its last part, a jump,
                    // expects.
                    parts = rest;
                    op = part;
                    byte = op as u8;
                    (a, b) = take.pick(fused_operands.0, fused_operands.1);
                    next = pc;
                } else {
                    here = pc;
                    // An instruction and its operands in one read: bytecode
                    // is always followed by at least the section table, so
                    // three bytes from any instruction lie inside a valid
                    // snapshot. (A snapshot offset fits 32 bits; so narrowed,
                    // adding 3 cannot overflow and the read is one
                    // comparison.)
                    let at = pc as u32 as usize;
                    let Some(&[code, first, second]) = rom.get(at..at + 3) else {
                        return Err(bad);
                    };
                    let decoded = Op::decode(code).ok_or(bad)?;
                    // (By comparisons, not a table: the next instruction's
                    // pc waits on this, and a load there measured 10 to 13%
                    // slower on bitwise and closures.)
                    let length = Op::length_by_comparison(code);
                    // The pc is not checked against the function's end here:
                    // every function ends in a return, so only corrupt code
                    // runs past it. Such code only moves forward (reads stay
                    // checked, and a jump from past the end is refused), so
                    // it cannot loop.
                    next = at + length;
                    pc = next;
                    // A fused instruction starts with its first part.
                    let split = if crate::FAST_PATHS {
                        None
                    } else {
                        decoded.parts().split_first()
                    };
                    (byte, op, a, b) = match split {
                        Some(((part, take), rest)) => {
                            parts = rest;
                            fused_operands = (first, second);
                            let (a, b) = take.pick(first, second);
                            (part as u8, part, a, b)
                        }
                        // A compact form runs as the plain instruction it
                        // stands for, in a size build (a speed build has
                        // arms for them).
                        None => match Op::compact(code).filter(|_| !crate::FAST_PATHS) {
                            Some((plain, x, y)) => (plain as u8, plain, x, y),
                            None => (code, decoded, first, second),
                        },
                    };
                }
                let u16_operand = u16::from_le_bytes([a, b]);
                // A jump must lie inside its function, and land inside it.
                // Measured from the code's start, an address before it wraps
                // to a large number: each bound is one comparison.
                let jump_target = || {
                    let from = next.wrapping_sub(cur.code_start);
                    let to = from.wrapping_add(u16_operand as i16 as isize as usize);
                    if from <= cur.code_len && to < cur.code_len {
                        Ok(cur.code_start + to)
                    } else {
                        Err(bad)
                    }
                };
                match op {
                    Op::PushInt8 => self.push(Value::int(i32::from(a as i8)).ok_or(bad)?)?,
                    Op::PushValue => {
                        let v = Value(u16_operand);
                        if v.is_heap() || v.is_rom() {
                            return Err(bad);
                        }
                        self.push(v)?
                    }
                    Op::PushConst => {
                        // Never a heap reference, which only a corrupt
                        // snapshot could forge (see `function::constant`).
                        let v = cur.constant(rom, a).filter(|v| !v.is_heap());
                        self.push(v.ok_or(bad)?)?
                    }
                    Op::PushUndefined => self.push(Value::UNDEFINED)?,
                    Op::Pop => {
                        self.pop()?;
                    }
                    Op::Dup => self.push(self.peek(0)?)?,
                    Op::Dup2 => {
                        let (x, y) = (self.peek(1)?, self.peek(0)?);
                        self.push(x)?;
                        self.push(y)?;
                    }
                    Op::Swap => {
                        let (x, y) = (self.peek(1)?, self.peek(0)?);
                        self.set_peek(1, y)?;
                        self.set_peek(0, x)?;
                    }
                    Op::LoadLocal => {
                        let v = *self.stack.get(cur.base + usize::from(a)).ok_or(bad)?;
                        self.push(v)?
                    }
                    Op::LoadLocal2 | Op::LoadLocalInt8 if crate::FAST_PATHS => {
                        let v = *self.stack.get(cur.base + usize::from(a)).ok_or(bad)?;
                        let w = if op == Op::LoadLocal2 {
                            *self.stack.get(cur.base + usize::from(b)).ok_or(bad)?
                        } else {
                            Value::int(i32::from(b as i8)).ok_or(bad)?
                        };
                        self.push(v)?;
                        self.push(w)?
                    }
                    Op::StoreLocal => {
                        let v = self.pop()?;
                        *self.stack.get_mut(cur.base + usize::from(a)).ok_or(bad)? = v;
                    }
                    // The compact forms (speed builds), local or slot 0 to 7.
                    Op::LoadLoc0
                    | Op::LoadLoc1
                    | Op::LoadLoc2
                    | Op::LoadLoc3
                    | Op::LoadLoc4
                    | Op::LoadLoc5
                    | Op::LoadLoc6
                    | Op::LoadLoc7
                        if crate::FAST_PATHS =>
                    {
                        let n = usize::from(byte - Op::LoadLoc0 as u8);
                        let v = *self.stack.get(cur.base + n).ok_or(bad)?;
                        self.push(v)?
                    }
                    Op::StoreLoc0
                    | Op::StoreLoc1
                    | Op::StoreLoc2
                    | Op::StoreLoc3
                    | Op::StoreLoc4
                    | Op::StoreLoc5
                    | Op::StoreLoc6
                    | Op::StoreLoc7
                        if crate::FAST_PATHS =>
                    {
                        let n = usize::from(byte - Op::StoreLoc0 as u8);
                        let v = self.pop()?;
                        *self.stack.get_mut(cur.base + n).ok_or(bad)? = v;
                    }
                    Op::LoadScope0
                    | Op::LoadScope1
                    | Op::LoadScope2
                    | Op::LoadScope3
                    | Op::LoadScope4
                    | Op::LoadScope5
                    | Op::LoadScope6
                    | Op::LoadScope7
                        if crate::FAST_PATHS =>
                    {
                        let n = usize::from(byte - Op::LoadScope0 as u8);
                        let scope = self.frame_scope().ok_or(bad)?;
                        let v = self.slot(scope, 1 + n).ok_or(bad)?;
                        self.push(v)?
                    }
                    Op::StoreScope0
                    | Op::StoreScope1
                    | Op::StoreScope2
                    | Op::StoreScope3
                    | Op::StoreScope4
                    | Op::StoreScope5
                    | Op::StoreScope6
                    | Op::StoreScope7
                        if crate::FAST_PATHS =>
                    {
                        let n = usize::from(byte - Op::StoreScope0 as u8);
                        let v = self.pop()?;
                        let scope = self.frame_scope().ok_or(bad)?;
                        self.set_slot(scope, 1 + n, v).map_err(|_| bad)?;
                    }
                    Op::AddInt8 | Op::SubInt8 if crate::FAST_PATHS => {
                        let k = i32::from(a as i8);
                        let plain = if op == Op::AddInt8 { Op::Add } else { Op::Sub };
                        let top = self.peek(0)?;
                        if let Some(v) = inline_step(top, a as i8, op == Op::AddInt8) {
                            self.set_peek(0, v)?;
                            continue;
                        }
                        let top = self.int32_of(top).filter(|_| crate::FAST_PATHS);
                        let exact = top.and_then(|x| crate::ops::int_arith(plain, x, k));
                        match exact {
                            Some(n) => {
                                let v = self.int_value(n)?;
                                self.set_peek(0, v)?;
                            }
                            None => {
                                self.push(Value::int(k).ok_or(bad)?)?;
                                self.binary_slow(host, plain)?;
                            }
                        }
                    }
                    // An operator with an inline integer on its right
                    // (`x & 255`): an arm each, the operator a constant in
                    // it, as for the plain operators.
                    Op::BitAndValue if crate::FAST_PATHS => {
                        self.binary_value(host, Op::BitAnd, u16_operand)?
                    }
                    Op::BitOrValue if crate::FAST_PATHS => {
                        self.binary_value(host, Op::BitOr, u16_operand)?
                    }
                    Op::BitXorValue if crate::FAST_PATHS => {
                        self.binary_value(host, Op::BitXor, u16_operand)?
                    }
                    Op::ShlValue if crate::FAST_PATHS => {
                        self.binary_value(host, Op::Shl, u16_operand)?
                    }
                    Op::ShrValue if crate::FAST_PATHS => {
                        self.binary_value(host, Op::Shr, u16_operand)?
                    }
                    Op::UShrValue if crate::FAST_PATHS => {
                        self.binary_value(host, Op::UShr, u16_operand)?
                    }
                    Op::MulValue if crate::FAST_PATHS => {
                        self.binary_value(host, Op::Mul, u16_operand)?
                    }
                    Op::DivValue if crate::FAST_PATHS => {
                        self.divide(host, rom, pc, Some(u16_operand))?
                    }
                    Op::ModValue if crate::FAST_PATHS => {
                        self.binary_value(host, Op::Mod, u16_operand)?
                    }
                    Op::LoadLocalAddInt8 | Op::LoadLocalSubInt8 if crate::FAST_PATHS => {
                        let v = *self.stack.get(cur.base + usize::from(a)).ok_or(bad)?;
                        let k = i32::from(b as i8);
                        let plain = if op == Op::LoadLocalAddInt8 {
                            Op::Add
                        } else {
                            Op::Sub
                        };
                        // An inline integer stays one (a loop index, a
                        // recursive call's argument); the rest goes out of
                        // line, as `AddInt8` on the pushed local.
                        let sum = inline_step(v, b as i8, op == Op::LoadLocalAddInt8);
                        match sum {
                            Some(sum) => self.push(sum)?,
                            None => self.push_stepped(host, v, plain, k)?,
                        }
                    }
                    Op::IncLocal | Op::DecLocal if crate::FAST_PATHS => {
                        let at = cur.base + usize::from(a);
                        let v = *self.stack.get(at).ok_or(bad)?;
                        let step = if op == Op::IncLocal { 1 } else { -1 };
                        // An inline integer steps in place (a loop counter).
                        let next = match inline_step(v, 1, op == Op::IncLocal) {
                            Some(n) => n,
                            None => self.stepped(host, v, step)?,
                        };
                        *self.stack.get_mut(at).ok_or(bad)? = next;
                    }
                    Op::LoadThis => {
                        let v = *self
                            .stack
                            .get(cur.base.checked_sub(2).ok_or(bad)?)
                            .ok_or(bad)?;
                        self.push(v)?
                    }
                    Op::LoadGlobal => {
                        let v = *self.globals.get(usize::from(u16_operand)).ok_or(bad)?;
                        self.push(v)?
                    }
                    Op::PushUndefinedLoadGlobal if crate::FAST_PATHS => {
                        let v = *self.globals.get(usize::from(u16_operand)).ok_or(bad)?;
                        self.push(Value::UNDEFINED)?;
                        self.push(v)?
                    }
                    Op::StoreGlobal => {
                        let v = self.pop()?;
                        *self.globals.get_mut(usize::from(u16_operand)).ok_or(bad)? = v;
                    }
                    Op::LoadScoped => {
                        let scope = self.scope_at(a).ok_or(bad)?;
                        let v = self.slot(scope, 1 + usize::from(b)).ok_or(bad)?;
                        self.push(v)?
                    }
                    Op::StoreScoped => {
                        let v = self.pop()?;
                        let scope = self.scope_at(a).ok_or(bad)?;
                        self.set_slot(scope, 1 + usize::from(b), v)
                            .map_err(|_| bad)?;
                    }
                    Op::ScopePush => {
                        let slots = 1 + usize::from(a);
                        // (A loop body's one or two captured bindings, made
                        // each time round, written whole when there is room.)
                        let made = match slots {
                            _ if !crate::FAST_PATHS => None,
                            2 | 3 => {
                                let parent = self.frame_scope().ok_or(bad)?;
                                // (A two-slot scope takes the first two.)
                                let words = [parent, Value::UNDEFINED, Value::UNDEFINED];
                                const TWO: [u8; 2] =
                                    crate::engine::header_bytes(TypeCode::FixedLengthArray, 4);
                                const THREE: [u8; 2] =
                                    crate::engine::header_bytes(TypeCode::FixedLengthArray, 6);
                                match slots {
                                    2 => self.alloc_now(whole_bytes::<6>(TWO, &words)),
                                    _ => self.alloc_now(whole_bytes::<8>(THREE, &words)),
                                }
                            }
                            _ => None,
                        };
                        let scope = match made {
                            Some(p) => Value::heap(p),
                            None => {
                                let p = self.alloc(TypeCode::FixedLengthArray, slots * 2)?;
                                let scope = Value::heap(p);
                                let parent = self.frame_scope().ok_or(bad)?;
                                self.set_slot(scope, 0, parent)?;
                                for i in 1..slots {
                                    self.set_slot(scope, i, Value::UNDEFINED)?;
                                }
                                scope
                            }
                        };
                        self.set_frame_scope(scope).ok_or(bad)?;
                    }
                    Op::ScopePop => {
                        let scope = self.frame_scope().ok_or(bad)?;
                        let parent = self.slot(scope, 0).ok_or(bad)?;
                        self.set_frame_scope(parent).ok_or(bad)?;
                    }
                    Op::ScopeClone => {
                        let words = self.frame_scope().and_then(|s| self.payload(s));
                        let size = words.ok_or(bad)?.len();
                        // (A `for (let i ...)` loop's scope of one binding,
                        // copied each time round, written whole when there
                        // is room.)
                        const HEADER: [u8; 2] =
                            crate::engine::header_bytes(TypeCode::FixedLengthArray, 4);
                        let [h0, h1] = HEADER;
                        if let (true, Some(&[a0, a1, b0, b1])) = (crate::FAST_PATHS, words) {
                            if let Some(p) = self.alloc_now([h0, h1, a0, a1, b0, b1]) {
                                self.set_frame_scope(Value::heap(p)).ok_or(bad)?;
                                continue;
                            }
                        }
                        let p = self.alloc(TypeCode::FixedLengthArray, size)?;
                        let old = self.frame_scope().ok_or(bad)?;
                        let copy = Value::heap(p);
                        for i in 0..size / 2 {
                            let v = self.slot(old, i).ok_or(bad)?;
                            self.set_slot(copy, i, v)?;
                        }
                        self.set_frame_scope(copy).ok_or(bad)?;
                    }
                    Op::Closure => {
                        let func = cur.constant(rom, a).ok_or(bad)?;
                        let closure = self.new_closure(func)?;
                        self.push(closure)?
                    }
                    Op::GetProp => {
                        let (obj, key) = (self.peek(1)?, self.peek(0)?);
                        if let Some(v) = self.array_element(obj, key) {
                            self.stack.pop();
                            self.set_peek(0, v)?;
                            continue;
                        }
                        self.object_key(host, 0)?;
                        let (obj, key) = (self.peek(1)?, self.peek(0)?);
                        let v = self.get_property(obj, key)?;
                        let v = self.got(host, self.peek(1)?, v)?;
                        self.pop()?;
                        self.pop()?;
                        self.push(v)?
                    }
                    Op::GetSuperProp => self.get_super_property(host)?,
                    Op::GetPropConst | Op::GetPropValue => {
                        let key = if op == Op::GetPropConst {
                            cur.constant(rom, a).ok_or(bad)?
                        } else {
                            Value(u16_operand)
                        };
                        // The key is not on the heap, so a collection inside
                        // the read cannot move it.
                        if key.is_heap() {
                            return Err(bad);
                        }
                        let obj = self.peek(0)?;
                        let v = match self.fast_lookup(obj, key) {
                            Some(v) => v,
                            None => self.get_property(obj, key)?,
                        };
                        let v = self.got(host, self.peek(0)?, v)?;
                        self.set_peek(0, v)?
                    }
                    Op::GetLocalProp | Op::GetGlobalProp | Op::GetThisProp if crate::FAST_PATHS => {
                        let obj = match op {
                            Op::GetLocalProp => self.stack.get(cur.base + usize::from(a)),
                            Op::GetGlobalProp => self.globals.get(usize::from(a)),
                            _ => self.stack.get(cur.base.wrapping_sub(2)),
                        };
                        let obj = *obj.ok_or(bad)?;
                        let key = if op == Op::GetThisProp { a } else { b };
                        let key = cur.constant(rom, key).ok_or(bad)?;
                        // As for `GetPropConst`: the key is not on the heap,
                        // and the object stays where it was loaded from, which
                        // a collection inside the read updates.
                        if key.is_heap() {
                            return Err(bad);
                        }
                        let v = match self.fast_lookup(obj, key) {
                            Some(v) => v,
                            None => self.get_property(obj, key)?,
                        };
                        // (Found by lookups alone, an accessor leaves `obj` current.)
                        let v = self.got(host, obj, v)?;
                        self.push(v)?
                    }
                    Op::SetPropPop if crate::FAST_PATHS => {
                        let keep = self.stack.len().checked_sub(3).ok_or(bad)?;
                        let write = match self.stack.get(keep..) {
                            Some(&[obj, key, value]) => {
                                if self.set_array_element(obj, key, value) {
                                    PlainWrite::Written
                                } else {
                                    self.set_plain_slot(obj, key, value)
                                }
                            }
                            _ => PlainWrite::General,
                        };
                        match write {
                            PlainWrite::Written => {}
                            PlainWrite::Append(pairs) => self.append_segment_from_stack(pairs)?,
                            PlainWrite::General => self.assign_from_stack(host)?,
                        }
                        self.stack.truncate(keep);
                    }
                    Op::SetProp => {
                        self.assign_from_stack(host)?;
                        let value = self.pop()?;
                        self.pop()?;
                        self.pop()?;
                        self.push(value)?
                    }
                    Op::InitProp => {
                        self.object_key(host, 1)?;
                        // A definition: an accessor in the way (one a
                        // prototype has, say) is replaced, not called.
                        match self.set_property_from_stack()? {
                            Value::UNDEFINED => {}
                            crate::object::BYTE_FROM_OBJECT => self.store_byte_of_object(host)?,
                            _ => self.define_from_stack()?,
                        }
                        self.pop()?;
                        self.pop()?;
                    }
                    Op::SetThisProp => {
                        // As for `GetThisProp`: a constant key, never on
                        // the heap; `this` and the key go under the value.
                        let key = cur.constant(rom, a).ok_or(bad)?;
                        if key.is_heap() {
                            return Err(bad);
                        }
                        let this = *self.stack.get(cur.base.wrapping_sub(2)).ok_or(bad)?;
                        let value = self.pop()?;
                        let write = self.set_plain_slot(this, key, value);
                        if !matches!(write, PlainWrite::Written) {
                            self.push(this)?;
                            self.push(key)?;
                            self.push(value)?;
                            match write {
                                PlainWrite::Append(pairs) => {
                                    self.append_segment_from_stack(pairs)?
                                }
                                _ => self.assign_from_stack(host)?,
                            }
                            let keep = self.stack.len().checked_sub(3).ok_or(bad)?;
                            self.stack.truncate(keep);
                        }
                    }
                    Op::InitSlot => {
                        let slot = crate::object::LIST_HEADER + 2 * usize::from(a);
                        let (obj, key, value) = (self.peek(2)?, self.peek(1)?, self.peek(0)?);
                        if !self.is_plain_object(obj) {
                            return Err(bad);
                        }
                        self.set_slots(obj, slot, &[key, value])?;
                        self.pop()?;
                        self.pop()?;
                    }
                    Op::NewObject => {
                        let obj = self.new_object(usize::from(a))?;
                        self.push(obj)?
                    }
                    Op::NewArray => {
                        let array = self.new_array_from_stack(usize::from(a))?;
                        self.push(array)?
                    }
                    Op::Append => {
                        let array = self.peek(1)?;
                        let len = self.array_length(array);
                        self.insert_under_top(crate::object::int_value(len))?;
                        self.set_property_from_stack()?;
                        self.pop()?;
                        self.pop()?;
                    }
                    Op::Extend => self.extend_from_stack()?,
                    Op::ForInKeys => {
                        let keys = self.for_in_keys(self.peek(0)?)?;
                        self.set_peek(0, keys)?;
                    }
                    Op::Delete => {
                        self.object_key(host, 0)?;
                        let (obj, key) = (self.peek(1)?, self.peek(0)?);
                        let deleted = self.delete_property(obj, key)?;
                        self.pop()?;
                        self.set_peek(0, Value::bool(deleted))?;
                    }
                    Op::In => {
                        self.object_key(host, 1)?;
                        let (key, obj) = (self.peek(1)?, self.peek(0)?);
                        let found = match self.has_property(obj, key) {
                            #[cfg(feature = "std")]
                            Err(VmError::PropertyOfNullish) => return Err(self.in_error(key, obj)),
                            other => other?,
                        };
                        self.pop()?;
                        self.set_peek(0, Value::bool(found))?;
                    }
                    Op::InstanceOf => {
                        let (value, class) = (self.peek(1)?, self.peek(0)?);
                        let found = self.instance_of(value, class)?;
                        self.pop()?;
                        self.set_peek(0, Value::bool(found))?;
                    }
                    Op::Class => {
                        let p = self.alloc(TypeCode::Class, 4)?;
                        let class = Value::heap(p);
                        let (ctor, props) = (self.peek(1)?, self.peek(0)?);
                        self.set_slots(class, 0, &[ctor, props])?;
                        self.pop()?;
                        self.set_peek(0, class)?;
                    }
                    // One arm per operator, each with the int32 operation inline
                    // (the operator a constant in it), so the common case makes
                    // no second dispatch on the opcode.
                    Op::Add => self.binary(host, Op::Add)?,
                    Op::Sub => self.binary(host, Op::Sub)?,
                    Op::Mul => self.binary(host, Op::Mul)?,
                    Op::Div if crate::FAST_PATHS => self.divide(host, rom, pc, None)?,
                    Op::Div => self.binary(host, Op::Div)?,
                    Op::Mod => self.binary(host, Op::Mod)?,
                    Op::BitAnd => self.binary(host, Op::BitAnd)?,
                    Op::BitOr => self.binary(host, Op::BitOr)?,
                    Op::BitXor => self.binary(host, Op::BitXor)?,
                    Op::Shl => self.binary(host, Op::Shl)?,
                    Op::Shr => self.binary(host, Op::Shr)?,
                    Op::UShr => self.binary(host, Op::UShr)?,
                    Op::Lt => self.binary(host, Op::Lt)?,
                    Op::Le => self.binary(host, Op::Le)?,
                    Op::Gt => self.binary(host, Op::Gt)?,
                    Op::Ge => self.binary(host, Op::Ge)?,
                    Op::StrictEq => self.binary(host, Op::StrictEq)?,
                    Op::StrictNe => self.binary(host, Op::StrictNe)?,
                    Op::Pow => self.binary_general(host, op)?,
                    Op::Concat => {
                        // Strings and numbers join on the fast path; what
                        // else there is may be an object with a `toString`.
                        let n = usize::from(a & !CONCAT_PLUS);
                        if !self.concat_fast_from_stack(n)? {
                            let hint = if a & CONCAT_PLUS == 0 {
                                HINT_STRING
                            } else {
                                HINT_DEFAULT
                            };
                            self.user_primitives(host, n, hint)?;
                            self.concat_general(n)?
                        }
                    }
                    Op::Inc | Op::Dec => {
                        let step = if op == Op::Inc { 1 } else { -1 };
                        let v = self.stepped(host, self.peek(0)?, step)?;
                        self.set_peek(0, v)?;
                    }
                    Op::Neg | Op::Pos | Op::BitNot => self.unary_from_stack(host, op)?,
                    Op::Not => {
                        let v = self.pop()?;
                        self.push(Value::bool(!self.is_truthy(v)))?
                    }
                    Op::Typeof => {
                        let v = self.pop()?;
                        self.push(self.type_of(v))?
                    }
                    Op::Jump
                    | Op::JumpIfFalse
                    | Op::JumpIfTrue
                    | Op::JumpIfFalseKeep
                    | Op::JumpIfTrueKeep => {
                        let target = jump_target()?;
                        let jump = match op {
                            Op::Jump => true,
                            Op::JumpIfFalse | Op::JumpIfTrue => {
                                let v = self.pop()?;
                                self.is_truthy(v) == (op == Op::JumpIfTrue)
                            }
                            _ => {
                                let truthy = self.is_truthy(self.peek(0)?);
                                let jump = truthy == (op == Op::JumpIfTrueKeep);
                                if !jump {
                                    self.pop()?;
                                }
                                jump
                            }
                        };
                        if jump {
                            pc = target;
                        }
                    }
                    Op::JumpUnlessLt
                    | Op::JumpUnlessLe
                    | Op::JumpUnlessGt
                    | Op::JumpUnlessGe
                    | Op::JumpUnlessStrictEq
                    | Op::JumpUnlessStrictNe
                    | Op::JumpIfLt
                    | Op::JumpIfLe
                    | Op::JumpIfGt
                    | Op::JumpIfGe
                    | Op::JumpIfStrictEq
                    | Op::JumpIfStrictNe
                        if crate::FAST_PATHS =>
                    {
                        let target = jump_target()?;
                        // Two int32s (a loop's test, mostly): one bit of a
                        // table says whether to jump, with no dispatch on the
                        // comparison. (Inline integers are compared encoded:
                        // they order as their integers do.)
                        let k = u32::from(byte.wrapping_sub(Op::JumpUnlessLt as u8));
                        let fused = |order: u32| {
                            FUSED_JUMPS
                                .checked_shr(3 * k + order)
                                .is_some_and(|bits| bits & 1 != 0)
                        };
                        if crate::FAST_PATHS {
                            if let Some((a, b)) = self.top2().filter(|(a, b)| a.0 & b.0 & 3 == 3) {
                                let (x, y) = (a.0 as i16, b.0 as i16);
                                let jump = fused(u32::from(x >= y) + u32::from(x > y));
                                self.stack.truncate(self.stack.len().saturating_sub(2));
                                if jump {
                                    pc = target;
                                }
                                continue;
                            }
                        }
                        // `===` settled by the encodings (`n === null`).
                        if crate::FAST_PATHS && k % 6 >= 4 {
                            if let Some(equal) = self
                                .top2()
                                .and_then(|(a, b)| crate::ops::strictly_equal_by_encoding(a, b))
                            {
                                self.stack.truncate(self.stack.len().saturating_sub(2));
                                if fused(u32::from(equal)) {
                                    pc = target;
                                }
                                continue;
                            }
                        }
                        let ints = if crate::FAST_PATHS {
                            self.top2_int32()
                        } else {
                            None
                        };
                        let jump = match ints {
                            Some((x, y)) => fused(u32::from(x >= y) + u32::from(x > y)),
                            None => {
                                if self.stack.len() < 2 {
                                    return Err(bad);
                                }
                                let (cmp, jump_when) = op.comparison().ok_or(bad)?;
                                self.compare_top2_converting(host, cmp)? == jump_when
                            }
                        };
                        self.stack.truncate(self.stack.len().saturating_sub(2));
                        if jump {
                            pc = target;
                        }
                    }
                    Op::JumpIfDefinedKeep | Op::JumpIfNullish => {
                        let target = jump_target()?;
                        let nullish =
                            matches!(self.peek(0)?.kind(), ValueKind::Undefined | ValueKind::Null);
                        if op == Op::JumpIfNullish {
                            if nullish {
                                self.set_peek(0, Value::UNDEFINED)?;
                                pc = target;
                            }
                        } else if nullish {
                            self.pop()?;
                        } else {
                            pc = target;
                        }
                    }
                    Op::TryPush => {
                        let target = jump_target()?;
                        let handler = Handler {
                            frames: u16::try_from(self.frames.len()).map_err(|_| bad)?,
                            stack: u16::try_from(self.stack.len()).map_err(|_| bad)?,
                            pc: RomPos::try_from(target).map_err(|_| bad)?,
                            scope: self.frame_scope().ok_or(bad)?,
                        };
                        self.check_stack(0, 0, 1)?;
                        self.handlers
                            .try_reserve(1)
                            .map_err(|_| VmError::OutOfMemory)?;
                        self.handlers.push(handler);
                    }
                    Op::TryPop => {
                        self.handlers.pop().ok_or(bad)?;
                    }
                    Op::Throw => {
                        let v = self.pop()?;
                        return Err(VmError::Uncaught(v));
                    }
                    Op::Call | Op::New => {
                        self.frames.last_mut().ok_or(bad)?.pc =
                            RomPos::try_from(pc).map_err(|_| bad)?;
                        here = pc;
                        match self.invoke(host, usize::from(a), pc, op == Op::New)? {
                            Invoked::Returned(v) => self.push(v)?,
                            Invoked::Frame(callee) => {
                                pc = callee.code_start;
                                cur = callee;
                            }
                        }
                    }
                    Op::CallSpread => {
                        self.frames.last_mut().ok_or(bad)?.pc =
                            RomPos::try_from(pc).map_err(|_| bad)?;
                        here = pc;
                        // Spread the argument array onto the stack (pushing
                        // allocates nothing, so the array stays valid).
                        let args = self.pop()?;
                        let argc = self.array_length(args);
                        for i in 0..argc {
                            let v = self.array_get(args, i);
                            self.push(v)?;
                        }
                        match self.invoke(host, argc, pc, false)? {
                            Invoked::Returned(v) => self.push(v)?,
                            Invoked::Frame(callee) => {
                                pc = callee.code_start;
                                cur = callee;
                            }
                        }
                    }
                    Op::AdoptThis => {
                        let result = self.pop()?;
                        if self.is_object(result) {
                            let this_at = cur.base.checked_sub(2).ok_or(bad)?;
                            *self.stack.get_mut(this_at).ok_or(bad)? = result;
                            self.set_peek(0, result)?;
                        }
                    }
                    Op::RequireNew => {
                        // A class constructor runs for `new`, or for a
                        // derived class's `super(...)`: called by a
                        // constructor on the object it is making (this
                        // frame then counts as one, for the supers above
                        // it). A call as a method is neither
                        // (`drivers.Sensor(4)`).
                        let frames = self.frames.len();
                        let frame = self.frames.last_mut().ok_or(bad)?;
                        if !frame.construct() {
                            frame.code |= Frame::CONSTRUCT;
                            let this_of = |f: &Frame| usize::from(f.base).wrapping_sub(2);
                            let made = self
                                .frames
                                .get(frames.wrapping_sub(2))
                                .filter(|caller| caller.construct())
                                .and_then(|caller| self.stack.get(this_of(caller)));
                            if made.is_none() || made != self.stack.get(cur.base.wrapping_sub(2)) {
                                return Err(VmError::NotCallable);
                            }
                        }
                    }
                    // (The `Return` after it hands the value over; the
                    // generator resumes past that.)
                    Op::Yield => {
                        let state_at = cur.base + usize::from(a);
                        self.yield_frame(pc + 1, cur.code_start, state_at)?;
                    }
                    Op::AsyncStart => {
                        let p = self.new_promise()?;
                        *self.stack.get_mut(cur.base + usize::from(a)).ok_or(bad)? = p;
                    }
                    Op::Return
                    | Op::ReturnLocal
                    | Op::AsyncReturn
                    | Op::AsyncReject
                    | Op::Await => {
                        if op == Op::Await {
                            if let Some(v) = self.awaited_now(depth) {
                                self.set_peek(0, v)?;
                                continue;
                            }
                        }
                        // `ReturnLocal` reads its local; the others leave the
                        // result on the stack until the frame goes, where a
                        // collection settling a promise sees it.
                        let promise_at = cur.base + usize::from(a);
                        let mut result = if op == Op::ReturnLocal {
                            *self.stack.get(promise_at).ok_or(bad)?
                        } else {
                            self.peek(0)?
                        };
                        // Only an async function (which `AsyncStart` gave its
                        // promise) may await or settle: a corrupt snapshot that
                        // awaits elsewhere would resume itself forever.
                        if matches!(op, Op::AsyncReturn | Op::AsyncReject | Op::Await)
                            && !self.is_promise(*self.stack.get(promise_at).ok_or(bad)?)
                        {
                            return Err(bad);
                        }
                        match op {
                            Op::AsyncReturn | Op::AsyncReject => {
                                let p = *self.stack.get(promise_at).ok_or(bad)?;
                                if op == Op::AsyncReturn {
                                    self.resolve_promise(p, result)?;
                                } else {
                                    self.settle(p, crate::promise::REJECTED, result)?;
                                }
                                result = *self.stack.get(promise_at).ok_or(bad)?;
                            }
                            Op::Await => {
                                self.suspend(pc, cur.code_start)?;
                                result = *self.stack.get(promise_at).ok_or(bad)?;
                            }
                            _ => {}
                        }
                        if op != Op::ReturnLocal {
                            self.pop()?;
                        }
                        let frame = self.frames.pop().ok_or(bad)?;
                        // Handlers this frame installed go with it.
                        while self
                            .handlers
                            .last()
                            .is_some_and(|h| usize::from(h.frames) > self.frames.len())
                        {
                            self.handlers.pop();
                        }
                        let this_at = usize::from(frame.base).saturating_sub(2);
                        if frame.construct() && !self.is_object(result) {
                            result = self.stack.get(this_at).copied().ok_or(bad)?;
                        }
                        // Drop the callee's locals, arguments, callee and `this`.
                        self.stack.truncate(this_at);
                        if self.frames.len() <= depth {
                            return Ok(result);
                        }
                        self.push(result)?;
                        pc = self.frame_pc()?;
                        cur = self.current()?;
                    }
                    // Fused instructions, in a build without the fast
                    // paths: their parts ran instead.
                    _ => return Err(bad),
                }
            }
        })();
        *pc_io = here;
        result
    }

    /// Binary operator `op` on the top two stack values. Inlined into each
    /// operator's arm with `op` a constant: when both values are int32s
    /// and the result is one too, the operation itself is a few
    /// instructions with no dispatch on `op` (two inline integers need no
    /// call at all). Two allocations, floats most likely, go straight to
    /// [`Engine::binary_slow`], as does anything the int32 path leaves.
    /// Without the fast paths, everything goes to the general path.
    #[cfg_attr(not(mvm_size), inline(always))]
    fn binary(&mut self, host: &mut dyn Host, op: Op) -> Result<(), VmError> {
        if !crate::FAST_PATHS {
            return self.binary_general(host, op);
        }
        let ints = match self.top2() {
            Some((a, b)) => match (a.as_int(), b.as_int()) {
                (Some(x), Some(y)) => Some((i32::from(x), i32::from(y))),
                // Neither inline: two allocations, floats most likely,
                // which the slow path reads first.
                (None, None) => return self.binary_slow(host, op),
                _ => self.top2_int32(),
            },
            None => None,
        };
        if let Some((x, y)) = ints {
            if let Some(v) = self.int32_binary(op, x, y)? {
                return self.replace_top2(v);
            }
        }
        self.binary_slow(host, op)
    }

    /// `op` of the top of the stack and `k` (an inline integer, the
    /// operand of `BitAndValue` and the like): on an int32 with an inline
    /// answer, computed in place; anything else out of line.
    /// (Each of the nine arms inlines only this much: with a boxed answer
    /// and a ROM number inline too, they made the interpreter a fifth
    /// larger, and fib, which runs none of them, 6% slower. Not forced in
    /// a debug build, whose interpreter frame gives each inlined copy's
    /// locals their own room: nine copies made a getter's recursion
    /// overflow the native stack before the VM's.)
    #[cfg_attr(not(any(mvm_size, debug_assertions)), inline(always))]
    fn binary_value(&mut self, host: &mut dyn Host, op: Op, k: u16) -> Result<(), VmError> {
        let (top, y) = (self.peek(0)?, Value(k).as_int());
        // (A counter past 8191 is a boxed int32 in the heap: `i & 255`.)
        let x = match top.as_int() {
            Some(x) => Some(i32::from(x)),
            None if top.is_heap() => self.heap.int32_at(top.0),
            None => None,
        };
        let inline = x
            .zip(y)
            .and_then(|(x, y)| crate::ops::int_arith(op, x, i32::from(y)))
            .and_then(Value::int);
        match inline {
            Some(v) => self.set_peek(0, v),
            None => self.binary_value_slow(host, op, k),
        }
    }

    /// `Div` (`divisor` `None`: the top two values) or `DivValue divisor`,
    /// the instruction after it at `pc` (speed builds). Out of line, with
    /// the operator's whole path: inlined into the interpreter's loop, the
    /// check made calls and other arms 2 to 3% slower.
    #[inline(never)]
    fn divide(
        &mut self,
        host: &mut dyn Host,
        rom: &[u8],
        pc: usize,
        divisor: Option<u16>,
    ) -> Result<(), VmError> {
        let (x, y) = match divisor {
            Some(k) => (self.peek(0)?, Value(k)),
            None => self.top2().ok_or(VmError::InvalidBytecode { pc: 0 })?,
        };
        if let Some(q) = self.truncated_quotient(rom, pc, x, y) {
            let v = self.int_value(q)?;
            if divisor.is_none() {
                self.stack.pop();
            }
            return self.set_peek(0, v);
        }
        match divisor {
            Some(k) => self.binary_value(host, Op::Div, k),
            None => self.binary(host, Op::Div),
        }
    }

    /// `x / y` where the instruction at `pc` is `| 0` (`BitOrValue 0`),
    /// with int32s `x` and `y`, `y` not 0: the quotient truncated toward
    /// zero, as `| 0` makes the float quotient (which it could not round
    /// past an integer: the gap is at least `1 / |y|`, the float's error
    /// under half that), so that integer division, `(v / 10) | 0`, makes
    /// no float, and the `| 0` that runs next finds an integer.
    /// (`i32::MIN / -1` wraps, as `| 0` wraps 2^31.)
    #[inline(always)]
    fn truncated_quotient(&self, rom: &[u8], pc: usize, x: Value, y: Value) -> Option<i32> {
        if rom.get(pc..pc + BIT_OR_ZERO.len()) != Some(&BIT_OR_ZERO) {
            return None;
        }
        let (x, y) = (self.int32_of(x)?, self.int32_of(y)?);
        (y != 0).then(|| x.wrapping_div(y))
    }

    /// [`Engine::binary_value`] off its inline path: a boxed int32 (as
    /// `state * 75` past 8191 is) computed here, anything else by the
    /// operator's slow path with `k` pushed.
    #[inline(never)]
    fn binary_value_slow(&mut self, host: &mut dyn Host, op: Op, k: u16) -> Result<(), VmError> {
        let k = Value(k);
        let y = k.as_int().ok_or(VmError::InvalidBytecode { pc: 0 })?;
        let exact = self
            .int32_of(self.peek(0)?)
            .and_then(|x| crate::ops::int_arith(op, x, i32::from(y)));
        match exact {
            Some(n) => {
                let v = self.int_value(n)?;
                self.set_peek(0, v)
            }
            None => {
                self.push(k)?;
                self.binary_slow(host, op)
            }
        }
    }

    /// A binary operator off the inline-integer fast path. Numbers (boxed
    /// int32s and floats) are handled here, in a function small enough to
    /// stay lean; the rest goes on to [`Engine::binary_general`].
    #[inline(never)]
    fn binary_slow(&mut self, host: &mut dyn Host, op: Op) -> Result<(), VmError> {
        if self.number_binary(op)? {
            return Ok(());
        }
        // (`+` of strings, the likeliest here, without a second call.)
        if op == Op::Add && self.add_primitives()? {
            return Ok(());
        }
        self.binary_general(host, op)
    }

    /// A binary operator whose operands are not both numbers.
    #[inline(never)]
    fn binary_general(&mut self, host: &mut dyn Host, op: Op) -> Result<(), VmError> {
        match op {
            Op::Add => {
                if self.add_primitives()? {
                    return Ok(());
                }
                self.add_objects(host)
            }
            Op::StrictEq | Op::StrictNe => {
                let holds = self.compare_top2(op);
                self.replace_top2(Value::bool(holds))
            }
            _ => {
                // Objects become what their `valueOf` (or `toString`)
                // gives, as for `+`. (Numbers come here only for `**`:
                // `number_binary` takes the rest.)
                self.user_primitives(host, 2, HINT_NUMBER)?;
                match op {
                    Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                        let holds = self.compare_top2(op);
                        self.replace_top2(Value::bool(holds))
                    }
                    Op::BitAnd | Op::BitOr | Op::BitXor | Op::Shl | Op::Shr | Op::UShr => {
                        self.bitwise_from_stack(op)
                    }
                    _ => self.arith_from_stack(op),
                }
            }
        }
    }

    /// `super.name`: `[this, home, key]` on the stack → `home[key]`, a
    /// getter it finds called on `this` (the parent's prototype is where
    /// the property is, the object the method runs on what it is read for).
    #[inline(never)]
    fn get_super_property(&mut self, host: &mut dyn Host) -> Result<(), VmError> {
        let (home, key) = (self.peek(1)?, self.peek(0)?);
        let v = self.get_property(home, key)?;
        let v = self.got(host, self.peek(2)?, v)?;
        self.pop()?;
        self.pop()?;
        self.set_peek(0, v)
    }

    /// What reading a property whose value is `v` gives: `v`, or when it
    /// is an accessor, its getter's result on `receiver` (`undefined`
    /// without a getter). (Inlined in a speed build: only a heap value can
    /// be one.)
    #[cfg_attr(not(mvm_size), inline(always))]
    fn got(&mut self, host: &mut dyn Host, receiver: Value, v: Value) -> Result<Value, VmError> {
        if v.is_heap() && self.is_accessor(v) {
            return self.call_accessor(host, receiver, v, 0);
        }
        Ok(v)
    }

    /// `obj[key] = value` as a script assigns, `[obj, key, value]` on the
    /// stack (left there): through the property's setter when it has one.
    #[cfg_attr(not(mvm_size), inline(always))]
    fn assign_from_stack(&mut self, host: &mut dyn Host) -> Result<(), VmError> {
        self.object_key(host, 1)?;
        let accessor = self.set_property_from_stack()?;
        if accessor == Value::HOLE {
            return self.refuse_shadowing();
        }
        if accessor != Value::UNDEFINED {
            if accessor == crate::object::BYTE_FROM_OBJECT {
                return self.store_byte_of_object(host);
            }
            let receiver = self.peek(2)?;
            self.call_accessor(host, receiver, accessor, 1)?;
        }
        Ok(())
    }

    /// `bytes[key] = object`, `[bytes, key, object]` on the stack (left
    /// there): the byte is the object's number, as its `valueOf` gives it.
    #[inline(never)]
    fn store_byte_of_object(&mut self, host: &mut dyn Host) -> Result<(), VmError> {
        self.push(self.peek(0)?)?;
        self.user_primitives(host, 1, HINT_NUMBER)?;
        let number = self.pop()?;
        let (bytes, key) = (self.peek(2)?, self.peek(1)?);
        self.store_byte(bytes, key, number);
        Ok(())
    }

    /// Makes the key `below` values under the stack's top a string when
    /// it is an object: its `toString()` (or `[Symbol.toPrimitive]`), as
    /// JavaScript's property keys are (`visited[point]` with a point's
    /// `toString`). Arrays and other kinds the engine writes itself.
    #[inline]
    fn object_key(&mut self, host: &mut dyn Host, below: usize) -> Result<(), VmError> {
        // (Only a heap value can be an object: ROM strings and numbers,
        // the common keys, go on at once.)
        if self.peek(below)?.is_heap() {
            self.object_key_slow(host, below)?;
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn object_key_slow(&mut self, host: &mut dyn Host, below: usize) -> Result<(), VmError> {
        let v = self.peek(below)?;
        let array = |vm: &Self, v| vm.type_of_ref(v) == Some(TypeCode::Array);
        if !self.is_plain_object(v) && !array(self, v) {
            return Ok(());
        }
        self.push(v)?;
        self.user_primitives(host, 1, HINT_STRING)?;
        let mut key = self.pop()?;
        // (`memo[[i, j]]` is `memo['i,j']`: an array the prelude's `join`
        // did not convert is written by the engine.)
        if array(self, key) {
            let text = self.string_of(key);
            key = self.make_string(&text)?;
        }
        self.set_peek(below, key)
    }

    /// Calls slot `which` of `accessor` (0 the getter, 1 the setter, given
    /// the value on top of the stack) on `receiver`; `undefined` when it
    /// has no such function.
    #[inline(never)]
    fn call_accessor(
        &mut self,
        host: &mut dyn Host,
        receiver: Value,
        accessor: Value,
        which: usize,
    ) -> Result<Value, VmError> {
        let function = self.slot(accessor, which).unwrap_or(Value::UNDEFINED);
        if !self.is_callable(function) {
            return Ok(Value::UNDEFINED);
        }
        let value = self.peek(0)?;
        let depth = self.frames.len();
        self.push(receiver)?;
        self.push(function)?;
        if which == 1 {
            self.push(value)?;
        }
        self.run(host, which, depth)
    }

    /// `+` with an object among its operands: the object's own `valueOf`
    /// or `toString` first, then the engine's text for what is still an
    /// object.
    #[inline(never)]
    fn add_objects(&mut self, host: &mut dyn Host) -> Result<(), VmError> {
        self.user_primitives(host, 2, HINT_DEFAULT)?;
        if self.add_primitives()? {
            return Ok(());
        }
        self.concat_general(2)
    }

    /// Replaces each plain object among the top `n` stack values by what
    /// its own conversion gives, as arithmetic and comparisons
    /// (`HINT_NUMBER`: `valueOf`, then `toString`), `+` (`HINT_DEFAULT`:
    /// the same, but `toString` first for an object whose prototype says
    /// `'#@@defaultIsText'`, a `Date`) and templates (`HINT_STRING`:
    /// `toString` first) ask: the first of the two that is a function and
    /// returns a primitive. Otherwise (or when it has no `toString`, whose
    /// inherited one comes before any `valueOf`) the object stays, and
    /// reads as the engine writes it (`[object Object]`, an error's
    /// `name: message`). An object with a `[Symbol.toPrimitive]` method
    /// is asked that first, with the hint's name, and must give a
    /// primitive (else a TypeError).
    #[inline(never)]
    pub(crate) fn user_primitives(
        &mut self,
        host: &mut dyn Host,
        n: usize,
        hint: u8,
    ) -> Result<(), VmError> {
        for at in self.stack.len().saturating_sub(n)..self.stack.len() {
            let v = self.stack.get(at).copied().unwrap_or(Value::UNDEFINED);
            // `[Symbol.toPrimitive](hint)` first, where the object has one.
            let exotic = match self.is_plain_object(v) {
                true => self.lookup_name(v, b"\xEF\xBF\xBF@@toPrimitive"),
                false => Value::UNDEFINED,
            };
            if self.is_callable(exotic) {
                let depth = self.frames.len();
                self.push(v)?;
                self.push(exotic)?;
                let hint = match hint {
                    HINT_NUMBER => Value::STR_NUMBER,
                    HINT_STRING => Value::STR_STRING,
                    _ => self.make_string(b"default")?,
                };
                self.push(hint)?;
                let result = self.run(host, 1, depth)?;
                if self.is_object(result) {
                    return Err(self.no_primitive_error());
                }
                self.set_peek_at(at, result)?;
                continue;
            }
            let text_first = hint == HINT_STRING
                || (hint == HINT_DEFAULT
                    && self.is_plain_object(v)
                    && self.lookup_name(v, b"\xEF\xBF\xBF@@defaultIsText") == Value::TRUE);
            // (Both asked and neither gave a primitive: a TypeError, as
            // JavaScript's.)
            'converted: {
                for pass in [text_first, !text_first] {
                    let name: &[u8] = if pass { b"toString" } else { b"valueOf" };
                    // (Read again each time: a call may have moved it.)
                    let v = self.stack.get(at).copied().unwrap_or(Value::UNDEFINED);
                    let method = if self.is_plain_object(v) {
                        self.lookup_name(v, name)
                    } else if self.type_of_ref(v) == Some(TypeCode::Array) {
                        // An array's text is its prototype's `toString` when
                        // the program has one (the prelude's `join`, which asks
                        // each item its own); its `valueOf` is itself.
                        if !pass {
                            continue;
                        }
                        match self.export(crate::ARRAY_PROTOTYPE_EXPORT) {
                            Ok(proto) if self.is_plain_object(proto) => {
                                self.lookup_name(proto, name)
                            }
                            _ => break 'converted,
                        }
                    } else {
                        break 'converted;
                    };
                    // Without a `toString` of its own, an object has the one
                    // every object inherits (`[object Object]`), which the
                    // engine writes: no `valueOf` after it. One with none at
                    // all (`Object.create(null)`) or one that is no function
                    // (`{ toString: 5 }`) goes on to `valueOf`, else the
                    // TypeError.
                    if pass && !self.is_callable(method) {
                        if method == Value::UNDEFINED && !self.null_prototype_in_chain(v) {
                            break 'converted;
                        }
                        continue;
                    }
                    if self.is_callable(method) {
                        let depth = self.frames.len();
                        self.push(v)?;
                        self.push(method)?;
                        let result = self.run(host, 0, depth)?;
                        if !self.is_object(result) {
                            self.set_peek_at(at, result)?;
                            break 'converted;
                        }
                    }
                }
                return Err(self.no_primitive_error());
            }
        }
        Ok(())
    }

    /// The TypeError for an object whose conversions give no primitive.
    fn no_primitive_error(&mut self) -> VmError {
        match self.make_error("TypeError", b"Cannot convert object to primitive value") {
            Ok(error) => VmError::Uncaught(error),
            Err(e) => e,
        }
    }

    /// Pushes `v + k` or `v - k` (`plain` says which) for a fused
    /// `LoadLocalAddInt8` or `LoadLocalSubInt8`, off its inline path.
    #[inline(never)]
    fn push_stepped(
        &mut self,
        host: &mut dyn Host,
        v: Value,
        plain: Op,
        k: i32,
    ) -> Result<(), VmError> {
        let exact = self
            .int32_of(v)
            .filter(|_| crate::FAST_PATHS)
            .and_then(|x| crate::ops::int_arith(plain, x, k));
        match exact {
            Some(n) => {
                let v = self.int_value(n)?;
                self.push(v)
            }
            None => {
                self.push(v)?;
                self.push(Value::int(k).ok_or(VmError::InvalidBytecode { pc: 0 })?)?;
                self.binary_slow(host, plain)
            }
        }
    }

    /// The top two stack values, when both are int32s, inline or boxed.
    /// (Out of line: inlined into its callers it would be copied into many
    /// arms, 8 KB more engine code.)
    #[inline(never)]
    fn top2_int32(&self) -> Option<(i32, i32)> {
        let (a, b) = self.top2()?;
        Some((self.int32_of(a)?, self.int32_of(b)?))
    }

    fn frame_pc(&self) -> Result<usize, VmError> {
        Ok(self
            .frames
            .last()
            .ok_or(VmError::InvalidBytecode { pc: 0 })?
            .pc as usize)
    }

    /// The top frame's function, as the loop needs it. A frame is made only
    /// for a function whose header was checked (`enter`, `resume`), so its
    /// code bounds are read again here without checking it all again (a
    /// return takes this path).
    fn current(&self) -> Result<Current, VmError> {
        let bad = VmError::InvalidBytecode { pc: 0 };
        let frame = self.frames.last().ok_or(bad)?;
        let func = frame.func as usize;
        let consts = *self.rom.get(func + 2).ok_or(bad)?;
        Ok(Current {
            func,
            code_start: crate::function::code_start(func, consts),
            code_len: frame.code_len(),
            base: usize::from(frame.base),
        })
    }

    /// The current call's innermost scope: in the stack slot below its
    /// first local (see `Frame`).
    #[inline]
    pub(crate) fn frame_scope(&self) -> Option<Value> {
        let base = usize::from(self.frames.last()?.base);
        self.stack.get(base.checked_sub(1)?).copied()
    }

    /// Makes `scope` the current call's innermost scope.
    #[inline]
    fn set_frame_scope(&mut self, scope: Value) -> Option<()> {
        let base = usize::from(self.frames.last()?.base);
        *self.stack.get_mut(base.checked_sub(1)?)? = scope;
        Some(())
    }

    /// The scope `depth` levels out from the current frame's.
    fn scope_at(&self, depth: u8) -> Option<Value> {
        let mut scope = self.frame_scope()?;
        for _ in 0..depth {
            scope = self.slot(scope, 0)?;
        }
        Some(scope)
    }

    /// Starts a call (or, with `construct`, a `new`) of the callee below
    /// `argc` arguments on the stack.
    pub(crate) fn invoke(
        &mut self,
        host: &mut dyn Host,
        argc: usize,
        pc: usize,
        construct: bool,
    ) -> Result<Invoked, VmError> {
        let bad = VmError::InvalidBytecode { pc: pc as u16 };
        let callee_at = self.stack.len().checked_sub(argc + 1).ok_or(bad)?;
        let this_at = callee_at.checked_sub(1).ok_or(bad)?;
        let mut callee = *self.stack.get(callee_at).ok_or(bad)?;
        if construct && callee == mvm_snapshot::Builtin::PromiseCtor.value() {
            let executor = self
                .stack
                .get(callee_at + 1)
                .copied()
                .unwrap_or(Value::UNDEFINED);
            let result = self.construct_promise(host, executor)?;
            self.stack.truncate(this_at);
            return Ok(result);
        }
        // The common calls first: a function in ROM, bare or in a closure.
        if crate::FAST_PATHS && !construct {
            if let Some((func, scope)) = self.bytecode_callee(callee) {
                if let Ok(info) = FunctionInfo::read(self.rom, func) {
                    return self.enter(func, info, scope, argc, callee_at, false);
                }
            }
        }
        if construct {
            callee = self.prepare_construct(callee, callee_at, this_at)?;
            if crate::FAST_PATHS {
                if let Some((func, scope)) = self.bytecode_callee(callee) {
                    if let Ok(info) = FunctionInfo::read(self.rom, func) {
                        return self.enter(func, info, scope, argc, callee_at, true);
                    }
                }
            }
        }
        let mut resolved = self.resolve(callee);
        if resolved.is_some_and(|(_, h)| h.type_code() == TypeCode::Class) {
            // A function given a prototype is still callable. (It takes the
            // class's place on the stack, where `enter` may read it again.)
            callee = self.slot(callee, 0).ok_or(VmError::CorruptSnapshot)?;
            self.set_peek_at(callee_at, callee)?;
            resolved = self.resolve(callee);
        }
        let (func, scope) = match callee.kind() {
            ValueKind::Builtin(builtin) => {
                let result = self.call_builtin(host, builtin, this_at, argc, Value::UNDEFINED)?;
                self.stack.truncate(this_at);
                return Ok(Invoked::Returned(result));
            }
            _ => match resolved {
                Some((Place::Rom(offset), h)) if h.type_code().is_function() => {
                    (offset, Value::UNDEFINED)
                }
                Some((_, h)) if h.type_code() == TypeCode::Closure => {
                    let func = self.slot(callee, 0).ok_or(VmError::CorruptSnapshot)?;
                    let scope = self.slot(callee, 1).ok_or(VmError::CorruptSnapshot)?;
                    match func.kind() {
                        // A builtin bound to a value (a promise's resolve).
                        ValueKind::Builtin(builtin) => {
                            let result = self.call_builtin(host, builtin, this_at, argc, scope)?;
                            self.stack.truncate(this_at);
                            return Ok(Invoked::Returned(result));
                        }
                        _ => (
                            self.rom_payload(func).ok_or(VmError::CorruptSnapshot)?,
                            scope,
                        ),
                    }
                }
                Some((_, h)) if h.type_code() == TypeCode::HostFunc => {
                    let id = self
                        .payload(callee)
                        .and_then(|p| read_u16(p, 0))
                        .ok_or(VmError::CorruptSnapshot)?;
                    let mut args = alloc::vec::Vec::new();
                    args.try_reserve_exact(argc)
                        .map_err(|_| VmError::OutOfMemory)?;
                    args.extend_from_slice(self.stack.get(callee_at + 1..).unwrap_or(&[]));
                    let mut result = host.call_import(self, id, &args)?;
                    if construct && !self.is_object(result) {
                        result = self.stack.get(this_at).copied().ok_or(bad)?;
                    }
                    self.stack.truncate(this_at);
                    return Ok(Invoked::Returned(result));
                }
                _ => {
                    #[cfg(feature = "std")]
                    {
                        self.not_called = self.stack.get(callee_at).copied().ok_or(bad)?;
                    }
                    return Err(VmError::NotCallable);
                }
            },
        };
        // (Resolving the callee checked that `func` lies in ROM.)
        let info = FunctionInfo::read(self.rom, func)?;
        self.enter(func, info, scope, argc, callee_at, construct)
    }

    /// The ROM offset of the code `callee` runs and the scope it runs in,
    /// when it is a bare ROM reference or a closure over one; `None` sends
    /// the call down the general path.
    #[cfg_attr(not(mvm_size), inline(always))]
    pub(crate) fn bytecode_callee(&self, callee: Value) -> Option<(usize, Value)> {
        let (func, scope) = if callee.is_heap() {
            let header = self.heap.header(callee.0)?;
            if header.type_code() != TypeCode::Closure {
                return None;
            }
            // (Both words from the payload at once: each `slot` would
            // resolve the reference again.)
            let at = usize::from(callee.0);
            let words = self.heap.image().get(at..at + header.size())?;
            (Value(read_u16(words, 0)?), Value(read_u16(words, 2)?))
        } else {
            (callee, Value::UNDEFINED)
        };
        let offset = self.rom_payload(func)?;
        Some((offset, scope))
    }

    /// The ROM offset of a bytecode function (a closure's function), for
    /// its name and length.
    fn function_offset(&self, f: Value) -> Option<usize> {
        // (A closure keeps its function in slot 0.)
        let f = match f.is_heap() {
            true if self.heap.header(f.0)?.type_code() == TypeCode::Closure => self.slot(f, 0)?,
            true => return None,
            false => f,
        };
        self.rom_payload(f)
    }

    /// The first instruction of a bytecode function (a closure's), for the
    /// host's printer.
    #[cfg(feature = "std")]
    pub(crate) fn first_instruction(&self, f: Value) -> Option<Op> {
        self.first_instruction_at(self.function_offset(f)?)
            .map(|(op, _)| op)
    }

    /// The first instruction of the function at ROM offset `func`, and
    /// where its code starts.
    #[cfg(feature = "std")]
    fn first_instruction_at(&self, func: usize) -> Option<(Op, usize)> {
        let info = FunctionInfo::read(self.rom, func).ok()?;
        let op = Op::decode(*self.rom.get(info.code_start)?)?;
        Some((op, info.code_start))
    }

    /// Whether `f` is a generator function: its code holds a `Yield`.
    #[cfg(feature = "std")]
    pub(crate) fn is_generator_function(&self, f: Value) -> bool {
        self.function_offset(f)
            .and_then(|func| FunctionInfo::read(self.rom, func).ok())
            .and_then(|info| self.rom.get(info.code_start..info.code_end))
            .and_then(crate::snapshot::instructions)
            .is_some_and(|code| code.iter().any(|(op, _)| *op == Op::Yield))
    }

    /// A bytecode function's name, if the compiler kept it.
    pub(crate) fn function_name(&self, f: Value) -> Option<Value> {
        crate::function::name(self.rom, self.function_offset(f)?)
    }

    /// A function's `length`: its parameters, less a `...rest` (defaults
    /// count, where JavaScript stops at the first; a builtin's is 0).
    pub(crate) fn function_length(&self, f: Value) -> usize {
        self.function_offset(f)
            .and_then(|func| FunctionInfo::read(self.rom, func).ok())
            .map_or(0, |info| {
                usize::from(info.params).saturating_sub(usize::from(info.rest))
            })
    }

    /// Pushes the frame for a call of the bytecode function at ROM offset
    /// `func` (whose header is `info`), its callee at stack index
    /// `callee_at` with `argc` arguments above it.
    #[cfg_attr(not(mvm_size), inline(always))]
    fn enter(
        &mut self,
        func: usize,
        info: FunctionInfo,
        scope: Value,
        argc: usize,
        callee_at: usize,
        construct: bool,
    ) -> Result<Invoked, VmError> {
        // Arguments become the first locals: pad or drop to the parameter
        // count (gathering the rest into an array for `...rest`), then make
        // room for the other locals.
        let params = usize::from(info.params);
        let mut scope = scope;
        if info.rest {
            let fixed = params.saturating_sub(1);
            for _ in argc..fixed {
                self.push(Value::UNDEFINED)?;
            }
            let rest = self.new_array_from_stack(argc.saturating_sub(fixed))?;
            self.push(rest)?;
            // Gathering allocates, and a collection moves a closure's
            // scope: read it again from the callee (a closure, as the scope
            // is on the heap), which the stack keeps.
            if scope.is_heap() {
                let callee = self.stack.get(callee_at).copied();
                scope = callee.and_then(|c| self.slot(c, 1)).unwrap_or(scope);
            }
        } else if argc > params {
            self.stack.truncate(self.stack.len() - (argc - params));
        }
        // Missing arguments and the other locals start `undefined`, all
        // checked for at once. (A loop of pushes, not `resize`: a function
        // has few locals, and `resize` is a call.)
        let locals_end = callee_at + 1 + usize::from(info.locals);
        let extra = locals_end.saturating_sub(self.stack.len());
        self.check_stack(extra, 1, 0)?;
        while self.stack.len() < locals_end {
            self.stack.push(Value::UNDEFINED);
        }
        if self.frames.len() == self.frames.capacity() {
            self.frames
                .try_reserve(1)
                .map_err(|_| VmError::OutOfMemory)?;
        }
        // The scope takes the callee's place (see `Frame`).
        *self
            .stack
            .get_mut(callee_at)
            .ok_or(VmError::StackOverflow)? = scope;
        self.frames.push(Frame {
            func: RomPos::try_from(func).map_err(|_| VmError::CorruptSnapshot)?,
            pc: RomPos::try_from(info.code_start).map_err(|_| VmError::CorruptSnapshot)?,
            base: u16::try_from(callee_at + 1).map_err(|_| VmError::StackOverflow)?,
            code: Frame::packed_code(info.code_end - info.code_start, construct)?,
        });
        Ok(Invoked::Frame(Current::new(func, &info, callee_at + 1)))
    }

    /// For `new C(...)`: makes the new object, puts it in the `this` slot
    /// and returns the function to run as the constructor.
    fn prepare_construct(
        &mut self,
        callee: Value,
        callee_at: usize,
        this_at: usize,
    ) -> Result<Value, VmError> {
        let (ctor, proto) = if self.type_of_ref(callee) == Some(TypeCode::Class) {
            let ctor = self.slot(callee, 0).ok_or(VmError::CorruptSnapshot)?;
            let props = self.slot(callee, 1).ok_or(VmError::CorruptSnapshot)?;
            // (The compiler makes `prototype` a class's first property.)
            let first = crate::FAST_PATHS.then(|| self.first_pair(props));
            let proto = match first.flatten() {
                Some((Value::STR_PROTOTYPE, proto)) if !self.is_accessor(proto) => proto,
                _ => self.get_property(props, Value::STR_PROTOTYPE)?,
            };
            (ctor, proto)
        } else {
            // (A plain function's `prototype`, made now if it has none:
            // `instanceof` and `constructor` find it on the object.)
            let proto = match self.function_prototype(callee) {
                Some(proto) if proto != Value::UNDEFINED => proto,
                _ if self.constructible(callee) => self.made_prototype(callee)?,
                _ => Value::NULL,
            };
            // (Read again: making the prototype may have moved it.)
            let callee = self.stack.get(callee_at).copied().unwrap_or(callee);
            (callee, proto)
        };
        self.set_peek_at(callee_at, ctor)?;
        self.set_peek_at(this_at, proto)?;
        // Room for the properties the constructor assigns to `this`, so
        // that it fills slots rather than chaining a segment per property.
        // (Only its flags are read: `enter` checks the function.)
        let room = self.bytecode_callee(ctor).map_or(0, |(func, _)| {
            crate::function::instance_props(self.rom, func)
        });
        if room == usize::from(mvm_snapshot::NOT_A_CONSTRUCTOR) {
            return Err(VmError::NotCallable);
        }
        let obj = self.new_object(room)?;
        let proto = self.stack.get(this_at).copied().unwrap_or(Value::NULL);
        let proto = if self.is_plain_object(proto) {
            proto
        } else {
            Value::NULL
        };
        self.set_slot(obj, 1, proto)?;
        self.set_peek_at(this_at, obj)?;
        Ok(self
            .stack
            .get(callee_at)
            .copied()
            .unwrap_or(Value::UNDEFINED))
    }

    /// What an `await` of the value on top of the stack gives at once,
    /// when going on at once is what suspending would come to. The frame
    /// is one a job resumed (this run of the interpreter is the job's), or
    /// one called by a chain of such frames each of which awaits the call
    /// as soon as it returns: suspending returns, frame by frame, to the
    /// job loop, running nothing on the way. No other job is queued, so
    /// the job this `await` would queue runs next. And the value is
    /// settled (a fulfilled promise, or a primitive), so that job would
    /// resume with it. (An `await` in a loop of an async function, or of
    /// async calls awaiting async calls, then costs no frame record, job
    /// or resumption.)
    fn awaited_now(&self, depth: usize) -> Option<Value> {
        if !crate::FAST_PATHS || depth + 1 != self.job_frame || !self.jobs.is_empty() {
            return None;
        }
        let callers = self.frames.get(depth..self.frames.len().checked_sub(1)?)?;
        let await_op = Some(&(Op::Await as u8));
        if !callers
            .iter()
            .all(|f| self.rom.get(f.pc as usize) == await_op)
        {
            return None;
        }
        let v = *self.stack.last()?;
        self.settled_with(v, crate::promise::FULFILLED)
            .or_else(|| (!self.is_object(v)).then_some(v))
    }

    /// Suspends the current async function at `pc` (its code starting at
    /// `code_start`) until the value on top of the stack settles: saves
    /// its frame, its handlers and its stack values in a record that a
    /// job resumes (see [`Engine::resume`]).
    fn suspend(&mut self, pc: usize, code_start: usize) -> Result<(), VmError> {
        let record = self.save_frame(pc, code_start)?;
        let awaited = self.pop()?;
        self.push(record)?;
        self.push(awaited)?;
        if !self.is_promise(awaited) && self.is_thenable(awaited) {
            // `await thenable` waits on a promise resolved with it.
            let p = self.new_promise()?;
            self.push(p)?;
            let (awaited, p) = (self.peek(1)?, self.peek(0)?);
            self.resolve_promise(p, awaited)?;
            let (record, p) = (self.peek(2)?, self.peek(0)?);
            self.subscribe(p, record)?;
            self.pop()?;
        } else {
            let (record, awaited) = (self.peek(1)?, self.peek(0)?);
            self.subscribe(awaited, record)?;
        }
        let awaited = self.pop()?;
        self.pop()?;
        // The awaited value's place: the shared return path pops it.
        self.push(awaited)
    }

    /// Suspends the current generator at `pc`: its frame goes into a
    /// record kept as element 0 of its state array (local `state_at`),
    /// where `GeneratorResume` finds it. The yielded value stays on top,
    /// for the `Return` that follows.
    #[cold]
    #[inline(never)]
    fn yield_frame(
        &mut self,
        pc: usize,
        code_start: usize,
        state_at: usize,
    ) -> Result<(), VmError> {
        let bad = VmError::InvalidBytecode { pc: pc as u16 };
        let record = self.save_frame(pc, code_start)?;
        let state = *self.stack.get(state_at).ok_or(bad)?;
        if self.type_of_ref(state) != Some(TypeCode::Array) {
            return Err(bad);
        }
        // (The yielded value stays on the stack, where a collection that
        // growing the array makes keeps it current.)
        self.push(state)?;
        self.push(crate::object::int_value(0))?;
        self.push(record)?;
        self.set_property_from_stack()?;
        self.stack.truncate(self.stack.len() - 3);
        Ok(())
    }

    /// The current frame at `pc` (its code starting at `code_start`) as a
    /// record: its function, place, scope, `this`, handlers and the stack
    /// values under the top one, for [`Engine::resume_frame`] to rebuild.
    fn save_frame(&mut self, pc: usize, code_start: usize) -> Result<Value, VmError> {
        use crate::promise::{offset_parts, AWAIT_HANDLER, AWAIT_HEADER, TAG_AWAIT};
        let bad = VmError::InvalidBytecode { pc: pc as u16 };
        let frame = *self.frames.last().ok_or(bad)?;
        let base = usize::from(frame.base);
        let saved = self.stack.len().checked_sub(1 + base).ok_or(bad)?;
        let depth = self.frames.len();
        let own = self
            .handlers
            .iter()
            .rev()
            .take_while(|h| usize::from(h.frames) == depth)
            .count();
        let p = self.alloc(
            TypeCode::FixedLengthArray,
            (AWAIT_HEADER + AWAIT_HANDLER * own + saved) * 2,
        )?;
        let record = Value::heap(p);
        // The allocation may have collected: read the frame again.
        let frame = *self.frames.last().ok_or(bad)?;
        let int = |n: usize| i32::try_from(n).ok().and_then(Value::int).ok_or(bad);
        let func = self.rom_value(frame.func as usize).ok_or(bad)?;
        let this = self
            .stack
            .get(base.checked_sub(2).ok_or(bad)?)
            .copied()
            .ok_or(bad)?;
        let (pc_low, pc_high) = offset_parts(pc - code_start);
        let header = [
            int(TAG_AWAIT as usize)?,
            Value::UNDEFINED,
            func,
            pc_low,
            self.frame_scope().ok_or(bad)?,
            this,
            int(own)?,
            pc_high,
        ];
        // Written in one pass over the record's words (an `await` in a
        // loop makes one record each time round).
        let mut words = self.heap.payload_mut(p).ok_or(bad)?.chunks_exact_mut(2);
        let mut put = |v: Value| {
            words
                .next()
                .map(|w| w.copy_from_slice(&v.0.to_le_bytes()))
                .ok_or(bad)
        };
        for v in header {
            put(v)?;
        }
        let first_handler = self.handlers.len().checked_sub(own).ok_or(bad)?;
        for h in self.handlers.get(first_handler..).unwrap_or(&[]) {
            let resume_at = (h.pc as usize).checked_sub(code_start).ok_or(bad)?;
            let (low, high) = offset_parts(resume_at);
            put(low)?;
            let height = usize::from(h.stack).checked_sub(base).ok_or(bad)?;
            put(int(height)?)?;
            put(h.scope)?;
            put(high)?;
        }
        for &v in self.stack.get(base..base + saved).ok_or(bad)? {
            put(v)?;
        }
        Ok(record)
    }

    /// Resumes a suspended async function with the outcome of what it
    /// awaited: `value` pushed, or thrown when `state` is a rejection.
    pub(crate) fn resume(
        &mut self,
        host: &mut dyn Host,
        record: Value,
        state: i32,
        value: Value,
    ) -> Result<(), VmError> {
        // (While the frame this job resumes is the innermost, its awaits
        // may go on at once: see `awaited_now`.)
        let outer_job = core::mem::replace(&mut self.job_frame, self.frames.len() + 1);
        let resumed = self.resume_frame(host, record, state, value);
        self.job_frame = outer_job;
        match resumed {
            // An async function catches everything itself; anything else
            // is the host's to hear about.
            Ok(_) | Err(VmError::Uncaught(_)) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Rebuilds the frame a record keeps (see [`Engine::save_frame`]) and
    /// runs it with `value` pushed, or thrown when `state` is a
    /// rejection, until it returns, awaits or yields: what it gives back.
    pub(crate) fn resume_frame(
        &mut self,
        host: &mut dyn Host,
        record: Value,
        state: i32,
        value: Value,
    ) -> Result<Value, VmError> {
        use crate::promise::{offset_of, AWAIT_HANDLER, AWAIT_HEADER, REJECTED};
        let bad = VmError::CorruptSnapshot;
        let depth = self.frames.len();
        let handlers_base = self.handlers.len();
        let sp = self.stack.len();
        // Pushing does not allocate, so `record` stays current below.
        self.push(record)?;
        self.push(value)?;
        let get = |vm: &Engine<'_>, i: usize| vm.slot(record, i).ok_or(bad);
        let as_usize = |v: Value| v.as_int().and_then(|i| usize::try_from(i).ok()).ok_or(bad);
        let func = get(self, 2)?;
        let offset = self.rom_payload(func).ok_or(bad)?;
        let info = self.function_info(offset)?;
        let pc = info.code_start + offset_of(get(self, 3)?, get(self, 7)?).ok_or(bad)?;
        let scope = get(self, 4)?;
        let own = as_usize(get(self, 6)?)?;
        let total = self.payload(record).map_or(0, |p| p.len() / 2);
        let saved = total
            .checked_sub(AWAIT_HEADER + AWAIT_HANDLER * own)
            .ok_or(bad)?;
        self.push(get(self, 5)?)?;
        // The scope in the callee's place (see `Frame`).
        self.push(scope)?;
        let base = self.stack.len();
        // The saved values, copied in one pass (pushing allocates nothing:
        // the stack's room is fixed).
        if base + saved > self.stack.capacity() {
            return Err(VmError::StackOverflow);
        }
        let first = AWAIT_HEADER + AWAIT_HANDLER * own;
        let words = self.heap.payload(record.0).ok_or(bad)?;
        for i in first..first + saved {
            self.stack
                .push(read_u16(words, 2 * i).map(Value).ok_or(bad)?);
        }
        self.check_stack(0, 1, own)?;
        self.frames.push(crate::engine::Frame {
            // (Past 64 KB only in a compiler's wider unit, whose
            // `RomPos` holds it.)
            func: RomPos::try_from(offset).map_err(|_| bad)?,
            pc: RomPos::try_from(pc).map_err(|_| bad)?,
            base: u16::try_from(base).map_err(|_| VmError::StackOverflow)?,
            code: crate::engine::Frame::packed_code(info.code_end - info.code_start, false)?,
        });
        for i in 0..own {
            let at = AWAIT_HEADER + AWAIT_HANDLER * i;
            let resume_at = offset_of(get(self, at)?, get(self, at + 3)?).ok_or(bad)?;
            self.handlers.push(Handler {
                frames: u16::try_from(self.frames.len()).map_err(|_| bad)?,
                stack: u16::try_from(base + as_usize(get(self, at + 1)?)?).map_err(|_| bad)?,
                pc: RomPos::try_from(info.code_start + resume_at).map_err(|_| bad)?,
                scope: get(self, at + 2)?,
            });
        }
        let value = *self.stack.get(sp + 1).ok_or(bad)?;
        let outcome = if state == REJECTED {
            self.run_frame(host, depth, handlers_base, pc, Some(value))
        } else {
            self.push(value)?;
            self.run_frame(host, depth, handlers_base, pc, None)
        };
        self.cut_back(sp, depth, handlers_base);
        outcome
    }
}

/// What V8 says of a call's spread of `v` that is not iterable, from the
/// compiler's words for the spread of `undefined` (`cfg is not iterable
/// (cannot read property undefined)`): `null` is named so, and any other
/// value gets "Spread syntax requires ...". Another message is kept.
#[cfg(feature = "std")]
fn spread_text(message: &[u8], v: Value, out: &mut Vec<u8>) {
    match message.strip_suffix(b"(cannot read property undefined)".as_slice()) {
        Some(head) if v.kind() == ValueKind::Null => {
            out.extend_from_slice(head);
            out.extend_from_slice(b"(cannot read property null)");
        }
        Some(_) if v.kind() != ValueKind::Undefined => out.extend_from_slice(
            b"Spread syntax requires ...iterable[Symbol.iterator] to be a function",
        ),
        _ => out.extend_from_slice(message),
    }
}

#[cfg(test)]
mod tests {
    use super::FUSED_JUMPS;
    use mvm_snapshot::opcode::Op;

    /// The table says what the general path's comparison says, for every
    /// fused instruction and every order of two integers.
    #[test]
    fn fused_jump_table_matches_the_comparisons() {
        for k in 0..12u8 {
            let op = Op::decode(Op::JumpUnlessLt as u8 + k).unwrap();
            let (cmp, jump_when) = op.comparison().unwrap();
            for (order, (x, y)) in [(1, 2), (2, 2), (3, 2)].into_iter().enumerate() {
                let holds = crate::ops::compare_numbers(cmp, x, y).unwrap();
                let bit = FUSED_JUMPS >> (3 * u32::from(k) + order as u32) & 1 != 0;
                assert_eq!(bit, holds == jump_when, "{op:?} {x} {y}");
            }
        }
    }
}
