//! Bytecode for one function, as it is being generated.

use mvm_snapshot::opcode::Op;
use mvm_snapshot::Value;

/// Something a function's constant pool refers to. Resolved to a ROM
/// reference when the unit is laid out.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    /// WTF-8 bytes (JavaScript strings may hold lone surrogates).
    Str(Vec<u8>),
    /// A function, by its index in the unit.
    Func(usize),
    /// An import, by ID.
    Host(u16),
    /// A number that does not fit inline.
    Num(f64),
}

/// A jump whose target is not known yet.
#[derive(Clone, Copy, Debug)]
pub struct Patch(usize);

/// A function's code, constants and frame shape.
#[derive(Debug, Default)]
pub struct FunctionCode {
    pub params: u8,
    /// The last parameter is `...rest`: an array of the remaining arguments.
    pub rest: bool,
    /// The names this function assigns as `this.name = ...`: as a
    /// constructor, the properties its instances will have.
    pub this_props: Vec<String>,
    /// `new` may call it: a `function` that is neither async nor a
    /// generator, or a class constructor.
    pub constructs: bool,
    /// Sloppy code (a script's, outside a class and `'use strict'`): a
    /// write a frozen object refuses is dropped there, not a `TypeError`.
    pub sloppy: bool,
    /// The function's `name` (`f.name`, what `console.log` prints), kept
    /// only when the program can tell (see `Codegen::keeps_names`). Once
    /// the function is compiled, it is also the pool's last constant.
    pub name: Option<String>,
    /// The frame's local slots: the most in use at once.
    pub locals: usize,
    /// The next free slot: a block's slots are free again after it (see
    /// `Codegen::release_locals`), for the blocks after it to reuse.
    pub next_local: usize,
    /// The highest slot in use since the statement being compiled began,
    /// plus one (see `Codegen::stmt`).
    pub statement_high: usize,
    /// How many statements the one being compiled is inside.
    pub statement_depth: usize,
    /// Slots that hold only numbers (a `for` loop's counter, a walk's
    /// index), which clearing leaves alone: they keep nothing alive.
    pub number_slots: Vec<u8>,
    pub consts: Vec<Const>,
    pub code: Vec<u8>,
    /// A local slot for values held briefly between instructions.
    pub scratch: Option<u8>,
    /// Source positions: from this code offset on, the code comes from
    /// (module, line, column).
    pub positions: Vec<(u16, u16, u32, u16)>,
    /// `(code offset after a call, its message if the callee is not a
    /// function)`, for the source map (see `codegen::callee`).
    pub callees: Vec<(u16, String)>,
    /// Where the last two instructions start (the last one second), unless
    /// a jump may land after them: only then may the next one fuse with
    /// them.
    recent: [Option<(usize, Op)>; 2],
}

impl FunctionCode {
    pub fn op(&mut self, op: Op) {
        // `LoadLocal A; PushInt8 N; Add` was fused as far as
        // `LoadLocalInt8 A N`: it becomes `LoadLocalAddInt8 A N`, and
        // likewise for `Sub`.
        if let (Some((at, Op::LoadLocalInt8)), Op::Add | Op::Sub) = (self.recent[1], op) {
            let [local, n] = self.unemit(at);
            let fused = if op == Op::Add {
                Op::LoadLocalAddInt8
            } else {
                Op::LoadLocalSubInt8
            };
            return self.op_u8u8(fused, local, n);
        }
        // `PushInt8 N; Add` becomes `AddInt8 N`, and likewise for `Sub`.
        if let (Some((at, Op::PushInt8)), Op::Add | Op::Sub) = (self.recent[1], op) {
            let [n, _] = self.unemit(at);
            return self.op_u8(int8_form(op), n);
        }
        // An operator with an inline integer on its right (`x & 255`,
        // `n >> 4`, `h * 31`): `PushInt8 N` or `PushValue V` and the
        // operator become `BitAndValue V` and the like, and
        // `LoadLocalInt8 A N` and the operator `LoadLocal A; BitAndValue N`.
        if let (Some(fused), Some((at, push))) = (Op::with_value(op), self.recent[1]) {
            let [lo, hi] = self.operands_at(at);
            let value = match push {
                Op::PushInt8 => Value::int(i32::from(lo as i8)),
                Op::PushValue => {
                    Some(Value(u16::from_le_bytes([lo, hi]))).filter(|v| v.as_int().is_some())
                }
                Op::LoadLocalInt8 => Value::int(i32::from(hi as i8)),
                _ => None,
            };
            if let Some(value) = value {
                self.unemit(at);
                if push == Op::LoadLocalInt8 {
                    self.op_u8(Op::LoadLocal, lo);
                }
                return self.op_u16(fused, value.0);
            }
        }
        // `Dup; Store…; Pop` (an assignment statement to a variable)
        // becomes the store alone, which pops the value.
        if let ([Some((dup_at, Op::Dup)), Some((at, store))], Op::Pop) = (self.recent, op) {
            if matches!(store, Op::StoreLocal | Op::StoreGlobal | Op::StoreScoped) {
                let store_code = self.code.split_off(at);
                self.code.truncate(dup_at);
                self.recent = [None, None];
                self.start(store);
                return self.code.extend_from_slice(&store_code);
            }
        }
        // `SetProp; Pop` (an assignment statement) becomes `SetPropPop`.
        if let (Some((at, Op::SetProp)), Op::Pop) = (self.recent[1], op) {
            self.unemit(at);
            self.start(Op::SetPropPop);
            return self.code.push(Op::SetPropPop as u8);
        }
        // `LoadLocal N; Return` becomes `ReturnLocal N`.
        if let (Some((at, Op::LoadLocal)), Op::Return) = (self.recent[1], op) {
            let [n, _] = self.unemit(at);
            return self.op_u8(Op::ReturnLocal, n);
        }
        // A named property read: `PushConst N; GetProp` becomes
        // `GetPropConst N`, `PushValue V; GetProp` becomes `GetPropValue V`.
        if let (Some((at, push @ (Op::PushConst | Op::PushValue))), Op::GetProp) =
            (self.recent[1], op)
        {
            let [lo, hi] = self.unemit(at);
            return if push == Op::PushConst {
                self.op_u8(Op::GetPropConst, lo)
            } else {
                self.op_u16(Op::GetPropValue, u16::from_le_bytes([lo, hi]))
            };
        }
        self.start(op);
        self.code.push(op as u8);
    }

    pub fn op_u8(&mut self, op: Op, a: u8) {
        // `LoadLocal a; Inc; StoreLocal a` (`i++` as a statement) becomes
        // `IncLocal a`, and likewise for `Dec`.
        if let [Some((load_at, Op::LoadLocal)), Some((_, step @ (Op::Inc | Op::Dec)))] = self.recent
        {
            if op == Op::StoreLocal && self.operands_at(load_at)[0] == a {
                self.code.truncate(load_at);
                self.recent = [None, None];
                let fused = if step == Op::Inc {
                    Op::IncLocal
                } else {
                    Op::DecLocal
                };
                return self.op_u8(fused, a);
            }
        }
        // `LoadLocal A; LoadLocal B` becomes `LoadLocal2 A B`, and
        // `LoadLocal A; PushInt8 N` becomes `LoadLocalInt8 A N`.
        if let (Some((at, Op::LoadLocal)), Op::LoadLocal | Op::PushInt8) = (self.recent[1], op) {
            let [first, _] = self.unemit(at);
            let fused = if op == Op::LoadLocal {
                Op::LoadLocal2
            } else {
                Op::LoadLocalInt8
            };
            return self.op_u8u8(fused, first, a);
        }
        // A named property read fuses with how its object was loaded:
        // `GetLocalProp`, `GetGlobalProp` (globals 0 to 255), `GetThisProp`.
        if op == Op::GetPropConst {
            if let Some((at, load @ (Op::LoadLocal | Op::LoadGlobal | Op::LoadThis))) =
                self.recent[1]
            {
                let global_fits = self.code.get(at + 2) == Some(&0);
                if load != Op::LoadGlobal || global_fits {
                    let [index, _] = self.unemit(at);
                    return match load {
                        Op::LoadLocal => self.op_u8u8(Op::GetLocalProp, index, a),
                        Op::LoadGlobal => self.op_u8u8(Op::GetGlobalProp, index, a),
                        _ => self.op_u8(Op::GetThisProp, a),
                    };
                }
            }
        }
        self.start(op);
        match Op::compact_form(op, a, 0) {
            Some(compact) => self.code.push(compact as u8),
            None => self.code.extend_from_slice(&[op as u8, a]),
        }
    }

    pub fn op_u8u8(&mut self, op: Op, a: u8, b: u8) {
        self.start(op);
        match Op::compact_form(op, a, b) {
            Some(compact) => self.code.push(compact as u8),
            None => self.code.extend_from_slice(&[op as u8, a, b]),
        }
    }

    pub fn op_u16(&mut self, op: Op, a: u16) {
        let op = match (self.recent[1], op) {
            (Some((at, Op::PushUndefined)), Op::LoadGlobal) => {
                self.code.truncate(at);
                Op::PushUndefinedLoadGlobal
            }
            (Some((at, cmp)), Op::JumpIfFalse | Op::JumpIfTrue) if cmp.fused_jump(op).is_some() => {
                self.code.truncate(at);
                cmp.fused_jump(op).unwrap_or(op)
            }
            _ => op,
        };
        self.start(op);
        self.code.push(op as u8);
        self.code.extend_from_slice(&a.to_le_bytes());
    }

    /// Notes that the function assigns `this.name`.
    pub fn note_this_prop(&mut self, name: String) {
        if !self.this_props.contains(&name) {
            self.this_props.push(name);
        }
    }

    /// Takes back the last instruction, which starts at `at`, to fuse it
    /// with the next one: its operand bytes (zero where it has fewer).
    fn unemit(&mut self, at: usize) -> [u8; 2] {
        let operands = self.operands_at(at);
        self.code.truncate(at);
        self.recent = [None, self.recent[0]];
        operands
    }

    /// The operand bytes of the instruction at `at` (zero where it has
    /// fewer), a compact one's (see [`Op::compact`]) included. (The
    /// instructions are noted in `recent` as the plain ones they stand for.)
    fn operands_at(&self, at: usize) -> [u8; 2] {
        let byte = |i| self.code.get(at + i).copied().unwrap_or(0);
        match Op::compact(byte(0)) {
            Some((_, a, b)) => [a, b],
            None => [byte(1), byte(2)],
        }
    }

    /// Notes that an instruction starts here.
    fn start(&mut self, op: Op) {
        self.recent = [self.recent[1], Some((self.code.len(), op))];
    }

    /// Notes that a jump may land here: nothing before fuses with what
    /// follows.
    fn label(&mut self) {
        self.recent = [None, None];
    }

    /// Pushes an inline value (never a reference).
    pub fn push_value(&mut self, v: Value) {
        if v == Value::UNDEFINED {
            return self.op(Op::PushUndefined);
        }
        match v.as_int() {
            Some(i) if (-128..=127).contains(&i) => self.op_u8(Op::PushInt8, i as i8 as u8),
            _ => self.op_u16(Op::PushValue, v.0),
        }
    }

    /// Index of `c` in the constant pool, adding it if new. `None` when the
    /// pool is full: 255 constants, as many as the function's header counts.
    pub fn constant(&mut self, c: Const) -> Option<u8> {
        self.constant_within(c, usize::from(u8::MAX))
    }

    /// [`FunctionCode::constant`], adding `c` only while the pool holds
    /// fewer than `room` constants.
    pub fn constant_within(&mut self, c: Const, room: usize) -> Option<u8> {
        let index = match self.consts.iter().position(|k| match (k, &c) {
            // Compare numbers by bits, so -0 and 0 (and NaNs) stay apart.
            (Const::Num(a), Const::Num(b)) => a.to_bits() == b.to_bits(),
            (a, b) => a == b,
        }) {
            Some(i) => i,
            None if self.consts.len() < room.min(usize::from(u8::MAX)) => {
                self.consts.push(c);
                self.consts.len() - 1
            }
            None => return None,
        };
        u8::try_from(index).ok()
    }

    /// Emits a jump to a target given later with [`FunctionCode::patch_here`].
    pub fn jump(&mut self, op: Op) -> Patch {
        self.op_u16(op, 0);
        Patch(self.code.len())
    }

    /// Emits a jump back to `target` (a code offset already emitted).
    pub fn jump_to(&mut self, op: Op, target: usize) {
        let patch = self.jump(op);
        self.patch_to(patch, target);
    }

    /// Points `patch` back at `target` (a code offset already emitted).
    pub fn patch_to(&mut self, patch: Patch, target: usize) {
        // The offset counts from the end of the jump, once it is emitted
        // (fusing may have moved it back).
        let offset = target as isize - patch.0 as isize;
        self.code[patch.0 - 2..patch.0].copy_from_slice(&(offset as i16).to_le_bytes());
    }

    /// Points `patch` at the current end of the code.
    pub fn patch_here(&mut self, patch: Patch) {
        self.label();
        let offset = (self.code.len() - patch.0) as i16;
        self.code[patch.0 - 2..patch.0].copy_from_slice(&offset.to_le_bytes());
    }

    /// The current end of the code, as a target for jumps back to it.
    pub fn here(&mut self) -> usize {
        self.label();
        self.code.len()
    }
}

/// `Add` or `Sub` with its operand an inline byte: `AddInt8`, `SubInt8`.
fn int8_form(op: Op) -> Op {
    if op == Op::Add {
        Op::AddInt8
    } else {
        Op::SubInt8
    }
}
