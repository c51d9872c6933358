//! Expressions. Each leaves exactly one value on the stack.

use super::stmt::Body;
use super::Codegen;
use crate::emit::Const;
use mvm_runtime::imports;
use mvm_snapshot::opcode::Op;
use mvm_snapshot::{Builtin, Value, HIDDEN_KEY};
use swc_common::{Span, Spanned};
use swc_ecma_ast::*;

/// An assignable place, with its parts already on the stack for members.
pub(super) enum Place {
    Var(String, Span),
    /// A global slot, by index: `globalThis.name`.
    Global(u16),
    /// `obj key` are on the stack.
    Member,
}

impl<'s> Codegen<'s> {
    pub(super) fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Lit(lit) => self.literal(lit),
            Expr::Ident(id) => self.identifier(id),
            Expr::Paren(p) => self.expr(&p.expr),
            Expr::Seq(s) => {
                for (i, e) in s.exprs.iter().enumerate() {
                    if i > 0 {
                        self.f().op(Op::Pop);
                    }
                    self.expr(e);
                }
            }
            Expr::Unary(u) => self.unary(u),
            Expr::Bin(b) => self.binary(b),
            Expr::Cond(c) => {
                let to_alt = self.branch(&c.test, false);
                self.expr(&c.cons);
                let to_end = self.f().jump(Op::Jump);
                self.land_here(to_alt);
                self.expr(&c.alt);
                self.f().patch_here(to_end);
            }
            Expr::Assign(a) => self.assign(a),
            Expr::Update(u) => self.update(u),
            Expr::Member(m) => {
                if self.refuse_arguments_callee(m)
                    || self.function_prototype_member(m)
                    || self.builtin_member(m)
                    || self.namespace_member(m)
                {
                    return;
                }
                // (A read of undefined's property is placed at its key,
                // as V8 places it: `cfg.net.port` at `port`. Before what
                // the read may fuse with: the key, and a name or `this`.)
                let fuses = matches!(&*m.obj, Expr::Ident(_) | Expr::This(_));
                if fuses {
                    self.mark(m.prop.span());
                }
                self.expr(&m.obj);
                if !fuses {
                    self.mark(m.prop.span());
                }
                self.member_key(&m.prop);
                self.f().op(Op::GetProp);
            }
            Expr::Call(c) => self.call(c),
            Expr::Fn(f) => self.fn_expr(f),
            Expr::Arrow(a) => {
                if a.is_async {
                    self.found.uses_promises = true;
                }
                let params: Vec<&Pat> = a.params.iter().collect();
                let id = match &*a.body {
                    ArrowFunctionBody::FunctionBody(b) => {
                        self.function(&params, Body::Block(&b.stmts), a.span, true, a.is_async)
                    }
                    ArrowFunctionBody::Expr(e) => {
                        self.function(&params, Body::Expr(e), a.span, true, a.is_async)
                    }
                };
                self.push_function(id, a.span);
            }
            Expr::Object(o) => self.object(o),
            Expr::Array(a) => self.array(a),
            Expr::Tpl(t) => self.template(t),
            Expr::This(t) => self.this_value(t.span),
            Expr::New(n) => {
                // Wrapper objects (`new Number(3)`) would be plain objects
                // here, unlike JavaScript's: refused. (The prelude's globals
                // are bindings too: a local one is a program's own.)
                if let Expr::Ident(id) = &*n.callee {
                    let name = &*id.sym;
                    let local = self
                        .resolve(name)
                        .is_some_and(|b| !matches!(b.storage, super::Storage::Global(_)));
                    if matches!(name, "Number" | "String" | "Boolean") && !local {
                        let what = format!("`new {name}(...)`, a wrapper object");
                        let help =
                            format!("call `{name}(value)` without `new` for the primitive value");
                        return self.unsupported(n.span, &what, &help);
                    }
                    // (Symbols are made by calling `Symbol`, as JavaScript
                    // says when the line runs.)
                    if name == "Symbol" && !local {
                        for a in n.args.as_deref().unwrap_or_default() {
                            self.expr_for_effect(&a.expr);
                        }
                        self.mark(n.span);
                        return self.throw_error("TypeError", "Symbol is not a constructor");
                    }
                }
                self.f().push_value(Value::UNDEFINED);
                let args = n.args.as_deref().unwrap_or_default();
                // `new C(...args)`: the prelude's `$mvmConstruct(C, array)`
                // (no instruction of its own: it is rare, and one more in
                // the interpreter's loop measured 2 to 6% on every script).
                if args.iter().any(|a| a.spread.is_some()) {
                    self.global_function("$mvmConstruct", n.span);
                    self.expr(&n.callee);
                    let elems: Vec<Option<ExprOrSpread>> = args.iter().cloned().map(Some).collect();
                    self.array_of(&elems, n.span, true);
                    self.mark(n.span);
                    self.f().op_u8(Op::Call, 2);
                    return;
                }
                self.expr(&n.callee);
                if self.args(args, n.span, None) {
                    self.f().op_u8(Op::New, args.len() as u8);
                    self.note_callee(Some(&n.callee), "constructor");
                }
            }
            Expr::Class(c) => match &c.ident {
                // The name is bound inside the class to the class itself.
                Some(name) => {
                    self.enter_scope(&[(name.sym.to_string(), false)], false, 0);
                    self.class(&c.class, Some(&name.sym), true);
                    self.f().op(Op::Dup);
                    if let Some(b) = self.resolve(&name.sym) {
                        self.store_binding(&b, name.span);
                    }
                    self.exit_scope(true);
                }
                None => self.class(&c.class, None, false),
            },
            Expr::OptChain(o) => {
                // Every `?.` in the chain jumps to its end when it meets
                // undefined or null, leaving undefined.
                let mut to_end = Vec::new();
                self.opt_chain(o, &mut to_end);
                for patch in to_end {
                    self.f().patch_here(patch);
                }
            }
            Expr::Await(a) => match self.fns.last().and_then(|f| f.async_slot) {
                Some(slot) => {
                    self.expr(&a.arg);
                    self.await_value(slot);
                }
                None => self.unsupported(
                    a.span,
                    "`await` outside an async function",
                    "move the code into an async function and call it",
                ),
            },
            Expr::SuperProp(sp) => {
                self.this_value(sp.span);
                self.super_home(sp.span);
                self.super_key(&sp.prop);
                self.f().op(Op::GetSuperProp);
            }
            // `#name in obj`: whether `obj` has the private field.
            Expr::PrivateName(p) => {
                let key = self.private_key(p);
                self.string(&key, p.span);
            }
            Expr::Yield(y) => match self.fns.last().and_then(|f| f.generator_slot) {
                Some(_) if y.delegate && self.fns.last().is_some_and(|f| f.async_generator) => self
                    .unsupported(
                        y.span,
                        "`yield*` in an async generator",
                        "walk the inner one: `for await (const item of inner) yield item;`",
                    ),
                Some(slot) if y.delegate => self.yield_all(y, slot),
                Some(slot) => {
                    match &y.arg {
                        Some(arg) => self.expr(arg),
                        None => self.f().push_value(Value::UNDEFINED),
                    }
                    self.yield_value(slot);
                }
                None => self.unsupported(
                    y.span,
                    "`yield` outside a generator function",
                    "declare the function with `function*`",
                ),
            },
            Expr::TaggedTpl(t) => self.tagged_template(t),
            // In a class constructor, which only `new` runs (or a derived
            // class's `super()`): the class `new` named, whose prototype
            // the object being made has.
            Expr::MetaProp(m)
                if m.kind == MetaPropKind::NewTarget
                    && (self.fns.last().is_some_and(|f| f.class_constructor)
                        || self.resolve(NEW_TARGET).is_some()) =>
            {
                // (The binding `new_target_binding` made, which no
                // script can name.)
                self.identifier(&Ident::new_no_ctxt(NEW_TARGET.into(), m.span));
            }
            // In a method, getter, async function or generator, which `new`
            // refuses: always undefined.
            Expr::MetaProp(m)
                if m.kind == MetaPropKind::NewTarget
                    && self
                        .fns
                        .iter()
                        .rev()
                        .find(|f| !f.arrow)
                        .is_some_and(|f| f.user && !f.code.constructs) =>
            {
                self.f().push_value(Value::UNDEFINED);
            }
            Expr::MetaProp(m) if m.kind == MetaPropKind::NewTarget => self.unsupported(
                m.span,
                "`new.target` in a function with no name of its own",
                "name the function (`const Board = function Board() { ... }`), or make it a class",
            ),
            other => self.unsupported(
                other.span(),
                "this expression",
                "rewrite it with the supported subset (see README)",
            ),
        }
    }

    /// An expression whose value is not used: `i++` needs no copy of the
    /// old value then, so it compiles as `++i`.
    pub(super) fn expr_for_effect(&mut self, e: &Expr) {
        match e {
            // `i++;` on a variable: load, step, store.
            Expr::Update(u) if matches!(&*u.arg, Expr::Ident(_)) => {
                if let Expr::Ident(id) = &*u.arg {
                    if let Some(b) = self.resolve(&id.sym).filter(|b| b.mutable) {
                        if self.throw_if_tdz(&id.sym) {
                            return;
                        }
                        self.note_use(&id.sym);
                        self.load_binding(&b, id.span);
                        self.check_closure_tdz(&id.sym);
                        self.f().op(if u.op == UpdateOp::PlusPlus {
                            Op::Inc
                        } else {
                            Op::Dec
                        });
                        self.store_binding(&b, id.span);
                        return;
                    }
                }
                self.expr(e);
            }
            Expr::Update(u) if !u.prefix => {
                let prefix = UpdateExpr {
                    prefix: true,
                    ..u.clone()
                };
                self.update(&prefix);
            }
            // `this.name = e;` (in a function with its own `this`, and a
            // name that is a constant) evaluates `e`, then stores it.
            Expr::Assign(a) if a.op == AssignOp::Assign && self.assign_this_prop(a) => {
                return;
            }
            // `x = e;` stores without keeping a copy of the value.
            Expr::Assign(a) if a.op == AssignOp::Assign => {
                if let AssignTarget::Simple(SimpleAssignTarget::Ident(id)) = &a.left {
                    let name = id.id.sym.to_string();
                    if let Some(b) = self.resolve(&name).filter(|b| b.mutable) {
                        self.shape_if_constructed(&a.right, Some(&name), &name);
                        self.expr_named(&a.right, &name, true);
                        if self.throw_if_tdz(&name) {
                            return;
                        }
                        self.note_use(&name);
                        self.check_closure_tdz_write(&name, id.id.span);
                        self.store_binding(&b, id.id.span);
                        return;
                    }
                }
                self.expr(e);
            }
            other => self.expr(other),
        }
        self.f().op(Op::Pop);
    }

    fn literal(&mut self, lit: &Lit) {
        match lit {
            Lit::Num(n) => self.number(n.value, n.span),
            Lit::Str(s) => self.string_bytes(s.value.as_wtf8().as_bytes(), s.span),
            Lit::Bool(b) => self.f().push_value(Value::bool(b.value)),
            Lit::Null(_) => self.f().push_value(Value::NULL),
            Lit::BigInt(b) => self.unsupported(b.span, "BigInt", "use numbers"),
            // `/source/flags` makes a new `RegExp` each time it runs, as in
            // JavaScript (the prelude's: a program with one gets it).
            Lit::Regex(r) => {
                if has_property_escape(&r.exp, &r.flags) {
                    return self.unsupported(
                        r.span,
                        "Unicode property escapes (`\\p{...}`) in regular expressions",
                        "list the characters in a class instead: `[A-Za-z\\u00C0-\\u024F]` for Latin letters, `[0-9]` for digits",
                    );
                }
                if self.resolve("RegExp").is_none() {
                    self.found.needs_regexp = true;
                    return self.f().push_value(Value::UNDEFINED);
                }
                let text = |t: &str| {
                    Some(ExprOrSpread {
                        spread: None,
                        expr: Box::new(Expr::Lit(Lit::Str(Str {
                            span: r.span,
                            value: t.into(),
                            raw: None,
                        }))),
                    })
                };
                self.expr(&Expr::New(NewExpr {
                    span: r.span,
                    callee: Box::new(Expr::Ident(Ident::new_no_ctxt("RegExp".into(), r.span))),
                    args: Some(
                        vec![text(&r.exp), text(&r.flags)]
                            .into_iter()
                            .flatten()
                            .collect(),
                    ),
                    ..Default::default()
                }));
            }
            Lit::JSXText(j) => self.unsupported(j.span, "JSX", "build strings with `+`"),
        }
    }

    pub(super) fn number(&mut self, n: f64, span: Span) {
        if n.is_nan() {
            self.f().push_value(Value::NAN);
        } else if n == 0.0 && n.is_sign_negative() {
            self.f().push_value(Value::NEG_ZERO);
        } else if n.fract() == 0.0 && n.abs() <= 8192.0 && Value::int(n as i32).is_some() {
            self.f()
                .push_value(Value::int(n as i32).unwrap_or(Value::UNDEFINED));
        } else {
            self.push_const(Const::Num(n), span);
        }
    }

    /// `this.name = e;` as `e; SetThisProp name`, when `this` is the
    /// function's own (what `LoadThis` reads, not an arrow function's) and
    /// `name` a string constant (not a well-known string, which is a
    /// value, nor `__proto__`). Returns false, having emitted nothing,
    /// otherwise.
    fn assign_this_prop(&mut self, a: &AssignExpr) -> bool {
        let AssignTarget::Simple(SimpleAssignTarget::Member(m)) = &a.left else {
            return false;
        };
        let (Expr::This(_), MemberProp::Ident(name)) = (&*m.obj, &m.prop) else {
            return false;
        };
        let text = name.sym.to_string();
        if text == "__proto__" || Value::builtin_str(&text).is_some() || !self.this_is_own() {
            return false;
        }
        let Some(k) = self.f().constant(Const::Str(text.as_bytes().to_vec())) else {
            return false;
        };
        self.f().note_this_prop(text);
        self.assigned_value(a);
        self.f().op_u8(Op::SetThisProp, k);
        true
    }

    /// The value of an assignment to a property: named as an instance
    /// field's function is (`tick = () => ...`), else as it is.
    fn assigned_value(&mut self, a: &AssignExpr) {
        match self.field_names.get(&a.span.lo).cloned() {
            Some(name) => self.expr_named(&a.right, &name, false),
            None => self.expr(&a.right),
        }
    }

    pub(super) fn string(&mut self, s: &str, span: Span) {
        self.string_bytes(s.as_bytes(), span)
    }

    /// A string literal, as WTF-8 bytes.
    /// (In the library, a text that starts with `#` is a hidden key's:
    /// the `#` stands for [`HIDDEN_KEY`].)
    pub(super) fn string_bytes(&mut self, s: &[u8], span: Span) {
        let hidden;
        let s = match s.strip_prefix(b"#") {
            Some(rest) if self.in_prelude() => {
                hidden = [HIDDEN_KEY.as_bytes(), rest].concat();
                hidden.as_slice()
            }
            _ => s,
        };
        // (A string is one allocation: its UTF-8 and a terminating zero.)
        if s.len() >= mvm_snapshot::MAX_ALLOC_SIZE {
            self.error(
                span,
                format!(
                    "this string is {} bytes of UTF-8, past the 4,094 one allocation holds",
                    s.len()
                ),
                Some("split it into parts (an array of strings, joined where it is used), or keep the data as bytes in a `Uint8Array`"),
            );
            return self.f().push_value(Value::EMPTY_STRING);
        }
        let builtin = std::str::from_utf8(s).ok().and_then(Value::builtin_str);
        if s.is_empty() {
            self.f().push_value(Value::EMPTY_STRING);
        } else if let Some(v) = builtin {
            self.f().push_value(v);
        } else {
            self.push_const(Const::Str(s.to_vec()), span);
        }
    }

    fn identifier(&mut self, id: &Ident) {
        let name = id.sym.to_string();
        if !std::mem::take(&mut self.calling) && !self.found.escaping.contains(&name) {
            self.found.escaping.insert(name.clone());
            if let Some(origin) = self.import_origins.get(&name) {
                self.found.escaping.insert(origin.clone());
            }
        }
        if let Some(b) = self.resolve(&name) {
            self.note_use(&name);
            if self.throw_if_tdz(&name) {
                return self.f().push_value(Value::UNDEFINED);
            }
            self.load_binding(&b, id.span);
            self.check_case_tdz(&name);
            self.check_closure_tdz(&name);
            return;
        }
        match name.as_str() {
            "undefined" => self.f().push_value(Value::UNDEFINED),
            "NaN" => self.f().push_value(Value::NAN),
            // Arithmetic here always checks for overflow (into floats).
            "overflowChecks" => self.f().push_value(Value::TRUE),
            "Infinity" => self.push_const(Const::Num(f64::INFINITY), id.span),
            // `Number`, `Object` and the like are callable and have static
            // members, which plain functions cannot carry: the prelude
            // defines each separately.
            _ if crate::prelude::NAMESPACES.contains(&name.as_str()) => {
                self.global_function(&format!("$mvm{name}"), id.span)
            }
            // The string builtins the prelude's methods are made of.
            "$mvmCharCodeAt" => self.f().push_value(Builtin::StringCharCodeAt.value()),
            "$mvmArrayPush" => self.f().push_value(Builtin::ArrayPush.value()),
            "$mvmFunctionCall" => self.f().push_value(Builtin::FunctionCall.value()),
            "$mvmFunctionApply" => self.f().push_value(Builtin::FunctionApply.value()),
            "$mvmFromCharCode" => self.f().push_value(Builtin::StringFromCharCode.value()),
            "$mvmMath" => self.f().push_value(Builtin::MathFunction.value()),
            "$mvmMakeAccessor" => self.f().push_value(Builtin::MakeAccessor.value()),
            "$mvmOwnProperty" => self.f().push_value(Builtin::OwnProperty.value()),
            "$mvmMatchArray" => self.f().push_value(Builtin::MatchArray.value()),
            "$mvmLock" => self.f().push_value(Builtin::Lock.value()),
            "$mvmArrayIndexOf" => self.f().push_value(Builtin::ArrayIndexOf.value()),
            "$mvmStringSlice" => self.f().push_value(Builtin::StringSlice.value()),
            "$mvmStringIndexOf" => self.f().push_value(Builtin::StringIndexOf.value()),
            "$mvmArrayCopyWithin" => self.f().push_value(Builtin::ArrayCopyWithin.value()),
            // (`then`'s third argument for a job whose throw is uncaught.)
            "$mvmUncaughtJob" => self.f().push_value(Builtin::ErrorMark.value()),
            "$mvmDigitsOf" => self.f().push_value(Builtin::NumberDigits.value()),
            "$mvmGeneratorResume" => self.f().push_value(Builtin::GeneratorResume.value()),
            "$mvmJsonParse" => self.f().push_value(Builtin::JsonParse.value()),
            "$mvmJsonStringify" => self.f().push_value(Builtin::JsonStringify.value()),
            "Promise" => {
                self.found.uses_promises = true;
                self.f().push_value(Builtin::PromiseCtor.value());
            }
            _ => match builtin_function(&name) {
                Some(import) => self.push_const(Const::Host(import), id.span),
                // (An object of its methods, for `const { log } = console`.)
                None if name == "console" => self.global_function("$mvmConsole", id.span),
                // (An object of its two functions, for `const { parse } =
                // JSON` or `JSON` passed on: made where it is first read,
                // and kept, so that `JSON` is one object, `codec === JSON`.)
                None if name == "JSON" => self.made_once("$mvmJSON", |cg| {
                    cg.f().op_u8(Op::NewObject, 2);
                    for member in ["parse", "stringify"] {
                        cg.string(member, id.span);
                        cg.global_function(&format!("$mvmJSON_{member}"), id.span);
                        cg.f().op(Op::InitProp);
                    }
                }),
                // Globals are slots, not an object's properties.
                None if name == "globalThis" => self.unsupported(
                    id.span,
                    "`globalThis` as a value",
                    "read and write `globalThis.name` with the name written out",
                ),
                // Inside a `try`, the program expects to catch it (as
                // JavaScript throws it when the line runs).
                None if self.throw_in_try("ReferenceError", &format!("{name} is not defined")) => {}
                None if self.feature_tested(&name) => {
                    self.throw_error("ReferenceError", &format!("{name} is not defined"))
                }
                // (Its functions are the compiler's, each named where it
                // is called.)
                None if name == "Reflect" => self.unsupported(
                    id.span,
                    "`Reflect` as a value",
                    "call its functions by name where you use them: `Reflect.ownKeys(obj)`",
                ),
                None => match unsupported_global(&name) {
                    Some(help) => self.unsupported(id.span, &format!("`{name}`"), help),
                    None => self.not_defined(id.span, &name),
                },
            },
        }
    }

    /// The namespace and name of `ns.name` when `ns` is one of the
    /// compiler's builtin namespaces and not a user binding.
    fn builtin_namespace(&mut self, m: &MemberExpr) -> Option<(String, String)> {
        let mut via_global_this = false;
        let ns = match &*m.obj {
            Expr::Ident(obj) => obj.sym.to_string(),
            // (`globalThis.JSON.stringify` is `JSON.stringify`.)
            Expr::Member(MemberExpr {
                obj,
                prop: MemberProp::Ident(inner),
                ..
            }) if matches!(&**obj, Expr::Ident(g) if &*g.sym == "globalThis")
                && self.resolve("globalThis").is_none() =>
            {
                via_global_this = true;
                inner.sym.to_string()
            }
            _ => return None,
        };
        let MemberProp::Ident(prop) = &m.prop else {
            return None;
        };
        let name = prop.sym.to_string();
        // `Promise` is the engine's own function; its statics are the
        // prelude's (`Promise.prototype` is read as a property).
        let builtin = COMPILER_NAMESPACES.contains(&ns.as_str())
            || crate::prelude::NAMESPACES.contains(&ns.as_str())
            || (ns == "Promise" && (name == "name" || crate::prelude::defines_static(&ns, &name)))
            || self.added_static(&ns, &name).is_some();
        // (`globalThis.JSON` is the library's, whatever `JSON` names here.)
        if !builtin || (!via_global_this && self.resolve(&ns).is_some()) {
            return None;
        }
        Some((ns, name))
    }

    /// The global holding `ns.name` when the program adds that static to
    /// a library namespace (`Promise.delay = ...`).
    fn added_static(&self, ns: &str, name: &str) -> Option<String> {
        self.added_statics
            .iter()
            .any(|(n, m)| *n == ns && m == name)
            .then(|| crate::prelude::added_static_global(ns, name))
    }

    /// Emits `console.log`, `Number.isNaN`, `Microvium.*`, `globalThis.x`
    /// and the like; false when `m` is an ordinary member expression.
    /// `arguments.callee` (an array here, which has none): a diagnostic
    /// where it would fail at run time as "not a function".
    fn refuse_arguments_callee(&mut self, m: &MemberExpr) -> bool {
        let callee = matches!(&m.prop, MemberProp::Ident(p) if &*p.sym == "callee")
            && matches!(&*m.obj, Expr::Ident(o) if &*o.sym == "arguments");
        if callee {
            self.unsupported(
                m.span,
                "`arguments.callee`",
                "give the function expression a name and call it by that name (`function fact(n) { ... fact(n - 1) ... }`)",
            );
        }
        callee
    }

    /// `Function.prototype.call` and `.apply` (there is no `Function`
    /// value): the builtins every function's `call` and `apply` are, as
    /// libraries take them (`Function.prototype.call.bind(hasOwn)`).
    fn function_prototype_member(&mut self, m: &MemberExpr) -> bool {
        let Expr::Member(inner) = &*m.obj else {
            return false;
        };
        let is_function = matches!(&*inner.obj, Expr::Ident(id) if &*id.sym == "Function")
            && matches!(&inner.prop, MemberProp::Ident(p) if &*p.sym == "prototype")
            && self.resolve("Function").is_none();
        let builtin = match &m.prop {
            MemberProp::Ident(p) if is_function && &*p.sym == "call" => Builtin::FunctionCall,
            MemberProp::Ident(p) if is_function && &*p.sym == "apply" => Builtin::FunctionApply,
            _ => return false,
        };
        self.f().push_value(builtin.value());
        true
    }

    fn builtin_member(&mut self, m: &MemberExpr) -> bool {
        let called = std::mem::take(&mut self.calling_member);
        let Some((ns, name)) = self.builtin_namespace(m) else {
            return false;
        };
        // (A method the program replaces is the global holding it.)
        if ns == "console" && self.replaced_console.contains(&name.as_str()) && !self.in_prelude() {
            let id = Ident::new_no_ctxt(format!("$mvmConsole_{name}").into(), m.span);
            self.identifier(&id);
            return true;
        }
        if let Some(global) = self.added_static(&ns, &name) {
            self.identifier(&Ident::new_no_ctxt(global.into(), m.span));
            return true;
        }
        let builtin = match (ns.as_str(), name.as_str()) {
            ("console", "log" | "info" | "debug") => {
                self.push_const(Const::Host(imports::CONSOLE_LOG), m.span);
                return true;
            }
            ("console", "error" | "warn") => {
                self.push_const(Const::Host(imports::CONSOLE_ERROR), m.span);
                return true;
            }
            ("console", "dir" | "assert") => {
                self.global_function(&format!("$mvmConsole_{name}"), m.span);
                return true;
            }
            ("globalThis", _) => {
                match self.global_this_slot(&name) {
                    Some(slot) => self.f().op_u16(Op::LoadGlobal, slot),
                    // (The library's `Promise`, `JSON`, `Object`...: no
                    // binding of the program's in scope names it here.)
                    None => {
                        let hide = |cg: &mut Self, from: &str, to: &str| {
                            let bindings = cg.scopes.iter_mut().flat_map(|s| s.bindings.iter_mut());
                            for b in bindings.filter(|b| b.name == from) {
                                b.name = to.to_string();
                            }
                        };
                        // (A mark of its own: `hide_bindings` uses `\0`.)
                        let hidden = format!("\u{1}globalThis.{name}");
                        hide(self, &name, &hidden);
                        self.identifier(&Ident::new_no_ctxt(name.as_str().into(), m.span));
                        hide(self, &hidden, &name);
                    }
                }
                return true;
            }
            // (The library's constructors, named as JavaScript names them.)
            ("Number" | "Object" | "Array" | "String" | "Uint8Array" | "Promise", "name") => {
                self.string(&ns, m.span);
                return true;
            }
            ("Microvium", "isMicrovium") => Value::TRUE,
            ("Number", "isNaN") => Builtin::NumberIsNaN.value(),
            (_, _) if crate::prelude::defines_static(&ns, &name) => {
                self.global_function(&format!("$mvm{ns}_{name}"), m.span);
                return true;
            }
            // (The program's also lists symbol keys; the library's own
            // asks for those apart.)
            ("Reflect", "ownKeys") if !self.in_prelude() => {
                self.global_function("$mvmReflectOwnKeys", m.span);
                return true;
            }
            ("Reflect", "ownKeys") => Builtin::ReflectOwnKeys.value(),
            ("JSON", "parse") => Builtin::JsonParse.value(),
            ("JSON", "stringify") => Builtin::JsonStringify.value(),
            ("Microvium", "newUint8Array") => Builtin::NewUint8Array.value(),
            ("Microvium", "typeCodeOf") => Builtin::TypeCodeOf.value(),
            ("Microvium", "noOpFunction") => Builtin::NoOp.value(),
            // (Read, not called: what JavaScript reads where a feature is
            // missing, for a feature test's other branch; called where the
            // program tests it, a TypeError when that call runs.)
            _ if !called && ns != "globalThis" => Value::UNDEFINED,
            _ if ns != "console" && self.member_tested(&format!("{ns}.{name}")) => Value::UNDEFINED,
            ("console", _) => {
                let methods = ["log", "info", "debug", "error", "warn", "dir", "assert"];
                let similar = super::suggest::closest(&name, methods);
                let help = match similar {
                    Some(m) => format!("did you mean `console.{m}`?"),
                    None => {
                        "mvm's console has log, info, debug, error, warn, dir and assert".into()
                    }
                };
                self.error(
                    m.span,
                    format!("`console.{name}` is not a function"),
                    Some(&help),
                );
                Value::UNDEFINED
            }
            _ => {
                self.unsupported(
                    m.span,
                    &format!("`{ns}.{name}`"),
                    "see the README for the builtins mvm provides",
                );
                Value::UNDEFINED
            }
        };
        self.f().push_value(builtin);
        true
    }

    /// The module a namespace expression (`ns` from `import * as ns`, or
    /// `ns.inner` for a re-exported namespace) stands for.
    fn static_namespace(&mut self, e: &Expr) -> Option<usize> {
        let slot = match e {
            Expr::Ident(id) => match self.resolve(&id.sym)?.storage {
                super::Storage::Global(i) => self.globals.get(usize::from(i))?.clone(),
                _ => return None,
            },
            Expr::Member(m) => {
                let module = self.static_namespace(&m.obj)?;
                let MemberProp::Ident(prop) = &m.prop else {
                    return None;
                };
                self.program
                    .export_slot(module, &prop.sym, &mut Default::default())?
            }
            _ => return None,
        };
        let module = slot.strip_suffix(&format!(":{}", crate::modules::NAMESPACE))?;
        module.parse().ok()
    }

    /// `ns.name` read straight from the exporting module's slot, so it is
    /// live like the binding itself.
    fn namespace_member(&mut self, m: &MemberExpr) -> bool {
        let MemberProp::Ident(prop) = &m.prop else {
            return false;
        };
        let Some(module) = self.static_namespace(&m.obj) else {
            return false;
        };
        match self
            .program
            .export_slot(module, &prop.sym, &mut Default::default())
        {
            Some(slot) => {
                let index = self.global_slot(&slot);
                self.f().op_u16(Op::LoadGlobal, index);
            }
            None => self.f().push_value(Value::UNDEFINED),
        }
        true
    }

    /// One link of an optional chain; `to_end` collects the jumps taken
    /// when a `?.` meets undefined or null.
    fn opt_chain(&mut self, o: &OptChainExpr, to_end: &mut Vec<crate::emit::Patch>) {
        match &*o.base {
            OptChainBase::Member(m) => {
                self.chain_part(&m.obj, to_end);
                if o.optional {
                    to_end.push(self.f().jump(Op::JumpIfNullish));
                }
                self.member_key(&m.prop);
                self.f().op(Op::GetProp);
            }
            OptChainBase::Call(c) => {
                // `this callee`, as for any call; a method keeps its object.
                match unparenthesized(&c.callee) {
                    // (`globalThis.onTick?.(n)`, `console.log?.(x)`: the
                    // compiler's namespaces are no objects.)
                    callee @ Expr::Member(m) if self.builtin_namespace(m).is_some() => {
                        self.f().push_value(Value::UNDEFINED);
                        self.expr(callee);
                    }
                    Expr::Member(m) => {
                        self.chain_part(&m.obj, to_end);
                        self.f().op(Op::Dup);
                        self.member_key(&m.prop);
                        self.f().op(Op::GetProp);
                    }
                    // `super.m?.()`: the parent's method, on this object.
                    Expr::SuperProp(sp) => self.super_method(sp),
                    // `o?.m()`: the method's object is `this`, and a `?.`
                    // before it skips the call (its jump leaves the one
                    // `undefined` the whole chain gives).
                    Expr::OptChain(inner) if matches!(&*inner.base, OptChainBase::Member(_)) => {
                        if let OptChainBase::Member(m) = &*inner.base {
                            self.chained_method(m, inner.optional, to_end);
                        }
                    }
                    Expr::OptChain(inner) => {
                        self.f().push_value(Value::UNDEFINED);
                        self.opt_chain(inner, to_end);
                    }
                    other => {
                        self.f().push_value(Value::UNDEFINED);
                        self.expr(other);
                    }
                }
                let skip = o.optional.then(|| self.f().jump(Op::JumpIfNullish));
                self.call_with(&c.args, c.span, Some(&c.callee));
                if let Some(skip) = skip {
                    let done = self.f().jump(Op::Jump);
                    self.f().patch_here(skip);
                    // `this undefined` → `undefined`.
                    self.f().op(Op::Swap);
                    self.f().op(Op::Pop);
                    to_end.push(self.f().jump(Op::Jump));
                    self.f().patch_here(done);
                }
            }
        }
    }

    /// `this callee` for a method reached through a chain (`o?.m`,
    /// `a?.b.m`): its object, then the method. A `?.` that meets null or
    /// undefined jumps through `to_end` with one `undefined` on the stack.
    fn chained_method(
        &mut self,
        m: &MemberExpr,
        optional: bool,
        to_end: &mut Vec<crate::emit::Patch>,
    ) {
        self.chain_part(&m.obj, to_end);
        if optional {
            to_end.push(self.f().jump(Op::JumpIfNullish));
        }
        self.f().op(Op::Dup);
        self.member_key(&m.prop);
        self.f().op(Op::GetProp);
    }

    /// The object of a chain link: the chain continues into it.
    fn chain_part(&mut self, e: &Expr, to_end: &mut Vec<crate::emit::Patch>) {
        match e {
            Expr::OptChain(inner) => self.opt_chain(inner, to_end),
            other => self.expr(other),
        }
    }

    /// Pushes call arguments; false (after a diagnostic) if they cannot be
    /// passed.
    fn args(&mut self, args: &[ExprOrSpread], span: Span, callee: Option<&Expr>) -> bool {
        if args.len() > 255 {
            self.error(span, "more than 255 arguments", None);
            return false;
        }
        // (A function given to one of these runs after the code calling
        // it has run to its end: see `runs_later`.)
        let later = callee.is_some_and(|c| {
            matches!(unparenthesized(c), Expr::Ident(id)
                if ["vmExport", "setTimeout", "setInterval", "queueMicrotask"].contains(&&*id.sym))
        });
        for arg in args {
            let function = matches!(
                unparenthesized(&arg.expr),
                Expr::Ident(_) | Expr::Arrow(_) | Expr::Fn(_)
            );
            let outer = self.runs_later;
            if later && function {
                self.runs_later = Some(self.owner());
            }
            self.expr(&arg.expr);
            self.runs_later = outer;
        }
        true
    }

    /// The arguments and the call: `Call n`, or with a spread among them,
    /// an array of the arguments and `CallSpread`. `callee` is what the
    /// program wrote (for the message if it is not a function).
    fn call_with(&mut self, args: &[ExprOrSpread], span: Span, callee: Option<&Expr>) {
        if args.iter().any(|a| a.spread.is_some()) {
            let elems: Vec<Option<ExprOrSpread>> = args.iter().cloned().map(Some).collect();
            self.array_of(&elems, span, true);
            self.mark(span);
            self.f().op(Op::CallSpread);
            self.note_callee(callee, "function");
        } else if self.args(args, span, callee) {
            self.mark(span);
            self.f().op_u8(Op::Call, args.len() as u8);
            self.note_callee(callee, "function");
        }
    }

    /// Keeps, for the source map, the message for the call just emitted if
    /// `callee` is not a function (or, with `new`, not a `constructor`),
    /// at the offset after it: its return address, where the engine
    /// reports a failed call (calls fuse with no later instruction). The
    /// prelude's calls keep none: its names are not the program's.
    fn note_callee(&mut self, callee: Option<&Expr>, what: &str) {
        let Some(callee) = callee else { return };
        if self.in_prelude() {
            return;
        }
        let text = format!("{} is not a {what}", super::callee::callee_text(callee));
        let at = self.f().code.len() as u16;
        self.f().callees.push((at, text));
    }

    /// `a == b` and `a != b`: against `null` or `undefined`, a test for
    /// either, inline (`x == null`, the common use); otherwise the
    /// prelude's `$mvmLooseEquals`, which converts as JavaScript does.
    fn loose_equality(&mut self, b: &BinExpr) {
        let undefined_shadowed = self.resolve("undefined").is_some();
        let nullish = |e: &Expr| match unparenthesized(e) {
            Expr::Lit(Lit::Null(_)) => true,
            Expr::Ident(id) => &*id.sym == "undefined" && !undefined_shadowed,
            Expr::Unary(u) => u.op == UnaryOp::Void && matches!(&*u.arg, Expr::Lit(_)),
            _ => false,
        };
        let equal = b.op == BinaryOp::EqEq;
        let other = match (nullish(&b.left), nullish(&b.right)) {
            (_, true) => Some(&b.left),
            (true, false) => Some(&b.right),
            _ => None,
        };
        if let Some(other) = other {
            // `JumpIfDefinedKeep` keeps a value it jumps with and drops
            // one it does not.
            self.expr(other);
            let defined = self.f().jump(Op::JumpIfDefinedKeep);
            self.f()
                .push_value(if equal { Value::TRUE } else { Value::FALSE });
            let done = self.f().jump(Op::Jump);
            self.f().patch_here(defined);
            self.f().op(Op::Pop);
            self.f()
                .push_value(if equal { Value::FALSE } else { Value::TRUE });
            self.f().patch_here(done);
            return;
        }
        self.f().push_value(Value::UNDEFINED);
        self.global_function("$mvmLooseEquals", b.span);
        self.expr(&b.left);
        self.expr(&b.right);
        self.mark(b.span);
        self.f().op_u8(Op::Call, 2);
        if !equal {
            self.f().op(Op::Not);
        }
    }

    /// A class: its constructor function and a property object holding
    /// `prototype` (with the methods) and the static members. `bound`: the
    /// name is a binding of the class's own (a declaration's, or a named
    /// class expression's), not only the name it takes from where it is.
    /// A class's body is strict code.
    pub(super) fn class(&mut self, class: &Class, name: Option<&str>, bound: bool) {
        let outer_sloppy = std::mem::replace(&mut self.sloppy_code, false);
        self.class_in_strict_code(class, name, bound);
        self.sloppy_code = outer_sloppy;
    }

    fn class_in_strict_code(&mut self, class: &Class, name: Option<&str>, bound: bool) {
        let named;
        let private = class.body.iter().any(is_private_member);
        let class = if private {
            let keys = self.private_keys(class);
            named = private_names_as_keys(class, &keys);
            self.private_scopes.push(keys);
            &named
        } else {
            class
        };
        // A derived class keeps the class it extends in a binding of its
        // own, which its constructor and methods reach for `super`.
        if let Some(sup) = &class.super_class {
            // The engine's own kinds of object (an array, a byte array, a
            // promise) are no classes whose instances a subclass makes.
            if let Expr::Ident(id) = unparenthesized(sup) {
                let builtin = matches!(&*id.sym, "Array" | "Uint8Array" | "Promise" | "Function")
                    && self.resolve(&id.sym).is_none();
                if builtin {
                    let what = format!("extending `{}`", id.sym);
                    let help = match &*id.sym {
                        "Array" => "keep an array in a field (`this.items = []`) and add the methods there",
                        "Uint8Array" => {
                            "keep the bytes in a field (`this.bytes = new Uint8Array(n)`) and add the methods there"
                        }
                        "Promise" => "make a promise with `new Promise(...)` and keep it in a field",
                        _ => "use a plain function",
                    };
                    self.unsupported(id.span, &what, help);
                }
            }
            self.enter_scope(&[(super::SUPER.to_string(), false)], false, 0);
            self.expr(sup);
            if let Some(b) = self.resolve(super::SUPER) {
                self.store_binding(&b, sup.span());
                self.check_extends(&b, sup.span());
            }
        }
        // A base class's `super.x` is `Object.prototype`'s `x`: its
        // binding holds a stand-in whose `prototype` is an empty object,
        // which finds the same (only where the class says `super`).
        let base_super = class.super_class.is_none()
            && self
                .text_of(class.span)
                .is_some_and(|t| t.contains("super"));
        if base_super {
            self.enter_scope(&[(super::SUPER.to_string(), false)], false, 0);
            self.f().op_u8(Op::NewObject, 1);
            self.f().push_value(Value::STR_PROTOTYPE);
            self.f().op_u8(Op::NewObject, 0);
            self.f().op(Op::InitProp);
            if let Some(b) = self.resolve(super::SUPER) {
                self.store_binding(&b, class.span);
            }
        }
        let outer_static = std::mem::replace(&mut self.super_static, false);
        self.class_body(class, name, bound);
        self.super_static = outer_static;
        if class.super_class.is_some() || base_super {
            self.exit_scope(true);
        }
        if private {
            self.private_scopes.pop();
        }
    }

    /// Throws V8's TypeError where the value a class extends, in `b`, is
    /// neither a function nor `null` (`extends lib.Base`, misspelt).
    fn check_extends(&mut self, b: &super::Binding, span: Span) {
        self.load_binding(b, span);
        self.f().op(Op::Typeof);
        self.string("function", span);
        self.f().op(Op::StrictEq);
        let function = self.f().jump(Op::JumpIfTrue);
        self.load_binding(b, span);
        self.f().push_value(Value::NULL);
        self.f().op(Op::StrictEq);
        let null = self.f().jump(Op::JumpIfTrue);
        self.throw_error_with("TypeError", |cg| {
            cg.string("Class extends value ", span);
            cg.load_binding(b, span);
            cg.string(" is not a constructor or null", span);
            cg.f().op_u8(Op::Concat, 3);
        });
        self.f().patch_here(function);
        self.f().patch_here(null);
    }

    /// The keys `class`'s private names are kept under: a name's own
    /// spelling, which an identifier cannot have (`#state`), unless
    /// another class of the program may declare it too (see
    /// `shared_private_names`): then one of the class's own (`#state@2`),
    /// so that a base class's `#state` and a subclass's are two fields, as
    /// in JavaScript. The library's classes keep their names (the host's
    /// printer reads a Map's `#keys`).
    fn private_keys(&mut self, class: &Class) -> Vec<(String, String)> {
        let library = self.src.name == crate::modules::PRELUDE_NAME;
        let mut suffix = None;
        let mut keys: Vec<(String, String)> = Vec::new();
        for member in &class.body {
            let name = match member {
                ClassMember::PrivateProp(p) => &p.key.name,
                ClassMember::PrivateMethod(m) => &m.key.name,
                _ => continue,
            };
            if keys.iter().any(|(n, _)| n == name.as_str()) {
                continue;
            }
            let key = if library || !self.shared_private_names.contains(name.as_str()) {
                format!("{HIDDEN_KEY}{name}")
            } else {
                let n = *suffix.get_or_insert_with(|| {
                    self.private_classes += 1;
                    self.private_classes
                });
                format!("{HIDDEN_KEY}{name}@{n}")
            };
            keys.push((name.to_string(), key));
        }
        keys
    }

    /// The key a private name `#name` is kept under where it is used: the
    /// innermost class declaring it decides (see `private_keys`). The
    /// engine leaves keys that start with `#` out of every listing
    /// (`Object.keys`, `for..in`, JSON, spreads), so only code that names
    /// the field sees it.
    fn private_key(&mut self, p: &PrivateName) -> String {
        let declared = self
            .private_scopes
            .iter()
            .rev()
            .flat_map(|keys| keys.iter())
            .find(|(name, _)| name == p.name.as_str());
        if let Some((_, key)) = declared {
            return key.clone();
        }
        // (JavaScript refuses it as it parses: a slip of the keys, most
        // likely, which would read undefined.)
        let declared = self
            .private_scopes
            .iter()
            .flatten()
            .map(|(name, _)| name.as_str());
        let similar = super::suggest::closest(&p.name, declared)
            .map(|name| format!("did you mean `#{name}`?"));
        self.error(
            p.span,
            format!("`#{}` is not declared in a class around it", p.name),
            Some(
                similar
                    .as_deref()
                    .unwrap_or("declare the field in the class: `#name = value;`"),
            ),
        );
        format!("{HIDDEN_KEY}{}", p.name)
    }

    fn class_body(&mut self, class: &Class, name: Option<&str>, bound: bool) {
        let class_name = name;
        let ctor = class.body.iter().find_map(|m| match m {
            ClassMember::Constructor(c) => Some(c),
            _ => None,
        });
        // A derived class without a constructor passes its arguments on:
        // `constructor(...args) { super(...args); }`.
        let derived_default = (ctor.is_none() && class.super_class.is_some())
            .then(|| default_derived_constructor(class.span));
        let mut params = Vec::new();
        let mut body: Vec<Stmt> = match (ctor, &derived_default) {
            (Some(c), _) => {
                for p in &c.params {
                    match p {
                        ParamOrTsParamProp::Param(p) => params.push(&p.pat),
                        ParamOrTsParamProp::TsParamProp(t) => self.unsupported(
                            t.span,
                            "parameter properties",
                            "assign to `this` in the constructor",
                        ),
                    }
                }
                c.body.as_ref().map(|b| b.stmts.clone()).unwrap_or_default()
            }
            (None, Some((rest, stmts))) => {
                params.push(rest);
                stmts.clone()
            }
            (None, None) => Vec::new(),
        };
        // Instance fields are assigned as the constructor starts, or in a
        // derived class just after its `super(...)`.
        let fields = self.field_initializers(class);
        if !fields.is_empty() {
            let at = if class.super_class.is_some() {
                let top_super = body.iter().position(is_super_call);
                if top_super.is_none() {
                    self.unsupported(
                        class.span,
                        "instance fields in a class whose constructor calls `super(...)` inside a block",
                        "assign the fields to `this` after `super(...)`",
                    );
                }
                top_super.map_or(0, |i| i + 1)
            } else {
                0
            };
            body.splice(at..at, fields);
        }
        let span = ctor.map_or(class.span, |c| c.span);
        // `new.target` is the class whose prototype the new object has as
        // the constructor starts: kept then, as the body may change the
        // prototype (`Object.setPrototypeOf(this, Base.prototype)`).
        if ctor
            .and_then(|c| self.text_of(c.span))
            .is_some_and(|t| t.contains("new.target"))
        {
            body.insert(0, new_target_binding(span));
        }
        // Class constructors throw unless called with `new` (naming the
        // class, when names are kept).
        self.constructor_next = true;
        if let Some(name) = class_name {
            self.name_next(name);
        }
        let id = self.function(&params, Body::Block(&body), span, false, false);
        self.push_function(id, class.span);
        let mut methods = Vec::new();
        let mut statics = Vec::new();
        let (mut accessors, mut static_accessors) = (Vec::new(), Vec::new());
        for member in &class.body {
            match member {
                ClassMember::Constructor(_) | ClassMember::Empty(_) => {}
                ClassMember::Method(m) if m.kind != MethodKind::Method => {
                    let part = AccessorPart {
                        key: &m.key,
                        function: &m.function,
                        getter: m.kind == MethodKind::Getter,
                    };
                    if m.is_static {
                        static_accessors.push(part);
                    } else {
                        accessors.push(part);
                    }
                }
                ClassMember::Method(m) if m.kind == MethodKind::Method => {
                    // (`instanceof` asks no method: it would be ignored.)
                    let has_instance = matches!(&m.key, PropName::Computed(c)
                        if matches!(&*c.expr, Expr::Member(sym) if matches!(&sym.prop, MemberProp::Ident(p) if &*p.sym == "hasInstance")));
                    if m.is_static && has_instance {
                        self.unsupported(
                            m.span,
                            "`Symbol.hasInstance`",
                            "give the class a static method (`static accepts(x) { ... }`) and call it where you would use `instanceof`",
                        );
                    }
                    if m.is_static {
                        statics.push(member);
                    } else {
                        methods.push(m);
                    }
                }
                ClassMember::ClassProp(p) if p.is_static => statics.push(member),
                ClassMember::StaticBlock(_) => statics.push(member),
                // (Assigned by the constructor, or refused, by
                // `field_initializers`.)
                ClassMember::ClassProp(_) | ClassMember::PrivateProp(_) => {}
                other => self.unsupported(
                    other.span(),
                    "this kind of class member",
                    "use methods and static members",
                ),
            }
        }
        if statics.len() >= 255 || methods.len() >= 255 {
            return self.error(class.span, "more than 255 members in one class", None);
        }
        // (An anonymous class's is `''`: without it, `name` would be its
        // parent's, as statics are inherited, a mixin's `class extends B`.)
        let name = self.keeps_names.then(|| name.unwrap_or_default());
        // The class's first segment holds `prototype`, its name and its
        // static methods and accessors, which nothing lists; its static
        // fields go after it, where `Object.keys` and the printer find
        // them (see `later_keys` in the runtime).
        // (A getter and setter pair takes one slot: counted by key, or a
        // slot left over would take a static field, which nothing lists.)
        let static_method_keys = statics.iter().filter_map(|m| match m {
            ClassMember::Method(m) => Some(&m.key),
            _ => None,
        });
        let static_keys =
            distinct_keys(static_method_keys.chain(static_accessors.iter().map(|a| a.key)));
        let statics_room = static_keys + 1 + usize::from(name.is_some());
        // (A method defined twice under one name takes one slot: the
        // later replaces the earlier in its place, as in JavaScript; so
        // does an accessor's getter and setter pair.)
        let methods_room = distinct_keys(methods.iter().map(|m| &m.key))
            + distinct_keys(accessors.iter().map(|a| a.key))
            + 1;
        if statics_room > 255 || methods_room > 255 {
            return self.error(class.span, "more than 255 members in one class", None);
        }
        self.f().op_u8(Op::NewObject, statics_room as u8);
        if class.super_class.is_some() {
            // Static members are inherited too.
            self.string("__proto__", class.span);
            self.load_super(class.span);
            self.f().op(Op::InitProp);
        }
        self.f().push_value(Value::STR_PROTOTYPE);
        // The methods and `constructor` (see `link_constructor`).
        self.f().op_u8(Op::NewObject, methods_room as u8);
        if class.super_class.is_some() {
            // The prototype inherits from the parent's.
            self.string("__proto__", class.span);
            self.super_home(class.span);
            self.f().op(Op::InitProp);
        }
        // Methods and accessors in the order the body has them, as
        // `Object.getOwnPropertyNames` lists them.
        let mut next_method = methods.iter().peekable();
        let names = self.pairing_names(&accessors);
        for (i, part) in accessors.iter().enumerate() {
            while let Some(m) = next_method.next_if(|m| m.span.lo < part.function.span.lo) {
                self.class_method(m);
            }
            self.accessor_prop(&accessors, &names, i);
        }
        for m in next_method {
            self.class_method(m);
        }
        self.give_instances_room(id, class, class_name);
        self.f().op(Op::InitProp);
        // `C.name` (and what `console.log` prints before an instance):
        // before the statics, so a `static name` of the class's own wins.
        if let Some(name) = name {
            self.string("name", class.span);
            self.string(name, class.span);
            self.f().op(Op::InitProp);
        }
        // In a static method, `super.x` is a static member of the parent.
        self.super_static = true;
        // A static field whose value names the class or `this` is set once
        // the class exists (`static DEFAULT = new Config()`), and so are
        // `static { }` blocks, with every static field, and the static
        // fields after such a field, to keep their order.
        let blocks = statics
            .iter()
            .any(|m| matches!(m, ClassMember::StaticBlock(_)));
        let mut deferring = blocks;
        let (deferred, statics): (Vec<_>, Vec<_>) = statics.into_iter().partition(|m| match m {
            ClassMember::StaticBlock(_) => true,
            ClassMember::ClassProp(p) => {
                deferring = deferring
                    || p.value.as_ref().is_some_and(|v| {
                        self.text_of(v.span()).is_some_and(|t| {
                            crate::prelude::mentions(t, "this")
                                || class_name.is_some_and(|n| crate::prelude::mentions(t, n))
                        })
                    });
                deferring
            }
            _ => false,
        });
        // (Methods first, into the first segment.)
        let (static_methods, static_fields): (Vec<_>, Vec<_>) = statics
            .into_iter()
            .partition(|m| matches!(m, ClassMember::Method(_)));
        // (Static methods and accessors in the order the body has them,
        // as `Object.getOwnPropertyNames` lists them.)
        let names = self.pairing_names(&static_accessors);
        let mut next_accessor = 0;
        // (All before the first field: they belong in the first segment.)
        let members = static_methods.into_iter().chain(static_fields);
        for member in members.map(Some).chain([None]) {
            let method_at = match member {
                Some(ClassMember::Method(m)) => Some(m.span.lo),
                _ => None,
            };
            while let Some(part) = static_accessors.get(next_accessor) {
                if method_at.is_some_and(|at| at < part.function.span.lo) {
                    break;
                }
                self.accessor_prop(&static_accessors, &names, next_accessor);
                next_accessor += 1;
            }
            let Some(member) = member else { break };
            match member {
                ClassMember::Method(m) => {
                    self.prop_name(&m.key);
                    self.name_next_key(&m.key);
                    self.method_next = true;
                    let id = self.function_of(&m.function);
                    self.push_function(id, m.function.span);
                }
                ClassMember::ClassProp(p) => {
                    self.prop_name(&p.key);
                    match &p.value {
                        Some(v) => match static_key_name(&p.key) {
                            Some(name) => self.expr_named(v, &name, false),
                            None => self.expr(v),
                        },
                        None => self.f().push_value(Value::UNDEFINED),
                    }
                }
                _ => continue,
            }
            self.f().op(Op::InitProp);
        }
        self.f().op(Op::Class);
        self.link_constructor();
        self.deferred_statics(&deferred, class_name, bound);
    }

    /// With the class on the stack, its static fields in `members` (see
    /// `class_body`), in a scope where the class's name and `this` are
    /// the class.
    fn deferred_statics(&mut self, members: &[&ClassMember], name: Option<&str>, bound: bool) {
        if members.is_empty() {
            return;
        }
        // Methods reach the class through the binding outside (a class
        // declaration's), which holds it only once the class statement is
        // done: set it first, so that a static method a static field calls
        // sees its class (`static DEFAULT = Registry.add(...)`).
        if let Some(outer) = name.filter(|_| bound).and_then(|n| self.resolve(n)) {
            self.f().op(Op::Dup);
            self.store_binding(&outer, swc_common::DUMMY_SP);
        }
        let mut names = vec![(super::THIS.to_string(), false)];
        names.extend(name.map(|n| (n.to_string(), false)));
        self.enter_scope(&names, false, 0);
        // A block's `this` is its function's, unless it gets a local.
        let local = self.new_local();
        if let Some(this) = self.scopes.last_mut().and_then(|s| {
            s.bindings
                .iter_mut()
                .find(|b| matches!(b.storage, super::Storage::This))
        }) {
            this.storage = super::Storage::Local(local);
        }
        for (binding, _) in &names {
            self.f().op(Op::Dup);
            if let Some(b) = self.resolve(binding) {
                self.store_binding(&b, swc_common::DUMMY_SP);
            }
        }
        for member in members {
            if let ClassMember::StaticBlock(b) = member {
                // A static block is a function body of its own: its `var`s
                // are its own, starting `undefined`.
                let mut vars = Vec::new();
                super::decls::var_names(&b.body.stmts, &mut vars);
                let declared: Vec<(String, bool)> = vars.into_iter().map(|n| (n, true)).collect();
                self.enter_scope(&declared, false, 0);
                for (name, _) in &declared {
                    self.f().push_value(Value::UNDEFINED);
                    if let Some(binding) = self.resolve(name) {
                        self.store_binding(&binding, b.span);
                    }
                }
                self.block(&b.body.stmts);
                self.exit_scope(true);
            }
            if let ClassMember::ClassProp(p) = member {
                self.f().op(Op::Dup);
                self.prop_name(&p.key);
                match (&p.value, static_key_name(&p.key)) {
                    (Some(v), Some(key)) => self.expr_named(v, &key, false),
                    (Some(v), None) => self.expr(v),
                    (None, _) => self.f().push_value(Value::UNDEFINED),
                }
                // (On a class, `InitProp` leaves its property object.)
                self.f().op(Op::InitProp);
                self.f().op(Op::Pop);
            }
        }
        self.exit_scope(true);
    }

    /// `this.name = value;` for each instance field of `class`, in order
    /// (`undefined` for a field without a value). A computed name is
    /// evaluated as each object is made, where JavaScript evaluates it once
    /// with the class: only a name with side effects can tell.
    fn field_initializers(&mut self, class: &Class) -> Vec<Stmt> {
        let mut out = Vec::new();
        for member in &class.body {
            match member {
                ClassMember::ClassProp(p) if !p.is_static => {
                    let this = Box::new(Expr::This(ThisExpr { span: p.span }));
                    let prop = match &p.key {
                        PropName::Ident(id) => MemberProp::Ident(id.clone()),
                        key => MemberProp::Computed(ComputedPropName {
                            span: p.span,
                            expr: Box::new(match key {
                                PropName::Str(s) => Expr::Lit(Lit::Str(s.clone())),
                                PropName::Num(n) => Expr::Lit(Lit::Num(n.clone())),
                                PropName::Computed(c) => (*c.expr).clone(),
                                _ => Expr::Invalid(Invalid { span: p.span }),
                            }),
                        }),
                    };
                    let value = p.value.clone().unwrap_or_else(|| {
                        Box::new(Expr::Ident(Ident::new_no_ctxt("undefined".into(), p.span)))
                    });
                    let name = static_key_name(&p.key);
                    // A field named as an accessor the class, a parent or
                    // a subclass may have is defined on the object, as
                    // JavaScript defines fields (an assignment would run
                    // the setter, or be dropped for a getter alone).
                    let shadows = name
                        .as_ref()
                        .is_some_and(|n| self.accessor_names.contains(n));
                    if shadows {
                        let key = match prop {
                            MemberProp::Ident(id) => Expr::Lit(Lit::Str(Str {
                                span: id.span,
                                value: id.sym.as_str().into(),
                                raw: None,
                            })),
                            MemberProp::Computed(c) => *c.expr,
                            MemberProp::PrivateName(_) => continue,
                        };
                        let arg = |e: Expr| ExprOrSpread {
                            spread: None,
                            expr: Box::new(e),
                        };
                        out.push(Stmt::Expr(ExprStmt {
                            span: p.span,
                            expr: Box::new(Expr::Call(CallExpr {
                                span: p.span,
                                callee: Callee::Expr(Box::new(Expr::Ident(Ident::new_no_ctxt(
                                    "$mvmDefineOwn".into(),
                                    p.span,
                                )))),
                                args: vec![arg(*this), arg(key), arg(*value)],
                                ..Default::default()
                            })),
                        }));
                        continue;
                    }
                    if let Some(name) = name {
                        self.field_names.insert(p.span.lo, name);
                    }
                    out.push(Stmt::Expr(ExprStmt {
                        span: p.span,
                        expr: Box::new(Expr::Assign(AssignExpr {
                            span: p.span,
                            op: AssignOp::Assign,
                            left: AssignTarget::Simple(SimpleAssignTarget::Member(MemberExpr {
                                span: p.span,
                                obj: this,
                                prop,
                            })),
                            right: value,
                        })),
                    }));
                }
                _ => {}
            }
        }
        out
    }

    /// With an object on the stack, a property for each name among `parts`
    /// (getters and setters, paired by name, or by a computed name's
    /// text: `get [k]()` and `set [k](v)`), in the order of each name's first part: its key, then the
    /// accessor `Builtin::MakeAccessor` makes of the two functions.
    /// What pairs a getter with a setter: the text the key always has,
    /// as it names the function under it (`k`, `['k']` and a module
    /// constant holding `'k'`; `1` and `[1]`), or the same computed name
    /// written the same way (`[k]`, `[KEYS.level]`, `[Symbol.iterator]`),
    /// which reads the same value (a chain of names has no side effects).
    fn pairing_name(&mut self, key: &PropName) -> Option<String> {
        let PropName::Computed(c) = key else {
            return self.key_function_name(key);
        };
        if symbol_member(&c.expr).is_none() {
            if let Some(text) = self.key_function_name(key) {
                return Some(text);
            }
        }
        let mut e = unparenthesized(&c.expr);
        while let Expr::Member(m) = e {
            if !matches!(m.prop, MemberProp::Ident(_)) {
                return None;
            }
            e = &m.obj;
        }
        matches!(e, Expr::Ident(_)).then(|| format!("\0[{}]", super::callee::callee_text(&c.expr)))
    }

    /// The pairing names of `parts`, in order.
    fn pairing_names(&mut self, parts: &[AccessorPart<'_>]) -> Vec<Option<String>> {
        parts.iter().map(|p| self.pairing_name(p.key)).collect()
    }

    fn accessor_props(&mut self, parts: &[AccessorPart<'_>]) {
        let names = self.pairing_names(parts);
        for i in 0..parts.len() {
            self.accessor_prop(parts, &names, i);
        }
    }

    /// The accessor of `parts[i]` with its pair (`names`: the parts'
    /// pairing names), where it is the first of the pair (nothing for
    /// the second).
    fn accessor_prop(&mut self, parts: &[AccessorPart<'_>], names: &[Option<String>], i: usize) {
        let Some(part) = parts.get(i) else {
            return;
        };
        let name = names.get(i).cloned().flatten();
        let same = |j: usize| name.is_some() && names.get(j).cloned().flatten() == name;
        if (0..i).any(same) {
            return;
        }
        let group: Vec<&AccessorPart<'_>> = match name {
            Some(_) => parts
                .iter()
                .enumerate()
                .filter(|(j, _)| same(*j))
                .map(|(_, p)| p)
                .collect(),
            None => vec![part],
        };
        self.prop_name(part.key);
        self.f().push_value(Value::UNDEFINED);
        self.f().push_value(Builtin::MakeAccessor.value());
        for getter in [true, false] {
            // The last of each kind wins, as in JavaScript.
            match group.iter().rev().find(|p| p.getter == getter) {
                Some(p) => {
                    self.method_next = true;
                    // Named as JavaScript names it: `get temp`.
                    if let Some(name) = self.key_function_name(p.key) {
                        let kind = if getter { "get" } else { "set" };
                        self.name_next(&format!("{kind} {name}"));
                    }
                    let id = self.function_of(p.function);
                    self.push_function(id, p.function.span);
                }
                None => self.f().push_value(Value::UNDEFINED),
            }
        }
        self.f().op_u8(Op::Call, 2);
        self.f().op(Op::InitProp);
    }

    /// A class's method, into the prototype on the stack.
    fn class_method(&mut self, m: &ClassMethod) {
        self.prop_name(&m.key);
        self.name_next_key(&m.key);
        self.method_next = true;
        let id = self.function_of(&m.function);
        self.push_function(id, m.function.span);
        self.f().op(Op::InitProp);
    }

    /// Gives the constructor `ctor` of `class` room for every property
    /// its instances are given `this.name = ...` in the class's methods
    /// and accessors too (an `init()` the constructor calls, a field a
    /// method sets later), and in its parent's constructor when the
    /// parent is a class declared by name before it: `new` then makes
    /// them with the slots, where properties added later chain segments,
    /// which every read of them walks. (All functions after `ctor` up to
    /// here are the class's: a `this` that is not an instance only adds
    /// room.)
    fn give_instances_room(&mut self, ctor: usize, class: &Class, name: Option<&str>) {
        // (And the classes whose methods the program copies onto this
        // one's prototype: code without `extends`.)
        let copied = name.and_then(|n| self.prototype_sources.get(n));
        let mut parents: Vec<&str> = copied.into_iter().flatten().map(String::as_str).collect();
        if let Some(Expr::Ident(parent)) = class.super_class.as_deref() {
            parents.push(&parent.sym);
        }
        let methods = self.functions.get(ctor + 1..).unwrap_or(&[]).iter();
        let parent = parents
            .iter()
            .filter_map(|p| self.class_constructors.get(*p))
            .filter_map(|p| self.functions.get(*p));
        let mut names: Vec<String> = Vec::new();
        for code in methods.chain(parent).flatten() {
            for prop in &code.this_props {
                if !names.contains(prop) {
                    names.push(prop.clone());
                }
            }
        }
        if let Some(Some(code)) = self.functions.get_mut(ctor) {
            for prop in names {
                code.note_this_prop(prop);
            }
        }
        if let Some(name) = name {
            self.class_constructors.insert(name.to_string(), ctor);
        }
    }

    /// With a class on the stack: `C.prototype.constructor = C`.
    fn link_constructor(&mut self) {
        for op in [Op::Dup, Op::Dup] {
            self.f().op(op);
        }
        self.f().push_value(Value::STR_PROTOTYPE);
        self.f().op(Op::GetProp);
        self.f().op(Op::Swap);
        self.string("constructor", swc_common::DUMMY_SP);
        self.f().op(Op::Swap);
        self.f().op(Op::SetProp);
        self.f().op(Op::Pop);
    }

    /// Whether the code being compiled (the program's, or the library's)
    /// uses `name` with `new`, names its `prototype` or gives it a property.
    pub(super) fn is_constructed(&self, name: &str) -> bool {
        match self.in_prelude() {
            true => self
                .constructed
                .contains(&format!("{}{name}", super::PRELUDE_MARK)),
            false => self.constructed.contains(name),
        }
    }

    /// Turns the function on the stack into a class-like value with a
    /// `prototype`, for functions the program uses with `new` or whose
    /// `prototype` it reads (a plain function has nowhere to keep one).
    /// (An arrow, which `new` refuses, has no `prototype`: given
    /// properties, it keeps only its name beside them.)
    pub(super) fn function_as_class(&mut self, name: &str, arrow: bool) {
        let name = Some(name).filter(|_| self.keeps_names);
        self.f()
            .op_u8(Op::NewObject, u8::from(!arrow) + u8::from(name.is_some()));
        if !arrow {
            self.f().push_value(Value::STR_PROTOTYPE);
            self.f().op_u8(Op::NewObject, 1);
            self.f().op(Op::InitProp);
        }
        // Its `name`, as a class keeps it.
        if let Some(name) = name {
            self.string("name", swc_common::DUMMY_SP);
            self.string(name, swc_common::DUMMY_SP);
            self.f().op(Op::InitProp);
        }
        self.f().op(Op::Class);
        if !arrow {
            self.link_constructor();
        }
    }

    fn member_key(&mut self, prop: &MemberProp) {
        match prop {
            MemberProp::Ident(name) => self.string(&name.sym, name.span),
            MemberProp::Computed(c) => self.expr(&c.expr),
            MemberProp::PrivateName(p) => {
                let key = self.private_key(p);
                self.string(&key, p.span);
            }
        }
    }

    fn unary(&mut self, u: &UnaryExpr) {
        match u.op {
            UnaryOp::Minus => {
                if let Expr::Lit(Lit::Num(n)) = &*u.arg {
                    return self.number(-n.value, u.span);
                }
                self.symbol_checked(&u.arg, u.span, true);
                self.f().op(Op::Neg);
            }
            UnaryOp::Plus => {
                self.symbol_checked(&u.arg, u.span, true);
                self.f().op(Op::Pos);
            }
            UnaryOp::Bang => {
                self.expr(&u.arg);
                self.f().op(Op::Not);
            }
            UnaryOp::TypeOf => {
                // `typeof undeclared` (or `typeof (undeclared)`) is
                // "undefined", not an error.
                if let Expr::Ident(id) = unparenthesized(&u.arg) {
                    let name = id.sym.to_string();
                    let unresolved = self.resolve(&name).is_none();
                    // The namespaces the compiler provides are objects.
                    if unresolved && COMPILER_NAMESPACES.contains(&name.as_str()) {
                        return self.push_const(Const::Str(b"object".to_vec()), id.span);
                    }
                    if unresolved
                        && builtin_function(&name).is_none()
                        && !crate::prelude::NAMESPACES.contains(&name.as_str())
                        && !matches!(
                            name.as_str(),
                            "undefined" | "NaN" | "Infinity" | "Promise" | "overflowChecks"
                        )
                    {
                        return self.f().push_value(Value::STR_UNDEFINED);
                    }
                }
                // A well-known symbol, `typeof Symbol.asyncIterator` (a
                // polyfill's check), is one whatever the program makes.
                if symbol_member(unparenthesized(&u.arg))
                    .is_some_and(|name| WELL_KNOWN_SYMBOLS.contains(&name))
                {
                    self.expr(&u.arg);
                    self.f().op(Op::Pop);
                    return self.push_const(Const::Str(b"symbol".to_vec()), u.span);
                }
                // A symbol is a string under a hidden prefix, which only
                // the prelude's `typeof` tells: in a program that makes
                // symbols.
                if self.makes_symbols && !self.in_prelude() {
                    self.f().push_value(Value::UNDEFINED);
                    self.global_function("$mvmTypeof", u.span);
                    self.expr(&u.arg);
                    return self.f().op_u8(Op::Call, 1);
                }
                self.expr(&u.arg);
                self.f().op(Op::Typeof);
            }
            UnaryOp::Void => {
                self.expr(&u.arg);
                self.f().op(Op::Pop);
                self.f().push_value(Value::UNDEFINED);
            }
            UnaryOp::Tilde => {
                self.expr(&u.arg);
                self.f().op(Op::BitNot);
            }
            UnaryOp::Delete => match unparenthesized(&u.arg) {
                Expr::Member(m) => {
                    self.expr(&m.obj);
                    self.member_key(&m.prop);
                    self.f().op(Op::Delete);
                }
                // `delete o?.a`, `delete o?.a.b`: the property goes unless a
                // `?.` meets undefined or null, when the chain gives true.
                Expr::OptChain(o) if matches!(&*o.base, OptChainBase::Member(_)) => {
                    let OptChainBase::Member(m) = &*o.base else {
                        return;
                    };
                    let mut to_end = Vec::new();
                    self.chain_part(&m.obj, &mut to_end);
                    if o.optional {
                        to_end.push(self.f().jump(Op::JumpIfNullish));
                    }
                    self.member_key(&m.prop);
                    self.f().op(Op::Delete);
                    if !to_end.is_empty() {
                        let done = self.f().jump(Op::Jump);
                        for patch in to_end {
                            self.f().patch_here(patch);
                        }
                        self.f().op(Op::Pop);
                        self.f().push_value(Value::TRUE);
                        self.f().patch_here(done);
                    }
                }
                other => {
                    self.expr(other);
                    self.f().op(Op::Pop);
                    self.f().push_value(Value::TRUE);
                }
            },
        }
    }

    fn binary(&mut self, b: &BinExpr) {
        let op = match b.op {
            BinaryOp::LogicalAnd | BinaryOp::LogicalOr | BinaryOp::NullishCoalescing => {
                self.expr(&b.left);
                let jump = match b.op {
                    BinaryOp::LogicalAnd => Op::JumpIfFalseKeep,
                    BinaryOp::LogicalOr => Op::JumpIfTrueKeep,
                    _ => Op::JumpIfDefinedKeep,
                };
                let end = self.f().jump(jump);
                self.expr(&b.right);
                self.f().patch_here(end);
                return;
            }
            BinaryOp::Add => return self.add_chain(b),
            BinaryOp::Sub => Op::Sub,
            BinaryOp::Mul => Op::Mul,
            BinaryOp::Div => Op::Div,
            BinaryOp::Mod => Op::Mod,
            BinaryOp::Exp => Op::Pow,
            BinaryOp::BitAnd => Op::BitAnd,
            BinaryOp::BitOr => Op::BitOr,
            BinaryOp::BitXor => Op::BitXor,
            BinaryOp::LShift => Op::Shl,
            BinaryOp::RShift => Op::Shr,
            BinaryOp::ZeroFillRShift => Op::UShr,
            BinaryOp::EqEqEq => Op::StrictEq,
            BinaryOp::NotEqEq => Op::StrictNe,
            BinaryOp::Lt => Op::Lt,
            BinaryOp::LtEq => Op::Le,
            BinaryOp::Gt => Op::Gt,
            BinaryOp::GtEq => Op::Ge,
            BinaryOp::EqEq | BinaryOp::NotEq => return self.loose_equality(b),
            BinaryOp::In => Op::In,
            // `x instanceof Function` (there is no `Function` value): what
            // `typeof` says.
            BinaryOp::InstanceOf
                if matches!(&*b.right, Expr::Ident(id)
                    if &*id.sym == "Function" && self.resolve(&id.sym).is_none()) =>
            {
                self.expr(&b.left);
                self.f().op(Op::Typeof);
                self.string("function", b.span);
                self.f().op(Op::StrictEq);
                return;
            }
            BinaryOp::InstanceOf => {
                // Arrays and objects have no `Array.prototype` or
                // `Object.prototype` on their chain here: ask the prelude.
                // (Nor does a byte array, which is its own buffer, have
                // `ArrayBuffer.prototype`.)
                let test = match &*b.right {
                    Expr::Ident(id) if self.resolve(&id.sym).is_none() => match &*id.sym {
                        "Array" => Some("isArray"),
                        "Object" | "Uint8Array" => Some("$isInstance"),
                        _ => None,
                    },
                    Expr::Ident(id)
                        if &*id.sym == "ArrayBuffer"
                            && !self.in_prelude()
                            && self.library_global("ArrayBuffer") =>
                    {
                        Some("$isInstance")
                    }
                    _ => None,
                };
                // (Only in a program that holds one of them as a value:
                // see `builtin_type_as_value`.)
                if test.is_none()
                    && self.src.name != crate::modules::PRELUDE_NAME
                    && self.resolve("$mvmInstanceOf").is_some()
                {
                    self.f().push_value(Value::UNDEFINED);
                    self.global_function("$mvmInstanceOf", b.span);
                    self.expr(&b.left);
                    self.expr(&b.right);
                    self.mark(b.span);
                    return self.f().op_u8(Op::Call, 2);
                }
                if let Some(test) = test {
                    let callee = MemberExpr {
                        span: b.span,
                        obj: b.right.clone(),
                        prop: MemberProp::Ident(IdentName::new(test.into(), b.span)),
                    };
                    let call = CallExpr {
                        span: b.span,
                        callee: Callee::Expr(Box::new(Expr::Member(callee))),
                        args: vec![ExprOrSpread {
                            spread: None,
                            expr: b.left.clone(),
                        }],
                        ..Default::default()
                    };
                    return self.call(&call);
                }
                Op::InstanceOf
            }
        };
        self.expr(&b.left);
        self.expr(&b.right);
        self.f().op(op);
    }

    /// Evaluates the parts of an assignment target (`obj key` for members).
    fn place(&mut self, target: &SimpleAssignTarget) -> Option<Place> {
        match target {
            SimpleAssignTarget::Ident(id) => Some(Place::Var(id.id.sym.to_string(), id.id.span)),
            SimpleAssignTarget::Member(m) => Some(self.member_place(m)),
            SimpleAssignTarget::Paren(p) => match &*p.expr {
                Expr::Ident(id) => Some(Place::Var(id.sym.to_string(), id.span)),
                Expr::Member(m) => Some(self.member_place(m)),
                other => {
                    self.error(other.span(), "cannot assign to this expression", None);
                    None
                }
            },
            SimpleAssignTarget::SuperProp(sp) => {
                self.unsupported(
                    sp.span,
                    "assigning to a `super` property",
                    "assign to `this.name`, or call a method of the parent class",
                );
                None
            }
            other => {
                self.error(other.span(), "cannot assign to this expression", None);
                None
            }
        }
    }

    /// `obj.key` as an assignment target; `globalThis.x` is the global `x`.
    pub(super) fn member_place(&mut self, m: &MemberExpr) -> Place {
        if let Some((ns, name)) = self.builtin_namespace(m) {
            if ns == "globalThis" {
                return match self.global_this_slot(&name) {
                    Some(slot) => Place::Global(slot),
                    None => Place::Var(name, m.span),
                };
            }
            if ns == "console" && self.replaced_console.contains(&name.as_str()) {
                return Place::Var(format!("$mvmConsole_{name}"), m.span);
            }
            if let Some(global) = self.added_static(&ns, &name) {
                return Place::Var(global, m.span);
            }
            // (`console.log(...)` calls the host's function itself.)
            if ns == "console" {
                self.unsupported(
                    m.span,
                    "replacing a `console` method",
                    "log through a function of your own, which calls `console.log`",
                );
            }
        }
        if let (Expr::This(_), MemberProp::Ident(name)) = (&*m.obj, &m.prop) {
            self.f().note_this_prop(name.sym.to_string());
        }
        self.expr(&m.obj);
        self.member_key(&m.prop);
        Place::Member
    }

    fn load_place(&mut self, place: &Place) {
        match place {
            Place::Var(name, span) => {
                let id = Ident::new_no_ctxt(name.as_str().into(), *span);
                self.identifier(&id);
            }
            Place::Global(slot) => self.f().op_u16(Op::LoadGlobal, *slot),
            Place::Member => {
                self.f().op(Op::Dup2);
                self.f().op(Op::GetProp);
            }
        }
    }

    /// The slot `globalThis.name` names, whatever binding of `name` is in
    /// scope here (a local `Map`, the program's `class Map`): the global
    /// every module shares, where the name is one.
    fn global_this_slot(&mut self, name: &str) -> Option<u16> {
        let shared = self.shared_globals.iter().any(|g| g == name);
        shared.then(|| self.global_slot(&format!("global:{name}")))
    }

    /// Stores the top of the stack into `place`, leaving the value.
    pub(super) fn store_place(&mut self, place: &Place) {
        match place {
            Place::Var(name, span) => {
                self.f().op(Op::Dup);
                match self.resolve(name) {
                    // (Before its declaration, a constant too is dead.)
                    Some(_) if self.throw_if_tdz(name) => {}
                    Some(b) if !b.mutable => {
                        // (An import is another module's binding, which
                        // only that module assigns.)
                        let own = format!("{}:", self.module);
                        let imported = match b.storage {
                            super::Storage::Global(i) => {
                                self.globals.get(usize::from(i)).is_some_and(|slot| {
                                    slot.contains(':')
                                        && !slot.starts_with(&own)
                                        && !slot.starts_with("global:")
                                })
                            }
                            _ => false,
                        };
                        if !self.throw_in_try("TypeError", "Assignment to constant variable.") {
                            let (what, help) = match imported {
                                true => (
                                    "an import",
                                    "export a function from its module that assigns it",
                                ),
                                false => ("a constant", "declare it with `let` to reassign it"),
                            };
                            self.error(*span, format!("`{name}` is {what}"), Some(help));
                        }
                    }
                    Some(b) => {
                        self.note_use(name);
                        self.check_closure_tdz_write(name, *span);
                        self.store_binding(&b, *span)
                    }
                    // (A polyfill's `globalThis.Promise = ...`, behind a
                    // test that finds the library's: an error only if it
                    // runs.)
                    None if super::stmt::is_library_name(name) => self.throw_error(
                        "TypeError",
                        &format!("mvm cannot replace the library's {name}"),
                    ),
                    None if self
                        .throw_in_try("ReferenceError", &format!("{name} is not defined")) => {}
                    None => self.not_defined(*span, name),
                }
            }
            Place::Global(slot) => {
                self.f().op(Op::Dup);
                self.f().op_u16(Op::StoreGlobal, *slot);
            }
            Place::Member => self.f().op(Op::SetProp),
        }
    }

    fn assign(&mut self, a: &AssignExpr) {
        let target = match &a.left {
            AssignTarget::Simple(t) => t,
            // `[a, b] = [b, a]`: the value, unpacked into the places the
            // pattern names; the expression's value is the value itself.
            AssignTarget::Pat(p) => {
                let pat = match p {
                    AssignTargetPat::Array(a) => Pat::Array(a.clone()),
                    AssignTargetPat::Object(o) => Pat::Object(o.clone()),
                    AssignTargetPat::Invalid(i) => {
                        return self.unsupported(
                            i.span,
                            "this assignment",
                            "assign each variable on its own",
                        )
                    }
                };
                self.expr(&a.right);
                let slot = self.new_local();
                self.f().op(Op::Dup);
                self.f().op_u8(Op::StoreLocal, slot);
                let outer = std::mem::replace(&mut self.assigning, true);
                if matches!(pat, Pat::Object(_)) {
                    self.pattern_source = super::stmt::object_pattern_source(&a.right);
                }
                self.destructure(&pat, slot);
                self.assigning = outer;
                return;
            }
        };
        let Some(place) = self.place(target) else {
            return;
        };
        let op = match a.op {
            AssignOp::Assign => {
                // (A property's function keeps no name, as in JavaScript.)
                let (key, name) = match target {
                    SimpleAssignTarget::Ident(id) => (Some(id.id.sym.as_str()), id.id.sym.as_str()),
                    SimpleAssignTarget::Member(MemberExpr {
                        prop: MemberProp::Ident(p),
                        ..
                    }) => (Some(p.sym.as_str()), ""),
                    _ => (None, ""),
                };
                self.shape_if_constructed(&a.right, key, name);
                // `f = () => ...` names the function `f`, as a declaration
                // would (an assignment to a property names nothing).
                match target {
                    SimpleAssignTarget::Ident(id) => self.expr_named(&a.right, &id.id.sym, true),
                    _ => self.assigned_value(a),
                }
                return self.store_place(&place);
            }
            AssignOp::AddAssign => Op::Add,
            AssignOp::SubAssign => Op::Sub,
            AssignOp::MulAssign => Op::Mul,
            AssignOp::DivAssign => Op::Div,
            AssignOp::ModAssign => Op::Mod,
            AssignOp::ExpAssign => Op::Pow,
            AssignOp::BitAndAssign => Op::BitAnd,
            AssignOp::BitOrAssign => Op::BitOr,
            AssignOp::BitXorAssign => Op::BitXor,
            AssignOp::LShiftAssign => Op::Shl,
            AssignOp::RShiftAssign => Op::Shr,
            AssignOp::ZeroFillRShiftAssign => Op::UShr,
            AssignOp::AndAssign | AssignOp::OrAssign | AssignOp::NullishAssign => {
                // Assigns only when the short circuit does not apply.
                self.load_place(&place);
                let jump = match a.op {
                    AssignOp::AndAssign => Op::JumpIfFalseKeep,
                    AssignOp::OrAssign => Op::JumpIfTrueKeep,
                    _ => Op::JumpIfDefinedKeep,
                };
                let skip = self.f().jump(jump);
                // (`handler ??= () => ...` names the function, as `=` does.)
                match target {
                    SimpleAssignTarget::Ident(id) => self.expr_named(&a.right, &id.id.sym, true),
                    _ => self.expr(&a.right),
                }
                self.store_place(&place);
                if matches!(place, Place::Member) {
                    let end = self.f().jump(Op::Jump);
                    self.f().patch_here(skip);
                    // Drop the unused `obj key` under the kept value.
                    let s = self.scratch();
                    self.f().op_u8(Op::StoreLocal, s);
                    self.f().op(Op::Pop);
                    self.f().op(Op::Pop);
                    self.f().op_u8(Op::LoadLocal, s);
                    self.f().patch_here(end);
                } else {
                    self.f().patch_here(skip);
                }
                return;
            }
        };
        self.load_place(&place);
        self.expr(&a.right);
        self.f().op(op);
        self.store_place(&place);
    }

    /// A local slot for intermediate values, one per function.
    fn scratch(&mut self) -> u8 {
        let f = self.f();
        // Made on first use, after every slot used so far (which
        // `new_local` then steps over).
        if f.scratch.is_none() {
            f.scratch = Some(f.locals.min(255) as u8);
            f.locals += 1;
        }
        f.scratch.unwrap_or(0)
    }

    fn update(&mut self, u: &UpdateExpr) {
        let op = if u.op == UpdateOp::PlusPlus {
            Op::Inc
        } else {
            Op::Dec
        };
        let target = match &*u.arg {
            Expr::Ident(id) => SimpleAssignTarget::Ident(id.clone().into()),
            Expr::Member(m) => SimpleAssignTarget::Member(m.clone()),
            Expr::Paren(p) => SimpleAssignTarget::Paren(p.clone()),
            other => {
                return self.error(
                    other.span(),
                    "cannot increment or decrement this expression",
                    None,
                )
            }
        };
        let Some(place) = self.place(&target) else {
            return;
        };
        self.load_place(&place);
        if u.prefix {
            self.f().op(op);
            self.store_place(&place);
        } else {
            // The result is the old value, as a number.
            self.f().op(Op::Pos);
            let s = self.scratch();
            self.f().op(Op::Dup);
            self.f().op_u8(Op::StoreLocal, s);
            self.f().op(op);
            self.store_place(&place);
            self.f().op(Op::Pop);
            self.f().op_u8(Op::LoadLocal, s);
        }
    }

    fn call(&mut self, c: &CallExpr) {
        let callee = match &c.callee {
            Callee::Expr(e) => e,
            Callee::Super(s) => return self.super_call(&c.args, s.span, c.span),
            Callee::Import(i) => {
                return self.unsupported(i.span, "dynamic `import()`", "use `vmImport(id)`")
            }
        };
        // `RegExp(source, flags)` without `new` makes one as `new` does
        // (the prelude's is a class, which only `new` runs).
        if let Expr::Ident(id) = unparenthesized(callee) {
            let global = self
                .resolve(&id.sym)
                .is_some_and(|b| matches!(b.storage, super::Storage::Global(_)));
            if &*id.sym == "RegExp" && global {
                let made = NewExpr {
                    span: c.span,
                    callee: callee.clone(),
                    args: Some(c.args.clone()),
                    ..Default::default()
                };
                return self.expr(&Expr::New(made));
            }
        }
        if let Expr::Member(m) = unparenthesized(callee) {
            if self.refuse_arguments_callee(m) {
                return;
            }
            if let Some(made) = self.error_called_on(m, c) {
                return self.expr(&made);
            }
        }
        // `text.match('OK')`: a string pattern is a regular expression,
        // so a literal one brings the prelude's `RegExp` (which the
        // program's own objects' `match(path)` does not).
        if let Expr::Member(MemberExpr {
            prop: MemberProp::Ident(name),
            ..
        }) = unparenthesized(callee)
        {
            let text_pattern = c.args.first().is_some_and(|a| {
                a.spread.is_none() && matches!(&*a.expr, Expr::Lit(Lit::Str(_)) | Expr::Tpl(_))
            });
            if text_pattern
                && matches!(&*name.sym, "match" | "matchAll" | "search")
                && self.resolve("RegExp").is_none()
            {
                self.found.needs_regexp = true;
            }
        }
        // The library's classes called without `new`: `Date()` is the
        // time's text, as in JavaScript; the others throw there, so the
        // build says so (in a `try`, the TypeError is thrown).
        if let Expr::Ident(id) = unparenthesized(callee) {
            let name = &*id.sym;
            let class = matches!(
                name,
                "Date"
                    | "Map"
                    | "Set"
                    | "WeakMap"
                    | "WeakSet"
                    | "Promise"
                    | "Uint8Array"
                    | "TextEncoder"
                    | "TextDecoder"
            );
            if class && !self.in_prelude() && self.library_global(name) {
                if name == "Date" {
                    let now = Expr::New(NewExpr {
                        span: c.span,
                        callee: Box::new(Expr::Ident(id.clone())),
                        args: Some(Vec::new()),
                        ..Default::default()
                    });
                    return self.expr(&Expr::Call(CallExpr {
                        span: c.span,
                        callee: Callee::Expr(Box::new(Expr::Member(MemberExpr {
                            span: c.span,
                            obj: Box::new(now),
                            prop: MemberProp::Ident(IdentName::new("toString".into(), c.span)),
                        }))),
                        ..Default::default()
                    }));
                }
                let message = format!("Constructor {name} requires 'new'");
                if !self.throw_in_try("TypeError", &message) {
                    self.error(
                        c.span,
                        format!("`{name}` cannot be called without `new`"),
                        Some(&format!("write `new {name}(...)`")),
                    );
                }
                return;
            }
        }
        // `print(x)` writes `String(x)`: the text is made here, where an
        // object's own `toString` (a Date's, a class's) can run, as the
        // host's printer cannot run the script.
        if let Expr::Ident(id) = unparenthesized(callee) {
            let one_plain_arg = c.args.len() == 1 && c.args.iter().all(|a| a.spread.is_none());
            if &*id.sym == "print" && one_plain_arg && self.resolve("print").is_none() {
                self.f().push_value(Value::UNDEFINED);
                self.identifier(id);
                let arg = &c.args[0].expr;
                // (Text already, as a literal, a template or a `+` with
                // one, needs no copy; a symbol's text is `String`'s.)
                let text = |e: &Expr| matches!(e, Expr::Lit(Lit::Str(_)) | Expr::Tpl(_));
                let is_text = match unparenthesized(arg) {
                    Expr::Bin(b) if b.op == BinaryOp::Add => text(&b.left) || text(&b.right),
                    e => text(e),
                };
                if self.makes_symbols && !is_text {
                    self.f().push_value(Value::UNDEFINED);
                    self.global_function("$mvmString", c.span);
                    self.expr(arg);
                    self.f().op_u8(Op::Call, 1);
                } else {
                    self.expr(arg);
                    if !is_text {
                        self.f().op_u8(Op::Concat, 1);
                    }
                }
                self.mark(c.span);
                self.f().op_u8(Op::Call, 1);
                return;
            }
        }
        // `this callee args...`: a method call passes its object as `this`
        // (in parentheses too: `(o.m)()`).
        match unparenthesized(callee) {
            // `super.m(...)`: the parent's method, on this object.
            Expr::SuperProp(sp) => self.super_method(sp),
            Expr::Member(m) if self.builtin_namespace(m).is_none() => {
                self.expr(&m.obj);
                // (A module namespace's function, live: read from the
                // exporting module's slot, as `ns.name` is.)
                if !self.namespace_member(m) {
                    self.f().op(Op::Dup);
                    self.member_key(&m.prop);
                    self.f().op(Op::GetProp);
                }
            }
            // `(o?.m)()`: `this` is `o` too; when the chain meets null or
            // undefined, the callee is `undefined` (and calling it throws).
            Expr::OptChain(inner) if matches!(&*inner.base, OptChainBase::Member(_)) => {
                if let OptChainBase::Member(m) = &*inner.base {
                    let mut to_end = Vec::new();
                    self.chained_method(m, inner.optional, &mut to_end);
                    if !to_end.is_empty() {
                        let done = self.f().jump(Op::Jump);
                        for patch in to_end {
                            self.f().patch_here(patch);
                        }
                        self.f().push_value(Value::UNDEFINED);
                        self.f().patch_here(done);
                    }
                }
            }
            // `$mvmCallThis(f, thisValue, ...args)`, the prelude's: `f`
            // called with `thisValue` as its `this` (what `thisArg` asks
            // of `forEach` and the like), as a method call is, with no
            // `Function.prototype.call` to link.
            Expr::Ident(id)
                if &*id.sym == "$mvmCallThis"
                    && self.resolve(&id.sym).is_none()
                    && c.args.len() >= 2
                    && c.args.iter().all(|a| a.spread.is_none()) =>
            {
                self.expr(&c.args[1].expr);
                self.expr(&c.args[0].expr);
                return self.call_with(&c.args[2..], c.span, None);
            }
            // `$mvmDefineOwn(obj, key, value)`, the prelude's: defines an
            // own property as an object literal does (an accessor a
            // prototype has is not called), and is `obj`.
            Expr::Ident(id)
                if &*id.sym == "$mvmDefineOwn"
                    && self.resolve(&id.sym).is_none()
                    && c.args.len() == 3
                    && c.args.iter().all(|a| a.spread.is_none()) =>
            {
                for arg in &c.args {
                    self.expr(&arg.expr);
                }
                return self.f().op(Op::InitProp);
            }
            other => {
                self.f().push_value(Value::UNDEFINED);
                self.calling = matches!(other, Expr::Ident(_));
                self.calling_member = matches!(other, Expr::Member(_));
                self.expr(other);
                self.calling = false;
                self.calling_member = false;
            }
        }
        if let Some(texts) = self.console_text_arguments(callee, &c.args) {
            // Each `%s` argument goes through the prelude's $mvmFormatText,
            // each `%d` through $mvmFormatNumber (an object's own toString
            // or valueOf runs here, where the host's printer cannot run
            // the script).
            for (i, arg) in c.args.iter().enumerate() {
                if let Some(&(_, helper)) = texts.iter().find(|(at, _)| *at == i) {
                    self.f().push_value(Value::UNDEFINED);
                    self.global_function(helper, arg.expr.span());
                    self.expr(&arg.expr);
                    self.f().op_u8(Op::Call, 1);
                } else {
                    self.expr(&arg.expr);
                }
            }
            self.mark(c.span);
            self.f().op_u8(Op::Call, c.args.len() as u8);
            return;
        }
        self.call_with(&c.args, c.span, Some(callee));
    }

    /// For `console.log('%s ...', x)` (or info, debug, error, warn) with a
    /// literal format: the indexes of the arguments its `%s` and `%d`
    /// take, each with the prelude's function that converts it.
    fn console_text_arguments(
        &mut self,
        callee: &Expr,
        args: &[ExprOrSpread],
    ) -> Option<Vec<(usize, &'static str)>> {
        let Expr::Member(m) = unparenthesized(callee) else {
            return None;
        };
        let (ns, name) = self.builtin_namespace(m)?;
        let logs = matches!(name.as_str(), "log" | "info" | "debug" | "error" | "warn");
        let Some(Expr::Lit(Lit::Str(format))) = args.first().map(|a| &*a.expr) else {
            return None;
        };
        if ns != "console" || !logs || args.len() > 255 || args.iter().any(|a| a.spread.is_some()) {
            return None;
        }
        let format = format.value.to_string_lossy();
        let mut texts = Vec::new();
        let mut next = 1;
        let mut chars = format.chars();
        while let Some(c) = chars.next() {
            if c != '%' {
                continue;
            }
            match chars.next() {
                Some('s') => {
                    texts.push((next, "$mvmFormatText"));
                    next += 1;
                }
                Some('d') => {
                    texts.push((next, "$mvmFormatNumber"));
                    next += 1;
                }
                Some('i' | 'f' | 'j' | 'o' | 'O' | 'c') => next += 1,
                _ => {}
            }
        }
        texts.retain(|&(i, _)| i < args.len());
        (!texts.is_empty()).then_some(texts)
    }

    /// `Error.call(this, message)` or `Error.apply(this, arguments)` (an
    /// ES5 custom error's constructor): an error class called as a
    /// function ignores `this` and makes a new error, so it compiles as
    /// `(this, new Error(message))`. (The prelude's `Error` cannot tell
    /// such a call from a derived class's `super(message)`, which gives it
    /// `this` to fill.)
    fn error_called_on(&mut self, m: &MemberExpr, c: &CallExpr) -> Option<Expr> {
        let (Expr::Ident(class), MemberProp::Ident(method)) = (unparenthesized(&m.obj), &m.prop)
        else {
            return None;
        };
        let error_class = matches!(
            &*class.sym,
            "Error" | "TypeError" | "RangeError" | "SyntaxError" | "ReferenceError" | "URIError"
        );
        let global = self
            .resolve(&class.sym)
            .is_some_and(|b| matches!(b.storage, super::Storage::Global(_)));
        if !error_class || !global || self.in_prelude() {
            return None;
        }
        let (this_arg, rest) = c.args.split_first()?;
        if this_arg.spread.is_some() {
            return None;
        }
        let args = match &*method.sym {
            "call" => rest.to_vec(),
            "apply" => match rest {
                [] => Vec::new(),
                [list] if list.spread.is_none() => {
                    self.found.needs_construct = true;
                    vec![ExprOrSpread {
                        spread: Some(c.span),
                        expr: list.expr.clone(),
                    }]
                }
                _ => return None,
            },
            _ => return None,
        };
        let made = Expr::New(NewExpr {
            span: c.span,
            callee: m.obj.clone(),
            args: Some(args),
            ..Default::default()
        });
        Some(Expr::Seq(SeqExpr {
            span: c.span,
            exprs: vec![this_arg.expr.clone(), Box::new(made)],
        }))
    }

    /// `super(...)`: the parent class's constructor, run on the object
    /// being made; an object it returns takes that object's place (a
    /// pool's, a cache's), and the call's value is the one that stays.
    fn super_call(&mut self, args: &[ExprOrSpread], span: Span, call_span: Span) {
        self.this_value(span);
        self.this_value(span);
        self.load_super(span);
        self.call_with(args, call_span, None);
        self.f().op(Op::AdoptThis);
        // (A `this` closures share lives in the scope object too.)
        if !self.this_is_own() {
            if let Some(b) = self.resolve(super::THIS) {
                self.f().op(Op::Dup);
                self.store_binding(&b, span);
            }
        }
    }

    fn this_value(&mut self, span: Span) {
        self.identifier(&Ident::new_no_ctxt(super::THIS.into(), span));
    }

    /// The class a derived class extends.
    fn load_super(&mut self, span: Span) {
        match self.resolve(super::SUPER) {
            Some(b) => self.load_binding(&b, span),
            // (JavaScript has it in an object literal's methods too, as
            // the literal's prototype.)
            None => self.unsupported(
                span,
                "`super` in an object literal's method",
                "call the other method by name (`proto.hi.call(this)`), or make the object a class",
            ),
        }
    }

    /// Where `super.x` looks `x` up: the parent's prototype, or in a
    /// static method the parent class itself.
    fn super_home(&mut self, span: Span) {
        self.load_super(span);
        if !self.super_static {
            self.f().push_value(Value::STR_PROTOTYPE);
            self.f().op(Op::GetProp);
        }
    }

    /// `this callee` for `super.m(...)` (or `super.m?.(...)`): the
    /// parent's method, called on this object.
    fn super_method(&mut self, sp: &SuperPropExpr) {
        self.this_value(sp.span);
        self.this_value(sp.span);
        self.super_home(sp.span);
        self.super_key(&sp.prop);
        self.f().op(Op::GetSuperProp);
    }

    fn super_key(&mut self, prop: &SuperProp) {
        match prop {
            SuperProp::Ident(name) => self.string(&name.sym, name.span),
            SuperProp::Computed(c) => self.expr(&c.expr),
        }
    }

    fn fn_expr(&mut self, f: &FnExpr) {
        let shape = match &self.shape_at {
            Some((span, _)) if *span == f.function.span => self.shape_at.take().map(|(_, n)| n),
            _ => None,
        };
        match &f.ident {
            // The name is bound inside the function to the function itself.
            Some(name) => {
                self.enter_scope(&[(name.sym.to_string(), false)], false, 0);
                self.name_next(&name.sym);
                self.own_name_next = Some(name.sym.to_string());
                let id = self.function_of(&f.function);
                self.push_function(id, f.function.span);
                if let Some(shape) = shape {
                    self.function_as_class(&shape, false);
                }
                self.f().op(Op::Dup);
                if let Some(b) = self.resolve(&name.sym) {
                    self.store_binding(&b, name.span);
                }
                self.exit_scope(true);
            }
            None => {
                let id = self.function_of(&f.function);
                self.push_function(id, f.function.span);
                if let Some(shape) = shape {
                    self.function_as_class(&shape, false);
                }
            }
        }
    }

    /// Before the value an assignment (a declaration, an object literal)
    /// gives to `key` is compiled, where the program uses `key` with `new`
    /// or names its `prototype`: the function expression it is, or that
    /// one operand of its `||`, `??` or `?:` is, takes a class's shape,
    /// named `name`, as a declaration of the name gets
    /// (`lib.Timer = function () {}`, then `lib.Timer.prototype.x = ...`).
    pub(super) fn shape_if_constructed(&mut self, value: &Expr, key: Option<&str>, name: &str) {
        if !key.is_some_and(|k| self.is_constructed(k)) {
            return;
        }
        let mut e = unparenthesized(value);
        loop {
            e = match e {
                Expr::Bin(b)
                    if matches!(b.op, BinaryOp::LogicalOr | BinaryOp::NullishCoalescing) =>
                {
                    unparenthesized(&b.right)
                }
                Expr::Cond(c) if matches!(unparenthesized(&c.cons), Expr::Fn(_)) => {
                    unparenthesized(&c.cons)
                }
                Expr::Cond(c) => unparenthesized(&c.alt),
                // (Named by its own name where it has one.)
                Expr::Fn(f) => {
                    let name = f.ident.as_ref().map_or(name, |id| &*id.sym);
                    self.shape_at = Some((f.function.span, name.to_string()));
                    return;
                }
                _ => return,
            }
        }
    }

    fn object(&mut self, o: &ObjectLit) {
        if constant_props(&o.props).is_some_and(|leaves| leaves > TABLE_PART_MIN) {
            return self.constant_object_in_parts(o);
        }
        // (An empty literal whose properties the next statements assign
        // has their slots: see `note_object_room`.)
        let room = match self.object_room.take() {
            Some((span, room)) if span == o.span && o.props.is_empty() => room,
            _ => o.props.len().min(255) as u8,
        };
        self.f().op_u8(Op::NewObject, room);
        // Properties named by distinct literal keys, before any computed
        // one, go straight into their slots (`InitSlot`, the first 255);
        // the others are written as assignments are, which finds a key
        // already there.
        let mut static_names: Vec<String> = Vec::new();
        let mut computed_seen = false;
        for (index, prop_or_spread) in o.props.iter().enumerate() {
            let prop = match prop_or_spread {
                PropOrSpread::Prop(p) => p,
                // `...source`: its own enumerable properties, copied by a
                // prelude helper called on the object (later keys are then
                // written as assignments, which find the copies).
                PropOrSpread::Spread(s) => {
                    self.f().op(Op::Dup);
                    self.global_function("$mvmSpreadInto", s.dot3_token);
                    self.expr(&s.expr);
                    self.mark(s.dot3_token);
                    self.f().op_u8(Op::Call, 1);
                    self.f().op(Op::Pop);
                    computed_seen = true;
                    continue;
                }
            };
            match &**prop {
                Prop::KeyValue(kv) => {
                    self.prop_name(&kv.key);
                    match self.key_function_name(&kv.key) {
                        Some(name) => {
                            // (`{ Queue: function () {} }`, then `new lib.Queue()`.)
                            self.shape_if_constructed(&kv.value, Some(&name), &name);
                            self.expr_named(&kv.value, &name, false);
                        }
                        None => self.expr(&kv.value),
                    }
                }
                Prop::Shorthand(id) => {
                    self.string(&id.sym, id.span);
                    self.identifier(id);
                }
                Prop::Method(m) => {
                    self.prop_name(&m.key);
                    self.name_next_key(&m.key);
                    self.method_next = true;
                    let id = self.function_of(&m.function);
                    self.push_function(id, m.function.span);
                }
                // A getter and a setter of one name make one property.
                Prop::Getter(_) | Prop::Setter(_) => {
                    let parts: Vec<AccessorPart<'_>> =
                        o.props.iter().filter_map(literal_accessor).collect();
                    let Some(this) = literal_accessor(prop_or_spread) else {
                        continue;
                    };
                    // (Each name once: at its first part, with its others.)
                    let name = self.pairing_name(this.key);
                    let names = self.pairing_names(&parts);
                    let first = parts
                        .iter()
                        .zip(&names)
                        .find(|(_, n)| name.is_some() && **n == name);
                    if name.is_none() {
                        self.accessor_props(&[this]);
                    } else if first.is_some_and(|(f, _)| std::ptr::eq(f.key, this.key)) {
                        let group: Vec<AccessorPart<'_>> = parts
                            .into_iter()
                            .zip(names)
                            .filter(|(_, n)| *n == name)
                            .map(|(p, _)| p)
                            .collect();
                        self.accessor_props(&group);
                    }
                    computed_seen = true;
                    continue;
                }
                Prop::Assign(a) => {
                    self.error(a.span, "`=` in an object literal", Some("use `:`"));
                    continue;
                }
            }
            let name = match &**prop {
                Prop::KeyValue(KeyValueProp { key, .. }) | Prop::Method(MethodProp { key, .. }) => {
                    static_key_name(key)
                }
                Prop::Shorthand(id) => Some(id.sym.to_string()),
                _ => None,
            };
            match name {
                Some(name)
                    if !computed_seen
                        && index < 255
                        && name != "__proto__"
                        && !static_names.contains(&name) =>
                {
                    static_names.push(name);
                    self.f().op_u8(Op::InitSlot, index as u8);
                }
                _ => {
                    computed_seen = true;
                    self.f().op(Op::InitProp);
                }
            }
        }
        // `{ __proto__: null, ... }`, a dictionary: marked as
        // `Object.create(null)` marks its objects (a plain object's empty
        // prototype slot stands for `Object.prototype`).
        let null_prototype = o.props.iter().any(|p| match p {
            PropOrSpread::Prop(p) => match &**p {
                Prop::KeyValue(kv) => {
                    !matches!(kv.key, PropName::Computed(_))
                        && static_key_name(&kv.key).as_deref() == Some("__proto__")
                        && matches!(unparenthesized(&kv.value), Expr::Lit(Lit::Null(_)))
                }
                _ => false,
            },
            PropOrSpread::Spread(_) => false,
        });
        if null_prototype {
            self.string(&format!("{HIDDEN_KEY}null"), o.span);
            self.f().push_value(Value::TRUE);
            self.f().op(Op::InitProp);
        }
    }

    /// With the value `for..of` or a spread walks on the stack: in a
    /// program with `Map` or `Set`, a value with a `$mvmItems` method (one
    /// of theirs) is replaced by the array that method returns.
    pub(super) fn iterable_items(&mut self) {
        self.iterable_items_up_to(None)
    }

    /// As [`Codegen::iterable_items`]; an iterator gives at most `limit`
    /// items, and is then closed (an array pattern without a rest).
    pub(super) fn iterable_items_up_to(&mut self, limit: Option<usize>) {
        if self.iterates_protocol {
            self.global_function("$mvmItemsOf", swc_common::DUMMY_SP);
            match limit {
                Some(n) => {
                    let n = Value::int(n.min(8191) as i32).unwrap_or(Value::UNDEFINED);
                    self.f().push_value(n);
                    self.f().op_u8(Op::Call, 1);
                }
                None => self.f().op_u8(Op::Call, 0),
            }
            return;
        }
        if !self.iterates_collections {
            return;
        }
        self.f().op(Op::Dup);
        self.string("$mvmItems", swc_common::DUMMY_SP);
        self.f().op(Op::GetProp);
        // `value method`: no method, and the value stays; else `value`
        // is the method's `this`.
        let has_method = self.f().jump(Op::JumpIfDefinedKeep);
        let done = self.f().jump(Op::Jump);
        self.f().patch_here(has_method);
        self.f().op_u8(Op::Call, 0);
        self.f().patch_here(done);
    }

    /// `await` of the value on the stack: in an async function, its
    /// promise's slot `slot`; in an async generator (whose state is
    /// `slot`), a yield of the value marked for the driver to await,
    /// which resumes the generator with what it settles to.
    pub(super) fn await_value(&mut self, slot: u8) {
        if !self.fns.last().is_some_and(|f| f.async_generator) {
            return self.f().op_u8(Op::Await, slot);
        }
        self.f().push_value(Value::UNDEFINED);
        self.f().op(Op::Swap);
        self.global_function("$mvmAwaitMark", swc_common::DUMMY_SP);
        self.f().op(Op::Swap);
        self.f().op_u8(Op::Call, 1);
        self.yield_value(slot);
    }

    /// Yields the value on top of the stack from the generator whose state
    /// is local `slot`: `Yield` keeps the frame, `Return` hands the value
    /// over, and the generator resumes after it with what `next()` sends.
    pub(super) fn yield_value(&mut self, slot: u8) {
        self.f().op_u8(Op::Yield, slot);
        self.f().op(Op::Return);
        // (Where it resumes: nothing fuses across it.)
        self.f().here();
    }

    /// `yield* items`: yields what the iterator over `items` gives, and is
    /// the value it returns. What the outer generator is sent passes on
    /// to the inner iterator: `next(v)`'s value, and a `throw(e)` or
    /// `return(v)` (its state array, thrown in), caught around the yield
    /// (`$mvmDelegateStep` takes each `mode`: 0 next, 1 throw, 2 return).
    fn yield_all(&mut self, y: &YieldExpr, slot: u8) {
        let (iterator, sent, mode, item) = (
            self.new_local(),
            self.new_local(),
            self.new_local(),
            self.new_local(),
        );
        match &y.arg {
            Some(arg) => self.expr(arg),
            None => self.f().push_value(Value::UNDEFINED),
        }
        self.global_function("$mvmDelegate", y.span);
        self.mark(y.span);
        self.f().op_u8(Op::Call, 0);
        self.f().op_u8(Op::StoreLocal, iterator);
        self.f().push_value(Value::UNDEFINED);
        self.f().op_u8(Op::StoreLocal, sent);
        let set_mode = |this: &mut Self, m: i8| {
            this.f().op_u8(Op::PushInt8, m as u8);
            this.f().op_u8(Op::StoreLocal, mode);
        };
        set_mode(self, 0);
        let top = self.f().here();
        self.f().push_value(Value::UNDEFINED);
        self.global_function("$mvmDelegateStep", y.span);
        self.f().op_u8(Op::LoadLocal, iterator);
        self.f().op_u8(Op::LoadLocal, sent);
        self.f().op_u8(Op::LoadLocal, mode);
        self.mark(y.span);
        self.f().op_u8(Op::Call, 3);
        self.f().op(Op::Dup);
        self.string("done", y.span);
        self.f().op(Op::GetProp);
        let done = self.f().jump(Op::JumpIfTrue);
        self.string("value", y.span);
        self.f().op(Op::GetProp);
        self.f().op_u8(Op::StoreLocal, item);
        // (No temporaries on the stack: a throw lands at the same height
        // whether it comes in through the yield or not.)
        let to_catch = self.f().jump(Op::TryPush);
        self.f().op_u8(Op::LoadLocal, item);
        self.yield_value(slot);
        self.f().op(Op::TryPop);
        self.f().op_u8(Op::StoreLocal, sent);
        set_mode(self, 0);
        self.f().jump_to(Op::Jump, top);
        self.f().patch_here(to_catch);
        self.f().op_u8(Op::StoreLocal, sent);
        self.f().op_u8(Op::LoadLocal, sent);
        self.f().op_u8(Op::LoadLocal, slot);
        let thrown = self.f().jump(Op::JumpUnlessStrictEq);
        set_mode(self, 2);
        self.f().jump_to(Op::Jump, top);
        self.f().patch_here(thrown);
        set_mode(self, 1);
        self.f().jump_to(Op::Jump, top);
        self.f().patch_here(done);
        self.string("value", y.span);
        self.f().op(Op::GetProp);
    }

    /// Pushes the prelude global `name` (one the compiler names itself).
    pub(super) fn global_function(&mut self, name: &str, span: Span) {
        self.identifier(&Ident::new_no_ctxt(name.into(), span));
    }

    pub(super) fn prop_name(&mut self, key: &PropName) {
        match key {
            PropName::Ident(id) => self.string(&id.sym, id.span),
            PropName::Str(s) => self.string_bytes(s.value.as_wtf8().as_bytes(), s.span),
            PropName::Num(n) => self.number(n.value, n.span),
            PropName::Computed(c) => self.expr(&c.expr),
            PropName::BigInt(b) => self.unsupported(b.span, "BigInt keys", "use a string key"),
        }
    }

    /// Pushes the value the code `make` emits pushes, made the first time
    /// this code runs and kept in the global `name` for the times after
    /// (one object where the program reads one).
    fn made_once(&mut self, name: &str, make: impl FnOnce(&mut Self)) {
        let kept = self.global_slot(name);
        self.f().op_u16(Op::LoadGlobal, kept);
        let made = self.f().jump(Op::JumpIfDefinedKeep);
        make(self);
        self.f().op(Op::Dup);
        self.f().op_u16(Op::StoreGlobal, kept);
        self.f().patch_here(made);
    }

    /// `tag\`a${x}b\``: `tag(strings, x)`, a method's object as `this`.
    /// `strings` is the call site's own array of its texts, made once
    /// (by the prelude's `$mvmTemplateObject`, which keeps its raw texts
    /// for `strings.raw`) and kept in a global of the site's.
    fn tagged_template(&mut self, t: &TaggedTpl) {
        if self.resolve("$mvmTemplateObject").is_none() {
            self.found.needs_templates = true;
            return self.f().push_value(Value::UNDEFINED);
        }
        match unparenthesized(&t.tag) {
            Expr::Member(m) if !matches!(&*m.obj, Expr::Ident(id) if self.resolve(&id.sym).is_none()) =>
            {
                self.expr(&m.obj);
                self.f().op(Op::Dup);
                self.member_key(&m.prop);
                self.f().op(Op::GetProp);
            }
            tag => {
                self.f().push_value(Value::UNDEFINED);
                self.expr(tag);
            }
        }
        // (Keyed by the template's own place: in f`a``b` both tagged
        // templates start at `f`.)
        let site = format!("$mvmTemplate@{}", t.tpl.span.lo.0);
        self.made_once(&site, |cg| {
            cg.f().push_value(Value::UNDEFINED);
            cg.global_function("$mvmTemplateObject", t.span);
            let quasis = &t.tpl.quasis;
            for q in quasis {
                match &q.cooked {
                    Some(c) => cg.string_bytes(c.as_wtf8().as_bytes(), q.span),
                    // (An escape a template cannot cook, `\u{zz}`: undefined.)
                    None => cg.f().push_value(Value::UNDEFINED),
                }
            }
            cg.f().op_u8(Op::NewArray, quasis.len().min(255) as u8);
            for q in quasis {
                // (A line break is `\n` in the raw text too, whatever the
                // file has: CR LF and CR read as LF.)
                cg.string(&q.raw.replace("\r\n", "\n").replace('\r', "\n"), q.span);
            }
            cg.f().op_u8(Op::NewArray, quasis.len().min(255) as u8);
            cg.f().op_u8(Op::Call, 2);
        });
        for e in &t.tpl.exprs {
            self.expr(e);
        }
        self.mark(t.span);
        self.f()
            .op_u8(Op::Call, (1 + t.tpl.exprs.len()).min(255) as u8);
        self.note_callee(Some(&t.tag), "function");
    }

    /// Whether the code being compiled is the prelude's.
    /// Whether `name` here is the library's global (the prelude's), not a
    /// binding of the program's own.
    pub(super) fn library_global(&mut self, name: &str) -> bool {
        use swc_ecma_ast::{ImportSpecifier, ModuleDecl, ModuleItem};
        // (A script's top-level declarations are shared globals, as the
        // library's are: the program's own are found by their names.)
        let declared = self.program.modules.iter().any(|m| {
            m.file.name != crate::modules::PRELUDE_NAME
                && m.module.body.iter().any(|item| {
                    let decl = match item {
                        ModuleItem::Stmt(Stmt::Decl(d)) => d,
                        ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(e)) => &e.decl,
                        ModuleItem::ModuleDecl(ModuleDecl::Import(i)) => {
                            return i.specifiers.iter().any(|s| match s {
                                ImportSpecifier::Named(n) => &*n.local.sym == name,
                                ImportSpecifier::Default(d) => &*d.local.sym == name,
                                ImportSpecifier::Namespace(n) => &*n.local.sym == name,
                            })
                        }
                        _ => return false,
                    };
                    crate::modules::declared_names(decl)
                        .iter()
                        .any(|n| n == name)
                })
        });
        !declared
            && matches!(
                self.resolve(name).map(|b| b.storage),
                None | Some(super::Storage::Global(_))
            )
    }

    pub(super) fn in_prelude(&self) -> bool {
        self.src.name == crate::modules::PRELUDE_NAME
    }

    fn array(&mut self, a: &ArrayLit) {
        self.array_of(&a.elems, a.span, false);
    }

    /// Checks that the value on top is something `for..of`, a spread or
    /// an array pattern can walk (`IterableCheck` leaves it, or throws the
    /// TypeError), keeping for the source map the message V8 gives, which
    /// names what was walked and then says `detail` (`readings is not
    /// iterable`). (The prelude's names are not the program's: its checks,
    /// `new Map(5)`'s, say what the value is, as V8 does there.)
    pub(super) fn check_iterable(&mut self, walked: Option<String>, detail: &str) {
        self.f().push_value(Builtin::IterableCheck.value());
        self.f().op_u8(Op::Call, 0);
        if let Some(text) = walked.filter(|_| !self.in_prelude()) {
            let at = self.f().code.len() as u16;
            self.f().callees.push((at, format!("{text} {detail}")));
        }
    }

    /// A new array of `elems`: the elements before the first spread (up to
    /// 255) at once, the rest appended (`...items` extends). A long
    /// literal of constants (a data table) is built in parts, see
    /// [`Codegen::constant_array_in_parts`].
    /// `in_call`: the arguments of a call with a spread, whose message for
    /// a spread that is not iterable says more.
    fn array_of(&mut self, elems: &[Option<ExprOrSpread>], span: Span, in_call: bool) {
        if constant_elements(elems).is_some_and(|leaves| leaves > TABLE_PART_MIN) {
            return self.constant_array_in_parts(elems, span);
        }
        let leading = elems
            .iter()
            .take_while(|e| e.as_ref().is_none_or(|e| e.spread.is_none()))
            .count()
            .min(255);
        for elem in &elems[..leading] {
            match elem {
                Some(e) => self.expr(&e.expr),
                None => self.f().op_u16(Op::PushValue, Value::HOLE.0),
            }
        }
        self.f().op_u8(Op::NewArray, leading as u8);
        for elem in &elems[leading..] {
            match elem {
                Some(e) if e.spread.is_some() => {
                    self.expr(&e.expr);
                    // (A spread of `undefined`, the common slip, as V8
                    // words it in a call.)
                    // (The prelude's spreads are of its own arrays.)
                    let detail = if in_call {
                        "is not iterable (cannot read property undefined)"
                    } else {
                        "is not iterable"
                    };
                    if !self.in_prelude() {
                        self.check_iterable(Some(walked_text(&e.expr)), detail);
                    }
                    self.iterable_items();
                    self.f().op(Op::Extend);
                }
                Some(e) => {
                    self.expr(&e.expr);
                    self.f().op(Op::Append);
                }
                None => {
                    self.f().op_u16(Op::PushValue, Value::HOLE.0);
                    self.f().op(Op::Append);
                }
            }
        }
        let _ = span;
    }
}

/// Constants (counted to the leaves of nested literals) from which an
/// array literal of them is built in parts.
const TABLE_PART_MIN: usize = 128;

impl Codegen<'_> {
    /// A long array literal of constants (a lookup table, calibration
    /// data): each part of it is made by a function of its own, which the
    /// array is extended with. A function's code and constant pool are
    /// bounded (32 KiB, 255 constants), a table is not; and a table built at
    /// the top level leaves its parts' functions unreachable, so the
    /// snapshot keeps only the array. (The elements refer to no variable,
    /// so the parts capture nothing.)
    fn constant_array_in_parts(&mut self, elems: &[Option<ExprOrSpread>], span: Span) {
        self.f().op_u8(Op::NewArray, 0);
        let mut rest = elems;
        while !rest.is_empty() {
            let part = self.begin_function();
            let mut count = 0;
            for elem in rest.iter().take(255) {
                if let Some(e) = elem {
                    self.expr(&e.expr);
                }
                count += 1;
                // Room left for the largest element yet: a part stays well
                // inside a function's bounds.
                if self.part_is_full() {
                    break;
                }
            }
            self.f().op_u8(Op::NewArray, count as u8);
            self.f().op(Op::Return);
            self.end_function(span);
            self.call_part(part, span);
            self.f().op(Op::Extend);
            rest = &rest[count..];
        }
    }
}

impl Codegen<'_> {
    /// A large object literal of constants (a table keyed by name), as
    /// [`Codegen::constant_array_in_parts`]: each part of its properties is
    /// defined by a function of its own, called on the object as `this`.
    fn constant_object_in_parts(&mut self, o: &ObjectLit) {
        self.f().op_u8(Op::NewObject, 0);
        let mut rest = o.props.as_slice();
        while !rest.is_empty() {
            let part = self.begin_function();
            self.f().op(Op::LoadThis);
            let mut count = 0;
            for prop in rest {
                if let PropOrSpread::Prop(p) = prop {
                    if let Prop::KeyValue(kv) = &**p {
                        self.prop_name(&kv.key);
                        self.expr(&kv.value);
                        self.f().op(Op::InitProp);
                    }
                }
                count += 1;
                if self.part_is_full() {
                    break;
                }
            }
            self.f().op(Op::Pop);
            self.f().push_value(Value::UNDEFINED);
            self.f().op(Op::Return);
            self.end_function(o.span);
            self.f().op(Op::Dup);
            self.push_function(part, o.span);
            self.f().op_u8(Op::Call, 0);
            self.f().op(Op::Pop);
            rest = &rest[count..];
        }
    }
}

/// How many constants `e` holds, when it is a constant a table holds: a
/// number, string, boolean or `null` literal, a negated number (one
/// each), or an array or object literal of such (no variables, calls,
/// spreads or holes); `None` otherwise.
fn constant_leaves(e: &Expr) -> Option<usize> {
    match e {
        Expr::Lit(Lit::Num(_) | Lit::Str(_) | Lit::Bool(_) | Lit::Null(_)) => Some(1),
        Expr::Unary(u) if matches!(u.op, UnaryOp::Minus | UnaryOp::Plus) => {
            matches!(&*u.arg, Expr::Lit(Lit::Num(_))).then_some(1)
        }
        Expr::Paren(p) => constant_leaves(&p.expr),
        Expr::Array(a) => constant_elements(&a.elems),
        Expr::Object(o) => constant_props(&o.props),
        _ => None,
    }
}

/// [`constant_leaves`] of an object literal's properties: each a key that
/// is a name, string or number, and a constant value.
fn constant_props(props: &[PropOrSpread]) -> Option<usize> {
    props.iter().try_fold(0, |sum, p| match p {
        PropOrSpread::Prop(p) => match &**p {
            Prop::KeyValue(kv)
                if matches!(
                    kv.key,
                    PropName::Ident(_) | PropName::Str(_) | PropName::Num(_)
                ) =>
            {
                Some(sum + constant_leaves(&kv.value)?)
            }
            _ => None,
        },
        PropOrSpread::Spread(_) => None,
    })
}

/// [`constant_leaves`] of an array literal's elements.
fn constant_elements(elems: &[Option<ExprOrSpread>]) -> Option<usize> {
    elems.iter().try_fold(0, |sum, e| match e {
        Some(e) if e.spread.is_none() => Some(sum + constant_leaves(&e.expr)?),
        _ => None,
    })
}

/// The import behind a global function the compiler provides.
/// The namespaces whose members the compiler itself provides (`JSON.parse`,
/// `console.log`): objects, as `typeof` sees them.
const COMPILER_NAMESPACES: &[&str] = &["console", "Reflect", "JSON", "Microvium", "globalThis"];

pub(super) fn builtin_function(name: &str) -> Option<u16> {
    Some(match name {
        "print" => imports::PRINT,
        "assert" => imports::ASSERT,
        "assertEqual" => imports::ASSERT_EQUAL,
        "getHeapUsed" => imports::GET_HEAP_USED,
        "runGC" => imports::RUN_GC,
        "asyncTestComplete" => imports::ASYNC_TEST_COMPLETE,
        "vmExport" => imports::VM_EXPORT,
        "vmImport" => imports::VM_IMPORT,
        _ => return None,
    })
}

/// The name a literal key spells when it is written as an identifier or a
/// string (a number or a computed key needs evaluating).
pub(super) fn static_key_name(key: &PropName) -> Option<String> {
    match key {
        PropName::Ident(id) => Some(id.sym.to_string()),
        PropName::Str(s) => s.value.as_str().map(str::to_string),
        _ => None,
    }
}

/// What to use instead of a well-known global mvm does not have, for its
/// diagnostic (where "not defined" would read as a typo).
fn unsupported_global(name: &str) -> Option<&'static str> {
    Some(match name {
        "SharedArrayBuffer" | "Int8Array" | "Int16Array" | "Uint16Array" | "Int32Array"
        | "Uint32Array" | "BigInt64Array" | "BigUint64Array" => {
            "use a `Uint8Array`, through a `DataView` (`getInt16`, `setUint32`, either byte order) or by combining its bytes (`b[0] | (b[1] << 8)`)"
        }
        "Uint8ClampedArray" => "use a `Uint8Array`, clamping as you store (`Math.min(255, Math.max(0, v))`)",
        "Float32Array" | "Float64Array" => {
            "read and write floats in a `Uint8Array` through a `DataView` (`getFloat32`, `setFloat64`), or keep the numbers in an array (`[]`)"
        }
        "escape" | "unescape" => {
            "use `TextEncoder` and `TextDecoder` for UTF-8 bytes, or `encodeURIComponent` and `decodeURIComponent`"
        }
        "AbortController" | "AbortSignal" | "EventTarget" | "Event" | "CustomEvent"
        | "MessageChannel" | "BroadcastChannel" => {
            "write a small class of your own (a flag or a list of listeners)"
        }
        "BigInt" => "use numbers (integers are exact up to 2^53)",
        "Proxy" => "use a plain object or a `Map`",
        "Intl" => {
            "format numbers and dates with `toLocaleString()`, `toFixed()` or `padStart()`; compare text with `a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })` (a `Collator`'s `compare`)"
        }
        "performance" => "use `Date.now()`",
        "require" | "module" | "exports" => "use `import` and `export`",
        "process" | "Buffer" | "window" | "document" | "fetch" => {
            "a device has no such host object: reach the host through `vmImport`"
        }
        "eval" | "Function" => "write the code in the script",
        "setImmediate" => "use `setTimeout(f, 0)` or `queueMicrotask(f)`",
        "Atomics" => "a script runs on one thread: use plain variables",
        "crypto" | "localStorage" | "sessionStorage" | "WebSocket" | "XMLHttpRequest"
        | "navigator" | "alert" => {
            "a device has no such host object: reach the host through `vmImport`"
        }
        _ => return None,
    })
}

/// What V8 calls a value it cannot walk, before "is not iterable": as a
/// callee, but an object literal is `{}` or `{(intermediate value)}`, and
/// a call's value is "f is not a function or its return value".
pub(super) fn walked_text(e: &Expr) -> String {
    match unparenthesized(e) {
        Expr::Object(o) if o.props.is_empty() => "{}".into(),
        Expr::Object(_) => "{(intermediate value)}".into(),
        Expr::Call(CallExpr {
            callee: Callee::Expr(callee),
            ..
        }) => format!(
            "{} is not a function or its return value",
            super::callee::callee_text(callee)
        ),
        e => super::callee::callee_text(e),
    }
}

/// `e` without the parentheses around it.
pub(super) fn unparenthesized(mut e: &Expr) -> &Expr {
    while let Expr::Paren(p) = e {
        e = &p.expr;
    }
    e
}

/// `constructor(...args) { super(...args); }`, the constructor a derived
/// class has when it declares none: its parameter and its body.
fn default_derived_constructor(span: Span) -> (Pat, Vec<Stmt>) {
    let args = Ident::new_no_ctxt("args".into(), span);
    let rest = Pat::Rest(RestPat {
        span,
        dot3_token: span,
        arg: Box::new(Pat::Ident(BindingIdent::from(args.clone()))),
        type_ann: None,
    });
    let call = Expr::Call(CallExpr {
        span,
        callee: Callee::Super(Super { span }),
        args: vec![ExprOrSpread {
            spread: Some(span),
            expr: Box::new(Expr::Ident(args)),
        }],
        ..Default::default()
    });
    let body = vec![Stmt::Expr(ExprStmt {
        span,
        expr: Box::new(call),
    })];
    (rest, body)
}

/// How many distinct properties `keys` make: each written name once, each
/// computed key on its own.
fn distinct_keys<'k>(keys: impl Iterator<Item = &'k PropName>) -> usize {
    let mut seen = std::collections::HashSet::new();
    keys.filter(|key| match key {
        PropName::Ident(id) => seen.insert(id.sym.to_string()),
        PropName::Str(s) => seen.insert(s.value.to_string_lossy().into_owned()),
        _ => true,
    })
    .count()
}

/// The `NAME` of `Symbol.NAME`, a symbol's member.
pub(super) fn symbol_member(e: &Expr) -> Option<&str> {
    match e {
        Expr::Member(MemberExpr {
            obj,
            prop: MemberProp::Ident(name),
            ..
        }) if matches!(&**obj, Expr::Ident(s) if &*s.sym == "Symbol") => Some(&name.sym),
        _ => None,
    }
}

/// `Symbol`'s well-known symbols that mvm has (the others, `species`
/// and the like, read `undefined`, as a missing member does).
const WELL_KNOWN_SYMBOLS: &[&str] = &["iterator", "asyncIterator", "toPrimitive", "toStringTag"];

/// The name of the binding that holds `new.target` in a class
/// constructor: not an identifier, so no script's name can meet it.
const NEW_TARGET: &str = "new.target";

/// `const new.target = this.constructor;`, the first statement of a class
/// constructor that reads `new.target`.
fn new_target_binding(span: Span) -> Stmt {
    let constructor = Expr::Member(MemberExpr {
        span,
        obj: Box::new(Expr::This(ThisExpr { span })),
        prop: MemberProp::Ident(IdentName::new("constructor".into(), span)),
    });
    new_target_declaration(constructor, span)
}

/// In a plain function named `name` whose body reads `new.target`: the
/// binding it reads, `this instanceof name ? this.constructor :
/// undefined`, as Babel writes it (`if (!new.target) return new
/// Point(x)`, the ES5 guard).
pub(super) fn plain_new_target_binding(name: &str, span: Span) -> Stmt {
    let this = || Box::new(Expr::This(ThisExpr { span }));
    let test = Expr::Bin(BinExpr {
        span,
        op: BinaryOp::InstanceOf,
        left: this(),
        right: Box::new(Expr::Ident(Ident::new_no_ctxt(name.into(), span))),
    });
    let value = Expr::Cond(CondExpr {
        span,
        test: Box::new(test),
        cons: Box::new(Expr::Member(MemberExpr {
            span,
            obj: this(),
            prop: MemberProp::Ident(IdentName::new("constructor".into(), span)),
        })),
        alt: Box::new(Expr::Ident(Ident::new_no_ctxt("undefined".into(), span))),
    });
    new_target_declaration(value, span)
}

/// `const <new.target's binding> = value;`
fn new_target_declaration(constructor: Expr, span: Span) -> Stmt {
    Stmt::Decl(Decl::Var(Box::new(VarDecl {
        span,
        kind: VarDeclKind::Const,
        decls: vec![VarDeclarator {
            span,
            name: Pat::Ident(BindingIdent::from(Ident::new_no_ctxt(
                NEW_TARGET.into(),
                span,
            ))),
            init: Some(Box::new(constructor)),
            definite: false,
        }],
        ..Default::default()
    })))
}

/// Whether `stmt` is `super(...);`.
fn is_super_call(stmt: &Stmt) -> bool {
    matches!(stmt, Stmt::Expr(ExprStmt { expr, .. })
        if matches!(&**expr, Expr::Call(CallExpr { callee: Callee::Super(_), .. })))
}

/// A getter or a setter, of a class or an object literal.
struct AccessorPart<'a> {
    key: &'a PropName,
    function: &'a Function,
    getter: bool,
}

/// An object literal's getter or setter.
fn literal_accessor(prop: &PropOrSpread) -> Option<AccessorPart<'_>> {
    let PropOrSpread::Prop(p) = prop else {
        return None;
    };
    match &**p {
        Prop::Getter(g) => Some(AccessorPart {
            key: &g.key,
            function: &g.function,
            getter: true,
        }),
        Prop::Setter(s) => Some(AccessorPart {
            key: &s.key,
            function: &s.function,
            getter: false,
        }),
        _ => None,
    }
}

fn is_private_member(member: &ClassMember) -> bool {
    matches!(
        member,
        ClassMember::PrivateProp(_) | ClassMember::PrivateMethod(_)
    )
}

/// `class` with its private fields and methods made ordinary members
/// under `keys` (see `private_keys`), which the class compiles as it does
/// any other.
fn private_names_as_keys(class: &Class, keys: &[(String, String)]) -> Class {
    let key = |p: &PrivateName| {
        let key = keys
            .iter()
            .find(|(name, _)| name == p.name.as_str())
            .map_or_else(|| format!("{HIDDEN_KEY}{}", p.name), |(_, key)| key.clone());
        PropName::Str(Str {
            span: p.span,
            value: key.into(),
            raw: None,
        })
    };
    let mut class = class.clone();
    for member in &mut class.body {
        let named = match member {
            ClassMember::PrivateProp(p) => ClassMember::ClassProp(ClassProp {
                span: p.span,
                key: key(&p.key),
                value: p.value.clone(),
                is_static: p.is_static,
                ..Default::default()
            }),
            ClassMember::PrivateMethod(m) => ClassMember::Method(ClassMethod {
                span: m.span,
                key: key(&m.key),
                function: m.function.clone(),
                kind: m.kind,
                is_static: m.is_static,
                ..Default::default()
            }),
            _ => continue,
        };
        *member = named;
    }
    class
}

impl Codegen<'_> {
    /// `e`, turned into text (`number`: a number) by what comes next: in
    /// a program that makes symbols, passed through the library's check
    /// (a symbol is a TypeError there, as in JavaScript).
    pub(super) fn symbol_checked(&mut self, e: &Expr, span: Span, number: bool) {
        if !self.makes_symbols || self.in_prelude() {
            return self.expr(e);
        }
        self.f().push_value(Value::UNDEFINED);
        self.global_function("$mvmNoSymbol", span);
        self.expr(e);
        self.f().push_value(Value::bool(number));
        self.f().op_u8(Op::Call, 2);
    }
}

/// Whether a regular expression literal says `\p{...}` or `\P{...}` with
/// the `u` or `v` flag (not an escaped backslash before a `p`).
fn has_property_escape(source: &str, flags: &str) -> bool {
    if !flags.contains(['u', 'v']) {
        return false;
    }
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            let escaped = chars.next();
            if matches!(escaped, Some('p' | 'P')) && chars.clone().next() == Some('{') {
                return true;
            }
        }
    }
    false
}
