//! The text a computed key always has, where the compiler can tell, so
//! that a function under it is named as JavaScript names it at run time
//! (`{ [EVENT]: () => {} }` is a function named after `EVENT`'s value):
//! a string or integer literal, a template or a `+` of such, a
//! module-level `const` initialised with one, or a well-known symbol
//! (`[Symbol.iterator]`).

use super::{Codegen, Storage};
use swc_ecma_ast::{
    BinaryOp, Decl, Expr, Lit, ModuleDecl, ModuleItem, Pat, PropName, Stmt, VarDeclKind,
};

/// How many constants deep a key's text is followed (`const A = B + 'x'`).
const MAX_DEPTH: usize = 8;

impl<'s> Codegen<'s> {
    /// The name a member's key gives the function under it: its written
    /// name, or the text its computed key always has.
    pub(super) fn key_function_name(&mut self, key: &PropName) -> Option<String> {
        match key {
            // (`[Symbol.iterator]() {}` is named `[Symbol.iterator]`.)
            PropName::Computed(c) => match super::expr::symbol_member(&c.expr) {
                Some(name) => Some(format!("[Symbol.{name}]")),
                None => self.constant_text(&c.expr, 0),
            },
            // (`{ 42() {} }` is named `42`; integers only, as for
            // computed keys.)
            PropName::Num(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
                Some(format!("{}", n.value as i64))
            }
            _ => super::expr::static_key_name(key),
        }
    }

    fn constant_text(&mut self, e: &Expr, depth: usize) -> Option<String> {
        if depth > MAX_DEPTH {
            return None;
        }
        match e {
            Expr::Lit(Lit::Str(s)) => s.value.as_str().map(str::to_string),
            // (Integers only: other numbers' text is not the source's.)
            Expr::Lit(Lit::Num(n)) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
                Some(format!("{}", n.value as i64))
            }
            Expr::Tpl(t) => {
                let mut text = String::new();
                for (i, quasi) in t.quasis.iter().enumerate() {
                    text.push_str(quasi.cooked.as_ref()?.as_str()?);
                    if let Some(e) = t.exprs.get(i) {
                        text.push_str(&self.constant_text(e, depth + 1)?);
                    }
                }
                Some(text)
            }
            Expr::Paren(p) => self.constant_text(&p.expr, depth),
            Expr::Bin(b) if b.op == BinaryOp::Add => {
                let left = self.constant_text(&b.left, depth + 1)?;
                let right = self.constant_text(&b.right, depth + 1)?;
                // (`1 + 2` adds: only a string on one side joins.)
                let is_text = |e: &Expr| matches!(e, Expr::Lit(Lit::Str(_)) | Expr::Tpl(_));
                (is_text(&b.left) || is_text(&b.right)).then(|| left + &right)
            }
            Expr::Ident(id) => {
                // A module-level constant, not shadowed where it is read.
                let binding = self.resolve(&id.sym)?;
                if binding.mutable || !matches!(binding.storage, Storage::Global(_)) {
                    return None;
                }
                let init = self.module_constant(&id.sym)?;
                self.constant_text(init, depth + 1)
            }
            _ => None,
        }
    }

    /// The initialiser of the module-level `const name = ...` of the
    /// module being compiled.
    fn module_constant(&self, name: &str) -> Option<&'s Expr> {
        let program: &'s crate::modules::Program = self.program;
        let module = &program.modules.get(self.module)?.module;
        module.body.iter().find_map(|item| {
            let decl = match item {
                ModuleItem::Stmt(Stmt::Decl(Decl::Var(v))) => v,
                ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(e)) => match &e.decl {
                    Decl::Var(v) => v,
                    _ => return None,
                },
                _ => return None,
            };
            if decl.kind != VarDeclKind::Const {
                return None;
            }
            decl.decls.iter().find_map(|d| match &d.name {
                Pat::Ident(b) if &*b.id.sym == name => d.init.as_deref(),
                _ => None,
            })
        })
    }
}
