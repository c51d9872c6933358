//! The bytecode instruction set.
//!
//! A stack machine: each instruction is a one-byte opcode followed by its
//! operands, little-endian. Jump offsets are signed and relative to the end
//! of the jump instruction. Constants a function refers to (strings,
//! functions, boxed numbers) sit in the function's constant pool, so a
//! snapshot can relocate them without decoding the code.

/// Which of a fused instruction's two operand bytes one of its parts
/// (see [`Op::parts`]) takes as its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartOperands {
    /// Both, in place (a part with no operands ignores them).
    Both,
    /// The first byte, as the part's first.
    First,
    /// The second byte, as the part's first.
    Second,
}

impl PartOperands {
    /// The part's operand bytes, from the fused instruction's `a` and `b`.
    #[inline]
    pub fn pick(self, a: u8, b: u8) -> (u8, u8) {
        match self {
            PartOperands::Both => (a, b),
            PartOperands::First => (a, 0),
            PartOperands::Second => (b, 0),
        }
    }
}

/// The parts of a fused instruction (see [`Op::parts`]), packed into one
/// word, nine bits a part from the low end: the opcode, then which operand
/// bytes it takes (1 to 3; 0 ends the list). A word, not a slice: the
/// interpreter's table of them is four bytes an opcode, not sixteen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parts(pub u32);

// Seven bits hold every opcode a fused instruction's part can be (the
// compact ones, last, are never parts).
const _: () = assert!(Op::FIRST_COMPACT as u8 <= 128);

impl Parts {
    // Only evaluated by the compiler (`Op::parts` calls it in `const`
    // blocks): an index out of range fails the build.
    #[allow(clippy::indexing_slicing)]
    const fn of(parts: &[(Op, PartOperands)]) -> Parts {
        let mut word = 0;
        let mut i = parts.len();
        while i > 0 {
            i -= 1;
            let (op, take) = parts[i];
            let take = match take {
                PartOperands::Both => 1,
                PartOperands::First => 2,
                PartOperands::Second => 3,
            };
            word = word << 9 | take << 7 | op as u32;
        }
        Parts(word)
    }

    /// The first part and the rest, or `None` when none are left.
    #[inline]
    pub fn split_first(self) -> Option<((Op, PartOperands), Parts)> {
        let take = match self.0 >> 7 & 3 {
            1 => PartOperands::Both,
            2 => PartOperands::First,
            3 => PartOperands::Second,
            _ => return None,
        };
        let op = Op::decode((self.0 & 0x7F) as u8)?;
        Some(((op, take), Parts(self.0 >> 9)))
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl Iterator for Parts {
    type Item = (Op, PartOperands);
    fn next(&mut self) -> Option<(Op, PartOperands)> {
        let (first, rest) = self.split_first()?;
        *self = rest;
        Some(first)
    }
}

/// The shape of an instruction's operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operands {
    None,
    /// One unsigned byte.
    U8,
    /// One signed byte.
    I8,
    /// Two unsigned bytes.
    U8U8,
    /// An unsigned byte, then a signed one.
    U8I8,
    /// A 16-bit little-endian value.
    U16,
    /// A signed 16-bit jump offset.
    Jump,
}

impl Operands {
    #[inline]
    pub const fn len(self) -> usize {
        match self {
            Operands::None => 0,
            Operands::U8 | Operands::I8 => 1,
            Operands::U8U8 | Operands::U8I8 | Operands::U16 | Operands::Jump => 2,
        }
    }
    pub const fn is_empty(self) -> bool {
        self.len() == 0
    }
}

macro_rules! opcodes {
    ($($(#[$doc:meta])* $name:ident, $operands:ident;)*) => {
        /// One instruction's opcode. Codes are dense from zero, in order of
        /// declaration, grouped by operand length (none, one byte, two
        /// bytes): decoding is a range check and an instruction's length is
        /// two comparisons, so the interpreter's path from one instruction
        /// to the next has no table lookups.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Op { $($(#[$doc])* $name,)* }

        /// Each opcode's byte, as a constant a `match` can name.
        #[allow(non_upper_case_globals)]
        mod code {
            $(pub const $name: u8 = super::Op::$name as u8;)*
        }

        // Every instruction sits in the range its operand length says.
        const _: () = {
            $(assert!(
                Operands::$operands.len()
                    == Op::length_by_comparison(Op::$name as u8) - 1
            );)*
        };

        impl Op {
            /// How many opcodes there are: bytes from this up are none.
            pub const COUNT: u8 = [$(Op::$name),*].len() as u8;

            /// The opcode for `byte`, or `None` for a byte no instruction
            /// uses. (The codes being dense, this compiles to a range check.)
            #[inline]
            pub const fn from_u8(byte: u8) -> Option<Op> {
                match byte {
                    $(code::$name => Some(Op::$name),)*
                    _ => None,
                }
            }

            #[inline]
            pub const fn operands(self) -> Operands {
                match self { $(Op::$name => Operands::$operands,)* }
            }
            pub const fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name),)* }
            }
        }
    };
}

opcodes! {
    // No operands.
    Pop, None;
    Dup, None;
    /// `a b` → `a b a b`.
    Dup2, None;
    /// Push `undefined` (one byte: every plain call pushes it as `this`).
    PushUndefined, None;
    ScopePop, None;
    /// Replace the current scope by a copy of it (per-iteration `let`).
    ScopeClone, None;
    /// Push the current call's `this`.
    LoadThis, None;
    /// `obj key` → `obj[key]`.
    GetProp, None;
    /// `obj key value` → `value`, after `obj[key] = value`.
    SetProp, None;
    /// `obj key value` → `obj`, after defining `obj[key] = value`.
    InitProp, None;
    /// `constructor props` → a class.
    Class, None;
    /// `a b` → `b a`.
    Swap, None;
    /// `array value` → `array`, with the value appended.
    Append, None;
    /// `array items` → `array`, with every element of `items` (an array or
    /// a string) appended.
    Extend, None;
    /// `obj key` → whether `delete obj[key]` removed it (it always can).
    Delete, None;
    /// `key obj` → `key in obj`.
    In, None;
    /// `value class` → `value instanceof class`.
    InstanceOf, None;
    /// `obj` → an array of the keys `for..in` visits: own and inherited
    /// property names, array and string indices.
    ForInKeys, None;
    Add, None;
    Sub, None;
    Mul, None;
    Div, None;
    Mod, None;
    Neg, None;
    /// Unary `+`: to number.
    Pos, None;
    Not, None;
    /// To number, plus one.
    Inc, None;
    /// To number, minus one.
    Dec, None;
    StrictEq, None;
    StrictNe, None;
    Lt, None;
    Le, None;
    Gt, None;
    Ge, None;
    Typeof, None;
    BitAnd, None;
    BitOr, None;
    BitXor, None;
    BitNot, None;
    Shl, None;
    /// `>>`: arithmetic shift.
    Shr, None;
    /// `>>>`: logical shift, an unsigned result.
    UShr, None;
    /// `**`.
    Pow, None;
    TryPop, None;
    /// Pops a value and throws it.
    Throw, None;
    /// Pops the return value and leaves the function.
    Return, None;
    /// Throws unless the current call was made by `new` (class constructors).
    RequireNew, None;
    /// `this callee args` → the result of calling with the array's elements.
    CallSpread, None;
    /// `SetProp; Pop`, fused (an assignment to a property as a statement):
    /// `obj key value` → nothing.
    SetPropPop, None;
    /// `this home key` → `home[key]`, a getter it finds called on `this`:
    /// `super.name`, read from the parent's prototype for the object the
    /// method runs on.
    GetSuperProp, None;
    /// `this result` → what `super(...)` leaves as `this`: the parent
    /// constructor's result if it is an object (which then becomes the
    /// current call's `this`, the object `new` gives), else `this`.
    AdoptThis, None;
    // One operand byte.
    /// Push a small integer.
    PushInt8, I8;
    /// Push entry N of the function's constant pool.
    PushConst, U8;
    /// `PushInt8 N; Add`, fused (`x + 1`).
    AddInt8, I8;
    /// `PushInt8 N; Sub`, fused (`n - 1`).
    SubInt8, I8;
    LoadLocal, U8;
    /// Pops into local N.
    StoreLocal, U8;
    /// Enter a new scope of N slots whose parent is the current scope.
    ScopePush, U8;
    /// Close the function in constant N over the current scope.
    Closure, U8;
    /// Local N becomes its number value plus one (`i++` as a statement).
    IncLocal, U8;
    /// Local N becomes its number value minus one.
    DecLocal, U8;
    /// A new object with room for N properties.
    NewObject, U8;
    /// `value` → nothing: `this.name = value` as a statement, the name
    /// constant N.
    SetThisProp, U8;
    /// `obj key value` → `obj`: the object literal's property N, put in
    /// its slot N (the key known to be new and not `__proto__`).
    InitSlot, U8;
    /// Pops N elements into a new array.
    NewArray, U8;
    /// `PushConst N; GetProp`, fused: `obj` → `obj.name`.
    GetPropConst, U8;
    /// `this callee arg1 .. argN` → `result`.
    Call, U8;
    /// `_ callee arg1 .. argN` → a new object built by `callee`.
    New, U8;
    /// Starts an async function: a new promise in local N.
    AsyncStart, U8;
    /// Resolves the promise in local N with the popped value and returns it.
    AsyncReturn, U8;
    /// Rejects the promise in local N with the popped value and returns it.
    AsyncReject, U8;
    /// Suspends the async function until the popped value settles; the
    /// caller gets the promise in local N. Resumes with the value pushed,
    /// or with the reason thrown.
    Await, U8;
    /// Suspends the generator whose state array is local N, at the
    /// instruction after the `Return` that follows (which hands the value
    /// on top to the first call, or to the `next()` that resumed it): its
    /// frame goes into a record kept as the array's element 0. Resumes
    /// with the value `next(v)` sends pushed, or with the one `throw(e)`
    /// sends thrown.
    Yield, U8;
    /// `LoadLocal N; Return`, fused.
    ReturnLocal, U8;
    /// `LoadThis; GetPropConst N`, fused: `this.name`.
    GetThisProp, U8;
    /// The texts of the top A values joined into one string: a `+` chain
    /// from its first string literal on, and template literals. A count
    /// with its top bit set ([`CONCAT_PLUS`]) is a `+` chain's, whose
    /// objects ask `valueOf` before `toString`, where a template's ask
    /// `toString` alone.
    Concat, U8;
    // Two operand bytes.
    /// Push an inline value (never a reference).
    PushValue, U16;
    /// `PushUndefined` then `LoadGlobal N`: `this` and callee of a call to
    /// a global function, in one dispatch.
    PushUndefinedLoadGlobal, U16;
    LoadGlobal, U16;
    StoreGlobal, U16;
    /// Load slot B of the scope A levels out from the current one.
    LoadScoped, U8U8;
    StoreScoped, U8U8;
    /// `PushValue V; GetProp`, fused: `obj` → `obj.length` and other
    /// well-known names.
    GetPropValue, U16;
    Jump, Jump;
    /// Pops; jumps when falsy.
    JumpIfFalse, Jump;
    /// Pops; jumps when truthy.
    JumpIfTrue, Jump;
    /// Jumps when falsy, keeping the value; pops it otherwise (`&&`).
    JumpIfFalseKeep, Jump;
    /// Jumps when truthy, keeping the value; pops it otherwise (`||`).
    JumpIfTrueKeep, Jump;
    /// Installs an exception handler at the target until `TryPop`; a
    /// throw unwinds to it with the thrown value pushed.
    TryPush, Jump;
    /// Jumps when the value is neither `undefined` nor `null`, keeping it;
    /// pops it otherwise (`??`).
    JumpIfDefinedKeep, Jump;
    /// Jumps when the value is `undefined` or `null`, leaving `undefined`;
    /// keeps it otherwise (`?.`).
    JumpIfNullish, Jump;
    /// `a b`: pops both; jumps unless `a < b` (a comparison followed by
    /// `JumpIfFalse`, fused: loop and `if` conditions).
    JumpUnlessLt, Jump;
    JumpUnlessLe, Jump;
    JumpUnlessGt, Jump;
    JumpUnlessGe, Jump;
    JumpUnlessStrictEq, Jump;
    JumpUnlessStrictNe, Jump;
    /// `a b`: pops both; jumps when `a < b` (a comparison followed by
    /// `JumpIfTrue`, fused: the test at the bottom of a loop).
    JumpIfLt, Jump;
    JumpIfLe, Jump;
    JumpIfGt, Jump;
    JumpIfGe, Jump;
    JumpIfStrictEq, Jump;
    JumpIfStrictNe, Jump;
    /// `LoadLocal A; LoadLocal B`, fused (the operands of most binary
    /// expressions on locals).
    LoadLocal2, U8U8;
    /// `LoadLocal A; PushInt8 B`, fused (`i < 10`, `n % 7`, `x & 3`).
    LoadLocalInt8, U8I8;
    /// `LoadLocal A; GetPropConst B`, fused: `local.name`.
    GetLocalProp, U8U8;
    /// `LoadGlobal A; GetPropConst B`, fused, for the first 256 globals:
    /// `global.name`.
    GetGlobalProp, U8U8;
    /// `LoadLocal A; AddInt8 B`, fused: `i + 1` (an index, an argument).
    LoadLocalAddInt8, U8I8;
    /// `LoadLocal A; SubInt8 B`, fused: `n - 1` (a recursive call's
    /// argument).
    LoadLocalSubInt8, U8I8;
    /// `PushValue V; BitAnd`, fused, `V` an inline integer: `x & 255`,
    /// `x & 0x3FF` (a mask with a constant, as device code writes them;
    /// `PushInt8 N; BitAnd` too). So are the eight below, each for its
    /// operator: see `Op::with_value`.
    BitAndValue, U16;
    BitOrValue, U16;
    BitXorValue, U16;
    ShlValue, U16;
    ShrValue, U16;
    UShrValue, U16;
    MulValue, U16;
    DivValue, U16;
    ModValue, U16;
    // Compact forms: no operand bytes, the operand is in the opcode (as
    // Microvium's one-byte loads and stores; see `Op::compact`). Most loads
    // and stores name one of the first eight locals or scope slots.
    /// `LoadLocal N` in one byte, for locals 0 to 7 (the operand is in the
    /// opcode: `LoadLoc0` to `LoadLoc7`).
    LoadLoc0, None;
    LoadLoc1, None;
    LoadLoc2, None;
    LoadLoc3, None;
    LoadLoc4, None;
    LoadLoc5, None;
    LoadLoc6, None;
    LoadLoc7, None;
    /// `StoreLocal N` in one byte, for locals 0 to 7.
    StoreLoc0, None;
    StoreLoc1, None;
    StoreLoc2, None;
    StoreLoc3, None;
    StoreLoc4, None;
    StoreLoc5, None;
    StoreLoc6, None;
    StoreLoc7, None;
    /// `LoadScoped 0 N` in one byte: slot N (0 to 7) of the current scope.
    LoadScope0, None;
    LoadScope1, None;
    LoadScope2, None;
    LoadScope3, None;
    LoadScope4, None;
    LoadScope5, None;
    LoadScope6, None;
    LoadScope7, None;
    /// `StoreScoped 0 N` in one byte.
    StoreScope0, None;
    StoreScope1, None;
    StoreScope2, None;
    StoreScope3, None;
    StoreScope4, None;
    StoreScope5, None;
    StoreScope6, None;
    StoreScope7, None;
}

/// The `Concat` operand's flag for a `+` chain (see [`Op::Concat`]).
pub const CONCAT_PLUS: u8 = 0x80;

impl Op {
    /// The first opcode with one operand byte; those before have none.
    pub const FIRST_ONE_BYTE: Op = Op::PushInt8;
    /// The first opcode with two operand bytes.
    pub const FIRST_TWO_BYTE: Op = Op::PushValue;
    /// The first compact opcode: none of these has operand bytes.
    pub const FIRST_COMPACT: Op = Op::LoadLoc0;

    /// The plain instruction and operands a compact opcode (`LoadLoc3`,
    /// `StoreScope5`, ...) stands for.
    #[inline]
    pub const fn compact(byte: u8) -> Option<(Op, u8, u8)> {
        let Some(k) = byte.checked_sub(Op::FIRST_COMPACT as u8) else {
            return None;
        };
        let n = k % 8;
        Some(match k / 8 {
            0 => (Op::LoadLocal, n, 0),
            1 => (Op::StoreLocal, n, 0),
            2 => (Op::LoadScoped, 0, n),
            3 => (Op::StoreScoped, 0, n),
            _ => return None,
        })
    }

    /// The compact opcode for `op` with operands `a` and `b`, if it has one.
    pub const fn compact_form(op: Op, a: u8, b: u8) -> Option<Op> {
        let (group, n) = match op {
            Op::LoadLocal => (0, a),
            Op::StoreLocal => (1, a),
            Op::LoadScoped if a == 0 => (2, b),
            Op::StoreScoped if a == 0 => (3, b),
            _ => return None,
        };
        if n >= 8 {
            return None;
        }
        Op::from_u8(Op::FIRST_COMPACT as u8 + group * 8 + n)
    }

    /// The opcode for `byte`. The explicit range check lets the compiler
    /// drop `from_u8`'s own (the interpreter's dispatch is then one
    /// comparison before its jump table).
    #[inline(always)]
    pub fn decode(byte: u8) -> Option<Op> {
        if byte >= Op::COUNT {
            return None;
        }
        Op::from_u8(byte)
    }

    /// The length of the whole instruction that starts with `byte`, by
    /// comparisons. (A table is fewer instructions, but its load lies on
    /// the interpreter's path from one instruction's pc to the next's:
    /// measured 10 to 13% slower on bitwise and closures. The one-byte
    /// instructions, most of those that run, are told apart by a branch,
    /// which predicts well and takes the opcode's load off that path:
    /// a loop of small-integer arithmetic ran 20% faster than with the
    /// compact forms alone tested so, and 35% faster than with the table.)
    #[inline(always)]
    pub const fn length_by_comparison(byte: u8) -> usize {
        if byte >= Op::FIRST_COMPACT as u8 || byte < Op::FIRST_ONE_BYTE as u8 {
            return 1;
        }
        2 + (byte >= Op::FIRST_TWO_BYTE as u8) as usize
    }

    /// Each comparison with the compare-and-jumps it fuses into: jump
    /// unless it holds, jump if it holds.
    pub const FUSED_COMPARISONS: [(Op, Op, Op); 6] = [
        (Op::Lt, Op::JumpUnlessLt, Op::JumpIfLt),
        (Op::Le, Op::JumpUnlessLe, Op::JumpIfLe),
        (Op::Gt, Op::JumpUnlessGt, Op::JumpIfGt),
        (Op::Ge, Op::JumpUnlessGe, Op::JumpIfGe),
        (Op::StrictEq, Op::JumpUnlessStrictEq, Op::JumpIfStrictEq),
        (Op::StrictNe, Op::JumpUnlessStrictNe, Op::JumpIfStrictNe),
    ];

    /// The instruction that fuses this comparison with a following
    /// `JumpIfFalse` (`JumpUnless*`) or `JumpIfTrue` (`JumpIf*`).
    pub fn fused_jump(self, jump: Op) -> Option<Op> {
        let (_, unless, when) = Op::FUSED_COMPARISONS
            .iter()
            .find(|(cmp, _, _)| *cmp == self)?;
        match jump {
            Op::JumpIfFalse => Some(*unless),
            Op::JumpIfTrue => Some(*when),
            _ => None,
        }
    }

    /// How many bytes wide the global slot number this instruction names
    /// is (its first operand, which a snapshot renumbers), if it names one.
    pub fn global_operand_len(self) -> Option<usize> {
        match self {
            Op::LoadGlobal | Op::StoreGlobal | Op::PushUndefinedLoadGlobal => Some(2),
            Op::GetGlobalProp => Some(1),
            _ => None,
        }
    }

    /// The plain instructions a fused one does the work of, in order, with
    /// which of its operand bytes each takes; empty for an instruction
    /// that is not fused. A runtime built for size runs these parts rather
    /// than carry an arm of its own for each fused instruction.
    pub fn parts(self) -> Parts {
        use PartOperands::{Both, First, Second};
        match self {
            Op::AddInt8 => const { Parts::of(&[(Op::PushInt8, First), (Op::Add, Both)]) },
            Op::SubInt8 => const { Parts::of(&[(Op::PushInt8, First), (Op::Sub, Both)]) },
            Op::IncLocal => {
                const {
                    Parts::of(&[
                        (Op::LoadLocal, First),
                        (Op::Inc, Both),
                        (Op::StoreLocal, First),
                    ])
                }
            }
            Op::DecLocal => {
                const {
                    Parts::of(&[
                        (Op::LoadLocal, First),
                        (Op::Dec, Both),
                        (Op::StoreLocal, First),
                    ])
                }
            }
            Op::SetPropPop => const { Parts::of(&[(Op::SetProp, Both), (Op::Pop, Both)]) },
            Op::PushUndefinedLoadGlobal => {
                const { Parts::of(&[(Op::PushUndefined, Both), (Op::LoadGlobal, Both)]) }
            }
            Op::GetThisProp => {
                const { Parts::of(&[(Op::LoadThis, Both), (Op::GetPropConst, First)]) }
            }
            Op::LoadLocal2 => {
                const { Parts::of(&[(Op::LoadLocal, First), (Op::LoadLocal, Second)]) }
            }
            Op::LoadLocalInt8 => {
                const { Parts::of(&[(Op::LoadLocal, First), (Op::PushInt8, Second)]) }
            }
            Op::GetLocalProp => {
                const { Parts::of(&[(Op::LoadLocal, First), (Op::GetPropConst, Second)]) }
            }
            Op::GetGlobalProp => {
                const { Parts::of(&[(Op::LoadGlobal, First), (Op::GetPropConst, Second)]) }
            }
            Op::LoadLocalAddInt8 => {
                const {
                    Parts::of(&[
                        (Op::LoadLocal, First),
                        (Op::PushInt8, Second),
                        (Op::Add, Both),
                    ])
                }
            }
            Op::LoadLocalSubInt8 => {
                const {
                    Parts::of(&[
                        (Op::LoadLocal, First),
                        (Op::PushInt8, Second),
                        (Op::Sub, Both),
                    ])
                }
            }
            Op::BitAndValue => const { Parts::of(&[(Op::PushValue, Both), (Op::BitAnd, Both)]) },
            Op::BitOrValue => const { Parts::of(&[(Op::PushValue, Both), (Op::BitOr, Both)]) },
            Op::BitXorValue => const { Parts::of(&[(Op::PushValue, Both), (Op::BitXor, Both)]) },
            Op::ShlValue => const { Parts::of(&[(Op::PushValue, Both), (Op::Shl, Both)]) },
            Op::ShrValue => const { Parts::of(&[(Op::PushValue, Both), (Op::Shr, Both)]) },
            Op::UShrValue => const { Parts::of(&[(Op::PushValue, Both), (Op::UShr, Both)]) },
            Op::MulValue => const { Parts::of(&[(Op::PushValue, Both), (Op::Mul, Both)]) },
            Op::DivValue => const { Parts::of(&[(Op::PushValue, Both), (Op::Div, Both)]) },
            Op::ModValue => const { Parts::of(&[(Op::PushValue, Both), (Op::Mod, Both)]) },
            Op::JumpUnlessLt => const { Parts::of(&[(Op::Lt, Both), (Op::JumpIfFalse, Both)]) },
            Op::JumpUnlessLe => const { Parts::of(&[(Op::Le, Both), (Op::JumpIfFalse, Both)]) },
            Op::JumpUnlessGt => const { Parts::of(&[(Op::Gt, Both), (Op::JumpIfFalse, Both)]) },
            Op::JumpUnlessGe => const { Parts::of(&[(Op::Ge, Both), (Op::JumpIfFalse, Both)]) },
            Op::JumpUnlessStrictEq => {
                const { Parts::of(&[(Op::StrictEq, Both), (Op::JumpIfFalse, Both)]) }
            }
            Op::JumpUnlessStrictNe => {
                const { Parts::of(&[(Op::StrictNe, Both), (Op::JumpIfFalse, Both)]) }
            }
            Op::JumpIfLt => const { Parts::of(&[(Op::Lt, Both), (Op::JumpIfTrue, Both)]) },
            Op::JumpIfLe => const { Parts::of(&[(Op::Le, Both), (Op::JumpIfTrue, Both)]) },
            Op::JumpIfGt => const { Parts::of(&[(Op::Gt, Both), (Op::JumpIfTrue, Both)]) },
            Op::JumpIfGe => const { Parts::of(&[(Op::Ge, Both), (Op::JumpIfTrue, Both)]) },
            Op::JumpIfStrictEq => {
                const { Parts::of(&[(Op::StrictEq, Both), (Op::JumpIfTrue, Both)]) }
            }
            Op::JumpIfStrictNe => {
                const { Parts::of(&[(Op::StrictNe, Both), (Op::JumpIfTrue, Both)]) }
            }
            _ => Parts(0),
        }
    }

    /// The instruction that fuses `PushValue V` (an inline integer) and
    /// the operator `op` after it (`BitAndValue` for `BitAnd`), if any.
    pub const fn with_value(op: Op) -> Option<Op> {
        Some(match op {
            Op::BitAnd => Op::BitAndValue,
            Op::BitOr => Op::BitOrValue,
            Op::BitXor => Op::BitXorValue,
            Op::Shl => Op::ShlValue,
            Op::Shr => Op::ShrValue,
            Op::UShr => Op::UShrValue,
            Op::Mul => Op::MulValue,
            Op::Div => Op::DivValue,
            Op::Mod => Op::ModValue,
            _ => return None,
        })
    }

    /// The comparison a fused compare-and-jump tests, and whether it jumps
    /// when the comparison holds (`JumpIf*`) or when it fails
    /// (`JumpUnless*`). (A `match`, not a search of the table: the
    /// interpreter asks on every such jump.)
    #[inline]
    pub fn comparison(self) -> Option<(Op, bool)> {
        Some(match self {
            Op::JumpUnlessLt => (Op::Lt, false),
            Op::JumpUnlessLe => (Op::Le, false),
            Op::JumpUnlessGt => (Op::Gt, false),
            Op::JumpUnlessGe => (Op::Ge, false),
            Op::JumpUnlessStrictEq => (Op::StrictEq, false),
            Op::JumpUnlessStrictNe => (Op::StrictNe, false),
            Op::JumpIfLt => (Op::Lt, true),
            Op::JumpIfLe => (Op::Le, true),
            Op::JumpIfGt => (Op::Gt, true),
            Op::JumpIfGe => (Op::Ge, true),
            Op::JumpIfStrictEq => (Op::StrictEq, true),
            Op::JumpIfStrictNe => (Op::StrictNe, true),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opcode_decodes_to_itself() {
        let mut seen = 0;
        for byte in 0..=255u8 {
            if let Some(op) = Op::from_u8(byte) {
                assert_eq!(op as u8, byte);
                assert!(!op.name().is_empty());
                seen += 1;
            }
        }
        assert!(seen > 40);
        assert_eq!(seen, usize::from(Op::COUNT));
    }

    #[test]
    fn decoding_and_lengths_agree_with_the_operands() {
        for byte in 0..=255u8 {
            assert_eq!(Op::decode(byte), Op::from_u8(byte));
            if let Some(op) = Op::decode(byte) {
                assert_eq!(Op::length_by_comparison(byte), 1 + op.operands().len());
            }
        }
    }

    /// `BitAndValue` and the like are the push of their value and their
    /// operator.
    #[test]
    fn operators_with_a_value_are_the_push_and_the_operator() {
        let mut fused = 0;
        for byte in 0..Op::COUNT {
            let op = Op::decode(byte).unwrap();
            if let Some(with) = Op::with_value(op) {
                fused += 1;
                let mut parts = with.parts();
                assert_eq!(parts.next(), Some((Op::PushValue, PartOperands::Both)));
                assert_eq!(parts.next(), Some((op, PartOperands::Both)));
                assert_eq!(parts.next(), None);
                assert_eq!(with.operands(), Operands::U16);
            }
        }
        assert_eq!(fused, 9);
    }

    /// Each compact opcode is one byte and stands for its plain
    /// instruction, and each plain one with a small enough operand has one.
    #[test]
    fn compact_forms_stand_for_their_plain_instructions() {
        let mut compact = 0;
        for (op, wide) in [
            (Op::LoadLocal, false),
            (Op::StoreLocal, false),
            (Op::LoadScoped, true),
            (Op::StoreScoped, true),
        ] {
            for n in 0..10u8 {
                let (a, b) = if wide { (0, n) } else { (n, 0) };
                match Op::compact_form(op, a, b) {
                    Some(c) => {
                        compact += 1;
                        assert!(n < 8);
                        assert_eq!(Op::compact(c as u8), Some((op, a, b)));
                        assert_eq!(Op::length_by_comparison(c as u8), 1);
                        assert!(c.parts().is_empty());
                    }
                    None => assert!(n >= 8, "{op:?} {n}"),
                }
            }
            // A scope further out has no compact form.
            assert_eq!(Op::compact_form(op, 1, 1).is_some(), !wide);
        }
        assert_eq!(compact, Op::COUNT - Op::FIRST_COMPACT as u8);
        assert_eq!(Op::compact(Op::FIRST_COMPACT as u8 - 1), None);
    }

    /// A fused instruction's parts are plain instructions, each given
    /// operands of its own shape: a one-byte operand from one byte, two
    /// bytes (a global number, a jump) only from both, and a fused
    /// compare-and-jump is its comparison, then its jump.
    #[test]
    fn parts_are_plain_and_take_operands_of_their_shape() {
        let mut fused = 0;
        for byte in 0..Op::COUNT {
            let op = Op::decode(byte).unwrap();
            let parts = op.parts();
            if parts.is_empty() {
                continue;
            }
            fused += 1;
            assert!(parts.count() >= 2, "{op:?}");
            for (part, take) in parts {
                assert!(part.parts().is_empty(), "{op:?}: {part:?} is fused");
                match (part.operands().len(), take) {
                    (0, PartOperands::Both) => {}
                    (0, _) => panic!("{op:?}: {part:?} takes no operand"),
                    (1, PartOperands::First | PartOperands::Second) => {}
                    (2, PartOperands::Both) => assert_eq!(op.operands().len(), 2, "{op:?}"),
                    (2, PartOperands::First) => assert_eq!(op.global_operand_len(), Some(1)),
                    shape => panic!("{op:?}: {part:?} given {shape:?}"),
                }
                if take == PartOperands::Second {
                    assert_eq!(op.operands().len(), 2, "{op:?}");
                }
            }
            if let Some((cmp, holds)) = op.comparison() {
                let jump = if holds {
                    Op::JumpIfTrue
                } else {
                    Op::JumpIfFalse
                };
                let plain = [(cmp, PartOperands::Both), (jump, PartOperands::Both)];
                assert!(parts.eq(plain), "{op:?}");
            }
        }
        assert_eq!(fused, 34);
    }

    #[test]
    fn fused_comparisons_round_trip() {
        for (cmp, unless, when) in Op::FUSED_COMPARISONS {
            assert_eq!(cmp.fused_jump(Op::JumpIfFalse), Some(unless));
            assert_eq!(cmp.fused_jump(Op::JumpIfTrue), Some(when));
            assert_eq!(unless.comparison(), Some((cmp, false)));
            assert_eq!(when.comparison(), Some((cmp, true)));
        }
        assert_eq!(Op::Add.fused_jump(Op::JumpIfFalse), None);
        assert_eq!(Op::Lt.fused_jump(Op::Jump), None);
        assert_eq!(Op::Jump.comparison(), None);
    }
}
