//! Finding what a scope declares, before its code is generated (hoisting).

use swc_ecma_ast::*;

/// Names a function body declares with `var` (at any block depth, not
/// inside nested functions), in source order.
pub(super) fn var_names(stmts: &[Stmt], out: &mut Vec<String>) {
    for stmt in stmts {
        var_names_in(stmt, out);
    }
}

fn var_names_in(stmt: &Stmt, out: &mut Vec<String>) {
    match stmt {
        Stmt::Decl(Decl::Var(v)) if v.kind == VarDeclKind::Var => {
            pat_names(v.decls.iter().map(|d| &d.name), out)
        }
        Stmt::Block(b) => var_names(&b.stmts, out),
        Stmt::If(s) => {
            var_names_in(&s.cons, out);
            if let Some(alt) = &s.alt {
                var_names_in(alt, out);
            }
        }
        Stmt::While(s) => var_names_in(&s.body, out),
        Stmt::DoWhile(s) => var_names_in(&s.body, out),
        Stmt::For(s) => {
            if let Some(VarDeclOrExpr::VarDecl(v)) = &s.init {
                if v.kind == VarDeclKind::Var {
                    pat_names(v.decls.iter().map(|d| &d.name), out);
                }
            }
            var_names_in(&s.body, out);
        }
        Stmt::ForIn(s) => {
            if let ForHead::VarDecl(v) = &s.left {
                if v.kind == VarDeclKind::Var {
                    pat_names(v.decls.iter().map(|d| &d.name), out);
                }
            }
            var_names_in(&s.body, out);
        }
        Stmt::ForOf(s) => {
            if let ForHead::VarDecl(v) = &s.left {
                if v.kind == VarDeclKind::Var {
                    pat_names(v.decls.iter().map(|d| &d.name), out);
                }
            }
            var_names_in(&s.body, out);
        }
        Stmt::Labeled(s) => var_names_in(&s.body, out),
        Stmt::Try(t) => {
            var_names(&t.block.stmts, out);
            if let Some(h) = &t.handler {
                var_names(&h.body.stmts, out);
            }
            if let Some(f) = &t.finalizer {
                var_names(&f.stmts, out);
            }
        }
        Stmt::Switch(s) => {
            for case in &s.cases {
                var_names(&case.cons, out);
            }
        }
        _ => {}
    }
}

fn pat_names<'a>(pats: impl Iterator<Item = &'a Pat>, out: &mut Vec<String>) {
    for pat in pats {
        pat_idents(pat, out);
    }
}

/// What a block declares directly: `let`, `const` and function
/// declarations, as (name, mutable).
pub(super) fn lexical_names(stmts: &[Stmt]) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for stmt in stmts {
        match stmt {
            Stmt::Decl(Decl::Var(v)) if v.kind != VarDeclKind::Var => {
                let mutable = v.kind == VarDeclKind::Let;
                for d in &v.decls {
                    let mut names = Vec::new();
                    pat_idents(&d.name, &mut names);
                    out.extend(names.into_iter().map(|n| (n, mutable)));
                }
            }
            Stmt::Decl(Decl::Fn(f)) => out.push((f.ident.sym.to_string(), true)),
            Stmt::Decl(Decl::Class(c)) => out.push((c.ident.sym.to_string(), true)),
            _ => {}
        }
    }
    out
}

/// The names declared directly in a block, with where: its `let`, `const`
/// and `class` declarations (`true`) and its function declarations.
pub(super) fn declared_names(stmts: &[Stmt]) -> Vec<(String, swc_common::Span, bool)> {
    let mut out = Vec::new();
    for stmt in stmts {
        match stmt {
            Stmt::Decl(Decl::Var(v)) if v.kind != VarDeclKind::Var => {
                for d in &v.decls {
                    pat_ident_spans(&d.name, &mut out);
                }
            }
            Stmt::Decl(Decl::Fn(f)) => out.push((f.ident.sym.to_string(), f.ident.span, false)),
            Stmt::Decl(Decl::Class(c)) => out.push((c.ident.sym.to_string(), c.ident.span, true)),
            _ => {}
        }
    }
    out
}

/// Every name a pattern binds, with where, as lexical declarations.
fn pat_ident_spans(pat: &Pat, out: &mut Vec<(String, swc_common::Span, bool)>) {
    match pat {
        Pat::Ident(id) => out.push((id.id.sym.to_string(), id.id.span, true)),
        Pat::Array(a) => a
            .elems
            .iter()
            .flatten()
            .for_each(|p| pat_ident_spans(p, out)),
        Pat::Object(o) => {
            for prop in &o.props {
                match prop {
                    ObjectPatProp::KeyValue(kv) => pat_ident_spans(&kv.value, out),
                    ObjectPatProp::Assign(a) => out.push((a.key.sym.to_string(), a.key.span, true)),
                    ObjectPatProp::Rest(r) => pat_ident_spans(&r.arg, out),
                }
            }
        }
        Pat::Assign(a) => pat_ident_spans(&a.left, out),
        Pat::Rest(r) => pat_ident_spans(&r.arg, out),
        _ => {}
    }
}

/// The function declarations directly in a block, hoisted to its start.
/// Functions declared in blocks nested in `stmts` (not at their own
/// level), which a script's function also declares as `var`s, as
/// JavaScript does outside strict code: `if (DEBUG) { function log() {}
/// }` and then `log()` after the block.
pub(super) fn block_function_names(stmts: &[Stmt], out: &mut Vec<String>) {
    for stmt in stmts {
        nested_block_functions(stmt, out);
    }
}

fn nested_block_functions(stmt: &Stmt, out: &mut Vec<String>) {
    let block = |stmts: &[Stmt], out: &mut Vec<String>| {
        out.extend(function_decls(stmts).map(|f| f.ident.sym.to_string()));
        block_function_names(stmts, out);
    };
    match stmt {
        Stmt::Block(b) => block(&b.stmts, out),
        Stmt::If(s) => {
            nested_block_functions(&s.cons, out);
            if let Some(alt) = &s.alt {
                nested_block_functions(alt, out);
            }
        }
        Stmt::While(s) => nested_block_functions(&s.body, out),
        Stmt::DoWhile(s) => nested_block_functions(&s.body, out),
        Stmt::For(s) => nested_block_functions(&s.body, out),
        Stmt::ForIn(s) => nested_block_functions(&s.body, out),
        Stmt::ForOf(s) => nested_block_functions(&s.body, out),
        Stmt::Labeled(s) => nested_block_functions(&s.body, out),
        Stmt::Switch(s) => block(&switch_statements(s), out),
        Stmt::Try(t) => {
            block(&t.block.stmts, out);
            if let Some(handler) = &t.handler {
                block(&handler.body.stmts, out);
            }
            if let Some(finalizer) = &t.finalizer {
                block(&finalizer.stmts, out);
            }
        }
        _ => {}
    }
}

pub(super) fn function_decls(stmts: &[Stmt]) -> impl Iterator<Item = &FnDecl> {
    stmts.iter().filter_map(|s| match s {
        Stmt::Decl(Decl::Fn(f)) => Some(f),
        _ => None,
    })
}

/// Every name a (destructuring) pattern binds.
pub(crate) fn pat_idents(pat: &Pat, out: &mut Vec<String>) {
    match pat {
        Pat::Ident(id) => out.push(id.id.sym.to_string()),
        Pat::Array(a) => a.elems.iter().flatten().for_each(|p| pat_idents(p, out)),
        Pat::Object(o) => {
            for prop in &o.props {
                match prop {
                    ObjectPatProp::KeyValue(kv) => pat_idents(&kv.value, out),
                    ObjectPatProp::Assign(a) => out.push(a.key.sym.to_string()),
                    ObjectPatProp::Rest(r) => pat_idents(&r.arg, out),
                }
            }
        }
        Pat::Assign(a) => pat_idents(&a.left, out),
        Pat::Rest(r) => pat_idents(&r.arg, out),
        _ => {}
    }
}

/// The names a block declares directly with `let`, `const` or `class`,
/// which are in their temporal dead zone until those declarations run.
pub(super) fn tdz_names(stmts: &[Stmt]) -> Vec<String> {
    let mut out = Vec::new();
    for stmt in stmts {
        match stmt {
            Stmt::Decl(Decl::Var(v)) if v.kind != VarDeclKind::Var => {
                pat_names(v.decls.iter().map(|d| &d.name), &mut out)
            }
            Stmt::Decl(Decl::Class(c)) => out.push(c.ident.sym.to_string()),
            _ => {}
        }
    }
    out
}

/// A switch's statements, all its cases' in order: the cases are one block
/// (a `let` in two of them is declared twice).
pub(super) fn switch_statements(s: &SwitchStmt) -> Vec<Stmt> {
    s.cases
        .iter()
        .flat_map(|c| c.cons.iter().cloned())
        .collect()
}
