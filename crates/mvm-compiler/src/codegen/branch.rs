//! Tests as jumps: the condition of an `if`, a loop or `?:` decides where
//! to go, and its value is never needed. So `!` swaps the sense of the
//! jump instead of computing a boolean, `&&` and `||` jump straight to
//! where the whole test leads instead of keeping their operand's value
//! for a second jump, and a comparison in any operand fuses with its jump
//! (`JumpUnlessLt` and the like). Evaluation order and which operands run
//! are those of JavaScript: only the values that nothing reads are gone.

use super::Codegen;
use crate::emit::Patch;
use mvm_snapshot::opcode::Op;
use swc_ecma_ast::*;

impl<'s> Codegen<'s> {
    /// Emits `test` so that it jumps when its truth is `when` and falls
    /// through otherwise; returns the jumps, to be pointed at the target.
    pub(super) fn branch(&mut self, test: &Expr, when: bool) -> Vec<Patch> {
        match test {
            Expr::Paren(p) => self.branch(&p.expr, when),
            Expr::Unary(u) if u.op == UnaryOp::Bang => self.branch(&u.arg, !when),
            Expr::Bin(b) if matches!(b.op, BinaryOp::LogicalAnd | BinaryOp::LogicalOr) => {
                let and = b.op == BinaryOp::LogicalAnd;
                if and != when {
                    // `a && b` is false, or `a || b` true, when either
                    // operand is (the second only tried if the first is not).
                    let mut jumps = self.branch(&b.left, when);
                    jumps.extend(self.branch(&b.right, when));
                    jumps
                } else {
                    // `a && b` is true, or `a || b` false, only when both
                    // are: if the first is not, the test falls through.
                    let settled = self.branch(&b.left, !when);
                    let jumps = self.branch(&b.right, when);
                    self.land_here(settled);
                    jumps
                }
            }
            _ => {
                self.expr(test);
                let jump = if when {
                    Op::JumpIfTrue
                } else {
                    Op::JumpIfFalse
                };
                vec![self.f().jump(jump)]
            }
        }
    }

    /// Points every jump in `jumps` (a [`Codegen::branch`]'s, a loop's
    /// breaks or continues) here.
    pub(super) fn land_here(&mut self, jumps: Vec<Patch>) {
        for p in jumps {
            self.f().patch_here(p);
        }
    }

    /// Points every jump of a [`Codegen::branch`] back at `target`.
    pub(super) fn land_at(&mut self, jumps: Vec<Patch>, target: usize) {
        for p in jumps {
            self.f().patch_to(p, target);
        }
    }
}
