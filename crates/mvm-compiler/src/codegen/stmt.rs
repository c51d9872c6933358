//! Statements, function bodies and the module's top level.

use super::decls::{function_decls, lexical_names, var_names};
use super::{Codegen, JumpTarget};
use crate::emit::Patch;
use mvm_snapshot::opcode::Op;
use mvm_snapshot::{Builtin, Value, HIDDEN_KEY};
use std::collections::HashSet;
use swc_common::{Span, Spanned};
use swc_ecma_ast::*;

/// A function's parameters and body, whatever syntax made it.
pub(super) enum Body<'a> {
    Block(&'a [Stmt]),
    Expr(&'a Expr),
}

impl<'s> Codegen<'s> {
    /// Function 0 runs each module's top level once, dependencies first.
    pub fn compile_program(&mut self) {
        let program = self.program;
        self.begin_function();
        if self.known.uses_promises {
            // Promise.prototype, shared by every promise, kept as a
            // reserved export so the runtime finds it.
            self.f().push_value(Value::UNDEFINED);
            self.push_const(
                crate::emit::Const::Host(mvm_runtime::imports::VM_EXPORT),
                swc_common::DUMMY_SP,
            );
            self.number(
                f64::from(mvm_runtime::PROMISE_PROTOTYPE_EXPORT),
                swc_common::DUMMY_SP,
            );
            self.f().op_u8(Op::NewObject, 3);
            for (name, builtin) in [
                ("then", Builtin::PromiseThen),
                ("catch", Builtin::PromiseCatch),
                ("constructor", Builtin::PromiseCtor),
            ] {
                self.string(name, swc_common::DUMMY_SP);
                self.f().push_value(builtin.value());
                self.f().op(Op::InitProp);
            }
            self.f().op_u8(Op::Call, 2);
            self.f().op(Op::Pop);
        }
        let modules: Vec<usize> = (0..program.modules.len())
            .map(|m| self.compile_module(m))
            .collect();
        // Constants that did not fit their functions' pools, before any
        // module runs.
        self.build_overflow_constants();
        self.hoist_functions();
        for id in modules {
            self.call_part(id, swc_common::DUMMY_SP);
            self.f().op(Op::Pop);
        }
        self.f().push_value(Value::UNDEFINED);
        self.f().op(Op::Return);
        self.end_function(swc_common::DUMMY_SP);
    }

    /// Sets the globals of the functions the modules declare, before any
    /// module runs: in function 0, or, where its pool cannot take them
    /// all (a file of some 240 function declarations), in parts with
    /// pools of their own (the overflow array is built by then).
    fn hoist_functions(&mut self) {
        let hoisted = std::mem::take(&mut self.hoisted);
        let span = swc_common::DUMMY_SP;
        let room = usize::from(u8::MAX) - super::CLOSURE_ROOM;
        if self.f().consts.len() + hoisted.len() <= room {
            for (slot, id) in hoisted {
                self.push_function(id, span);
                self.f().op_u16(Op::StoreGlobal, slot);
            }
            return;
        }
        for part in hoisted.chunks(super::PART_CONSTANTS) {
            let part_id = self.begin_function();
            for &(slot, id) in part {
                self.push_function(id, span);
                self.f().op_u16(Op::StoreGlobal, slot);
            }
            self.f().push_value(Value::UNDEFINED);
            self.f().op(Op::Return);
            self.end_function(span);
            self.call_part(part_id, span);
            self.f().op(Op::Pop);
        }
    }

    /// A module's top level, as a function; its declarations are globals.
    fn compile_module(&mut self, m: usize) -> usize {
        let program = self.program;
        let source = &program.modules[m];
        self.module = m;
        self.src = &source.file;
        self.base = source.base;
        let module = &source.module;
        // Strict code: a module, or a script that says so.
        self.strict = module
            .body
            .iter()
            .any(|item| matches!(item, ModuleItem::ModuleDecl(_)))
            || module.body.first().is_some_and(|item| match item {
                ModuleItem::Stmt(s) => is_use_strict(s),
                _ => false,
            });
        self.sloppy_code = !self.strict && source.file.name != crate::modules::PRELUDE_NAME;
        // A script's top-level `this` is an object (Node's module object,
        // or the global object), a module's `undefined`.
        self.script_this = source.file.name != crate::modules::PRELUDE_NAME
            && !module
                .body
                .iter()
                .any(|item| matches!(item, ModuleItem::ModuleDecl(_)));
        let mut stmts = Vec::new();
        let mut has_default_expr = false;
        for item in &module.body {
            match item {
                ModuleItem::Stmt(s) => stmts.push(s.clone()),
                ModuleItem::ModuleDecl(d) => match d {
                    ModuleDecl::Import(_)
                    | ModuleDecl::ExportNamed(_)
                    | ModuleDecl::ExportAll(_) => {}
                    ModuleDecl::ExportDecl(e) => stmts.push(Stmt::Decl(e.decl.clone())),
                    ModuleDecl::ExportDefaultDecl(e) => match &e.decl {
                        DefaultDecl::Fn(FnExpr {
                            ident: Some(ident),
                            function,
                        }) => stmts.push(Stmt::Decl(Decl::Fn(FnDecl {
                            ident: ident.clone(),
                            declare: false,
                            function: function.clone(),
                        }))),
                        DefaultDecl::Class(ClassExpr {
                            ident: Some(ident),
                            class,
                        }) => stmts.push(Stmt::Decl(Decl::Class(ClassDecl {
                            ident: ident.clone(),
                            declare: false,
                            class: class.clone(),
                        }))),
                        DefaultDecl::Fn(f) => {
                            has_default_expr = true;
                            stmts.push(assign_default(Expr::Fn(f.clone()), e.span));
                        }
                        DefaultDecl::Class(c) => {
                            has_default_expr = true;
                            stmts.push(assign_default(Expr::Class(c.clone()), e.span));
                        }
                        DefaultDecl::TsInterfaceDecl(t) => {
                            self.unsupported(t.span, "TypeScript", "write plain JavaScript")
                        }
                    },
                    ModuleDecl::ExportDefaultExpr(e) => {
                        has_default_expr = true;
                        stmts.push(assign_default((*e.expr).clone(), e.span));
                    }
                    other => self.unsupported(
                        other.span(),
                        "this module syntax",
                        "use `import` and `export`",
                    ),
                },
            }
        }
        let id = self.begin_function();
        let mut names: Vec<(String, bool)> = Vec::new();
        let mut vars = Vec::new();
        var_names(&stmts, &mut vars);
        self.check_redeclarations(&stmts, &vars);
        names.extend(vars.into_iter().map(|n| (n, true)));
        let mut var_scoped: Vec<String> = names
            .iter()
            .map(|(n, _)| n.clone())
            .chain(function_decls(&stmts).map(|f| f.ident.sym.to_string()))
            .collect();
        self.declare_body_names(&stmts, &mut names, 0);
        // (A script's: a module's `var` is no global in JavaScript.)
        if self.script_this {
            var_scoped.extend(self.state().block_functions.iter().cloned());
        } else {
            var_scoped.clear();
        }
        self.own_top_names = match self.in_prelude() {
            true => Vec::new(),
            false => names
                .iter()
                .map(|(n, _)| n.clone())
                .filter(|n| !(self.program_shared_globals.contains(n) && var_scoped.contains(n)))
                .collect(),
        };
        if has_default_expr {
            names.push((crate::modules::DEFAULT.to_string(), true));
        }
        for name in self.shared_globals.clone() {
            names.push((name, true));
        }
        names.push((super::THIS.to_string(), false));
        self.enter_scope(&names, true, 0);
        self.enter_tdz(&stmts);
        self.bind_imports(m);
        if self.script_this {
            // (Its own object: not the globals, which are slots.)
            self.f().op_u8(Op::NewObject, 0);
            if let Some(b) = self.resolve(super::THIS) {
                self.store_binding(&b, swc_common::DUMMY_SP);
            }
        } else {
            self.bind_captured_this();
        }
        for decl in function_decls(&stmts) {
            self.fn_decl(decl);
        }
        self.module_statements(&stmts, module.span);
        if program.needs_namespace(m) {
            self.build_namespace(m);
        }
        self.f().push_value(Value::UNDEFINED);
        self.f().op(Op::Return);
        self.exit_scope(false);
        self.end_function(module.span);
        id
    }

    /// A module's statements, in as many functions as their code needs:
    /// once the top level's code is past half a function's bound, the rest
    /// goes on in a function of its own, which it calls. (A module's
    /// declarations are globals, which any function reaches; anything else
    /// it shares is captured as a closure's would be.) The top level runs
    /// once, at build time, so the extra call costs nothing on the device.
    fn module_statements(&mut self, stmts: &[Stmt], span: Span) {
        for (i, stmt) in stmts.iter().enumerate() {
            let f = self.f();
            if f.code.len() > mvm_snapshot::MAX_ALLOC_SIZE / 2 || f.consts.len() > 128 {
                let rest = self.begin_function();
                self.module_statements(&stmts[i..], span);
                self.f().push_value(Value::UNDEFINED);
                self.f().op(Op::Return);
                self.end_function(span);
                self.call_part(rest, span);
                self.f().op(Op::Pop);
                return;
            }
            self.note_object_room(&stmts[i..]);
            self.stmt(stmt);
        }
    }

    /// `const o = {};` followed by `o.a = ...; o.b = ...;`: the object is
    /// made with a slot for each name those statements assign, which they
    /// then fill, rather than chaining a segment on for each (a third of
    /// the time, and the memory of a header and a link each).
    fn note_object_room(&mut self, stmts: &[Stmt]) {
        let Some((Stmt::Decl(Decl::Var(v)), after)) = stmts.split_first() else {
            return;
        };
        let [VarDeclarator {
            name: Pat::Ident(name),
            init: Some(init),
            ..
        }] = v.decls.as_slice()
        else {
            return;
        };
        let Expr::Object(o) = &**init else {
            return;
        };
        if !o.props.is_empty() {
            return;
        }
        let mut names: Vec<&str> = Vec::new();
        for stmt in after {
            let Stmt::Expr(ExprStmt { expr, .. }) = stmt else {
                break;
            };
            let Expr::Assign(AssignExpr {
                op: AssignOp::Assign,
                left: AssignTarget::Simple(SimpleAssignTarget::Member(m)),
                ..
            }) = &**expr
            else {
                break;
            };
            let (Expr::Ident(obj), MemberProp::Ident(prop)) = (&*m.obj, &m.prop) else {
                break;
            };
            if obj.sym != name.id.sym {
                break;
            }
            // (`__proto__` names the prototype, no slot.)
            if &*prop.sym != "__proto__" && !names.contains(&&*prop.sym) {
                names.push(&prop.sym);
            }
        }
        if let (false, Ok(room)) = (names.is_empty(), u8::try_from(names.len())) {
            self.object_room = Some((o.span, room));
        }
    }

    /// Binds module `m`'s imports to the global slots they name.
    fn bind_imports(&mut self, m: usize) {
        let program = self.program;
        for import in program.imports(m) {
            let mut seen = HashSet::new();
            let slot = match program.import_slot(m, &import.local, &mut seen) {
                Some(slot) => slot,
                None => {
                    let what = import.imported.as_deref().unwrap_or("*");
                    let exports = program
                        .dep(m, &import.src)
                        .map(|d| program.export_names(d, &mut HashSet::new()))
                        .unwrap_or_default();
                    let similar = super::suggest::closest(what, exports.iter().map(String::as_str));
                    let help = match similar {
                        Some(name) => format!("did you mean `{name}`?"),
                        None if exports.is_empty() => "it exports nothing".to_string(),
                        None => format!(
                            "it exports {}",
                            exports
                                .iter()
                                .map(|n| format!("`{n}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    };
                    self.error(
                        import.span,
                        format!("`{}` has no export named `{what}`", import.src),
                        Some(&help),
                    );
                    // (Bound all the same, to a slot of its own, so that
                    // its uses add no errors of their own.)
                    format!("{m}:{}$missing", import.local)
                }
            };
            if let Some((_, origin)) = slot.split_once(':').filter(|(_, o)| *o != import.local) {
                self.import_origins
                    .insert(import.local.clone(), origin.to_string());
            }
            let storage = super::Storage::Global(self.global_slot(&slot));
            if let Some(scope) = self.scopes.last_mut() {
                // (An import of a name the program shares through
                // `globalThis` elsewhere is the import here.)
                scope.bindings.retain(|b| b.name != import.local);
                scope.bindings.push(super::Binding {
                    name: import.local,
                    mutable: false,
                    storage,
                });
            }
        }
    }

    /// Builds module `m`'s namespace object (for `import * as ns`).
    fn build_namespace(&mut self, m: usize) {
        let program = self.program;
        let mut names = program.export_names(m, &mut HashSet::new());
        // A namespace lists its names sorted, as JavaScript's does.
        names.sort();
        self.f()
            .op_u8(Op::NewObject, (names.len() + 1).min(255) as u8);
        // (A mark no listing shows, for the host's printer.)
        self.string(&format!("{HIDDEN_KEY}module"), swc_common::DUMMY_SP);
        self.f().push_value(Value::TRUE);
        self.f().op(Op::InitProp);
        for name in names {
            let Some(slot) = program.export_slot(m, &name, &mut HashSet::new()) else {
                continue;
            };
            self.string(&name, swc_common::DUMMY_SP);
            let index = self.global_slot(&slot);
            self.f().op_u16(Op::LoadGlobal, index);
            self.f().op(Op::InitProp);
            // The namespace holds the value, so a function's name can be
            // read there (`ns.f.name`): its binding escapes.
            if let Some((_, local)) = slot.split_once(':') {
                self.found.escaping.insert(local.to_string());
            }
        }
        let ns = self.global_slot(&crate::modules::slot_name(m, crate::modules::NAMESPACE));
        self.f().op_u16(Op::StoreGlobal, ns);
        // Locked, as JavaScript's: an assignment, addition or deletion
        // throws in a module, which is strict code (`$mvmLock(ns, true)`).
        self.f().push_value(Value::UNDEFINED);
        self.f().push_value(Builtin::Lock.value());
        self.f().op_u16(Op::LoadGlobal, ns);
        self.f().push_value(Value::TRUE);
        self.f().op_u8(Op::Call, 2);
        self.f().op(Op::Pop);
    }

    /// Compiles a function and returns its id; the caller creates its value.
    /// Arrow functions have no `this` of their own: they see the enclosing
    /// function's. An async function returns a promise at once and runs
    /// until its first `await`; a throw inside it rejects the promise.
    pub(super) fn function(
        &mut self,
        params: &[&Pat],
        body: Body<'_>,
        span: Span,
        is_arrow: bool,
        is_async: bool,
    ) -> usize {
        let name = self.next_name.take();
        let parent = self.owner();
        let outer_sloppy = self.sloppy_code;
        if matches!(body, Body::Block(stmts) if stmts.first().is_some_and(is_use_strict)) {
            self.sloppy_code = false;
        }
        let id = self.begin_function();
        self.state().user = true;
        self.note_definition(parent, id);
        self.f().name = name;
        self.mark(span);
        if std::mem::take(&mut self.constructor_next) {
            self.f().op(Op::RequireNew);
            self.state().class_constructor = true;
        }
        let generator = std::mem::take(&mut self.generator_next);
        let async_generator = std::mem::take(&mut self.async_generator_next);
        let method = std::mem::take(&mut self.method_next);
        self.f().constructs = !(is_arrow || is_async || generator || method);
        self.state().arrow = is_arrow;
        // A function whose text names `arguments` takes all its arguments
        // as `...arguments` and unpacks its parameters from that array
        // (`[a, b = 1, ...rest] = arguments`): defaults and rests apply as
        // they would to the parameters themselves.
        let uses_arguments = !is_arrow
            && self.text_of(span).is_some_and(|t| {
                crate::prelude::mentions(&crate::prelude::without_comments(t), "arguments")
            });
        let arguments_param = Pat::Rest(RestPat {
            span,
            dot3_token: span,
            arg: Box::new(Pat::Ident(BindingIdent::from(Ident::new_no_ctxt(
                "arguments".into(),
                span,
            )))),
            type_ann: None,
        });
        let unpacked_params = Pat::Array(ArrayPat {
            span,
            elems: params.iter().map(|p| Some((*p).clone())).collect(),
            optional: false,
            type_ann: None,
        });
        let all_arguments = [&arguments_param];
        let params: &[&Pat] = if uses_arguments {
            &all_arguments
        } else {
            params
        };
        let mut names = Vec::new();
        // What binding the parameters takes, in their order (a default may
        // read a parameter before it): a default given where the argument
        // is undefined, or a pattern unpacked from its argument's slot.
        let mut prologue: Vec<ParamStep<'_>> = Vec::new();
        let mut pattern_names = Vec::new();
        if uses_arguments {
            prologue.push(ParamStep::Pattern(0, &unpacked_params));
            super::decls::pat_idents(&unpacked_params, &mut pattern_names);
        }
        for p in params {
            match p {
                Pat::Ident(id) => {
                    // (A name given twice, `function (_, _, x)` in a
                    // sloppy script, is the last one's: the earlier slot
                    // goes unnamed.)
                    let name = id.id.sym.to_string();
                    for earlier in names.iter_mut().filter(|(n, _)| *n == name) {
                        earlier.0 = String::new();
                    }
                    names.push((name, true));
                }
                // `x = default`: given when the argument is undefined.
                Pat::Assign(AssignPat { left, right, .. }) if matches!(&**left, Pat::Ident(_)) => {
                    if let Pat::Ident(id) = &**left {
                        names.push((id.id.sym.to_string(), true));
                        prologue.push(ParamStep::Default(id.id.sym.to_string(), id.id.span, right));
                    }
                }
                Pat::Rest(r)
                    if matches!(&*r.arg, Pat::Ident(_)) && names.len() + 1 == params.len() =>
                {
                    if let Pat::Ident(id) = &*r.arg {
                        names.push((id.id.sym.to_string(), true));
                    }
                    self.f().rest = true;
                }
                // `...[c, d]`: the rest's array, unpacked as a pattern.
                Pat::Rest(r)
                    if matches!(&*r.arg, Pat::Array(_) | Pat::Object(_))
                        && names.len() + 1 == params.len() =>
                {
                    prologue.push(ParamStep::Pattern(names.len(), &r.arg));
                    names.push((String::new(), true));
                    super::decls::pat_idents(&r.arg, &mut pattern_names);
                    self.f().rest = true;
                }
                Pat::Object(_) | Pat::Array(_) | Pat::Assign(_) => {
                    // A pattern: its argument arrives in an unnamed slot and
                    // is unpacked into its names.
                    prologue.push(ParamStep::Pattern(names.len(), p));
                    names.push((String::new(), true));
                    super::decls::pat_idents(p, &mut pattern_names);
                }
                other => {
                    self.unsupported(
                        other.span(),
                        "this kind of parameter",
                        "use plain parameter names and unpack them in the body",
                    );
                    names.push((String::new(), true));
                }
            }
        }
        let param_count = names.len();
        let param_names: Vec<String> = names.iter().map(|(n, _)| n.clone()).collect();
        names.extend(pattern_names.into_iter().map(|n| (n, true)));
        // Parameters take the first local slots: that is where the caller's
        // arguments land.
        for _ in 0..param_count {
            self.new_local();
        }
        self.f().params = param_count.min(255) as u8;
        if !is_arrow {
            names.push((super::THIS.to_string(), false));
        }
        let body_names_from = names.len();
        if let Body::Block(stmts) = body {
            let mut vars = Vec::new();
            var_names(stmts, &mut vars);
            // (A parameter clashes with a `let` of the body as a `var` does.)
            let mut bound = vars.clone();
            bound.extend(names.iter().take(param_count).map(|(n, _)| n.clone()));
            self.check_redeclarations(stmts, &bound);
            for v in vars {
                if !names.iter().any(|(n, _)| *n == v) {
                    names.push((v, true));
                }
            }
            self.declare_body_names(stmts, &mut names, param_count);
        }
        self.enter_scope(&names, false, param_count);
        if let Body::Block(stmts) = body {
            self.enter_tdz(stmts);
        }
        // A captured parameter moves from its argument slot to the scope.
        let scope_bindings = self
            .scopes
            .last()
            .map(|s| s.bindings.clone())
            .unwrap_or_default();
        for (i, b) in scope_bindings.iter().take(param_count).enumerate() {
            if !matches!(b.storage, super::Storage::Local(_)) {
                self.f().op_u8(Op::LoadLocal, i as u8);
                self.store_binding(b, span);
            }
        }
        self.bind_captured_this();
        // The body's own declarations are not in scope for the parameters'
        // defaults (JavaScript gives those a scope of their own): hidden
        // while they run, so `baud = options.baud` reads an outer
        // `options` beside a body's `const options`.
        let hidden: Vec<String> = match prologue.is_empty() {
            true => Vec::new(),
            false => names
                .iter()
                .skip(body_names_from)
                // (Not a name a parameter has too: hiding is by name.)
                .filter(|(n, _)| !names[..body_names_from].iter().any(|(p, _)| p == n))
                .map(|(n, _)| n.clone())
                .collect(),
        };
        // An async function's promise first: what its parameters' defaults
        // and patterns throw rejects it, as what its body throws does.
        let catch_all = is_async.then(|| {
            let slot = self.new_local();
            self.state().async_slot = Some(slot);
            self.f().op_u8(Op::AsyncStart, slot);
            (slot, self.f().jump(Op::TryPush))
        });
        self.hide_bindings(&hidden, true);
        for step in prologue {
            match step {
                ParamStep::Pattern(slot, pat) => {
                    // (A missing argument, named by its value: see
                    // `PARAMETER_SOURCE`.)
                    if matches!(pat, Pat::Object(_)) {
                        self.pattern_source = Some(PARAMETER_SOURCE.to_string());
                    }
                    self.destructure(pat, slot as u8)
                }
                ParamStep::Default(name, span, default) => {
                    let Some(b) = self.resolve(&name) else {
                        continue;
                    };
                    self.load_binding(&b, span);
                    self.f().push_value(Value::UNDEFINED);
                    self.f().op(Op::StrictEq);
                    let given = self.f().jump(Op::JumpIfFalse);
                    // (The parameters after this one are not bound yet:
                    // a default that reads one throws, as in JavaScript.)
                    let later: Vec<String> = param_names
                        .iter()
                        .skip_while(|n| **n != name)
                        .skip(1)
                        .cloned()
                        .collect();
                    let scope = self.scopes.last().map(|s| s.id);
                    if let Some(id) = scope {
                        self.tdz.extend(later.iter().map(|n| (id, n.clone())));
                    }
                    self.expr_named(default, &name, false);
                    self.tdz
                        .retain(|(s, n)| Some(*s) != scope || !later.contains(n));
                    self.store_binding(&b, span);
                    self.f().patch_here(given);
                }
            }
        }
        self.hide_bindings(&hidden, false);
        if generator {
            self.generator_start(span, async_generator);
        }
        let mut ends_in_return = false;
        match body {
            Body::Block(stmts) => {
                self.block_body(stmts);
                // An implicit `return undefined`, unless the body already
                // ends in a return (nothing can jump past it).
                ends_in_return = matches!(stmts.last(), Some(Stmt::Return(_) | Stmt::Throw(_)));
                if !ends_in_return || catch_all.is_some() {
                    self.f().push_value(Value::UNDEFINED);
                }
            }
            Body::Expr(e) => self.expr(e),
        }
        match catch_all {
            Some((slot, to_catch)) => {
                self.f().op_u8(Op::AsyncReturn, slot);
                self.f().patch_here(to_catch);
                self.f().op_u8(Op::AsyncReject, slot);
            }
            None if ends_in_return => {}
            None => self.f().op(Op::Return),
        }
        self.exit_scope(false);
        self.end_function(span);
        self.sloppy_code = outer_sloppy;
        id
    }

    /// A generator's start, once its parameters are bound: its state
    /// array in a local, and a `Yield` that hands the caller a Generator
    /// over it. The first `next()` resumes past it.
    /// An async generator's caller gets an AsyncGenerator over it instead.
    fn generator_start(&mut self, span: Span, async_generator: bool) {
        let slot = self.new_local();
        self.state().generator_slot = Some(slot);
        if async_generator {
            self.state().async_generator = true;
            self.state().async_slot = Some(slot);
        }
        // (One element from the start: a `Yield` then never grows it.)
        self.f().push_value(Value::UNDEFINED);
        self.f().op_u8(Op::NewArray, 1);
        self.f().op_u8(Op::StoreLocal, slot);
        self.f().push_value(Value::UNDEFINED);
        let class = match async_generator {
            true => "$mvmAsyncGenerator",
            false => "$mvmGenerator",
        };
        self.global_function(class, span);
        self.f().op_u8(Op::LoadLocal, slot);
        self.f().op_u8(Op::New, 1);
        self.yield_value(slot);
        // (What the first `next()` sends.)
        self.f().op(Op::Pop);
    }

    /// The early error JavaScript raises for a name a block declares twice
    /// where one is `let`, `const` or `class` (or is also a `var` of the
    /// function, `vars`): `Identifier 'x' has already been declared`.
    fn check_redeclarations(&mut self, stmts: &[Stmt], vars: &[String]) {
        let declared = super::decls::declared_names(stmts);
        for (i, (name, span, lexical)) in declared.iter().enumerate() {
            let clash = declared
                .iter()
                .take(i)
                .any(|(other, _, other_lexical)| other == name && (*lexical || *other_lexical))
                || (*lexical && vars.contains(name));
            if clash {
                self.error(
                    *span,
                    format!("Identifier '{name}' has already been declared"),
                    Some("give one of the two declarations another name"),
                );
            }
        }
    }

    /// When arrow functions capture this scope's `this`, copies it into
    /// the scope object.
    fn bind_captured_this(&mut self) {
        let this = self
            .scopes
            .last()
            .and_then(|s| s.bindings.iter().find(|b| b.name == super::THIS).cloned());
        if let Some(b) = this {
            if matches!(b.storage, super::Storage::Env { .. }) {
                self.f().op(Op::LoadThis);
                self.store_binding(&b, swc_common::DUMMY_SP);
            }
        }
    }

    /// Hoists a block's function declarations, then compiles its statements.
    fn block_body(&mut self, stmts: &[Stmt]) {
        for decl in function_decls(stmts) {
            self.fn_decl(decl);
        }
        for (i, stmt) in stmts.iter().enumerate() {
            self.note_object_room(&stmts[i..]);
            self.stmt(stmt);
        }
    }

    fn fn_decl(&mut self, decl: &FnDecl) {
        self.name_next_binding(&decl.ident.sym);
        self.own_name_next = Some(decl.ident.sym.to_string());
        self.hoisting_next = true;
        let id = self.function_of(&decl.function);
        let name = decl.ident.sym.to_string();
        if let Some((scope, _)) = self.scope_of(&name) {
            self.found.dead_zone.declare((scope, name.clone()), id);
        }
        let as_value = self.known.escaping.contains(&name);
        self.push_function_value(id, decl.function.span, as_value);
        if self.is_constructed(&name) {
            self.function_as_class(&name, false);
        }
        match self.resolve(&name) {
            Some(b) => {
                // A module's top-level function that captures nothing is
                // a constant: function 0 stores it before any module runs,
                // as JavaScript hoists it, for modules on an import cycle
                // that call it before its own module has run.
                if let super::Storage::Global(slot) = b.storage {
                    let plain = !self.known.closures.contains(&id) && !self.is_constructed(&name);
                    if plain && self.fns.len() == 2 {
                        self.hoisted.push((slot, id));
                    }
                }
                self.store_binding(&b, decl.ident.span)
            }
            None => self.f().op(Op::Pop),
        }
    }

    /// Marks `name`'s binding as the one being initialized (see
    /// `initializing`), returning the mark it replaces.
    fn initializing_binding(&mut self, name: &str) -> Option<(usize, String)> {
        let key = self
            .scope_of(name)
            .map(|(scope, _)| (scope, name.to_string()));
        std::mem::replace(&mut self.initializing, key)
    }

    /// Marks the class defined next as bound to `name` (see `class_of`),
    /// returning the mark it replaces.
    fn class_bound_to(&mut self, name: &str) -> Option<(usize, (usize, String))> {
        let key = self
            .scope_of(name)
            .map(|(scope, _)| (self.owner(), (scope, name.to_string())));
        std::mem::replace(&mut self.class_of, key)
    }

    /// Compiles an ordinary (non-arrow) function.
    pub(super) fn function_of(&mut self, function: &Function) -> usize {
        if function.is_async {
            self.found.uses_promises = true;
        }
        self.generator_next = function.is_generator;
        if function.is_generator && self.resolve("$mvmGenerator").is_none() {
            self.found.needs_generator = true;
        }
        // An async generator is a generator whose `await`s yield to the
        // prelude's driver, which makes `next()` give promises.
        let async_generator = function.is_generator && function.is_async;
        self.async_generator_next = async_generator;
        if async_generator && self.resolve("$mvmAsyncGenerator").is_none() {
            self.found.needs_async_generator = true;
        }
        let params: Vec<&Pat> = function.params.iter().map(|p| &p.pat).collect();
        let stmts = function
            .body
            .as_ref()
            .map(|b| b.stmts.as_slice())
            .unwrap_or_default();
        // (A plain function that reads `new.target` and can name itself
        // binds it as it starts.)
        let own_name = self.own_name_next.take();
        let plain = !self.method_next
            && !self.constructor_next
            && !function.is_generator
            && !function.is_async;
        let with_new_target: Vec<Stmt>;
        let stmts = match own_name {
            Some(name)
                if plain
                    && self
                        .text_of(function.span)
                        .is_some_and(|t| t.contains("new.target")) =>
            {
                with_new_target =
                    std::iter::once(super::expr::plain_new_target_binding(&name, function.span))
                        .chain(stmts.iter().cloned())
                        .collect();
                with_new_target.as_slice()
            }
            _ => stmts,
        };
        self.function(
            &params,
            Body::Block(stmts),
            function.span,
            false,
            function.is_async && !async_generator,
        )
    }

    pub(super) fn block(&mut self, stmts: &[Stmt]) {
        self.check_redeclarations(stmts, &[]);
        let names = lexical_names(stmts);
        self.enter_scope(&names, false, 0);
        self.enter_tdz(stmts);
        for decl in function_decls(stmts) {
            self.fn_decl(decl);
        }
        for (i, stmt) in stmts.iter().enumerate() {
            self.note_object_room(&stmts[i..]);
            self.block_stmt(stmt);
        }
        self.exit_scope(true);
    }

    /// A statement of a block (or of a switch's cases). A function
    /// declared there (made at the block's start) that is also its
    /// function's `var` becomes that where its declaration is evaluated,
    /// as in a script (`case 1: function setup() {}`, then `setup()` after
    /// the switch, which is undefined where the case never ran).
    fn block_stmt(&mut self, stmt: &Stmt) {
        self.stmt(stmt);
        if let Stmt::Decl(Decl::Fn(decl)) = stmt {
            let name = decl.ident.sym.to_string();
            let shared = self
                .fns
                .last()
                .is_some_and(|f| f.block_functions.contains(&name));
            let Some(inner) = self.resolve(&name).filter(|_| shared) else {
                return;
            };
            self.load_binding(&inner, decl.ident.span);
            self.hide_bindings(std::slice::from_ref(&name), true);
            match self.resolve(&name) {
                Some(outer) => self.store_binding(&outer, decl.ident.span),
                None => self.f().op(Op::Pop),
            }
            self.hide_bindings(std::slice::from_ref(&name), false);
        }
    }

    /// Adds to `names` (a function's scope, its first `params` its
    /// parameters) the functions declared in the blocks of its body
    /// `stmts` that it also declares as `var`s, kept for `block` (not where
    /// a `let`, `const`, class or parameter has the name, nor in strict
    /// code), then the body's `let`, `const`, class and function names.
    fn declare_body_names(
        &mut self,
        stmts: &[Stmt],
        names: &mut Vec<(String, bool)>,
        params: usize,
    ) {
        let lexical = lexical_names(stmts);
        let mut found = Vec::new();
        if !self.strict && !stmts.first().is_some_and(is_use_strict) {
            super::decls::block_function_names(stmts, &mut found);
        }
        // (A function the body declares at its own level is a `var` too:
        // the block's replaces it where the block runs.)
        let body_functions: Vec<String> = function_decls(stmts)
            .map(|f| f.ident.sym.to_string())
            .collect();
        let taken = |f: &String, names: &[(String, bool)]| {
            lexical
                .iter()
                .filter(|(n, _)| !body_functions.contains(n))
                .chain(names.get(..params).unwrap_or_default())
                .any(|(n, _)| n == f)
        };
        found.retain(|f| !taken(f, names));
        found.dedup();
        for f in &found {
            if !names.iter().any(|(n, _)| n == f) {
                names.push((f.clone(), true));
            }
        }
        self.state().block_functions = found;
        names.extend(lexical);
    }

    pub(super) fn stmt(&mut self, stmt: &Stmt) {
        let mark = self.f().next_local;
        let outer_high = std::mem::replace(&mut self.f().statement_high, mark);
        self.f().statement_depth += 1;
        self.stmt_in_place(stmt);
        self.f().statement_depth -= 1;
        let high = self.f().statement_high;
        self.f().statement_high = outer_high.max(high);
        if matches!(
            stmt,
            Stmt::Block(_)
                | Stmt::For(_)
                | Stmt::ForIn(_)
                | Stmt::ForOf(_)
                | Stmt::While(_)
                | Stmt::DoWhile(_)
                | Stmt::If(_)
                | Stmt::Switch(_)
                | Stmt::Try(_)
                | Stmt::Labeled(_)
        ) {
            self.clear_locals(mark, high);
            self.release_locals(mark);
        }
    }

    /// Empties slots `from..to`, which a statement with a scope of its own
    /// used and is done with: what they held is garbage a collection can
    /// take back now (`runGC` after a loop that made objects), not when the
    /// function returns. Only a statement of the function's body does
    /// (covering those inside it): inside a loop, clearing would cost
    /// each pass.
    fn clear_locals(&mut self, from: usize, to: usize) {
        if self.f().statement_depth > 0 {
            return;
        }
        let scratch = self.f().scratch.map(usize::from);
        for slot in from..to.min(256) {
            let number = self.f().number_slots.contains(&(slot as u8));
            if Some(slot) != scratch && !number {
                self.f().push_value(Value::UNDEFINED);
                self.f().op_u8(Op::StoreLocal, slot as u8);
            }
        }
    }

    fn stmt_in_place(&mut self, stmt: &Stmt) {
        self.mark(stmt.span());
        match stmt {
            Stmt::Expr(s) => self.expr_for_effect(&s.expr),
            Stmt::Decl(Decl::Var(v)) => self.var_decl(v),
            // Hoisted to the start of the block.
            Stmt::Decl(Decl::Fn(_)) => {}
            Stmt::Decl(Decl::Class(c)) => {
                let name = c.ident.sym.to_string();
                let outer = self.initializing_binding(&name);
                let outer_class = self.class_bound_to(&name);
                self.class(&c.class, Some(&c.ident.sym), true);
                self.initializing = outer;
                self.class_of = outer_class;
                match self.resolve(&name) {
                    Some(b) => self.store_binding(&b, c.ident.span),
                    None => self.f().op(Op::Pop),
                }
                self.end_tdz(&[name]);
            }
            Stmt::Decl(d) => self.unsupported(
                d.span(),
                "this declaration",
                "use `let`, `const`, `var` or `function`",
            ),
            Stmt::Block(b) => self.block(&b.stmts),
            Stmt::Empty(_) => {}
            Stmt::Return(r) => {
                if self.fns.len() <= 1 {
                    self.error(
                        r.span,
                        "`return` outside of a function",
                        Some("only functions can return"),
                    );
                }
                match &r.arg {
                    Some(e) => {
                        self.expr(e);
                        // (An async generator's `return value` awaits the
                        // value there, before `finally` blocks run.)
                        let async_generator = self.fns.last().filter(|f| f.async_generator);
                        if let Some(slot) = async_generator.and_then(|f| f.async_slot) {
                            self.await_value(slot);
                        }
                    }
                    None => self.f().push_value(Value::UNDEFINED),
                }
                if self.fns.last().is_some_and(|f| !f.tries.is_empty()) {
                    // Handlers go, `finally` blocks run and the iterators
                    // of the loops it leaves are closed before returning.
                    let slot = self.new_local();
                    self.f().op_u8(Op::StoreLocal, slot);
                    self.leave_tries(0, 0);
                    self.f().op_u8(Op::LoadLocal, slot);
                }
                // (An async generator returns as a generator does: its
                // driver settles the request.)
                let async_function = self.fns.last().filter(|f| !f.async_generator);
                match async_function.and_then(|f| f.async_slot) {
                    Some(slot) => self.f().op_u8(Op::AsyncReturn, slot),
                    None => self.f().op(Op::Return),
                }
            }
            Stmt::If(s) => {
                let to_else = self.branch(&s.test, false);
                self.stmt(&s.cons);
                match &s.alt {
                    Some(alt) => {
                        let to_end = self.f().jump(Op::Jump);
                        self.land_here(to_else);
                        self.stmt(alt);
                        self.f().patch_here(to_end);
                    }
                    None => self.land_here(to_else),
                }
            }
            Stmt::While(s) => self.while_loop(&s.test, &s.body, Vec::new()),
            Stmt::DoWhile(s) => self.do_while(s, Vec::new()),
            Stmt::For(s) => self.for_loop(s, Vec::new()),
            Stmt::Labeled(l) => self.labeled(l, Vec::new()),
            Stmt::Break(b) => self.break_or_continue(b.label.as_ref(), b.span, false),
            Stmt::Continue(c) => self.break_or_continue(c.label.as_ref(), c.span, true),
            Stmt::Throw(t) => {
                self.expr(&t.arg);
                self.f().op(Op::Throw);
            }
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Switch(s) => self.switch(s, Vec::new()),
            Stmt::ForIn(s) => self.for_in(s, Vec::new()),
            Stmt::ForOf(s) => self.for_of(s, Vec::new()),
            Stmt::With(s) => self.unsupported(
                s.span,
                "`with`",
                "refer to the object's properties explicitly",
            ),
            // (No debugger to stop in.)
            Stmt::Debugger(_) => {}
        }
    }

    fn var_decl(&mut self, v: &VarDecl) {
        for d in &v.decls {
            if let Some(members) = self.namespace_members(d) {
                self.var_decl(&VarDecl {
                    decls: members,
                    ..v.clone()
                });
                continue;
            }
            let Pat::Ident(id) = &d.name else {
                // `const { a, b: [c] } = value;`
                match &d.init {
                    Some(init) => self.expr(init),
                    None => self.f().push_value(Value::UNDEFINED),
                }
                let slot = self.new_local();
                self.f().op_u8(Op::StoreLocal, slot);
                // (V8 names a variable, a literal or a function's call it
                // cannot walk; of anything else, the value. It names the variable, the
                // member or the call it cannot destructure; else the
                // value, which an empty text stands for.)
                self.pattern_source = d.init.as_deref().and_then(|init| match &d.name {
                    Pat::Array(_) => match super::expr::unparenthesized(init) {
                        Expr::Ident(_) | Expr::Lit(_) | Expr::Object(_) => true,
                        // (A method's call is named by its value.)
                        Expr::Call(c) => {
                            matches!(&c.callee, Callee::Expr(f) if matches!(&**f, Expr::Ident(_)))
                        }
                        _ => false,
                    }
                    .then(|| super::expr::walked_text(init)),
                    Pat::Object(_) => object_pattern_source(init),
                    _ => None,
                });
                self.destructure(&d.name, slot);
                let mut names = Vec::new();
                super::decls::pat_idents(&d.name, &mut names);
                self.end_tdz(&names);
                continue;
            };
            match &d.init {
                Some(init) => {
                    // `const name = class { ... }` (or a function without a
                    // name of its own) names it, as JavaScript does.
                    self.shape_if_constructed(init, Some(&id.id.sym), &id.id.sym);
                    let outer = match super::expr::unparenthesized(init) {
                        Expr::Arrow(_) | Expr::Fn(_) | Expr::Class(_) | Expr::Object(_) => {
                            self.initializing_binding(&id.id.sym)
                        }
                        _ => self.initializing.take(),
                    };
                    let outer_class = match super::expr::unparenthesized(init) {
                        Expr::Class(_) => self.class_bound_to(&id.id.sym),
                        _ => self.class_of.take(),
                    };
                    self.defining = match super::expr::unparenthesized(init) {
                        Expr::Arrow(_) | Expr::Fn(_) => self
                            .scope_of(&id.id.sym)
                            .map(|(scope, _)| (scope, id.id.sym.to_string())),
                        _ => None,
                    };
                    self.expr_named(init, &id.id.sym, true);
                    self.defining = None;
                    self.initializing = outer;
                    self.class_of = outer_class;
                    let arrow = matches!(&**init, Expr::Arrow(_));
                    if arrow && self.is_constructed(&id.id.sym) {
                        self.function_as_class(&id.id.sym, true);
                    }
                }
                // `var x;` keeps x's value; `let x;` is a fresh undefined
                // (each loop iteration too).
                None if v.kind == VarDeclKind::Var => continue,
                None => self.f().push_value(Value::UNDEFINED),
            }
            let name = id.id.sym.to_string();
            match self.resolve(&name) {
                Some(b) => self.store_binding(&b, id.id.span),
                None => self.f().op(Op::Pop),
            }
            self.end_tdz(&[name]);
        }
    }

    /// `const { fromCharCode, keys: k } = String` (or `Object`, `Number`,
    /// `Array`: the library's functions with static members,
    /// which are no objects here) as `const fromCharCode =
    /// String.fromCharCode, k = String.keys`.
    fn namespace_members(&mut self, d: &VarDeclarator) -> Option<Vec<VarDeclarator>> {
        let (Pat::Object(o), Some(init)) = (&d.name, &d.init) else {
            return None;
        };
        let Expr::Ident(ns) = super::expr::unparenthesized(init) else {
            return None;
        };
        // (Not Uint8Array's: its `from` and `of` need it as `this`.)
        let namespace = crate::prelude::NAMESPACES.contains(&&*ns.sym) && &*ns.sym != "Uint8Array";
        if !namespace || !self.library_global(&ns.sym) {
            return None;
        }
        let member = |key: &str, span| {
            Box::new(Expr::Member(MemberExpr {
                span,
                obj: Box::new(Expr::Ident(ns.clone())),
                prop: MemberProp::Ident(IdentName::new(key.into(), span)),
            }))
        };
        o.props
            .iter()
            .map(|prop| match prop {
                ObjectPatProp::Assign(a) if a.value.is_none() => Some(VarDeclarator {
                    span: a.span,
                    name: Pat::Ident(a.key.clone()),
                    init: Some(member(&a.key.sym, a.span)),
                    definite: false,
                }),
                ObjectPatProp::KeyValue(kv) if matches!(&*kv.value, Pat::Ident(_)) => {
                    let key = super::expr::static_key_name(&kv.key)?;
                    Some(VarDeclarator {
                        span: d.span,
                        name: (*kv.value).clone(),
                        init: Some(member(&key, d.span)),
                        definite: false,
                    })
                }
                _ => None,
            })
            .collect()
    }

    /// Throws V8's TypeError where an object pattern's value (local
    /// `slot`) is undefined or null: `Cannot destructure property 'port'
    /// of 'cfg' as it is undefined.`, naming what the program wrote
    /// (`source`; empty: the value). A first property with a default
    /// reads as any property of undefined does, as in V8.
    fn check_destructurable(&mut self, o: &ObjectPat, slot: u8, source: &str) {
        let first = match o.props.first() {
            Some(ObjectPatProp::KeyValue(kv)) => super::expr::static_key_name(&kv.key),
            Some(ObjectPatProp::Assign(a)) if a.value.is_some() => return,
            Some(ObjectPatProp::Assign(a)) => Some(a.key.sym.to_string()),
            _ => None,
        };
        let span = o.span;
        self.f().op_u8(Op::LoadLocal, slot);
        let defined = self.f().jump(Op::JumpIfDefinedKeep);
        let head = match first {
            Some(key) => format!("Cannot destructure property '{key}' of '"),
            None => "Cannot destructure '".to_string(),
        };
        self.throw_error_with("TypeError", |cg| {
            let mut parts = 3;
            if source == PARAMETER_SOURCE {
                // V8 names a parameter's null by its type too.
                cg.string(&head, span);
                cg.f().op_u8(Op::LoadLocal, slot);
                cg.f().push_value(Value::NULL);
                let undefined = cg.f().jump(Op::JumpUnlessStrictEq);
                cg.string("object null' as it is null.", span);
                let done = cg.f().jump(Op::Jump);
                cg.f().patch_here(undefined);
                cg.string("undefined' as it is undefined.", span);
                cg.f().patch_here(done);
                cg.f().op_u8(Op::Concat, 2);
                return;
            }
            if source.is_empty() {
                cg.string(&head, span);
                cg.f().op_u8(Op::LoadLocal, slot);
                cg.string("' as it is ", span);
                parts += 2;
            } else {
                cg.string(&format!("{head}{source}' as it is "), span);
            }
            cg.f().op_u8(Op::LoadLocal, slot);
            cg.string(".", span);
            cg.f().op_u8(Op::Concat, parts);
        });
        self.f().patch_here(defined);
        self.f().op(Op::Pop);
    }

    /// Binds the names of pattern `pat` from the value in local `slot`:
    /// object patterns read properties, array patterns elements, and a
    /// default applies when the part is `undefined`.
    pub(super) fn destructure(&mut self, pat: &Pat, slot: u8) {
        match pat {
            // In an assignment (`[a, b] = [b, a]`), names are places as in
            // `a = v`: a constant or undeclared one is refused.
            Pat::Ident(id) if self.assigning => {
                let place = super::expr::Place::Var(id.id.sym.to_string(), id.id.span);
                self.f().op_u8(Op::LoadLocal, slot);
                self.store_place(&place);
                self.f().op(Op::Pop);
            }
            Pat::Expr(e) if self.assigning && matches!(&**e, Expr::Member(_)) => {
                if let Expr::Member(m) = &**e {
                    let place = self.member_place(m);
                    self.f().op_u8(Op::LoadLocal, slot);
                    self.store_place(&place);
                    self.f().op(Op::Pop);
                }
            }
            Pat::Ident(id) => {
                self.f().op_u8(Op::LoadLocal, slot);
                match self.resolve(&id.id.sym) {
                    Some(b) => self.store_binding(&b, id.id.span),
                    None => self.f().op(Op::Pop),
                }
                // (Bound now: a later default of the pattern may read it.)
                self.end_tdz(&[id.id.sym.to_string()]);
            }
            Pat::Assign(a) => {
                let name = match &*a.left {
                    Pat::Ident(id) => Some(id.id.sym.to_string()),
                    _ => None,
                };
                let inner = self.with_default(slot, &a.right, name.as_deref());
                self.destructure(&a.left, inner);
            }
            Pat::Object(o) => {
                if let Some(source) = self.pattern_source.take() {
                    self.check_destructurable(o, slot, &source);
                }
                for prop in &o.props {
                    match prop {
                        ObjectPatProp::KeyValue(kv) => {
                            self.f().op_u8(Op::LoadLocal, slot);
                            self.prop_name(&kv.key);
                            self.f().op(Op::GetProp);
                            let part = self.new_local();
                            self.f().op_u8(Op::StoreLocal, part);
                            self.destructure(&kv.value, part);
                        }
                        ObjectPatProp::Assign(a) => {
                            self.f().op_u8(Op::LoadLocal, slot);
                            self.string(&a.key.sym, a.key.span);
                            self.f().op(Op::GetProp);
                            let part = self.new_local();
                            self.f().op_u8(Op::StoreLocal, part);
                            let part = match &a.value {
                                Some(default) => self.with_default(part, default, Some(&a.key.sym)),
                                None => part,
                            };
                            self.f().op_u8(Op::LoadLocal, part);
                            // (`({ k } = o)` assigns `k` as `k = v` does: a
                            // constant or undeclared one is refused.)
                            if self.assigning {
                                let name = a.key.sym.to_string();
                                self.store_place(&super::expr::Place::Var(name, a.key.span));
                                self.f().op(Op::Pop);
                            } else {
                                match self.resolve(&a.key.sym) {
                                    Some(b) => self.store_binding(&b, a.key.span),
                                    None => self.f().op(Op::Pop),
                                }
                                self.end_tdz(&[a.key.sym.to_string()]);
                            }
                        }
                        ObjectPatProp::Rest(r) => self.rest_properties(o, r, slot),
                    }
                }
            }
            Pat::Array(a) => {
                // (The prelude's patterns are of its own arrays.)
                let source = self.pattern_source.take();
                let checked = !self.in_prelude() && !std::mem::take(&mut self.unchecked_pattern);
                let walked = checked || self.iterates_collections || self.iterates_protocol;
                if walked {
                    self.f().op_u8(Op::LoadLocal, slot);
                }
                if checked {
                    self.check_iterable(source, "is not iterable");
                }
                // A Map or Set gives its items, as for `for..of`; an
                // iterator, as many as the pattern takes (then it is
                // closed), unless a `...rest` takes them all.
                if self.iterates_collections || self.iterates_protocol {
                    let rest = a.elems.iter().any(|e| matches!(e, Some(Pat::Rest(_))));
                    self.iterable_items_up_to((!rest).then_some(a.elems.len()));
                    self.f().op_u8(Op::StoreLocal, slot);
                } else if walked {
                    self.f().op(Op::Pop);
                }
                for (i, elem) in a.elems.iter().enumerate() {
                    let Some(elem) = elem else { continue };
                    // `...rest`: the elements from here on, in a new array.
                    if let Pat::Rest(r) = elem {
                        self.f().push_value(Value::UNDEFINED);
                        self.global_function("$mvmRestFrom", r.span);
                        self.f().op_u8(Op::LoadLocal, slot);
                        self.number(i as f64, r.span);
                        self.mark(r.span);
                        self.f().op_u8(Op::Call, 2);
                        let part = self.new_local();
                        self.f().op_u8(Op::StoreLocal, part);
                        self.destructure(&r.arg, part);
                        continue;
                    }
                    self.f().op_u8(Op::LoadLocal, slot);
                    self.number(i as f64, a.span);
                    self.f().op(Op::GetProp);
                    let part = self.new_local();
                    self.f().op_u8(Op::StoreLocal, part);
                    self.destructure(elem, part);
                }
            }
            other => self.unsupported(other.span(), "this pattern", "bind the names one by one"),
        }
    }

    /// `{ a, b: x, ...rest }`: `rest` gets the own enumerable properties
    /// of the value in `slot` that the pattern's other keys do not name.
    fn rest_properties(&mut self, o: &ObjectPat, r: &RestPat, slot: u8) {
        let mut taken = Vec::new();
        for prop in &o.props {
            match prop {
                // (A computed key is read again for the rest: one without
                // side effects, a name or a literal, as `{ [key]: _,
                // ...rest }` omits a key.)
                ObjectPatProp::KeyValue(kv) if pure_key(&kv.key) => taken.push(&kv.key),
                ObjectPatProp::KeyValue(kv) => {
                    return self.unsupported(
                        kv.key.span(),
                        "a computed key with side effects beside rest properties",
                        "compute the key into a variable first",
                    )
                }
                ObjectPatProp::Assign(_) | ObjectPatProp::Rest(_) => {}
            }
        }
        if o.props.len() > 255 {
            return self.error(o.span, "more than 255 properties in one pattern", None);
        }
        self.f().push_value(Value::UNDEFINED);
        self.global_function("$mvmRestOf", r.span);
        self.f().op_u8(Op::LoadLocal, slot);
        let mut count = taken.len();
        for key in taken {
            self.prop_name(key);
            // (As a property key: its text.)
            if matches!(key, PropName::Computed(_)) {
                self.f().op_u8(Op::Concat, 1);
            }
        }
        for prop in &o.props {
            if let ObjectPatProp::Assign(a) = prop {
                self.string(&a.key.sym, a.key.span);
                count += 1;
            }
        }
        self.f().op_u8(Op::NewArray, count as u8);
        self.mark(r.span);
        self.f().op_u8(Op::Call, 2);
        let part = self.new_local();
        self.f().op_u8(Op::StoreLocal, part);
        self.destructure(&r.arg, part);
    }

    /// A local holding the value in `slot`, or `default` when that is
    /// `undefined`.
    /// `name`: the binding the default goes to, which names a function
    /// it makes (`{ onDone = () => {} }`), as JavaScript does.
    fn with_default(&mut self, slot: u8, default: &Expr, name: Option<&str>) -> u8 {
        let out = self.new_local();
        self.f().op_u8(Op::LoadLocal, slot);
        self.f().op(Op::Dup);
        self.f().push_value(Value::UNDEFINED);
        self.f().op(Op::StrictNe);
        let given = self.f().jump(Op::JumpIfTrue);
        self.f().op(Op::Pop);
        // (A default is an expression of its own, whatever the pattern.)
        let assigning = std::mem::take(&mut self.assigning);
        match name {
            Some(name) => self.expr_named(default, name, false),
            None => self.expr(default),
        }
        self.assigning = assigning;
        self.f().patch_here(given);
        self.f().op_u8(Op::StoreLocal, out);
        out
    }

    fn push_target(&mut self, labels: Vec<String>, is_loop: bool) {
        self.push_target_kind(labels, is_loop, false);
    }

    fn push_target_kind(&mut self, labels: Vec<String>, is_loop: bool, is_switch: bool) {
        let env_len = self.env_chain.len();
        let try_depth = self.state().tries.len();
        self.state().targets.push(JumpTarget {
            labels,
            is_loop,
            is_switch,
            try_depth,
            breaks: Vec::new(),
            continues: Vec::new(),
            env_len,
            iterator: None,
        });
    }

    /// Ends the innermost jump target: its breaks go to here.
    fn pop_target_breaks(&mut self) {
        if let Some(target) = self.state().targets.pop() {
            self.land_here(target.breaks);
        }
    }

    fn patch_continues(&mut self) {
        let patches: Vec<_> = self
            .state()
            .targets
            .last_mut()
            .map(|t| std::mem::take(&mut t.continues))
            .unwrap_or_default();
        self.land_here(patches);
    }

    fn while_loop(&mut self, test: &Expr, body: &Stmt, labels: Vec<String>) {
        self.push_target(labels, true);
        let to_test = self.f().jump(Op::Jump);
        let top = self.f().here();
        self.stmt(body);
        self.patch_continues();
        self.f().patch_here(to_test);
        self.loop_test(Some(test), top);
        self.pop_target_breaks();
    }

    /// The test at the bottom of a loop, jumping back to `top` while it
    /// holds: one compare-and-jump per iteration, where a test at the top
    /// would need a jump back as well.
    fn loop_test(&mut self, test: Option<&Expr>, top: usize) {
        match test {
            None | Some(Expr::Lit(Lit::Bool(Bool { value: true, .. }))) => {
                self.f().jump_to(Op::Jump, top)
            }
            Some(test) => {
                // Emitted after the body: errors in it name its own line.
                self.mark(test.span());
                let to_top = self.branch(test, true);
                self.land_at(to_top, top);
            }
        }
    }

    fn do_while(&mut self, s: &DoWhileStmt, labels: Vec<String>) {
        self.push_target(labels, true);
        let top = self.f().here();
        self.stmt(&s.body);
        self.patch_continues();
        let to_top = self.branch(&s.test, true);
        self.land_at(to_top, top);
        self.pop_target_breaks();
    }

    fn for_loop(&mut self, s: &ForStmt, labels: Vec<String>) {
        // The loop's own scope holds `let`/`const` from its head; when a
        // closure captures them, each iteration gets a copy.
        let names = match &s.init {
            // (Patterns too: `for (let [lo, hi] = [0, n]; lo < hi; ...)`.)
            Some(VarDeclOrExpr::VarDecl(v)) if v.kind != VarDeclKind::Var => {
                let mut declared = Vec::new();
                for d in &v.decls {
                    super::decls::pat_idents(&d.name, &mut declared);
                }
                let mutable = v.kind == VarDeclKind::Let;
                declared.into_iter().map(|n| (n, mutable)).collect()
            }
            _ => Vec::new(),
        };
        self.enter_scope(&names, false, 0);
        let per_iteration = self.scopes.last().is_some_and(|s| s.has_env);
        match &s.init {
            Some(VarDeclOrExpr::VarDecl(v)) => {
                self.var_decl(v);
                // (A counter from a number, `let i = 0`, holds numbers.)
                for d in &v.decls {
                    let counter = matches!(d.init.as_deref(), Some(Expr::Lit(Lit::Num(_))));
                    if let (true, Pat::Ident(id)) = (counter, &d.name) {
                        if let Some(super::Storage::Local(slot)) =
                            self.resolve(&id.id.sym).map(|b| b.storage)
                        {
                            self.f().number_slots.push(slot);
                        }
                    }
                }
            }
            Some(VarDeclOrExpr::Expr(e)) => {
                self.expr(e);
                self.f().op(Op::Pop);
            }
            None => {}
        }
        // (The first iteration has its copy too: a closure made in the head,
        // `for (let i = 0, get = () => i; ...)`, keeps the head's.)
        if per_iteration {
            self.f().op(Op::ScopeClone);
        }
        self.push_target(labels, true);
        // The test sits at the bottom (see `loop_test`); the first one is
        // reached by a jump over the body and update.
        let to_test = s.test.as_ref().map(|_| self.f().jump(Op::Jump));
        let top = self.f().here();
        self.stmt(&s.body);
        self.patch_continues();
        if per_iteration {
            self.f().op(Op::ScopeClone);
        }
        if let Some(update) = &s.update {
            self.mark(update.span());
            self.expr_for_effect(update);
        }
        if let Some(to_test) = to_test {
            self.f().patch_here(to_test);
        }
        self.loop_test(s.test.as_deref(), top);
        self.pop_target_breaks();
        self.exit_scope(true);
    }

    /// `for (x of items)` over an array (or a string, by code unit): an
    /// index loop, with a fresh `x` each iteration.
    /// `for..of`, and `for await..of`, which awaits each item (an array
    /// of promises: there are no async iterators without generators).
    fn for_of(&mut self, s: &ForOfStmt, labels: Vec<String>) {
        let awaits = match (s.is_await, self.fns.last().and_then(|f| f.async_slot)) {
            (false, _) => None,
            (true, Some(slot)) => Some(slot),
            (true, None) => {
                return self.unsupported(
                    s.span,
                    "`for await` outside an async function",
                    "move the loop into an async function and call it",
                )
            }
        };
        self.awaits_items = awaits;
        self.for_each(&s.left, &s.right, &s.body, s.span, labels, false);
    }

    /// `for (k in obj)`: the same loop over the keys `ForInKeys` lists.
    fn for_in(&mut self, s: &ForInStmt, labels: Vec<String>) {
        self.for_each(&s.left, &s.right, &s.body, s.span, labels, true);
    }

    /// `for..of` (or, with `keys`, `for..in`) as an index loop over an
    /// array, with a fresh binding each iteration.
    fn for_each(
        &mut self,
        left: &ForHead,
        right: &Expr,
        body: &Stmt,
        span: Span,
        labels: Vec<String>,
        keys: bool,
    ) {
        let s = ForEachParts {
            left,
            right,
            body,
            span,
        };
        let loop_name = if keys { "`for..in`" } else { "`for..of`" };
        let (pattern, kind): (&Pat, _) = match s.left {
            ForHead::VarDecl(v) => match v.decls.as_slice() {
                [d] => (&d.name, Some(v.kind)),
                _ => return self.error(s.span, format!("{loop_name} declares one variable"), None),
            },
            // (Names declared before, or a pattern or property to assign
            // each item to: `for ([k, v] of pairs)`, `for (this.key in o)`.)
            ForHead::Pat(p) => match &**p {
                Pat::Ident(_) | Pat::Array(_) | Pat::Object(_) => (&**p, None),
                Pat::Expr(e) if matches!(&**e, Expr::Member(_)) => (&**p, None),
                other => {
                    return self.unsupported(
                        other.span(),
                        &format!("this {loop_name} target"),
                        "assign to a variable, and from it to the property in the body",
                    )
                }
            },
            ForHead::UsingDecl(u) => {
                return self.unsupported(u.span, "`using`", "declare with `const`")
            }
        };
        let awaits = self.awaits_items.take();
        let mut names = Vec::new();
        super::decls::pat_idents(pattern, &mut names);
        let (items, index) = (self.new_local(), self.new_local());
        self.f().number_slots.push(index);
        // `for..in` checks each key before its turn, so that a key deleted
        // by then is skipped: in the object, or for a string (which `in`
        // refuses) in its key list, which has the same indices.
        let source = keys.then(|| self.new_local());
        let mut async_walk = None;
        self.expr(s.right);
        if let Some(source) = source {
            self.f().op(Op::Dup);
            self.f().op_u8(Op::StoreLocal, source);
            self.f().op(Op::ForInKeys);
            self.f().op_u8(Op::LoadLocal, source);
            self.f().op(Op::Typeof);
            self.string("string", s.span);
            self.f().op(Op::StrictNe);
            let not_string = self.f().jump(Op::JumpIfTrue);
            self.f().op(Op::Dup);
            self.f().op_u8(Op::StoreLocal, source);
            self.f().patch_here(not_string);
        } else {
            // A `for await` over an async iterable (one with
            // `[Symbol.asyncIterator]()`) walks its iterator, whose `next()`
            // results are awaited and whose items are not; `async_walk`
            // holds whether the loop does.
            let async_iterable = (awaits.is_some() && self.iterates_protocol).then(|| {
                // (`null` and `undefined` go on to the check, which names
                // them.)
                self.f().op(Op::Dup);
                let nullish = self.f().jump(Op::JumpIfNullish);
                self.string(&format!("{HIDDEN_KEY}@@asyncIterator"), s.span);
                self.f().op(Op::GetProp);
                let has_async = self.f().jump(Op::JumpIfDefinedKeep);
                let checked = self.f().jump(Op::Jump);
                self.f().patch_here(nullish);
                self.f().op(Op::Pop);
                self.f().patch_here(checked);
                has_async
            });
            let detail = match awaits {
                Some(_) => "is not async iterable",
                None => "is not iterable",
            };
            self.check_iterable(Some(super::expr::walked_text(s.right)), detail);
            // (An iterator stays one, for the loop to walk lazily.)
            if self.iterates_protocol {
                self.global_function("$mvmIterate", s.span);
                self.f().op_u8(Op::Call, 0);
            } else if self.iterates_collections {
                // A Map or Set (or one's iterator) gives an iterator of
                // its live entries (`$mvmWalk`); another value with
                // `$mvmItems`, a `matchAll`, its items.
                self.f().op(Op::Dup);
                self.string("$mvmWalk", s.span);
                self.f().op(Op::GetProp);
                let walks = self.f().jump(Op::JumpIfDefinedKeep);
                self.iterable_items();
                let done = self.f().jump(Op::Jump);
                self.f().patch_here(walks);
                self.f().op_u8(Op::Call, 0);
                self.f().patch_here(done);
            } else {
                self.iterable_items();
            }
            // A string's items are its code points (a surrogate pair is
            // one): the string itself where it has no pair, else spread
            // into an array (`$mvmCodePoints`; the prelude's loops, which
            // walk no long strings, spread).
            self.f().op(Op::Dup);
            self.f().op(Op::Typeof);
            self.string("string", s.span);
            let not_string = self.f().jump(Op::JumpUnlessStrictEq);
            if self.in_prelude() {
                self.f().op_u8(Op::NewArray, 0);
                self.f().op(Op::Swap);
                self.f().op(Op::Extend);
            } else if self.resolve("$mvmCodePoints").is_none() {
                self.found.needs_code_points = true;
            } else {
                self.global_function("$mvmCodePoints", s.span);
                self.f().op_u8(Op::Call, 0);
            }
            self.f().patch_here(not_string);
            if let Some(has_async) = async_iterable {
                let flag = self.new_local();
                async_walk = Some(flag);
                self.f().push_value(Value::FALSE);
                self.f().op_u8(Op::StoreLocal, flag);
                let join = self.f().jump(Op::Jump);
                self.f().patch_here(has_async);
                self.f().op_u8(Op::Call, 0);
                self.f().push_value(Value::TRUE);
                self.f().op_u8(Op::StoreLocal, flag);
                self.f().patch_here(join);
            }
        }
        self.f().op_u8(Op::StoreLocal, items);
        self.f()
            .push_value(Value::int(0).unwrap_or(Value::UNDEFINED));
        self.f().op_u8(Op::StoreLocal, index);
        // (An iterator, lazily walked, is closed by a jump out, and by a
        // throw out of the loop, which a handler around it catches: so is
        // a generator's `return()`, which unwinds it by a throw.)
        let lazy = self.iterates_protocol && source.is_none();
        // (A Map's or Set's own iterator, in a program without the
        // protocol, has nothing to close and gives only objects.)
        let walks_live = !self.iterates_protocol && self.iterates_collections && source.is_none();
        let to_close = lazy.then(|| {
            self.push_try(None);
            self.f().jump(Op::TryPush)
        });
        self.push_target(labels, true);
        if lazy {
            if let Some(target) = self.state().targets.last_mut() {
                target.iterator = Some(super::LoopIterator {
                    items,
                    index,
                    awaits: awaits.map(|slot| (slot, async_walk)),
                });
            }
        }
        // `index < items.length`, tested at the bottom (see `loop_test`).
        let to_test = self.f().jump(Op::Jump);
        let top = self.f().here();
        if let Some(source) = source {
            self.f().op_u8(Op::LoadLocal, items);
            self.f().op_u8(Op::LoadLocal, index);
            self.f().op(Op::GetProp);
            self.f().op_u8(Op::LoadLocal, source);
            self.f().op(Op::In);
            let deleted = self.f().jump(Op::JumpIfFalse);
            if let Some(target) = self.state().targets.last_mut() {
                target.continues.push(deleted);
            }
        }
        self.f().op_u8(Op::LoadLocal, items);
        self.f().op_u8(Op::LoadLocal, index);
        self.f().op(Op::GetProp);
        // (An iterator's item arrives here too.)
        let bind = self.f().here();
        // A `let`/`const` item is a new binding each time round.
        let own_scope = matches!(kind, Some(VarDeclKind::Let | VarDeclKind::Const));
        if own_scope {
            let mutable = kind == Some(VarDeclKind::Let);
            let declared: Vec<(String, bool)> =
                names.iter().map(|n| (n.clone(), mutable)).collect();
            self.enter_scope(&declared, false, 0);
        }
        // (Twice, as JavaScript's loop over a sync iterator awaits each
        // item and then the result it wraps it in: other async code runs
        // two steps per item, as in Node.)
        if let Some(slot) = awaits {
            // (An async iterator's items are not awaited.)
            let not_async = async_walk.map(|flag| {
                self.f().op_u8(Op::LoadLocal, flag);
                self.f().jump(Op::JumpIfTrue)
            });
            self.await_value(slot);
            self.await_value(slot);
            if let Some(skip) = not_async {
                self.f().patch_here(skip);
            }
        }
        let item = self.new_local();
        self.f().op_u8(Op::StoreLocal, item);
        let missing = names.iter().find(|n| self.resolve(n).is_none()).cloned();
        if let Some(missing) = missing {
            let message = format!("`{missing}` is not declared");
            self.error(
                s.span,
                message,
                Some("declare it with `let` or `const` in the loop head"),
            );
        }
        self.unchecked_pattern = true;
        // (A head of names declared before, `for (k of list)`, assigns
        // them: a constant is refused.)
        let assigning = std::mem::replace(&mut self.assigning, kind.is_none());
        self.destructure(pattern, item);
        self.assigning = assigning;
        self.unchecked_pattern = false;
        self.stmt(s.body);
        if own_scope {
            self.exit_scope(true);
        }
        self.patch_continues();
        self.f().op_u8(Op::LoadLocal, index);
        self.f().op(Op::Inc);
        self.f().op_u8(Op::StoreLocal, index);
        self.f().patch_here(to_test);
        self.f().op_u8(Op::LoadLocal, index);
        self.f().op_u8(Op::LoadLocal, items);
        self.f().push_value(Value::STR_LENGTH);
        self.f().op(Op::GetProp);
        self.f().op(Op::Lt);
        self.f().jump_to(Op::JumpIfTrue, top);
        if lazy || walks_live {
            self.next_of_iterator(items, index, bind, s.span, lazy, async_walk.zip(awaits));
        }
        // (`for await` takes its last, done, result as it takes an item;
        // over an async iterator, whose `next()` it awaited, it is done.)
        if let Some(slot) = awaits {
            let not_async = async_walk.map(|flag| {
                self.f().op_u8(Op::LoadLocal, flag);
                self.f().jump(Op::JumpIfTrue)
            });
            self.f().push_value(Value::UNDEFINED);
            self.await_value(slot);
            self.await_value(slot);
            self.f().op(Op::Pop);
            if let Some(skip) = not_async {
                self.f().patch_here(skip);
            }
        }
        self.pop_target_breaks();
        if let Some(to_close) = to_close {
            self.f().op(Op::TryPop);
            self.state().tries.pop();
            let to_end = self.f().jump(Op::Jump);
            self.f().patch_here(to_close);
            let thrown = self.new_local();
            self.f().op_u8(Op::StoreLocal, thrown);
            // (Not where `next()` threw: see `next_of_iterator`.)
            self.f().op_u8(Op::LoadLocal, index);
            self.f().push_value(Value::TRUE);
            let in_next = self.f().jump(Op::JumpIfStrictEq);
            // (What closing throws gives way to what the body threw.)
            let swallow = self.f().jump(Op::TryPush);
            self.close_iterator(items, awaits.map(|slot| (slot, async_walk)));
            self.f().op(Op::TryPop);
            let closed = self.f().jump(Op::Jump);
            self.f().patch_here(swallow);
            self.f().op(Op::Pop);
            self.f().patch_here(closed);
            self.f().patch_here(in_next);
            self.f().op_u8(Op::LoadLocal, thrown);
            self.f().op(Op::Throw);
            self.f().patch_here(to_end);
        }
        // What the loop walked may be a copy (a Map's entries, a string's
        // characters, an object's keys): let it go now, not when the
        // function returns, so that loops in a row do not each hold one.
        self.f().push_value(Value::UNDEFINED);
        self.f().op_u8(Op::StoreLocal, items);
    }

    /// The end of a `for..of` loop's test, for an iterator (`items` has no
    /// length: an array's loop ends here): its `next()`, and the item
    /// bound at `bind` unless it is done.
    /// (Without `checked`, the iterator is the library's own, a Map's or
    /// a Set's, stepped by `$mvmStep()`.)
    /// (With `async_walk`, `(flag, async slot)`: where the local `flag` is
    /// true, the iterator is async, and each result is awaited.)
    fn next_of_iterator(
        &mut self,
        items: u8,
        index: u8,
        bind: usize,
        span: Span,
        checked: bool,
        async_walk: Option<(u8, u8)>,
    ) {
        self.f().op_u8(Op::LoadLocal, items);
        self.f().push_value(Value::STR_LENGTH);
        self.f().op(Op::GetProp);
        self.f().push_value(Value::UNDEFINED);
        let has_length = self.f().jump(Op::JumpUnlessStrictEq);
        if !checked {
            // The library's own iterator's `$mvmStep()`: the next item, or
            // the iterator itself once done.
            self.f().op_u8(Op::LoadLocal, items);
            self.f().op(Op::Dup);
            self.string("$mvmStep", span);
            self.f().op(Op::GetProp);
            self.f().op_u8(Op::Call, 0);
            self.f().op(Op::Dup);
            self.f().op_u8(Op::LoadLocal, items);
            let done = self.f().jump(Op::JumpIfStrictEq);
            self.f().jump_to(Op::Jump, bind);
            self.f().patch_here(done);
            self.f().op(Op::Pop);
            self.f().patch_here(has_length);
            return;
        }
        // While `next()` runs, and its result is read, `index` (unused by
        // an iterator's loop) is true: what throws there leaves the
        // iterator unclosed, as JavaScript leaves it.
        self.f().push_value(Value::TRUE);
        self.f().op_u8(Op::StoreLocal, index);
        self.f().op_u8(Op::LoadLocal, items);
        self.f().op(Op::Dup);
        self.string("next", span);
        self.f().op(Op::GetProp);
        self.f().op_u8(Op::Call, 0);
        if let Some((flag, slot)) = async_walk {
            self.f().op_u8(Op::LoadLocal, flag);
            let sync = self.f().jump(Op::JumpIfFalse);
            self.await_value(slot);
            self.f().patch_here(sync);
        }
        // A result that is no object is a TypeError, as JavaScript has it
        // (`$mvmBadIteratorResult` throws it), not a loop for ever on its
        // missing `done`. (Tested here: a call per item to check it cost
        // a generator's loop a sixth of its speed.)
        self.f().op(Op::Dup);
        self.f().op(Op::Typeof);
        self.string("object", span);
        let not_object = self.f().jump(Op::JumpUnlessStrictEq);
        // (A copy to test for `null`, which the jump makes `undefined`.)
        self.f().op(Op::Dup);
        let null = self.f().jump(Op::JumpIfNullish);
        self.f().op(Op::Pop);
        self.f().op(Op::Dup);
        self.string("done", span);
        self.f().op(Op::GetProp);
        let done = self.f().jump(Op::JumpIfTrue);
        self.string("value", span);
        self.f().op(Op::GetProp);
        self.f()
            .push_value(Value::int(0).unwrap_or(Value::UNDEFINED));
        self.f().op_u8(Op::StoreLocal, index);
        self.f().jump_to(Op::Jump, bind);
        self.f().patch_here(null);
        self.f().op(Op::Pop);
        self.f().patch_here(not_object);
        self.global_function("$mvmBadIteratorResult", span);
        self.f().op_u8(Op::Call, 0);
        self.f().patch_here(done);
        self.f().op(Op::Pop);
        self.f().patch_here(has_length);
    }

    fn labeled(&mut self, l: &LabeledStmt, mut labels: Vec<String>) {
        labels.push(l.label.sym.to_string());
        match &*l.body {
            Stmt::While(s) => self.while_loop(&s.test, &s.body, labels),
            Stmt::DoWhile(s) => self.do_while(s, labels),
            Stmt::For(s) => self.for_loop(s, labels),
            Stmt::Labeled(inner) => self.labeled(inner, labels),
            Stmt::Switch(s) => self.switch(s, labels),
            Stmt::ForOf(s) => self.for_of(s, labels),
            Stmt::ForIn(s) => self.for_in(s, labels),
            other => {
                self.push_target(labels, false);
                self.stmt(other);
                self.pop_target_breaks();
            }
        }
    }

    fn break_or_continue(&mut self, label: Option<&Ident>, span: Span, is_continue: bool) {
        let targets = &self.fns.last().map(|s| &s.targets);
        let found = targets.and_then(|targets| {
            targets.iter().rposition(|t| match label {
                Some(l) => t.labels.iter().any(|n| *n == *l.sym),
                None => t.is_loop || (t.is_switch && !is_continue),
            })
        });
        let keyword = if is_continue { "continue" } else { "break" };
        match found {
            Some(i) if is_continue && !self.state().targets[i].is_loop => self.error(
                span,
                format!("`{keyword}` to a label that is not on a loop"),
                Some("label the loop instead"),
            ),
            Some(i) => self.jump_out(i, is_continue),
            None => match label {
                Some(l) => self.error(
                    l.span,
                    format!("no enclosing statement is labelled `{}`", l.sym),
                    None,
                ),
                None => self.error(span, format!("`{keyword}` outside of a loop"), None),
            },
        }
    }

    fn push_try(&mut self, finally: Option<BlockStmt>) {
        let region = super::TryRegion {
            finally,
            scopes_len: self.scopes.len(),
            env_len: self.env_chain.len(),
        };
        self.state().tries.push(region);
    }

    fn try_stmt(&mut self, t: &TryStmt) {
        // A `finally` wraps everything else in a handler of its own, which
        // runs it and rethrows.
        let finally_handler = t.finalizer.as_ref().map(|f| {
            self.push_try(Some(f.clone()));
            self.f().jump(Op::TryPush)
        });
        match &t.handler {
            Some(handler) => {
                self.push_try(None);
                let to_catch = self.f().jump(Op::TryPush);
                self.block(&t.block.stmts);
                self.f().op(Op::TryPop);
                self.state().tries.pop();
                let to_end = self.f().jump(Op::Jump);
                self.f().patch_here(to_catch);
                // The thrown value is on the stack. In a generator, its
                // own state array is `return()` unwinding it to run its
                // `finally` blocks: a `catch` passes it on.
                if let Some(state) = self.fns.last().and_then(|f| f.generator_slot) {
                    self.f().op(Op::Dup);
                    self.f().op_u8(Op::LoadLocal, state);
                    let caught = self.f().jump(Op::JumpUnlessStrictEq);
                    self.f().op(Op::Throw);
                    self.f().patch_here(caught);
                }
                match &handler.param {
                    Some(Pat::Ident(id)) => {
                        self.enter_scope(&[(id.id.sym.to_string(), true)], false, 0);
                        if let Some(b) = self.resolve(&id.id.sym) {
                            self.store_binding(&b, id.id.span);
                        }
                        self.block(&handler.body.stmts);
                        self.exit_scope(true);
                    }
                    // `catch ({ code, message })`: unpacked as a
                    // declaration's pattern is.
                    Some(pattern) => {
                        let mut names = Vec::new();
                        super::decls::pat_idents(pattern, &mut names);
                        let names: Vec<(String, bool)> =
                            names.into_iter().map(|n| (n, true)).collect();
                        self.enter_scope(&names, false, 0);
                        let slot = self.new_local();
                        self.f().op_u8(Op::StoreLocal, slot);
                        self.destructure(pattern, slot);
                        self.block(&handler.body.stmts);
                        self.exit_scope(true);
                    }
                    None => {
                        self.f().op(Op::Pop);
                        self.block(&handler.body.stmts);
                    }
                }
                self.f().patch_here(to_end);
            }
            None => self.block(&t.block.stmts),
        }
        if let (Some(to_rethrow), Some(finally)) = (finally_handler, &t.finalizer) {
            self.f().op(Op::TryPop);
            self.state().tries.pop();
            self.block(&finally.stmts);
            let to_end = self.f().jump(Op::Jump);
            self.f().patch_here(to_rethrow);
            let slot = self.new_local();
            self.f().op_u8(Op::StoreLocal, slot);
            self.block(&finally.stmts);
            self.f().op_u8(Op::LoadLocal, slot);
            self.f().op(Op::Throw);
            self.f().patch_here(to_end);
        }
    }

    fn switch(&mut self, s: &SwitchStmt, labels: Vec<String>) {
        self.expr(&s.discriminant);
        let all = super::decls::switch_statements(s);
        // (The cases are one block: a `let` in two of them is declared
        // twice.)
        self.check_redeclarations(&all, &[]);
        let names = lexical_names(&all);
        self.enter_scope(&names, false, 0);
        self.enter_tdz(&all);
        // A case's `let`, `const` or class read in a later case is in its
        // dead zone where the jump passed the declaration: its slot starts
        // as the hole, which such a read checks for. (Locals only: a slot
        // a closure shares keeps the old way, `undefined`, so no closure
        // ever sees the hole.)
        let case_locals = |cg: &mut Self, stmts: &[Stmt]| -> Vec<(String, super::Binding)> {
            super::decls::tdz_names(stmts)
                .into_iter()
                .filter_map(|name| {
                    let b = cg.resolve(&name)?;
                    matches!(b.storage, super::Storage::Local(_)).then_some((name, b))
                })
                .collect()
        };
        for (_, b) in case_locals(self, &all) {
            self.f().push_value(Value::HOLE);
            self.store_binding(&b, s.span);
        }
        let switch_scope = self.scopes.last().map_or(0, |scope| scope.id);
        let subject = self.new_local();
        self.f().op_u8(Op::StoreLocal, subject);
        for decl in function_decls(&all) {
            self.fn_decl(decl);
        }
        self.push_target_kind(labels, false, true);
        // The jumps to each case's body, and to the default's (or the end).
        let mut to_body: Vec<Vec<Patch>> = s.cases.iter().map(|_| Vec::new()).collect();
        let mut to_default = Vec::new();
        match number_cases(s) {
            // Many number labels: a search tree of comparisons, a few
            // tests deep rather than one per label (an opcode interpreter's
            // 256 cases: 8 or so, not 128 on average).
            Some(mut labels) if labels.len() >= SWITCH_TREE_MIN => {
                labels.sort_by(|a, b| a.0.total_cmp(&b.0));
                self.switch_tree(subject, &labels, &mut to_body, &mut to_default);
            }
            // Tests in order; each jumps to its body.
            _ => {
                for (case, patches) in s.cases.iter().zip(&mut to_body) {
                    if let Some(test) = &case.test {
                        self.f().op_u8(Op::LoadLocal, subject);
                        self.expr(test);
                        self.f().op(Op::StrictEq);
                        patches.push(self.f().jump(Op::JumpIfTrue));
                    }
                }
                to_default.push(self.f().jump(Op::Jump));
            }
        }
        // Bodies in order, falling through.
        let mut default_seen = false;
        for (case, patches) in s.cases.iter().zip(to_body) {
            for p in patches {
                self.f().patch_here(p);
            }
            if case.test.is_none() {
                for p in to_default.drain(..) {
                    self.f().patch_here(p);
                }
                default_seen = true;
            }
            for stmt in &case.cons {
                self.block_stmt(stmt);
            }
            for (name, _) in case_locals(self, &case.cons) {
                self.case_tdz.push((switch_scope, name));
            }
        }
        if !default_seen {
            for p in to_default {
                self.f().patch_here(p);
            }
        }
        self.pop_target_breaks();
        self.exit_scope(true);
    }

    /// The tests of a `switch` on number labels (`labels`: value and case
    /// index, sorted by value) as a search tree: `subject < pivot` picks a
    /// half, and up to [`SWITCH_LEAF`] labels are tested in turn. A subject
    /// that is not a number compares false at every pivot and equals no
    /// label, as `===` would have it, and comparing calls no method.
    fn switch_tree(
        &mut self,
        subject: u8,
        labels: &[(f64, usize)],
        to_body: &mut [Vec<Patch>],
        to_default: &mut Vec<Patch>,
    ) {
        if labels.len() <= SWITCH_LEAF {
            for &(value, case) in labels {
                self.f().op_u8(Op::LoadLocal, subject);
                self.number(value, swc_common::DUMMY_SP);
                self.f().op(Op::StrictEq);
                let jump = self.f().jump(Op::JumpIfTrue);
                if let Some(patches) = to_body.get_mut(case) {
                    patches.push(jump);
                }
            }
            to_default.push(self.f().jump(Op::Jump));
            return;
        }
        let (low, high) = labels.split_at(labels.len() / 2);
        let pivot = high.first().map_or(0.0, |l| l.0);
        self.f().op_u8(Op::LoadLocal, subject);
        self.number(pivot, swc_common::DUMMY_SP);
        self.f().op(Op::Lt);
        let to_high = self.f().jump(Op::JumpIfFalse);
        self.switch_tree(subject, low, to_body, to_default);
        self.f().patch_here(to_high);
        self.switch_tree(subject, high, to_body, to_default);
    }
}

/// Number labels from which a `switch` tests by a search tree.
const SWITCH_TREE_MIN: usize = 16;
/// Labels a leaf of that tree tests in turn.
const SWITCH_LEAF: usize = 8;

/// The labels of a `switch` whose every label is a number literal (or a
/// negated one), other than `NaN`: each value with its case's index, the
/// first case of a value only (a later one can only be fallen into).
fn number_cases(s: &SwitchStmt) -> Option<Vec<(f64, usize)>> {
    let mut labels: Vec<(f64, usize)> = Vec::new();
    for (i, case) in s.cases.iter().enumerate() {
        let Some(test) = &case.test else { continue };
        let value = match &**test {
            Expr::Lit(Lit::Num(n)) => n.value,
            Expr::Unary(u) if u.op == UnaryOp::Minus => match &*u.arg {
                Expr::Lit(Lit::Num(n)) => -n.value,
                _ => return None,
            },
            _ => return None,
        };
        if value.is_nan() {
            return None;
        }
        // `0` and `-0` are one label to `===`.
        if !labels.iter().any(|l| l.0 == value) {
            labels.push((value, i));
        }
    }
    Some(labels)
}

/// The parts of a `for..of` or `for..in` statement.
struct ForEachParts<'a> {
    left: &'a ForHead,
    right: &'a Expr,
    body: &'a Stmt,
    span: Span,
}

/// `*default* = expr;`: a module's default export, kept in a binding no
/// identifier can name.
fn assign_default(expr: Expr, span: Span) -> Stmt {
    let target = Ident::new_no_ctxt(crate::modules::DEFAULT.into(), span);
    Stmt::Expr(ExprStmt {
        span,
        expr: Box::new(Expr::Assign(AssignExpr {
            span,
            op: AssignOp::Assign,
            left: AssignTarget::Simple(SimpleAssignTarget::Ident(target.into())),
            right: Box::new(expr),
        })),
    })
}

/// Names the script uses as `globalThis.NAME`: globals, whether or not a
/// declaration names them too.
pub(super) fn global_this_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for (at, _) in text.match_indices("globalThis.") {
        let rest = &text[at + "globalThis.".len()..];
        let name = leading_name(rest);
        // (The library's namespaces and `Promise`, which the compiler
        // knows by name, are no globals of the program's: `globalThis.JSON`
        // is `JSON`.)
        let builtin = super::expr::builtin_function(&name).is_some()
            || is_library_name(&name)
            || matches!(name.as_str(), "undefined" | "NaN" | "Infinity" | "console");
        if !name.is_empty() && !builtin && !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// The library's names the compiler knows itself (namespaces whose
/// statics it resolves, and `Promise`), which no program global replaces.
pub(super) fn is_library_name(name: &str) -> bool {
    crate::prelude::NAMESPACES.contains(&name) || matches!(name, "JSON" | "Promise")
}

/// The identifier `s` starts with (empty if none).
fn leading_name(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
        .collect()
}

/// Where the identifier that `before` ends with starts.
fn name_start(before: &str) -> usize {
    before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
        .map_or(0, |i| i + 1)
}

/// Names used as `new NAME` or `NAME.prototype` in `text`.
pub(super) fn constructed_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    // Classes made with `new`, and those a class extends; of a member
    // (`new lib.Queue()`), its key too.
    for word in ["new ", "extends "] {
        for (at, _) in text.match_indices(word) {
            let mut rest = text[at + word.len()..].trim_start();
            let name = leading_name(rest);
            rest = &rest[name.len()..];
            if !name.is_empty() {
                names.push(name);
            }
            while let Some(after) = rest.strip_prefix('.') {
                let key = leading_name(after);
                rest = &after[key.len()..];
                if !rest.starts_with('.') && !key.is_empty() {
                    names.push(key);
                }
            }
        }
    }
    // `NAME.prototype`, and `NAME.key = ...` (a plain function holds no
    // properties: one given a property takes a class's shape, as one used
    // with `new` does, and stays callable).
    for (at, _) in text.match_indices('.') {
        let start = name_start(&text[..at]);
        let after = &text[at + 1..];
        let key = leading_name(after);
        let rest = after[key.len()..].trim_start();
        let assigned = [
            "=", "+=", "-=", "*=", "/=", "%=", "||=", "&&=", "??=", "++", "--",
        ]
        .iter()
        .any(|op| rest.starts_with(op))
            && !rest.starts_with("==")
            && !rest.starts_with("=>");
        if start < at && !key.is_empty() && (key == "prototype" || assigned) {
            names.push(text[start..at].to_string());
        }
    }
    names
}

/// The methods `text` copies from one class's prototype to another's
/// (`Child.prototype.Base_tick = Base.prototype.tick`, the inheritance of
/// code that has no `extends`): `(Child, Base)` for each.
pub(super) fn copied_methods(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices(".prototype.") {
        let start = name_start(&text[..at]);
        let after = &text[at + ".prototype.".len()..];
        let key = leading_name(after);
        let Some(value) = after[key.len()..].trim_start().strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let source = leading_name(value);
        if start < at
            && !key.is_empty()
            && !source.is_empty()
            && value[source.len()..].starts_with(".prototype.")
        {
            found.push((text[start..at].to_string(), source));
        }
    }
    found
}

/// One step of binding a function's parameters (see `Codegen::function`).
enum ParamStep<'a> {
    /// `name = default`, given where its argument is undefined.
    Default(String, Span, &'a Expr),
    /// A pattern unpacked from the argument in local `slot`.
    Pattern(usize, &'a Pat),
}

/// Whether `stmt` is the directive `'use strict'`.
fn is_use_strict(stmt: &Stmt) -> bool {
    matches!(stmt, Stmt::Expr(ExprStmt { expr, .. })
        if matches!(&**expr, Expr::Lit(Lit::Str(s)) if s.value.as_str() == Some("use strict")))
}

/// Whether reading `key` again does nothing more: a plain name, a
/// literal, or a computed name that is a variable, a chain of names or a
/// literal.
fn pure_key(key: &PropName) -> bool {
    let PropName::Computed(c) = key else {
        return true;
    };
    let mut e = super::expr::unparenthesized(&c.expr);
    while let Expr::Member(m) = e {
        if !matches!(m.prop, MemberProp::Ident(_)) {
            return false;
        }
        e = &m.obj;
    }
    matches!(e, Expr::Ident(_) | Expr::Lit(_))
}

/// What V8's message names when an object pattern cannot destructure
/// `init` (see `check_destructurable`): the variable, member or call
/// written, else the value (an empty text); `None` for what is never
/// undefined or null, which needs no check.
/// The `pattern_source` of a destructured parameter: its null is named
/// `'object null'`, as V8 names it, its undefined `'undefined'`.
const PARAMETER_SOURCE: &str = "\0parameter";

pub(super) fn object_pattern_source(init: &Expr) -> Option<String> {
    match super::expr::unparenthesized(init) {
        e @ (Expr::Ident(_) | Expr::Member(_) | Expr::Call(_)) => {
            Some(super::callee::callee_text(e))
        }
        Expr::Object(_)
        | Expr::Array(_)
        | Expr::New(_)
        | Expr::Tpl(_)
        | Expr::Fn(_)
        | Expr::Arrow(_)
        | Expr::Class(_) => None,
        Expr::Lit(lit) if !matches!(lit, Lit::Null(_)) => None,
        _ => Some(String::new()),
    }
}
