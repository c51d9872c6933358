//! A call's callee as V8 writes it in "X is not a function": the source
//! map keeps the message for each call site, so that the CLI (which has
//! the map) reports `o.run is not a function` where a device, without it,
//! says `value is not a function`.

use swc_ecma_ast::*;

/// What V8 calls a callee it cannot call: `o.a.b`, `o.arr[i]`, `f(...)`,
/// `(a || b).c`, and `(intermediate value)` for what it does not spell.
pub(super) fn callee_text(e: &Expr) -> String {
    match e {
        Expr::Ident(id) => id.sym.to_string(),
        Expr::This(_) => "this".into(),
        Expr::Paren(p) => callee_text(&p.expr),
        Expr::Member(m) => format!("{}{}", callee_text(&m.obj), member_text(&m.prop, ".")),
        // (`super.save()`: V8 names the parent's member after the value.)
        Expr::SuperProp(sp) => match &sp.prop {
            SuperProp::Ident(name) => format!("(intermediate value).{}", name.sym),
            SuperProp::Computed(c) => format!("(intermediate value)[{}]", callee_text(&c.expr)),
        },
        Expr::OptChain(o) => match &*o.base {
            OptChainBase::Member(m) => {
                let dot = if o.optional { "?." } else { "." };
                format!("{}{}", callee_text(&m.obj), member_text(&m.prop, dot))
            }
            OptChainBase::Call(c) => format!("{}(...)", callee_text(&c.callee)),
        },
        Expr::Call(c) => match &c.callee {
            Callee::Expr(callee) => format!("{}(...)", callee_text(callee)),
            _ => "(intermediate value)".into(),
        },
        Expr::Lit(lit) => literal_text(lit),
        // (`[1,2].mapp is not a function`, as V8 prints an array literal.)
        Expr::Array(a) => {
            let items: Vec<String> = a
                .elems
                .iter()
                .map(|e| {
                    e.as_ref()
                        .map_or("(intermediate value)".into(), |e| callee_text(&e.expr))
                })
                .collect();
            format!("[{}]", items.join(","))
        }
        Expr::Bin(b) => format!(
            "({} {} {})",
            callee_text(&b.left),
            b.op.as_str(),
            callee_text(&b.right)
        ),
        Expr::Seq(s) => {
            let parts: Vec<String> = s.exprs.iter().map(|e| callee_text(e)).collect();
            format!("({})", parts.join(" , "))
        }
        _ => "(intermediate value)".into(),
    }
}

/// A member's key after its object: `.key`, or `[index]` when it is not
/// a name (a string key that is one is written as a name, as V8 does).
fn member_text(prop: &MemberProp, dot: &str) -> String {
    match prop {
        MemberProp::Ident(name) => format!("{dot}{}", name.sym),
        MemberProp::PrivateName(p) => format!("{dot}#{}", p.name),
        MemberProp::Computed(c) => {
            let bracket = if dot == "?." { "?.[" } else { "[" };
            match &*c.expr {
                Expr::Lit(Lit::Str(s)) => match s.value.as_str() {
                    Some(key) if is_identifier(key) => format!("{dot}{key}"),
                    _ => format!("{bracket}{}]", callee_text(&c.expr)),
                },
                other => format!("{bracket}{}]", callee_text(other)),
            }
        }
    }
}

fn literal_text(lit: &Lit) -> String {
    match lit {
        Lit::Str(s) => format!("\"{}\"", s.value.to_string_lossy()),
        Lit::Num(n) => mvm_runtime::number_text(n.value),
        Lit::Bool(b) => b.value.to_string(),
        Lit::Null(_) => "null".into(),
        _ => "(intermediate value)".into(),
    }
}

fn is_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    chars
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(crate::prelude::is_name_char)
}
