//! String building: `+` chains and template literals become one `Concat`
//! of all their parts, rather than a new string per `+`.
//!
//! In `x1 + x2 + .. + xn` (evaluated left to right), once an operand is a
//! string literal every later `+` joins strings: the sum is the text of
//! the value before it and of each operand from it on. So the operands
//! before the first string literal are added as usual, and that sum and
//! the rest are joined at once. (An object among the parts is turned into
//! text by its own `valueOf`, or `toString`, as `+` asks, but once the
//! chain is complete rather than at its `+`: only an object whose
//! conversion sees the later operands' side effects can tell. A template
//! asks `toString` alone.)

use super::Codegen;
use mvm_snapshot::opcode::{Op, CONCAT_PLUS};
use swc_common::Span;
use swc_ecma_ast::*;

/// Parts one `Concat` joins at most: the engine builds a join of this many
/// in one go, without temporary copies.
const MAX_PARTS: usize = 8;

/// One piece of a string being built.
enum Part<'e> {
    /// Text known when compiling.
    Text(Vec<u8>),
    /// A value computed at run time, turned into text.
    Value(&'e Expr),
    /// The value already on the stack (the sum before the first string).
    OnStack,
}

impl<'s> Codegen<'s> {
    /// `a + b`, with `b` a `+` of its own (or not) on the left spine.
    pub(super) fn add_chain(&mut self, b: &BinExpr) {
        let mut operands = Vec::new();
        left_spine(&b.left, &mut operands);
        operands.push(&*b.right);
        let Some(first_text) = operands.iter().position(|e| is_string_literal(e)) else {
            self.add_all(&operands);
            return;
        };
        let mut parts = Vec::new();
        match first_text {
            0 => {}
            1 => parts.extend(operands.first().map(|e| Part::Value(e))),
            _ => {
                self.add_all(operands.get(..first_text).unwrap_or(&[]));
                parts.push(Part::OnStack);
            }
        }
        for e in operands.get(first_text..).unwrap_or(&[]) {
            push_parts(e, &mut parts);
        }
        self.concat(parts, CONCAT_PLUS, b.span);
    }

    /// `a${b}c`: the text of each quasi and expression, joined.
    pub(super) fn template(&mut self, t: &Tpl) {
        let mut parts = Vec::new();
        template_parts(t, &mut parts);
        self.concat(parts, 0, t.span);
    }

    /// `x1 + x2 + ..` as plain additions.
    fn add_all(&mut self, operands: &[&Expr]) {
        for (i, e) in operands.iter().enumerate() {
            self.expr(e);
            if i > 0 {
                self.f().op(Op::Add);
            }
        }
    }

    /// Pushes the parts and joins them, `MAX_PARTS` at a time (each join
    /// is the first part of the next); `plus` is `CONCAT_PLUS` for a `+`
    /// chain, 0 for a template.
    fn concat(&mut self, parts: Vec<Part<'_>>, plus: u8, span: Span) {
        let parts = merge_texts(parts);
        // Two parts with text among them: `+` is one byte shorter (in a
        // `+` chain only: a template asks an object `toString`, `+`
        // `valueOf`).
        let add = plus == CONCAT_PLUS
            && parts.len() == 2
            && parts.iter().any(|p| matches!(p, Part::Text(_)));
        if parts.is_empty() {
            self.string_bytes(b"", span);
            return;
        }
        if let [Part::Text(text)] = parts.as_slice() {
            self.string_bytes(text, span);
            return;
        }
        let mut pending = 0;
        for part in &parts {
            if pending == MAX_PARTS {
                self.f().op_u8(Op::Concat, MAX_PARTS as u8 | plus);
                pending = 1;
            }
            match part {
                Part::Text(text) => self.string_bytes(text, span),
                // (A symbol's text is a TypeError.)
                Part::Value(e) => self.symbol_checked(e, span, false),
                Part::OnStack => {}
            }
            pending += 1;
        }
        if add {
            self.f().op(Op::Add);
        } else {
            self.f().op_u8(Op::Concat, pending as u8 | plus);
        }
    }
}

/// The operands of a `+` chain's left spine, leftmost first.
fn left_spine<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>) {
    match e {
        Expr::Bin(b) if b.op == BinaryOp::Add => {
            left_spine(&b.left, out);
            out.push(&b.right);
        }
        Expr::Paren(p) => left_spine(&p.expr, out),
        _ => out.push(e),
    }
}

fn is_string_literal(e: &Expr) -> bool {
    match e {
        Expr::Lit(Lit::Str(_)) | Expr::Tpl(_) => true,
        Expr::Paren(p) => is_string_literal(&p.expr),
        _ => false,
    }
}

/// The parts of one operand: a literal's text, a template's text, or the
/// value itself (a template with values among them: it asks an object
/// `toString`, where the chain's `+` asks `valueOf`).
fn push_parts<'e>(e: &'e Expr, parts: &mut Vec<Part<'e>>) {
    match e {
        Expr::Lit(Lit::Str(s)) => parts.push(Part::Text(s.value.as_wtf8().as_bytes().to_vec())),
        Expr::Tpl(t) if t.exprs.is_empty() => template_parts(t, parts),
        Expr::Paren(p) => push_parts(&p.expr, parts),
        _ => parts.push(Part::Value(e)),
    }
}

fn template_parts<'e>(t: &'e Tpl, parts: &mut Vec<Part<'e>>) {
    let text = |q: &TplElement| -> Vec<u8> {
        match &q.cooked {
            Some(c) => c.as_wtf8().as_bytes().to_vec(),
            None => q.raw.as_bytes().to_vec(),
        }
    };
    for (i, q) in t.quasis.iter().enumerate() {
        parts.push(Part::Text(text(q)));
        if let Some(e) = t.exprs.get(i) {
            parts.push(Part::Value(e));
        }
    }
}

/// Joins neighbouring texts (as the engine would: a surrogate pair split
/// across two literals becomes one character) and drops empty ones.
fn merge_texts(parts: Vec<Part<'_>>) -> Vec<Part<'_>> {
    let mut out: Vec<Part<'_>> = Vec::with_capacity(parts.len());
    for part in parts {
        match (out.last_mut(), part) {
            (_, Part::Text(t)) if t.is_empty() => {}
            (Some(Part::Text(prev)), Part::Text(t)) => mvm_runtime::append_wtf8(prev, &t),
            (_, part) => out.push(part),
        }
    }
    out
}
