//! The bytecode instruction set.
//!
//! A stack machine: each instruction is a one-byte opcode followed by its
//! operands, little-endian. Jump offsets are signed and relative to the end
//! of the jump instruction. Constants a function refers to (strings,
//! functions, boxed numbers) sit in the function's constant pool, so a
//! snapshot can relocate them without decoding the code.

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
            Operands::U8U8 | Operands::U16 | Operands::Jump => 2,
        }
    }
    pub const fn is_empty(self) -> bool {
        self.len() == 0
    }
}

macro_rules! opcodes {
    ($($(#[$doc:meta])* $name:ident = $code:literal, $operands:ident;)*) => {
        /// One instruction's opcode.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Op { $($(#[$doc])* $name = $code,)* }

        impl Op {
            /// The opcode for `byte`, or `None` for a byte no instruction uses.
            /// A table lookup: the interpreter decodes every instruction so.
            #[inline]
            pub fn from_u8(byte: u8) -> Option<Op> {
                const TABLE: [Option<Op>; 256] = {
                    let mut table = [None; 256];
                    $(table[$code] = Some(Op::$name);)*
                    table
                };
                TABLE.get(usize::from(byte)).copied().flatten()
            }
            /// The opcode for `byte` and the length of the whole instruction,
            /// both by table, so decoding has no chain of lookups.
            #[inline]
            pub fn decode(byte: u8) -> Option<(Op, usize)> {
                const LENGTHS: [u8; 256] = {
                    let mut table = [0u8; 256];
                    $(table[$code] = 1 + Operands::$operands.len() as u8;)*
                    table
                };
                let op = Op::from_u8(byte)?;
                let len = LENGTHS.get(usize::from(byte)).copied().unwrap_or(1);
                Some((op, usize::from(len)))
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
    /// Push a small integer.
    PushInt8 = 0x01, I8;
    /// Push an inline value (never a reference).
    PushValue = 0x02, U16;
    /// `PushInt8 N; Add`, fused (`x + 1`).
    AddInt8 = 0x09, I8;
    /// `PushInt8 N; Sub`, fused (`n - 1`).
    SubInt8 = 0x0A, I8;
    /// Push entry N of the function's constant pool.
    PushConst = 0x03, U8;
    Pop = 0x04, None;
    Dup = 0x05, None;
    /// `a b` → `a b a b`.
    Dup2 = 0x06, None;
    /// Push `undefined` (one byte: every plain call pushes it as `this`).
    PushUndefined = 0x07, None;
    /// `PushUndefined` then `LoadGlobal N`: `this` and callee of a call to
    /// a global function, in one dispatch.
    PushUndefinedLoadGlobal = 0x08, U16;
    LoadLocal = 0x10, U8;
    /// Pops into local N.
    StoreLocal = 0x11, U8;
    /// Local N becomes its number value plus one (`i++` as a statement).
    IncLocal = 0x1B, U8;
    /// Local N becomes its number value minus one.
    DecLocal = 0x1C, U8;
    LoadGlobal = 0x12, U16;
    StoreGlobal = 0x13, U16;
    /// Load slot B of the scope A levels out from the current one.
    LoadScoped = 0x14, U8U8;
    StoreScoped = 0x15, U8U8;
    /// Enter a new scope of N slots whose parent is the current scope.
    ScopePush = 0x16, U8;
    ScopePop = 0x17, None;
    /// Replace the current scope by a copy of it (per-iteration `let`).
    ScopeClone = 0x18, None;
    /// Close the function in constant N over the current scope.
    Closure = 0x19, U8;
    /// Push the current call's `this`.
    LoadThis = 0x1A, None;
    /// `obj key` → `obj[key]`.
    GetProp = 0x20, None;
    /// `PushConst N; GetProp`, fused: `obj` → `obj.name`.
    GetPropConst = 0x2D, U8;
    /// `PushValue V; GetProp`, fused: `obj` → `obj.length` and other
    /// well-known names.
    GetPropValue = 0x2E, U16;
    /// `obj key value` → `value`, after `obj[key] = value`.
    SetProp = 0x21, None;
    /// `obj key value` → `obj`, after defining `obj[key] = value`.
    InitProp = 0x22, None;
    /// A new object with room for N properties.
    NewObject = 0x23, U8;
    /// Pops N elements into a new array.
    NewArray = 0x24, U8;
    /// `constructor props` → a class.
    Class = 0x25, None;
    /// `a b` → `b a`.
    Swap = 0x26, None;
    Add = 0x30, None;
    Sub = 0x31, None;
    Mul = 0x32, None;
    Div = 0x33, None;
    Mod = 0x34, None;
    Neg = 0x35, None;
    /// Unary `+`: to number.
    Pos = 0x36, None;
    Not = 0x37, None;
    /// To number, plus one.
    Inc = 0x38, None;
    /// To number, minus one.
    Dec = 0x39, None;
    StrictEq = 0x3A, None;
    StrictNe = 0x3B, None;
    Lt = 0x3C, None;
    Le = 0x3D, None;
    Gt = 0x3E, None;
    Ge = 0x3F, None;
    Typeof = 0x40, None;
    BitAnd = 0x41, None;
    BitOr = 0x42, None;
    BitXor = 0x43, None;
    BitNot = 0x44, None;
    Shl = 0x45, None;
    /// `>>`: arithmetic shift.
    Shr = 0x46, None;
    /// `>>>`: logical shift, an unsigned result.
    UShr = 0x47, None;
    /// `**`.
    Pow = 0x48, None;
    Jump = 0x50, Jump;
    /// Pops; jumps when falsy.
    JumpIfFalse = 0x51, Jump;
    /// Pops; jumps when truthy.
    JumpIfTrue = 0x52, Jump;
    /// Jumps when falsy, keeping the value; pops it otherwise (`&&`).
    JumpIfFalseKeep = 0x53, Jump;
    /// Jumps when truthy, keeping the value; pops it otherwise (`||`).
    JumpIfTrueKeep = 0x54, Jump;
    /// Installs an exception handler at the target until `TryPop`; a
    /// throw unwinds to it with the thrown value pushed.
    TryPush = 0x55, Jump;
    TryPop = 0x56, None;
    /// Pops a value and throws it.
    Throw = 0x57, None;
    /// Jumps when the value is neither `undefined` nor `null`, keeping it;
    /// pops it otherwise (`??`).
    JumpIfDefinedKeep = 0x58, Jump;
    /// Jumps when the value is `undefined` or `null`, leaving `undefined`;
    /// keeps it otherwise (`?.`).
    JumpIfNullish = 0x59, Jump;
    /// `a b`: pops both; jumps unless `a < b` (a comparison followed by
    /// `JumpIfFalse`, fused: loop and `if` conditions).
    JumpUnlessLt = 0x5A, Jump;
    JumpUnlessLe = 0x5B, Jump;
    JumpUnlessGt = 0x5C, Jump;
    JumpUnlessGe = 0x5D, Jump;
    JumpUnlessStrictEq = 0x5E, Jump;
    JumpUnlessStrictNe = 0x5F, Jump;
    /// `this callee arg1 .. argN` → `result`.
    Call = 0x60, U8;
    /// Pops the return value and leaves the function.
    Return = 0x61, None;
    /// `LoadLocal N; Return`, fused.
    ReturnLocal = 0x69, U8;
    /// `_ callee arg1 .. argN` → a new object built by `callee`.
    New = 0x62, U8;
    /// Throws unless the current call was made by `new` (class constructors).
    RequireNew = 0x67, None;
    /// `this callee args` → the result of calling with the array's elements.
    CallSpread = 0x68, None;
    /// `array value` → `array`, with the value appended.
    Append = 0x27, None;
    /// `array items` → `array`, with every element of `items` (an array or
    /// a string) appended.
    Extend = 0x28, None;
    /// `obj key` → whether `delete obj[key]` removed it (it always can).
    Delete = 0x29, None;
    /// `key obj` → `key in obj`.
    In = 0x2A, None;
    /// `value class` → `value instanceof class`.
    InstanceOf = 0x2B, None;
    /// `obj` → an array of the keys `for..in` visits: own and inherited
    /// property names, array and string indices.
    ForInKeys = 0x2C, None;
    /// Starts an async function: a new promise in local N.
    AsyncStart = 0x63, U8;
    /// Resolves the promise in local N with the popped value and returns it.
    AsyncReturn = 0x64, U8;
    /// Rejects the promise in local N with the popped value and returns it.
    AsyncReject = 0x65, U8;
    /// Suspends the async function until the popped value settles; the
    /// caller gets the promise in local N. Resumes with the value pushed,
    /// or with the reason thrown.
    Await = 0x66, U8;
}

impl Op {
    /// The fused compare-and-jump for a comparison, and back.
    pub const FUSED_COMPARISONS: [(Op, Op); 6] = [
        (Op::Lt, Op::JumpUnlessLt),
        (Op::Le, Op::JumpUnlessLe),
        (Op::Gt, Op::JumpUnlessGt),
        (Op::Ge, Op::JumpUnlessGe),
        (Op::StrictEq, Op::JumpUnlessStrictEq),
        (Op::StrictNe, Op::JumpUnlessStrictNe),
    ];

    /// The `JumpUnless*` instruction that fuses this comparison with a
    /// following `JumpIfFalse`.
    pub fn jump_unless(self) -> Option<Op> {
        Op::FUSED_COMPARISONS
            .iter()
            .find(|(cmp, _)| *cmp == self)
            .map(|(_, jump)| *jump)
    }

    /// Whether the operand is a global slot number (which a snapshot
    /// renumbers).
    pub fn names_global(self) -> bool {
        matches!(
            self,
            Op::LoadGlobal | Op::StoreGlobal | Op::PushUndefinedLoadGlobal
        )
    }

    /// The comparison a `JumpUnless*` instruction tests. (A `match`, not a
    /// search of the table: the interpreter asks on every such jump.)
    #[inline]
    pub fn comparison(self) -> Option<Op> {
        Some(match self {
            Op::JumpUnlessLt => Op::Lt,
            Op::JumpUnlessLe => Op::Le,
            Op::JumpUnlessGt => Op::Gt,
            Op::JumpUnlessGe => Op::Ge,
            Op::JumpUnlessStrictEq => Op::StrictEq,
            Op::JumpUnlessStrictNe => Op::StrictNe,
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
    }

    #[test]
    fn fused_comparisons_round_trip() {
        for (cmp, jump) in Op::FUSED_COMPARISONS {
            assert_eq!(cmp.jump_unless(), Some(jump));
            assert_eq!(jump.comparison(), Some(cmp));
        }
        assert_eq!(Op::Add.jump_unless(), None);
        assert_eq!(Op::Jump.comparison(), None);
    }
}
