//! `JSON.stringify` and `JSON.parse`.

use crate::number::{format_number, parse_number, push_int, Num};
use crate::{Engine, VmError};
use alloc::vec::Vec;
use mvm_snapshot::{TypeCode, Value, ValueKind};

/// Nesting deeper than this is refused with V8's stack overflow (a
/// device's stack is small; a desktop's holds what programs nest).
const MAX_DEPTH: usize = if cfg!(feature = "std") { 1000 } else { 64 };

/// Why the engine's `JSON.stringify` stopped without a text.
pub(crate) enum JsonStop {
    /// A value inside itself, which JavaScript refuses with a `TypeError`.
    Circular,
    /// Nesting deeper than [`MAX_DEPTH`]: V8's `RangeError`.
    TooDeep,
    /// An object with a `toJSON` method or a getter: the script must run
    /// them, which the prelude does (rebuilding the value as plain data).
    NeedsScript,
}
use JsonStop::{Circular, NeedsScript, TooDeep};

impl<'a> Engine<'a> {
    /// `JSON.stringify(v, replacer, space)` of plain data (the replacer
    /// is the prelude's to apply); `None` where JavaScript gives
    /// `undefined`.
    pub(crate) fn json_stringify(
        &self,
        v: Value,
        space: Value,
    ) -> Result<Option<Vec<u8>>, JsonStop> {
        // What each level is indented by: up to ten spaces, or the first
        // ten code units of a string.
        let mut indent = Vec::new();
        if let Some(n) = self.num(space) {
            let n = n.to_f64();
            let count = if n >= 10.0 {
                10
            } else if n >= 1.0 {
                n as usize
            } else {
                0
            };
            indent.resize(count, b' ');
        } else if let Some(text) = self.string_bytes(space) {
            let (mut at, mut units) = (0, 0);
            while let Some((cp, len)) = text.get(at..).and_then(crate::wtf8::decode) {
                units += if cp >= 0x10000 { 2 } else { 1 };
                if units > 10 {
                    break;
                }
                at += len;
            }
            indent.extend_from_slice(text.get(..at).unwrap_or_default());
        }
        let mut out = Vec::new();
        let mut ancestors = Vec::new();
        Ok(self
            .write_json(v, &mut out, &mut ancestors, &indent)?
            .then_some(out))
    }

    /// Writes `v` inside `ancestors` (the arrays and objects it is in: no
    /// script runs here, so no collection moves them); false when it has
    /// no JSON form (undefined, functions).
    fn write_json(
        &self,
        v: Value,
        out: &mut Vec<u8>,
        ancestors: &mut Vec<Value>,
        indent: &[u8],
    ) -> Result<bool, JsonStop> {
        let depth = ancestors.len();
        // Before an item (or, at `level` one less, a closing bracket), when
        // indenting: a new line, indented to its level.
        let break_line = |out: &mut Vec<u8>, level: usize| {
            if !indent.is_empty() {
                out.push(b'\n');
                (0..level).for_each(|_| out.extend_from_slice(indent));
            }
        };
        if depth > MAX_DEPTH {
            return Err(TooDeep);
        }
        if let Some(bytes) = self.string_bytes(v) {
            // (A symbol, a string under the prelude's `#@@` prefix, has no
            // JSON form.)
            if bytes.starts_with(b"\xEF\xBF\xBF@@") {
                return Ok(false);
            }
            write_json_string(bytes, out);
            return Ok(true);
        }
        if let Some(n) = self.num(v) {
            match n {
                Num::Int(i) => push_int(out, i64::from(i)),
                Num::Float(f) if f.is_finite() => format_number(f, out),
                Num::Float(_) => out.extend_from_slice(b"null"),
            }
            return Ok(true);
        }
        match v.kind() {
            ValueKind::Null => out.extend_from_slice(b"null"),
            ValueKind::True => out.extend_from_slice(b"true"),
            ValueKind::False => out.extend_from_slice(b"false"),
            ValueKind::Heap(_) | ValueKind::Rom(_) if ancestors.contains(&v) => {
                return Err(Circular)
            }
            // (No room to note one more: as deep as there is memory for.)
            ValueKind::Heap(_) | ValueKind::Rom(_) if ancestors.try_reserve(1).is_err() => {
                return Err(TooDeep)
            }
            ValueKind::Heap(_) | ValueKind::Rom(_) => match self.type_of_ref(v) {
                Some(TypeCode::Array) => {
                    ancestors.push(v);
                    out.push(b'[');
                    let length = self.array_length(v);
                    for i in 0..length {
                        if i > 0 {
                            out.push(b',');
                        }
                        break_line(out, depth + 1);
                        if !self.write_json(self.array_get(v, i), out, ancestors, indent)? {
                            out.extend_from_slice(b"null");
                        }
                    }
                    if length > 0 {
                        break_line(out, depth);
                    }
                    out.push(b']');
                    ancestors.pop();
                }
                Some(TypeCode::PropertyList) => {
                    if self.is_callable(self.lookup_name(v, b"toJSON")) {
                        return Err(NeedsScript);
                    }
                    ancestors.push(v);
                    out.push(b'{');
                    let mut first = true;
                    for key in self.ordered_keys(v).unwrap_or_default() {
                        let value = self.own_property(v, key).unwrap_or(Value::UNDEFINED);
                        if self.is_accessor(value) {
                            return Err(NeedsScript);
                        }
                        let mut item = Vec::new();
                        if !self.write_json(value, &mut item, ancestors, indent)? {
                            continue;
                        }
                        if !first {
                            out.push(b',');
                        }
                        first = false;
                        break_line(out, depth + 1);
                        write_json_string(self.string_bytes(key).unwrap_or(b""), out);
                        out.push(b':');
                        if !indent.is_empty() {
                            out.push(b' ');
                        }
                        out.extend_from_slice(&item);
                    }
                    if !first {
                        break_line(out, depth);
                    }
                    out.push(b'}');
                    ancestors.pop();
                }
                // A byte array is an object of its indices.
                Some(TypeCode::Uint8Array) => {
                    out.push(b'{');
                    let bytes = self.payload(v).unwrap_or(&[]);
                    for (i, byte) in bytes.iter().enumerate() {
                        if i > 0 {
                            out.push(b',');
                        }
                        break_line(out, depth + 1);
                        out.push(b'"');
                        push_int(out, i as i64);
                        out.extend_from_slice(b"\":");
                        if !indent.is_empty() {
                            out.push(b' ');
                        }
                        push_int(out, i64::from(*byte));
                    }
                    if !bytes.is_empty() {
                        break_line(out, depth);
                    }
                    out.push(b'}');
                }
                _ => return Ok(false),
            },
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `JSON.parse(text)`: a syntax error is thrown as the string `"KIND
    /// POSITION"` (a [`JsonFault`] and where, in UTF-16 units), from
    /// which the prelude words V8's message.
    pub(crate) fn json_parse(&mut self, text: &[u8]) -> Result<Value, VmError> {
        let start = self.stack.len();
        let mut parser = Parser {
            text,
            at: 0,
            fault: None,
        };
        let result = self.parse_json_value(&mut parser, 0).and_then(|()| {
            parser.skip_ws();
            if parser.at == text.len() {
                self.pop()
            } else {
                Err(parser.fail(JsonFault::AfterValue))
            }
        });
        match result {
            Ok(v) => Ok(v),
            Err(VmError::Uncaught(_)) => {
                self.stack.truncate(start);
                let (fault, at) = parser.fault.unwrap_or((JsonFault::Unexpected, parser.at));
                let mut text = Vec::new();
                push_int(&mut text, fault as i64);
                text.push(b' ');
                push_int(&mut text, at as i64);
                let message = self.make_string(&text)?;
                Err(VmError::Uncaught(message))
            }
            Err(e) => {
                self.stack.truncate(start);
                Err(e)
            }
        }
    }

    /// Parses one value and pushes it on the VM stack (where collections
    /// keep it current while the rest is parsed).
    fn parse_json_value(&mut self, p: &mut Parser<'_>, depth: usize) -> Result<(), VmError> {
        if depth > MAX_DEPTH {
            return Err(VmError::StackOverflow);
        }
        p.skip_ws();
        match p.peek().ok_or_else(|| p.fail(JsonFault::Unexpected))? {
            b'{' => {
                p.at += 1;
                let obj = self.new_object(0)?;
                self.push(obj)?;
                p.skip_ws();
                if p.eat(b'}') {
                    return Ok(());
                }
                let mut first = true;
                loop {
                    p.skip_ws();
                    if p.peek() != Some(b'"') {
                        return Err(p.fail(match first {
                            true => JsonFault::PropertyNameOrBrace,
                            false => JsonFault::QuotedPropertyName,
                        }));
                    }
                    first = false;
                    let key = p.string().ok_or(JSON_SYNTAX)?;
                    let key = self.make_string(&key)?;
                    self.push(key)?;
                    p.skip_ws();
                    if !p.eat(b':') {
                        return Err(p.fail(JsonFault::Colon));
                    }
                    self.parse_json_value(p, depth + 1)?;
                    // Defined, not assigned: `"__proto__"` is an own key here.
                    self.define_property_from_stack()?;
                    self.pop()?;
                    self.pop()?;
                    p.skip_ws();
                    if p.eat(b'}') {
                        return Ok(());
                    }
                    if !p.eat(b',') {
                        return Err(p.fail(JsonFault::CommaOrBrace));
                    }
                }
            }
            b'[' => {
                p.at += 1;
                let mut count = 0;
                p.skip_ws();
                if !p.eat(b']') {
                    loop {
                        self.parse_json_value(p, depth + 1)?;
                        count += 1;
                        p.skip_ws();
                        if p.eat(b']') {
                            break;
                        }
                        if !p.eat(b',') {
                            return Err(p.fail(JsonFault::CommaOrBracket));
                        }
                    }
                }
                let array = self.new_array_from_stack(count)?;
                self.push(array)
            }
            b'"' => {
                let s = p.string().ok_or(JSON_SYNTAX)?;
                let v = self.make_string(&s)?;
                self.push(v)
            }
            b't' if p.keyword(b"true") => self.push(Value::TRUE),
            b'f' if p.keyword(b"false") => self.push(Value::FALSE),
            b'n' if p.keyword(b"null") => self.push(Value::NULL),
            b'-' | b'0'..=b'9' => {
                let start = p.at;
                p.number()?;
                let digits = p.text.get(start..p.at).unwrap_or_default();
                let v = self.make_num(Num::Float(parse_number(digits)))?;
                self.push(v)
            }
            // (A literal cut short fails where it stops: `tru`, at the end.)
            b't' | b'f' | b'n' => {
                let word: &[u8] = match p.peek() {
                    Some(b't') => b"true",
                    Some(b'f') => b"false",
                    _ => b"null",
                };
                let start = p.at;
                while word.get(p.at - start).is_some_and(|c| p.peek() == Some(*c)) {
                    p.at += 1;
                }
                Err(p.fail(JsonFault::Unexpected))
            }
            _ => Err(p.fail(JsonFault::Unexpected)),
        }
    }
}

/// What a failed `JSON.parse` found, for the prelude to word as V8 does
/// (the numbers are what it reads).
#[derive(Clone, Copy)]
enum JsonFault {
    /// No value can start here (at the end: the input ended).
    Unexpected = 0,
    PropertyNameOrBrace = 1,
    Colon = 2,
    CommaOrBrace = 3,
    CommaOrBracket = 4,
    QuotedPropertyName = 5,
    UnterminatedString = 6,
    ControlCharacter = 7,
    BadEscape = 8,
    BadUnicodeEscape = 9,
    NoNumberAfterMinus = 10,
    UnterminatedFraction = 11,
    MissingExponent = 12,
    AfterValue = 13,
}

/// The error a parse fails with; the parser keeps why (`Parser::fault`).
const JSON_SYNTAX: VmError = VmError::Uncaught(Value::UNDEFINED);

struct Parser<'t> {
    text: &'t [u8],
    at: usize,
    /// The first fault found and where, in UTF-16 units as JavaScript
    /// counts positions.
    fault: Option<(JsonFault, usize)>,
}

impl Parser<'_> {
    /// Notes `fault` here (the first one stands) and gives the error.
    fn fail(&mut self, fault: JsonFault) -> VmError {
        if self.fault.is_none() {
            let before = self.text.get(..self.at).unwrap_or(self.text);
            // UTF-16 units: a byte that starts a character is one, and a
            // four-byte one (past U+FFFF) two.
            let units = before
                .iter()
                .map(|b| match b {
                    0x80..=0xBF => 0,
                    0xF0..=0xFF => 2,
                    _ => 1,
                })
                .sum();
            self.fault = Some((fault, units));
        }
        JSON_SYNTAX
    }

    /// Skips a number as JSON writes one: `-? (0 | [1-9][0-9]*) (. [0-9]+)?
    /// ([eE] [+-]? [0-9]+)?`, failing where V8 does.
    fn number(&mut self) -> Result<(), VmError> {
        self.eat(b'-');
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    return Err(self.fail(JsonFault::Unexpected));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.fail(JsonFault::NoNumberAfterMinus)),
        }
        if self.eat(b'.') {
            if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
                return Err(self.fail(JsonFault::UnterminatedFraction));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
                return Err(self.fail(JsonFault::MissingExponent));
            }
            self.digits();
        }
        Ok(())
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        let hit = self.peek() == Some(c);
        if hit {
            self.at += 1;
        }
        hit
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn keyword(&mut self, word: &[u8]) -> bool {
        let hit = self.text.get(self.at..self.at + word.len()) == Some(word);
        if hit {
            self.at += word.len();
        }
        hit
    }

    /// A JSON string, as WTF-8 bytes.
    fn string(&mut self) -> Option<Vec<u8>> {
        if !self.eat(b'"') {
            return None;
        }
        let mut out = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                self.fail(JsonFault::UnterminatedString);
                return None;
            };
            if c < 0x20 {
                self.fail(JsonFault::ControlCharacter);
                return None;
            }
            self.at += 1;
            match c {
                b'"' => return Some(out),
                b'\\' => {
                    let Some(e) = self.peek() else {
                        self.fail(JsonFault::UnterminatedString);
                        return None;
                    };
                    match e {
                        b'"' | b'\\' | b'/' => out.push(e),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'u' => {
                            self.at += 1;
                            let mut unit = 0u16;
                            for _ in 0..4 {
                                let Some(digit) =
                                    self.peek().and_then(|d| char::from(d).to_digit(16))
                                else {
                                    self.fail(JsonFault::BadUnicodeEscape);
                                    return None;
                                };
                                unit = unit << 4 | digit as u16;
                                self.at += 1;
                            }
                            let mut encoded = Vec::new();
                            crate::wtf8::encode_unit(unit, &mut encoded);
                            crate::wtf8::append(&mut out, &encoded);
                        }
                        _ => {
                            self.fail(JsonFault::BadEscape);
                            return None;
                        }
                    }
                    if e != b'u' {
                        self.at += 1;
                    }
                }
                _ => out.push(c),
            }
        }
    }
}

fn write_json_string(bytes: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    for cp in crate::wtf8::code_points(bytes) {
        match cp {
            0x22 => out.extend_from_slice(b"\\\""),
            0x5C => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0C => out.extend_from_slice(b"\\f"),
            0x0A => out.extend_from_slice(b"\\n"),
            0x0D => out.extend_from_slice(b"\\r"),
            0x09 => out.extend_from_slice(b"\\t"),
            // Control characters and lone surrogates are escaped.
            0..=0x1F | 0xD800..=0xDFFF => {
                out.extend_from_slice(b"\\u");
                for shift in [12, 8, 4, 0] {
                    let nibble = (cp >> shift) & 0xF;
                    out.push(*b"0123456789abcdef".get(nibble as usize).unwrap_or(&b'0'));
                }
            }
            _ => {
                let c = char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER);
                out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
            }
        }
    }
    out.push(b'"');
}
