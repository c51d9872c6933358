//! Operators: arithmetic with JavaScript's number rules, comparison,
//! equality, `typeof` and truthiness.

use crate::number::{int_text, parse_number, Num};
use crate::{Engine, Host, VmError};
use alloc::vec::Vec;
use mvm_gc::Part;
use mvm_snapshot::opcode::Op;
use mvm_snapshot::{TypeCode, Value, ValueKind};

/// Parts a `Concat` joins without temporary copies (the compiler emits no
/// more: longer chains join in steps).
const CONCAT_PARTS: usize = 8;

impl<'a> Engine<'a> {
    /// Whether `v` counts as true in a condition (JavaScript's `ToBoolean`).
    pub fn is_truthy(&self, v: Value) -> bool {
        match v.kind() {
            ValueKind::Int(i) => i != 0,
            ValueKind::Undefined
            | ValueKind::Null
            | ValueKind::False
            | ValueKind::NaN
            | ValueKind::NegZero
            | ValueKind::EmptyString
            | ValueKind::Hole => false,
            ValueKind::True | ValueKind::BuiltinStr(_) => true,
            _ => match self.num(v) {
                Some(n) => {
                    let f = n.to_f64();
                    f != 0.0 && !f.is_nan()
                }
                // Strings stored on the heap or in ROM are never empty.
                None => true,
            },
        }
    }

    /// JavaScript's `ToNumber` (objects become `NaN`).
    pub(crate) fn to_num(&self, v: Value) -> Num {
        if let Some(n) = self.num(v) {
            return n;
        }
        match v.kind() {
            ValueKind::Null | ValueKind::False => Num::Int(0),
            ValueKind::True => Num::Int(1),
            // An array counts by its text: `[2] - 1` is 1, `[] * 2` is 0.
            _ if self.type_of_ref(v) == Some(TypeCode::Array) => {
                let mut text = Vec::new();
                self.write_string(v, &mut text);
                Num::Float(parse_number(&text))
            }
            _ => match self.string_bytes(v) {
                // (Text with a lone surrogate parses as NaN, as in Node.)
                Some(bytes) => Num::Float(parse_number(bytes)),
                None => Num::Float(f64::NAN),
            },
        }
    }

    /// `a + b`, with `[a, b]` on top of the stack, replaced by the sum;
    /// false, with nothing done, when either is an object (whose own
    /// conversion comes first: see `binary_general`).
    pub(crate) fn add_primitives(&mut self) -> Result<bool, VmError> {
        let (a, b) = (self.peek(1)?, self.peek(0)?);
        if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
            let sum = self.make_num(Num::Int(i32::from(x) + i32::from(y)))?;
            self.replace_top2(sum)?;
            return Ok(true);
        }
        if crate::FAST_PATHS {
            if let Some(joined) = self.concat_fast::<2>(2, true)? {
                self.replace_top2(joined)?;
                return Ok(true);
            }
        }
        if self.is_object(a) || self.is_object(b) {
            return Ok(false);
        }
        if self.is_string(a) || self.is_string(b) {
            self.concat_from_stack(2)?;
            return Ok(true);
        }
        let n = arith(Op::Add, self.to_num(a), self.to_num(b));
        let sum = self.make_num(n)?;
        self.replace_top2(sum)?;
        Ok(true)
    }

    /// `Concat n`: the texts of the top `n` values joined into one string,
    /// which replaces them. (Out of line: the instruction loop is
    /// sensitive to what is inlined into it.)
    #[inline(never)]
    pub(crate) fn concat_from_stack(&mut self, n: usize) -> Result<(), VmError> {
        if self.concat_fast_from_stack(n)? {
            return Ok(());
        }
        self.concat_general(n)
    }

    /// The fast path of [`Engine::concat_from_stack`] alone (speed builds):
    /// false, with nothing done, where the general path must join.
    #[inline]
    pub(crate) fn concat_fast_from_stack(&mut self, n: usize) -> Result<bool, VmError> {
        if !crate::FAST_PATHS {
            return Ok(false);
        }
        match self.concat_fast::<CONCAT_PARTS>(n, false)? {
            Some(joined) => {
                self.stack.truncate(self.stack.len().saturating_sub(n));
                self.push(joined)?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// [`Engine::concat_from_stack`] without its fast path: each value's
    /// text, joined in a buffer.
    #[inline(never)]
    pub(crate) fn concat_general(&mut self, n: usize) -> Result<(), VmError> {
        let first = self
            .stack
            .len()
            .checked_sub(n)
            .ok_or(VmError::InvalidBytecode { pc: 0 })?;
        let mut text = alloc::vec::Vec::new();
        for v in self.stack.get(first..).unwrap_or(&[]) {
            crate::wtf8::append(&mut text, &self.string_of(*v));
        }
        let joined = self.make_string(&text)?;
        self.stack.truncate(first);
        self.push(joined)
    }

    /// The texts of the top `n` values (at most `N`) joined, straight into
    /// one new heap string (no temporary copies), when each is a string or
    /// an inline integer and, with `need_string`, one is a string (`+`
    /// adds two integers). `None` for other kinds, or where a surrogate
    /// pair must be joined: the general path does those.
    fn concat_fast<const N: usize>(
        &mut self,
        n: usize,
        need_string: bool,
    ) -> Result<Option<Value>, VmError> {
        let first = self
            .stack
            .len()
            .checked_sub(n)
            .ok_or(VmError::InvalidBytecode { pc: 0 })?;
        if n > N {
            return Ok(None);
        }
        let mut digits = [[0u8; 20]; N];
        let mut lens = [0usize; N];
        let mut any_string = false;
        // Whether the text so far ends with a lead surrogate. (Each
        // operand's text is looked up once, for its length and this.)
        let mut lead = false;
        for i in 0..n {
            let v = self
                .stack
                .get(first + i)
                .copied()
                .unwrap_or(Value::UNDEFINED);
            let (Some(len), Some(buf)) = (lens.get_mut(i), digits.get_mut(i)) else {
                return Ok(None);
            };
            match (self.string_bytes(v), v.as_int()) {
                (Some(s), _) if !s.is_empty() => {
                    if lead && crate::wtf8::starts_with_trail(s) {
                        return Ok(None);
                    }
                    lead = crate::wtf8::ends_with_lead(s);
                    any_string = true;
                    *len = s.len();
                }
                (Some(_), _) => any_string = true,
                (None, Some(n)) => {
                    *len = int_text(i64::from(n), buf);
                    lead = false;
                }
                (None, None) => return Ok(None),
            }
        }
        if need_string && !any_string {
            return Ok(None);
        }
        let total = lens.iter().sum::<usize>();
        if total == 0 {
            return Ok(Some(Value::EMPTY_STRING));
        }
        // A collection, if one is due, runs first: the parts are then read
        // where they lie, straight into the new string (no zeroing, no
        // second copy).
        let p = self.alloc_with(total + 1, |vm| vm.join_parts(first, &digits, &lens, total))?;
        Ok(Some(Value::heap(p)))
    }

    /// A new string of the texts of the values from stack index `first`,
    /// `lens` bytes each (`digits` holding an inline integer's), `total` in
    /// all. (Out of line: it runs at most twice, and inlined into both it
    /// cost 1% of a join's instructions.)
    #[inline(never)]
    fn join_parts<const N: usize>(
        &mut self,
        first: usize,
        digits: &[[u8; 20]; N],
        lens: &[usize; N],
        total: usize,
    ) -> Result<u16, VmError> {
        let values = self.stack.get(first..).unwrap_or(&[]);
        let mut parts = [Part::Bytes(&[]); N];
        for (((part, v), buf), len) in parts.iter_mut().zip(values).zip(digits).zip(lens) {
            *part = self.text_part(*v, buf, *len);
        }
        let n = values.len().min(N);
        let parts = parts.get(..n).unwrap_or(&[]);
        Ok(self.heap.alloc_joined(TypeCode::String, parts, total + 1)?)
    }

    /// Where the first `len` bytes of `v`'s text lie: in the heap, in ROM
    /// or in `digits` (an inline integer's, written there).
    fn text_part<'d>(&self, v: Value, digits: &'d [u8; 20], len: usize) -> Part<'d>
    where
        'a: 'd,
    {
        match (v.as_int(), v.kind()) {
            (Some(_), _) => Part::Bytes(digits.get(..len).unwrap_or(&[])),
            (None, ValueKind::Heap(p)) => Part::Heap(p, len),
            (None, ValueKind::BuiltinStr(s)) => Part::Bytes(s.as_bytes()),
            (None, _) => Part::Bytes(self.rom_string(v).unwrap_or(&[])),
        }
    }

    /// Whether `v` is an object (not a primitive): what `new` keeps when a
    /// constructor returns it, and what `+` turns into a string.
    pub(crate) fn is_object(&self, v: Value) -> bool {
        matches!(v.kind(), ValueKind::Builtin(_))
            || matches!(
                self.type_of_ref(v),
                Some(
                    TypeCode::Array
                        | TypeCode::PropertyList
                        | TypeCode::Closure
                        | TypeCode::Function
                        | TypeCode::LongFunction
                        | TypeCode::HostFunc
                        | TypeCode::Class
                        | TypeCode::Uint8Array
                )
            )
    }

    /// Whether `v` can be called.
    pub(crate) fn is_callable(&self, v: Value) -> bool {
        match v.kind() {
            ValueKind::Builtin(b) => !matches!(
                b,
                mvm_snapshot::Builtin::PromiseState
                    | mvm_snapshot::Builtin::PromiseResult
                    | mvm_snapshot::Builtin::ErrorMark
            ),
            _ => matches!(
                self.type_of_ref(v),
                Some(
                    TypeCode::Function
                        | TypeCode::LongFunction
                        | TypeCode::Closure
                        | TypeCode::HostFunc
                        | TypeCode::Class,
                )
            ),
        }
    }

    /// Whether `v` is an ordinary object (a property list).
    pub(crate) fn is_plain_object(&self, v: Value) -> bool {
        self.type_of_ref(v) == Some(TypeCode::PropertyList)
    }

    /// A binary operator on `[a, b]` on top of the stack when both are
    /// numbers and the answer is a number or a boolean: replaces them by
    /// the result and says `true`. Inlined into its one caller, the
    /// interpreter's out-of-line `binary_slow`.
    #[cfg_attr(not(mvm_size), inline(always))]
    pub(crate) fn number_binary(&mut self, op: Op) -> Result<bool, VmError> {
        let Some((x, y)) = self
            .top2()
            .and_then(|(a, b)| Some((self.number_operand(a)?, self.number_operand(b)?)))
        else {
            return Ok(false);
        };
        if let (Num::Int(x), Num::Int(y)) = (x, y) {
            if let Some(v) = self.int32_binary(op, x, y)? {
                self.replace_top2(v)?;
                return Ok(true);
            }
        }
        let (x, y) = (x.to_f64(), y.to_f64());
        let f = match op {
            Op::Add => x + y,
            Op::Sub => x - y,
            Op::Mul => x * y,
            Op::Div => x / y,
            Op::Mod => crate::fmod::fmod(x, y),
            _ => {
                let v = match compare_numbers(op, x, y) {
                    Some(holds) => Value::bool(holds),
                    // A float in a bitwise operator (`(x / d) | 0`,
                    // integer division).
                    None if matches!(
                        op,
                        Op::BitAnd | Op::BitOr | Op::BitXor | Op::Shl | Op::Shr | Op::UShr
                    ) =>
                    {
                        self.make_num(bitwise(op, Num::Float(x), Num::Float(y)))?
                    }
                    None => return Ok(false),
                };
                self.replace_top2(v)?;
                return Ok(true);
            }
        };
        // One copy of the boxing path for all five operators.
        let v = self.f64_value(f)?;
        self.replace_top2(v)?;
        Ok(true)
    }

    /// `x op y` for two int32s, when the answer is an int32 (boxed if it
    /// does not fit inline) or a boolean; `None` when it is a float or -0.
    #[cfg_attr(not(mvm_size), inline(always))]
    pub(crate) fn int32_binary(
        &mut self,
        op: Op,
        x: i32,
        y: i32,
    ) -> Result<Option<Value>, VmError> {
        if let Some(holds) = compare_numbers(op, x, y) {
            return Ok(Some(Value::bool(holds)));
        }
        match int_arith(op, x, y) {
            Some(i) => self.int_value(i).map(Some),
            None => Ok(None),
        }
    }

    /// [`Engine::compare_top2`] for a fused comparison-and-jump off its
    /// int32 path: numbers (floats, mostly) first, and an object compared
    /// by `<` and the like as what its `valueOf` gives.
    #[inline(never)]
    pub(crate) fn compare_top2_converting(
        &mut self,
        host: &mut dyn Host,
        op: Op,
    ) -> Result<bool, VmError> {
        // (`===` converts nothing, and compares numbers itself: a `switch`
        // on strings asks each value's type once, not twice.)
        if matches!(op, Op::StrictEq | Op::StrictNe) {
            return Ok(self.compare_top2(op));
        }
        if let Some((Some(x), Some(y))) = self.top2().map(|(a, b)| (self.num(a), self.num(b))) {
            return Ok(compare_numbers(op, x.to_f64(), y.to_f64()).unwrap_or(false));
        }
        self.user_primitives(host, 2, crate::interp::HINT_NUMBER)?;
        Ok(self.compare_top2(op))
    }

    /// Comparison `op` (`<`, `<=`, `>`, `>=`, `===`, `!==`) of `[a, b]` on
    /// top of the stack, which it leaves there.
    pub(crate) fn compare_top2(&self, op: Op) -> bool {
        let (a, b) = self.top2().unwrap_or((Value::UNDEFINED, Value::UNDEFINED));
        match op {
            Op::StrictEq => self.strict_equals(a, b),
            Op::StrictNe => !self.strict_equals(a, b),
            _ => self.compare(op, a, b),
        }
    }

    /// A bitwise operator with `[a, b]` on top of the stack.
    pub(crate) fn bitwise_from_stack(&mut self, op: Op) -> Result<(), VmError> {
        let (a, b) = (self.peek(1)?, self.peek(0)?);
        let n = bitwise(op, self.to_num(a), self.to_num(b));
        let v = self.make_num(n)?;
        self.replace_top2(v)
    }

    /// A binary numeric operator with `[a, b]` on top of the stack.
    pub(crate) fn arith_from_stack(&mut self, op: Op) -> Result<(), VmError> {
        let (a, b) = (self.peek(1)?, self.peek(0)?);
        let n = arith(op, self.to_num(a), self.to_num(b));
        let v = self.make_num(n)?;
        self.replace_top2(v)
    }

    /// `v` plus `step` (±1), for `++` and `--`: in place for an int32,
    /// through `ToNumber` otherwise (an object's `valueOf` first: `date++`).
    pub(crate) fn stepped(
        &mut self,
        host: &mut dyn Host,
        v: Value,
        step: i32,
    ) -> Result<Value, VmError> {
        // (Here rather than past the integer paths: measured, the
        // interpreter's closure calls ran a fifth slower with the test
        // there, from how the code was laid out.)
        let v = match self.is_object(v) {
            true => self.primitive_of(host, v)?,
            false => v,
        };
        // An inline integer first: a counter (`count++` on a global or a
        // property) nearly always is one.
        let small = i8::try_from(step).ok();
        if let Some(next) = small.and_then(|k| inline_step(v, k, true)) {
            return Ok(next);
        }
        let int = self.int32_of(v).filter(|_| crate::FAST_PATHS);
        match int.and_then(|i| i.checked_add(step)) {
            Some(n) => self.int_value(n),
            None => {
                let n = arith(Op::Add, self.to_num(v), Num::Int(step));
                self.make_num(n)
            }
        }
    }

    /// What an object stands for as a number (its `valueOf`, else its
    /// `toString`). Out of line: the hot `++` paths never need it.
    #[cold]
    #[inline(never)]
    fn primitive_of(&mut self, host: &mut dyn Host, v: Value) -> Result<Value, VmError> {
        self.push(v)?;
        self.user_primitives(host, 1, crate::interp::HINT_NUMBER)?;
        self.pop()
    }

    /// A unary numeric operator on the top of the stack (an object there
    /// first becomes what its `valueOf` gives).
    pub(crate) fn unary_from_stack(&mut self, host: &mut dyn Host, op: Op) -> Result<(), VmError> {
        let n = match self.num(self.peek(0)?) {
            Some(n) => n,
            None => {
                self.user_primitives(host, 1, crate::interp::HINT_NUMBER)?;
                self.to_num(self.peek(0)?)
            }
        };
        let n = match (op, n) {
            (Op::Neg, Num::Int(0)) => Num::Float(-0.0),
            (Op::Neg, Num::Int(i)) => i.checked_neg().map_or(Num::Float(-f64::from(i)), Num::Int),
            (Op::Neg, Num::Float(f)) => Num::Float(-f),
            (Op::BitNot, n) => Num::Int(!to_int32(n)),
            (_, n) => n,
        };
        let v = self.make_num(n)?;
        self.set_peek(0, v)
    }

    /// `a === b`.
    pub fn strict_equals(&self, a: Value, b: Value) -> bool {
        if let Some(equal) = strictly_equal_by_encoding(a, b) {
            return equal;
        }
        // Two ROM values are one where they are equal: ROM keeps one copy
        // of each string and of each boxed number, which is canonical (a
        // `switch` on strings a table gave compares no bytes).
        if a.is_rom() && b.is_rom() {
            return false;
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return x.to_f64() == y.to_f64();
        }
        match (self.string_bytes(a), self.string_bytes(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }

    /// `<`, `<=`, `>`, `>=`: strings compare by code points, everything else
    /// as numbers, and `NaN` compares false.
    pub(crate) fn compare(&self, op: Op, a: Value, b: Value) -> bool {
        let by_order = |order: core::cmp::Ordering| match op {
            Op::Lt => order.is_lt(),
            Op::Le => order.is_le(),
            Op::Gt => order.is_gt(),
            _ => order.is_ge(),
        };
        // Two numbers first (floats, mostly, which the int32 paths leave):
        // the string and object tests below each resolve both values.
        if crate::FAST_PATHS {
            if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
                return compare_numbers(op, x.to_f64(), y.to_f64()).unwrap_or(false);
            }
        }
        if let (Some(x), Some(y)) = (self.string_bytes(a), self.string_bytes(b)) {
            return by_order(crate::wtf8::compare(x, y));
        }
        // An object compares as its text (`[2] < '10'` is false, as "2" is
        // after "1"), and so as a string when the other side is one too.
        let textual = |v| self.is_string(v) || self.is_object(v);
        if (self.is_object(a) || self.is_object(b)) && textual(a) && textual(b) {
            let (mut x, mut y) = (Vec::new(), Vec::new());
            self.write_string(a, &mut x);
            self.write_string(b, &mut y);
            return by_order(crate::wtf8::compare(&x, &y));
        }
        // Int32s convert to floats exactly: one comparison serves both.
        let (x, y) = (self.to_num(a).to_f64(), self.to_num(b).to_f64());
        compare_numbers(op, x, y).unwrap_or(false)
    }

    /// `typeof v`, as a well-known string value.
    pub fn type_of(&self, v: Value) -> Value {
        // By `type_code_of`'s order: a class and a function are
        // "function", null and every kind of object "object".
        const NAMES: [Value; 10] = [
            Value::STR_UNDEFINED,
            Value::STR_OBJECT,
            Value::STR_BOOLEAN,
            Value::STR_NUMBER,
            Value::STR_STRING,
            Value::STR_FUNCTION,
            Value::STR_OBJECT,
            Value::STR_OBJECT,
            Value::STR_OBJECT,
            Value::STR_FUNCTION,
        ];
        let code = self.type_code_of(v) as usize;
        NAMES.get(code).copied().unwrap_or(Value::STR_OBJECT)
    }

    /// The kind of `v` as `Microvium.typeCodeOf` reports it (and
    /// `typeof`, less finely, from it).
    pub(crate) fn type_code_of(&self, v: Value) -> TypeCodeOf {
        match v.kind() {
            ValueKind::Undefined | ValueKind::Hole | ValueKind::Invalid => TypeCodeOf::Undefined,
            ValueKind::Null => TypeCodeOf::Null,
            ValueKind::True | ValueKind::False => TypeCodeOf::Boolean,
            ValueKind::Int(_) | ValueKind::NaN | ValueKind::NegZero => TypeCodeOf::Number,
            ValueKind::EmptyString | ValueKind::BuiltinStr(_) => TypeCodeOf::String,
            ValueKind::Builtin(_) => TypeCodeOf::Function,
            ValueKind::Heap(_) | ValueKind::Rom(_) => match self.type_of_ref(v) {
                Some(TypeCode::Int32 | TypeCode::Float64) => TypeCodeOf::Number,
                Some(TypeCode::String | TypeCode::InternedString) => TypeCodeOf::String,
                Some(
                    TypeCode::Function
                    | TypeCode::LongFunction
                    | TypeCode::Closure
                    | TypeCode::HostFunc,
                ) => TypeCodeOf::Function,
                Some(TypeCode::Array) => TypeCodeOf::Array,
                Some(TypeCode::Uint8Array) => TypeCodeOf::Uint8Array,
                Some(TypeCode::Class) => TypeCodeOf::Class,
                _ => TypeCodeOf::Object,
            },
        }
    }
}

/// Microvium's `mvm_TeType`, as `Microvium.typeCodeOf` reports it.
#[repr(u8)]
pub(crate) enum TypeCodeOf {
    Undefined = 0,
    Null = 1,
    Boolean = 2,
    Number = 3,
    String = 4,
    Function = 5,
    Object = 6,
    Array = 7,
    Uint8Array = 8,
    Class = 9,
}

/// A binary numeric operator on numbers, staying in integers while the
/// result is exact.
pub(crate) fn arith(op: Op, a: Num, b: Num) -> Num {
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        let exact = match op {
            // Exact while the result stays an integer (no negative powers).
            Op::Pow if (0..=62).contains(&y) => {
                let mut acc: Option<i32> = Some(1);
                for _ in 0..y {
                    acc = acc.and_then(|a| a.checked_mul(x));
                }
                acc
            }
            Op::Pow => None,
            _ => int_arith(op, x, y),
        };
        if let Some(n) = exact {
            return Num::Int(n);
        }
    }
    let (x, y) = (a.to_f64(), b.to_f64());
    Num::Float(match op {
        Op::Add => x + y,
        Op::Sub => x - y,
        Op::Mul => x * y,
        Op::Div => x / y,
        Op::Pow => pow(x, y),
        _ => crate::fmod::fmod(x, y),
    })
}

/// Comparison `op` (`<` `<=` `>` `>=` `===` `!==`) of two numbers of one
/// kind; `None` for any other operator.
#[cfg_attr(not(mvm_size), inline(always))]
pub(crate) fn compare_numbers<T: PartialOrd>(op: Op, x: T, y: T) -> Option<bool> {
    Some(match op {
        Op::Lt => x < y,
        Op::Le => x <= y,
        Op::Gt => x > y,
        Op::Ge => x >= y,
        Op::StrictEq => x == y,
        Op::StrictNe => x != y,
        _ => return None,
    })
}

/// `v + k` (or `v - k`) when `v` is an inline integer and the result is
/// one too; `None` otherwise, and always without the fast paths. Computed
/// on the encoding: adding `k << 2` keeps the tag bits, and the 16-bit sum
/// overflows exactly where the integer leaves the inline range.
#[inline(always)]
pub(crate) fn inline_step(v: Value, k: i8, add: bool) -> Option<Value> {
    if !crate::FAST_PATHS || v.0 & 3 != 3 {
        return None;
    }
    let (x, d) = (v.0 as i16, i16::from(k) << 2);
    let sum = if add {
        x.checked_add(d)
    } else {
        x.checked_sub(d)
    };
    sum.map(|s| Value(s as u16))
}

/// A binary operator on two int32s when its result is an int32 too
/// (`None` when JavaScript's answer is a float, -0 or out of range).
#[cfg_attr(not(mvm_size), inline(always))]
pub(crate) fn int_arith(op: Op, x: i32, y: i32) -> Option<i32> {
    let shift = (y as u32) & 31;
    match op {
        Op::Add => x.checked_add(y),
        Op::Sub => x.checked_sub(y),
        // 0 times a negative number is -0.
        Op::Mul => x.checked_mul(y).filter(|&p| p != 0 || (x >= 0 && y >= 0)),
        // Exact division only; 0 / negative is -0.
        Op::Div if y != 0 && x.checked_rem(y) == Some(0) && (x != 0 || y > 0) => x.checked_div(y),
        // The sign of a zero remainder follows the dividend.
        Op::Mod if y != 0 => x.checked_rem(y).filter(|&r| r != 0 || x >= 0),
        Op::BitAnd => Some(x & y),
        Op::BitOr => Some(x | y),
        Op::BitXor => Some(x ^ y),
        Op::Shl => Some(x.wrapping_shl(shift)),
        Op::Shr => Some(x >> shift),
        Op::UShr => i32::try_from((x as u32) >> shift).ok(),
        _ => None,
    }
}

/// `x ** y`: as C's `pow`, except that JavaScript makes `1 ** NaN` and
/// `(±1) ** ±Infinity` NaN.
fn pow(x: f64, y: f64) -> f64 {
    if y.is_nan() || (x.abs() == 1.0 && y.is_infinite()) {
        return f64::NAN;
    }
    libm::pow(x, y)
}

/// JavaScript's `ToInt32`: modulo 2^32, as a signed integer. From the
/// float's bits, not `fmod`: the same answer in a tenth of the code.
/// Bitwise operator `op` (`&`, `|`, `^`, `<<`, `>>`, `>>>`) of two
/// numbers, through ToInt32.
pub(crate) fn bitwise(op: Op, x: Num, y: Num) -> Num {
    let (x, y) = (to_int32(x), to_int32(y));
    let shift = (y as u32) & 31;
    match op {
        Op::BitAnd => Num::Int(x & y),
        Op::BitOr => Num::Int(x | y),
        Op::BitXor => Num::Int(x ^ y),
        Op::Shl => Num::Int(x.wrapping_shl(shift)),
        Op::Shr => Num::Int(x >> shift),
        _ => {
            let u = (x as u32) >> shift;
            match i32::try_from(u) {
                Ok(i) => Num::Int(i),
                Err(_) => Num::Float(f64::from(u)),
            }
        }
    }
}

pub(crate) fn to_int32(n: Num) -> i32 {
    match n {
        Num::Int(i) => i,
        Num::Float(f) if !f.is_finite() => 0,
        // Below 2^63 the cast truncates exactly; 2^32 divides the rest.
        Num::Float(f) if f.abs() < 9.0e18 => f as i64 as i32,
        Num::Float(f) => {
            // |f| = m × 2^shift with shift ≥ 11: only a shift below 32
            // leaves bits in the low word.
            let (m, shift) = crate::decimal::decompose(f.abs());
            let low = if shift < 32 { (m << shift) as u32 } else { 0 } as i32;
            if f < 0.0 {
                low.wrapping_neg()
            } else {
                low
            }
        }
    }
}

/// `a === b` where the two encodings settle it: the same value (but `NaN`),
/// or `undefined`, `null`, `true` or `false`, which have no other encoding,
/// beside anything else (`node === null` on an object reads no header).
#[inline]
pub(crate) fn strictly_equal_by_encoding(a: Value, b: Value) -> Option<bool> {
    // (The four are the first well-known constants, 0x01 to 0x0D: below
    // 0x10 with low bits 01. Written as `<= Value::FALSE.0`, the
    // interpreter built 0.6 to 1% more instructions, from its layout.)
    let singleton = |v: Value| v.0 < 0x10 && v.0 & 3 == 1;
    if a == b {
        Some(a != Value::NAN)
    } else if singleton(a) || singleton(b) {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stepping an inline integer on its encoding gives the integer's sum,
    /// and `None` exactly where that leaves the inline range (or for a
    /// value that is no inline integer).
    #[test]
    fn inline_step_matches_integer_arithmetic() {
        if !crate::FAST_PATHS {
            return;
        }
        for n in mvm_snapshot::INT14_MIN..=mvm_snapshot::INT14_MAX {
            let v = Value::int(n).unwrap();
            for k in [-128i8, -5, -1, 0, 1, 2, 127] {
                let k32 = i32::from(k);
                assert_eq!(inline_step(v, k, true), Value::int(n + k32), "{n} + {k}");
                assert_eq!(inline_step(v, k, false), Value::int(n - k32), "{n} - {k}");
            }
        }
        for other in [Value::UNDEFINED, Value::NULL, Value::TRUE, Value::HOLE] {
            assert_eq!(inline_step(other, 1, true), None);
        }
    }

    /// The spec's definition: truncate, then modulo 2^32.
    fn to_int32_by_fmod(f: f64) -> i32 {
        if !f.is_finite() {
            return 0;
        }
        let m = libm::fmod(libm::trunc(f), 4_294_967_296.0);
        let m = if m < 0.0 { m + 4_294_967_296.0 } else { m };
        m as u32 as i32
    }

    #[test]
    fn to_int32_matches_the_definition() {
        let edges = [
            0.0,
            -0.0,
            0.9,
            -0.9,
            2147483647.5,
            2147483648.0,
            -2147483649.0,
            4294967296.0,
            4294967297.5,
            9.0e18,
            -9.0e18,
            9.223372036854776e18,
            1.8446744073709552e19,
            -1.8446744073709552e19 - 4096.0,
            2f64.powi(84) + 2f64.powi(40),
            1e300,
            -1e300,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::NAN,
            f64::INFINITY,
        ];
        for f in edges {
            assert_eq!(to_int32(Num::Float(f)), to_int32_by_fmod(f), "{f:e}");
        }
        let mut next = crate::xorshift(0x2545_F491_4F6C_DD1D);
        for _ in 0..100_000 {
            let f = f64::from_bits(next());
            assert_eq!(to_int32(Num::Float(f)), to_int32_by_fmod(f), "{f:e}");
        }
    }
}
