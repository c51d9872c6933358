//! Code generation: swc's AST to bytecode functions.
//!
//! Generation runs twice over the same AST. The first pass finds which
//! bindings inner functions capture and which functions must close over a
//! scope; the second emits code knowing that: captured bindings live in
//! heap scope objects, the rest in stack slots (or global slots at the top
//! level), and functions that capture nothing are plain ROM references that
//! cost no allocation. Both passes create scopes and functions in the same
//! order, so their numbering agrees.

mod branch;
mod callee;
mod concat;
mod dead_zone;
mod decls;
pub(crate) use decls::pat_idents;
mod expr;
mod key_text;
mod stmt;
mod suggest;

use crate::diag::{Diagnostic, SourceFile};
use crate::emit::{Const, FunctionCode, Patch};
use crate::modules::Program;
use mvm_snapshot::opcode::Op;
use mvm_snapshot::HIDDEN_KEY;
use std::collections::{HashMap, HashSet};
use swc_common::Span;

/// Marks the library's names among `constructed`.
const PRELUDE_MARK: &str = "prelude:";

/// Where a binding's value lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Storage {
    Global(u16),
    Local(u8),
    /// Slot `slot` of the scope object of scope `scope`.
    Env {
        scope: usize,
        slot: u8,
    },
    /// The current call's `this` (read with `LoadThis`).
    This,
}

/// The binding name under which a function's `this` is declared, so arrow
/// functions find (and capture) it like a variable. No identifier can
/// collide with it: `this` is a keyword.
pub(super) const THIS: &str = "this";

/// The binding name under which a derived class keeps the class it
/// extends, for `super` in its constructor and methods (a keyword too).
pub(super) const SUPER: &str = "super";

#[derive(Clone, Debug)]
struct Binding {
    name: String,
    mutable: bool,
    storage: Storage,
}

/// A lexical scope: a function body or a block.
struct Scope {
    id: usize,
    /// The function it belongs to.
    func: usize,
    bindings: Vec<Binding>,
    /// Whether it has a scope object at run time.
    has_env: bool,
    /// The function whose code runs it (see [`Codegen::owner`]).
    owner: usize,
}

/// A statement `break` or `continue` can target.
struct JumpTarget {
    labels: Vec<String>,
    is_loop: bool,
    /// A `switch`: an unlabelled `break` ends it.
    is_switch: bool,
    /// Try regions in force at the target.
    try_depth: usize,
    breaks: Vec<Patch>,
    continues: Vec<Patch>,
    /// Scope objects in force at the target.
    env_len: usize,
    /// A `for..of` walking an iterator, which a jump out of the loop
    /// closes (see `Codegen::leave_tries`).
    iterator: Option<LoopIterator>,
}

/// The locals of a `for..of` that walks an iterator.
#[derive(Clone, Copy)]
struct LoopIterator {
    /// The iterator.
    items: u8,
    /// The count of items so far; `true` where the loop's handler is not
    /// to close the iterator (while `next()` runs, or a jump out closes it).
    index: u8,
    /// For a `for await`, how it awaits the close.
    awaits: Option<LoopAwait>,
}

/// A `for await`'s: the async function's slot, and the local that holds
/// whether the loop walks an async iterator (`None` where it cannot).
type LoopAwait = (u8, Option<u8>);

struct FnState {
    id: usize,
    code: FunctionCode,
    targets: Vec<JumpTarget>,
    /// Enclosing `try` regions of the code being generated, outermost first.
    tries: Vec<TryRegion>,
    /// In an async function: the local holding its promise.
    async_slot: Option<u8>,
    /// In a generator: the local holding its state array (see `Op::Yield`).
    generator_slot: Option<u8>,
    /// An async generator: a generator whose `await` yields a mark the
    /// prelude's `$mvmAsyncGenerator` awaits (its `async_slot` is the
    /// generator's state, which marks that `await` is allowed).
    async_generator: bool,
    /// A class's constructor (which only `new` and `super()` run).
    class_constructor: bool,
    /// An arrow function (whose `this` and `new.target` are its parent's).
    arrow: bool,
    /// Names of functions declared in its blocks that it also declares as
    /// its own `var`s (see [`decls::block_function_names`]).
    block_functions: Vec<String>,
    /// A function of the program's own (not a module's top level, nor a
    /// part the compiler made): a function defined in it is a new value
    /// each time its definition runs.
    user: bool,
}

/// A `try` block (or the protected part of a `try..finally`) that a
/// `break`, `continue` or `return` may leave: its handler must be removed
/// and its `finally` run on the way out.
#[derive(Clone)]
struct TryRegion {
    finally: Option<swc_ecma_ast::BlockStmt>,
    /// Scopes and scope objects in force where the region starts.
    scopes_len: usize,
    env_len: usize,
}

/// What the first pass learned, for the second.
#[derive(Default, Clone)]
pub struct Analysis {
    /// `(scope id, name)` of bindings an inner function refers to.
    captured: HashSet<(usize, String)>,
    /// Functions that refer to a binding of an enclosing function.
    closures: HashSet<usize>,
    /// Whether the program uses promises (async functions or `Promise`),
    /// so function 0 must set up `Promise.prototype`.
    uses_promises: bool,
    /// Names read as values other than to call them (`run` in
    /// `vmExport(1, run)`, not in `run()`): a function declared under any
    /// other name cannot have its name read or printed, so keeps none.
    escaping: HashSet<String>,
    /// Whether the program has a regular expression literal where the
    /// prelude's `RegExp` is missing: the program is loaded again with it.
    pub needs_regexp: bool,
    /// Likewise for a tagged template and the prelude's template objects.
    pub needs_templates: bool,
    /// Likewise for a generator function and the prelude's Generator,
    /// which a text naming neither `yield` nor `function*` (`*ids() {}`)
    /// does not bring.
    pub needs_generator: bool,
    /// Likewise for an async generator function and the prelude's
    /// `$mvmAsyncGenerator`.
    pub needs_async_generator: bool,
    /// Likewise for a `for..of` and `$mvmCodePoints`, which takes a
    /// string's characters.
    pub needs_code_points: bool,
    /// Likewise for `Error.apply(this, arguments)`, made `new Error(...)`
    /// with a spread, and `$mvmConstruct`, which makes it.
    pub needs_construct: bool,
    /// Who may run whom, and reads across functions (see `dead_zone`).
    dead_zone: dead_zone::DeadZoneGraph,
    /// The bindings that start as the hole, which other functions' reads
    /// check for (see `dead_zone`).
    closure_tdz: HashSet<dead_zone::BindingKey>,
}

/// Generates one unit: function 0 is the module's top level.
pub struct Codegen<'s> {
    program: &'s Program,
    /// The module being compiled.
    module: usize,
    src: &'s SourceFile,
    /// Byte position swc gives the file's first byte.
    base: u32,
    /// Names used as `globalThis.NAME` anywhere: globals shared by all modules.
    shared_globals: Vec<String>,
    /// Those the program's own modules (not the library) use so.
    program_shared_globals: Vec<String>,
    /// The module's top-level declarations of shared names that are the
    /// module's own all the same: `let`, `const` and `class` (as in
    /// JavaScript, where they are no properties of `globalThis`), and any
    /// the program names as `globalThis.NAME` nowhere. The library's own
    /// `Map` stays the library's where a program declares a `class Map`.
    own_top_names: Vec<String>,
    /// The exporting module's own name of each import under another
    /// (`sq` in `import { square as sq }` is `square`): where the import
    /// escapes, so does the function under its own name, whose name it
    /// then keeps.
    import_origins: HashMap<String, String>,
    /// Names the program uses as `new NAME` or `NAME.prototype`: function
    /// declarations of these names get a prototype. (The library's are
    /// marked with [`PRELUDE_MARK`]: see [`Codegen::is_constructed`].)
    constructed: HashSet<String>,
    /// Names the program's code gives a getter or a setter (`get level()`):
    /// a class field of such a name is defined on the object,
    /// not assigned through an accessor it has.
    accessor_names: HashSet<String>,
    /// Whether classes and functions keep their names (`f.name`, and what
    /// `console.log` prints for a function or before an instance): when
    /// the program's own text reads a `.name` or uses `console`, as only
    /// then can it tell, so other programs save the bytes (some 15 a
    /// class, a constant and the name's string a function).
    keeps_names: bool,
    /// The name JavaScript gives the next function compiled, from where
    /// it stands (`const f = () => ...`, `{ run() {} }`): taken by
    /// `function`, so that no function inside it sees it.
    next_name: Option<String>,
    /// The identifier compiled next is a call's callee (see `escaping`).
    calling: bool,
    /// The member expression compiled next is a call's callee: a library
    /// member mvm lacks is refused there, and read as `undefined`
    /// elsewhere (a feature test: `Object.groupBy ?? polyfill`).
    calling_member: bool,
    /// The pattern being unpacked is an assignment's, not a declaration's.
    assigning: bool,
    /// The loop `for_each` compiles next is a `for await`: its items are
    /// awaited, with this async slot.
    awaits_items: Option<u8>,
    /// What the array pattern `destructure` takes next was written as, for
    /// the message if it is not iterable (`const [a] = cfg`).
    pattern_source: Option<String>,
    /// The pattern `destructure` takes next is a `for..of` head's, whose
    /// items (an `Object.entries` pair) go unchecked: a check per item
    /// would cost every loop for a program's slip.
    unchecked_pattern: bool,
    /// Whether the module being compiled is strict code (a module, or a
    /// script that starts `'use strict'`).
    strict: bool,
    /// Whether the code being compiled is sloppy: in a module that is not
    /// strict (nor the library), outside any class and any function that
    /// says `'use strict'`. Functions begun take it.
    sloppy_code: bool,
    /// Whether the module being compiled is a script (no `import` or
    /// `export`), whose top-level `this` is an object.
    script_this: bool,
    /// `(global slot, function)` of the modules' top-level function
    /// declarations that capture nothing, which function 0 stores first.
    hoisted: Vec<(u16, usize)>,
    /// Whether the program has `Map` or `Set` (the prelude's) or another
    /// value with a `$mvmItems` method (a `matchAll`), which `for..of`
    /// and spreads go through.
    iterates_collections: bool,
    /// Whether the program has the prelude's iteration protocol (it has
    /// generators or names `Symbol`): `for..of` walks what
    /// `$mvmIterate` gives, an iterator one `next()` at a time, and
    /// spreads take `$mvmItemsOf`.
    iterates_protocol: bool,
    /// Whether the program makes symbols (calls `Symbol(...)` or
    /// `Symbol.for(...)`): `typeof` asks the prelude, which tells them
    /// from strings.
    makes_symbols: bool,
    /// The next function compiled is a generator.
    generator_next: bool,
    /// The next function compiled is an async generator.
    async_generator_next: bool,
    /// The next function compiled is a class constructor.
    constructor_next: bool,
    /// The next function compiled is a method, a getter or a setter,
    /// which `new` refuses as it does an arrow function.
    method_next: bool,
    /// The function expression (by span) that takes a class's shape, named
    /// so, as it is made: one operand of the `||`, `??` or `?:` a
    /// constructor is assigned from (`var K = K0 || function () {}`).
    shape_at: Option<(Span, String)>,
    /// An empty object literal (by span) and the slots to make it with:
    /// the properties the statements right after it assign (see
    /// `note_object_room`).
    object_room: Option<(Span, u8)>,
    /// The `let`, `const` and class bindings (scope id, name) whose
    /// declarations have not been compiled yet: a use of one from its own
    /// function before them is a read in the temporal dead zone, which
    /// throws a ReferenceError when it runs.
    tdz: Vec<(usize, String)>,
    /// `(scope, name)`: a `let`, `const` or class of a `switch` case whose
    /// case has ended. A later case's read may come by a jump past the
    /// declaration, so it checks for the hole the slot starts as (see
    /// `Codegen::switch`).
    case_tdz: Vec<(usize, String)>,
    /// The `let`, `const` and class bindings met (scope id, name).
    lexical: HashSet<(usize, String)>,
    /// The name the function compiled next has for itself (a declaration's,
    /// a named function expression's), for its `new.target`.
    own_name_next: Option<String>,
    /// The function compiled next is a declaration's, made where its scope
    /// starts: it may run early only where it is named (see `dead_zone`).
    hoisting_next: bool,
    /// The binding whose initializer is being compiled, where that is a
    /// function, a class or an object literal: a function it defines can
    /// run only once the binding holds it (`const f = () => f()`).
    initializing: Option<(usize, String)>,
    /// The binding whose initializer is the function compiled next
    /// (`const on = () => off()`): that function runs only where the
    /// binding is named, as a declared function does (see `dead_zone`).
    defining: Option<(usize, String)>,
    /// The function whose code is compiling an argument that runs only
    /// once that code has run to its end: a function given to `vmExport`,
    /// `setTimeout`, `setInterval` or `queueMicrotask` (see `dead_zone`).
    runs_later: Option<usize>,
    /// The function whose code is defining a class bound to a binding,
    /// and that binding: the class's constructor and methods run only
    /// where the class is named (`new Sensor()`, `Sensor.create()`).
    class_of: Option<(usize, (usize, String))>,
    /// Whether `super.x` here names a static member of the parent class
    /// (in a static method) rather than one of its prototype's.
    super_static: bool,
    /// The names of instance fields by where their initializer (`this.name
    /// = value`, see `field_initializers`) starts: a function there takes
    /// the field's name, as JavaScript names `tick = () => ...`.
    field_names: HashMap<swc_common::BytePos, String>,
    /// Private names the program's code spells more than once outside a
    /// member access (`#state` declared by two classes, or one a library
    /// class keeps): a class of the program keys those under a name of
    /// its own (see `private_keys`).
    shared_private_names: HashSet<String>,
    /// The private names of the classes being compiled, innermost last:
    /// each name and the key it is kept under.
    private_scopes: Vec<Vec<(String, String)>>,
    /// Classes that took keys of their own so far (their keys' suffix).
    private_classes: usize,
    /// The printing methods of `console` the program assigns (`console.log
    /// = vmImport(1)`): its code reads and writes them as globals.
    replaced_console: Vec<&'static str>,
    /// `Namespace.name` statics the program adds to the library's
    /// namespaces (see `prelude::added_statics`).
    added_statics: Vec<(&'static str, String)>,
    pub errors: Vec<Diagnostic>,
    pub functions: Vec<Option<FunctionCode>>,
    /// The constructor of each class declared by name so far (see
    /// `give_instances_room`).
    class_constructors: HashMap<String, usize>,
    /// The classes whose methods the program copies onto a class's
    /// prototype (`Child.prototype.Base_tick = Base.prototype.tick`), by
    /// class: what those classes assign to `this`, the copies may too.
    prototype_sources: HashMap<String, Vec<String>>,
    /// Names of the module's global slots.
    pub globals: Vec<String>,
    /// Whether this is the first pass, which records what `found` holds
    /// for the second (the second's own records go unread).
    first_pass: bool,
    known: Analysis,
    found: Analysis,
    scope_count: usize,
    scopes: Vec<Scope>,
    /// Scope ids with a run-time scope object, outermost first.
    env_chain: Vec<usize>,
    fns: Vec<FnState>,
    /// Constants of functions whose own pools are full (256 entries):
    /// function 0 puts them in an array in the global
    /// [`OVERFLOW_CONSTANTS`] before any module runs.
    overflow: Vec<Const>,
}

/// The global holding the constants that did not fit their function's pool.
const OVERFLOW_CONSTANTS: &str = "$mvmConstants";

/// Bytes of code and constants past which a part of a table (see
/// `Codegen::constant_array_in_parts`) ends.
const PART_CODE: usize = 3 * 1024;
const PART_CONSTANTS: usize = 192;

/// Constant pool places only `Closure` may take.
const CLOSURE_ROOM: usize = 16;

const BAD_FN: &str = "internal: no function being compiled";

impl<'s> Codegen<'s> {
    pub fn new(program: &'s Program, known: Option<Analysis>) -> Codegen<'s> {
        let first = &program.modules[0];
        let mut shared_globals = Vec::new();
        let mut program_shared_globals = Vec::new();
        for m in &program.modules {
            let library = m.file.name == crate::modules::PRELUDE_NAME;
            for name in stmt::global_this_names(&m.file.text) {
                if !library && !program_shared_globals.contains(&name) {
                    program_shared_globals.push(name.clone());
                }
                if !shared_globals.contains(&name) {
                    shared_globals.push(name);
                }
            }
        }
        // (The library's names and the program's apart: the library's
        // `c.marks++` must not shape a program's function under `c`.)
        let constructed = program
            .modules
            .iter()
            .flat_map(|m| {
                let library = m.file.name == crate::modules::PRELUDE_NAME;
                stmt::constructed_names(&m.file.text)
                    .into_iter()
                    .map(move |n| {
                        if library {
                            format!("{PRELUDE_MARK}{n}")
                        } else {
                            n
                        }
                    })
            })
            .collect();
        let mut prototype_sources: HashMap<String, Vec<String>> = HashMap::new();
        for m in &program.modules {
            if m.file.name == crate::modules::PRELUDE_NAME {
                continue;
            }
            for (class, source) in stmt::copied_methods(&m.file.text) {
                let sources = prototype_sources.entry(class).or_default();
                if !sources.contains(&source) {
                    sources.push(source);
                }
            }
        }
        let accessor_names = program
            .modules
            .iter()
            .flat_map(|m| accessor_names(&m.file.text))
            .collect();
        let code: Vec<String> = program
            .modules
            .iter()
            .map(|m| crate::prelude::without_comments(&m.file.text))
            .collect();
        let keeps_names = program.modules.iter().any(|m| {
            let text = &m.file.text;
            m.file.name != crate::modules::PRELUDE_NAME
                && (crate::prelude::mentions(text, "console")
                    || crate::prelude::reads_member(text, "name"))
        });
        Codegen {
            program,
            constructed,
            accessor_names,
            keeps_names,
            next_name: None,
            calling: false,
            calling_member: false,
            assigning: false,
            awaits_items: None,
            pattern_source: None,
            unchecked_pattern: false,
            strict: false,
            sloppy_code: false,
            script_this: false,
            hoisted: Vec::new(),
            // (By the code: a comment that says "Map" brings nothing.)
            iterates_collections: code.iter().any(|text| {
                ["Map", "Set", "$mvmItems"]
                    .iter()
                    .any(|name| crate::prelude::mentions(text, name))
            }),
            iterates_protocol: code
                .iter()
                .any(|text| crate::prelude::mentions(text, "$mvmIterate")),
            makes_symbols: program.modules.iter().zip(&code).any(|(m, text)| {
                m.file.name != crate::modules::PRELUDE_NAME
                    && (text.contains("Symbol(") || text.contains("Symbol.for("))
            }),
            generator_next: false,
            async_generator_next: false,
            constructor_next: false,
            method_next: false,
            shape_at: None,
            object_room: None,
            tdz: Vec::new(),
            case_tdz: Vec::new(),
            lexical: HashSet::new(),
            hoisting_next: false,
            own_name_next: None,
            initializing: None,
            defining: None,
            runs_later: None,
            class_of: None,
            super_static: false,
            field_names: HashMap::new(),
            import_origins: HashMap::new(),
            shared_private_names: shared_private_names(&code),
            private_scopes: Vec::new(),
            private_classes: 0,
            replaced_console: program
                .modules
                .iter()
                .filter(|m| m.file.name != crate::modules::PRELUDE_NAME)
                .flat_map(|m| crate::prelude::replaced_console_methods(&m.file.text))
                .collect(),
            added_statics: program
                .modules
                .iter()
                .filter(|m| m.file.name != crate::modules::PRELUDE_NAME)
                .flat_map(|m| crate::prelude::added_statics(&crate::prelude::code_of(&m.file.text)))
                .collect(),
            module: 0,
            src: &first.file,
            base: first.base,
            shared_globals,
            program_shared_globals,
            own_top_names: Vec::new(),
            errors: Vec::new(),
            functions: Vec::new(),
            class_constructors: HashMap::new(),
            prototype_sources,
            globals: Vec::new(),
            first_pass: known.is_none(),
            known: known.unwrap_or_default(),
            found: Analysis::default(),
            scope_count: 0,
            scopes: Vec::new(),
            env_chain: Vec::new(),
            fns: Vec::new(),
            overflow: Vec::new(),
        }
    }

    pub fn analysis(&self) -> Analysis {
        let mut analysis = self.found.clone();
        analysis.closure_tdz = self.found.dead_zone.checked();
        analysis
    }

    fn error(&mut self, span: Span, message: impl Into<String>, help: Option<&str>) {
        let start = span.lo.0.saturating_sub(self.base) as usize;
        let end = span.hi.0.saturating_sub(self.base) as usize;
        let d = self
            .src
            .diagnostic(start, end, message.into(), help.map(str::to_string));
        // (Once: `cuont++` reads and writes the one missing name.)
        let seen = self.errors.iter().any(|e| {
            (e.file.as_str(), e.line, e.column, &e.message)
                == (d.file.as_str(), d.line, d.column, &d.message)
        });
        if !seen {
            self.errors.push(d);
        }
    }

    /// "`name` is not defined", with the name the code may have meant.
    fn not_defined(&mut self, span: Span, name: &str) {
        // (A body's declaration, hidden while the parameters' defaults
        // run: see `hide_bindings`.)
        let hidden = format!("\0{name}");
        let in_body = self
            .scopes
            .iter()
            .any(|s| s.bindings.iter().any(|b| b.name == hidden));
        let help = match self.similar_name(name) {
            _ if in_body => format!(
                "`{name}` is declared in the function's body, which a parameter's default cannot see: declare it outside the function, or give the default in the body (`if (x === undefined) x = ...`)"
            ),
            Some(similar) => format!(
                "did you mean `{similar}`? Otherwise declare it with `let`, `const`, `var` or `function`"
            ),
            None => "declare it with `let`, `const`, `var` or `function`".to_string(),
        };
        self.error(span, format!("`{name}` is not defined"), Some(&help));
    }

    /// The source text `span` covers, in the module being compiled.
    fn text_of(&self, span: Span) -> Option<&str> {
        let start = span.lo.0.checked_sub(self.base)? as usize;
        let end = span.hi.0.checked_sub(self.base)? as usize;
        self.src.text.get(start..end)
    }

    fn unsupported(&mut self, span: Span, what: &str, help: &str) {
        self.error(span, format!("mvm does not support {what}"), Some(help));
    }

    fn f(&mut self) -> &mut FunctionCode {
        match self.fns.last_mut() {
            Some(state) => &mut state.code,
            None => unreachable!("{BAD_FN}"),
        }
    }

    fn state(&mut self) -> &mut FnState {
        match self.fns.last_mut() {
            Some(state) => state,
            None => unreachable!("{BAD_FN}"),
        }
    }

    fn current_fn(&self) -> usize {
        self.fns.last().map_or(0, |s| s.id)
    }

    /// Records that the code emitted next comes from `span` (for stack
    /// traces).
    fn mark(&mut self, span: Span) {
        if span.lo.0 < self.base {
            return;
        }
        let (line, column) = self
            .src
            .position(span.lo.0.saturating_sub(self.base) as usize);
        self.position_from_here(line as u32, column.min(u16::MAX as usize) as u16);
    }

    /// Records that the code from here comes from `line` and `column` of
    /// the current module (replacing a position recorded at this same
    /// place).
    fn position_from_here(&mut self, line: u32, column: u16) {
        let module = self.module as u16;
        let f = self.f();
        let at = f.code.len().min(u16::MAX as usize) as u16;
        let entry = (at, module, line, column);
        match f.positions.last_mut() {
            Some(last) if last.0 == at => *last = entry,
            _ => f.positions.push(entry),
        }
    }

    /// Pushes constant `c`: from the function's pool, or once that is
    /// nearly full (a large `switch` of strings, say), from the overflow
    /// array function 0 builds, as `$mvmConstants[i]`. (The pool's last
    /// [`CLOSURE_ROOM`] places stay for `Closure`, which has no other way
    /// to name its function.)
    fn push_const(&mut self, c: Const, span: Span) {
        let room = usize::from(u8::MAX) - CLOSURE_ROOM;
        if let Some(i) = self.f().constant_within(c.clone(), room) {
            return self.f().op_u8(Op::PushConst, i);
        }
        let same = |k: &Const| match (k, &c) {
            (Const::Num(a), Const::Num(b)) => a.to_bits() == b.to_bits(),
            (a, b) => a == b,
        };
        let index = match self.overflow.iter().position(same) {
            Some(i) => i,
            None => {
                self.overflow.push(c);
                self.overflow.len() - 1
            }
        };
        let table = self.global_slot(OVERFLOW_CONSTANTS);
        self.f().op_u16(Op::LoadGlobal, table);
        self.number(index as f64, span);
        self.f().op(Op::GetProp);
    }

    /// In function 0: the constants [`Codegen::push_const`] could not put
    /// in their functions' pools, as an array in their global, built in
    /// parts of [`PART_CONSTANTS`] as a table literal is (each part's pool
    /// has room).
    fn build_overflow_constants(&mut self) {
        if self.overflow.is_empty() {
            return;
        }
        let constants = std::mem::take(&mut self.overflow);
        let span = swc_common::DUMMY_SP;
        self.f().op_u8(Op::NewArray, 0);
        for part in constants.chunks(PART_CONSTANTS) {
            let id = self.begin_function();
            for c in part {
                self.push_const(c.clone(), span);
            }
            self.f().op_u8(Op::NewArray, part.len() as u8);
            self.f().op(Op::Return);
            self.end_function(span);
            self.call_part(id, span);
            self.f().op(Op::Extend);
        }
        let table = self.global_slot(OVERFLOW_CONSTANTS);
        self.f().op_u16(Op::StoreGlobal, table);
    }

    /// Calls function `id`, one the compiler made (a table's part, a top
    /// level's continuation), with `undefined` for `this` and no arguments,
    /// leaving its result.
    fn call_part(&mut self, id: usize, span: Span) {
        self.f().push_value(mvm_snapshot::Value::UNDEFINED);
        self.push_function(id, span);
        // (The call is the compiler's glue: a stack trace through it shows
        // no line, not the statement before it.)
        self.unmark();
        self.f().op_u8(Op::Call, 0);
    }

    /// Marks the code from here as the compiler's own, at no source
    /// position (line 0), until the next [`Codegen::mark`].
    fn unmark(&mut self) {
        self.position_from_here(0, 0);
    }

    /// Whether the function being made, one part of a table, has taken
    /// enough: a part stays well inside a function's bounds whatever its
    /// next element holds.
    fn part_is_full(&mut self) -> bool {
        let f = self.f();
        f.code.len() > PART_CODE || f.consts.len() > PART_CONSTANTS
    }

    /// Inside a `try` of the function being compiled (or of one it is
    /// written in), emits a throw of the
    /// error JavaScript raises when the code runs (`class` with
    /// `message`: the prelude's class when the program has it, else a
    /// `{ name, message }` object) and says so; elsewhere the caller
    /// reports a diagnostic, which finds the mistake before the device
    /// does.
    fn throw_in_try(&mut self, class: &str, message: &str) -> bool {
        // (In a `try` of this function, or of one around it: a callback
        // written inside `try { list.some((x) => missing(x)) }`.)
        if self.fns.iter().all(|f| f.tries.is_empty()) {
            return false;
        }
        self.throw_error(class, message);
        true
    }

    /// Whether the program tests `typeof name` somewhere: a feature test
    /// (`typeof performance !== 'undefined' ? performance.now() : ...`),
    /// whose other uses of an undeclared `name` throw when they run, as
    /// in JavaScript, rather than stop the build.
    fn feature_tested(&self, name: &str) -> bool {
        self.program.modules.iter().any(|m| {
            m.file.name != crate::modules::PRELUDE_NAME
                && m.file.text.match_indices("typeof").any(|(at, _)| {
                    let rest = m.file.text[at + 6..].trim_start();
                    let rest = rest.strip_prefix('(').map_or(rest, str::trim_start);
                    rest.strip_prefix(name)
                        .is_some_and(|after| !after.starts_with(crate::prelude::is_name_char))
                })
        })
    }

    /// Whether the program tests the library member `member`
    /// (`Object.groupBy`) before it calls it: `typeof Object.groupBy`,
    /// `Object.groupBy ? ... : ...`, `Object.groupBy && ...`,
    /// `!Object.groupBy`, or `if (Object.groupBy)`.
    fn member_tested(&self, member: &str) -> bool {
        if self.feature_tested(member) {
            return true;
        }
        self.program.modules.iter().any(|m| {
            let text = &m.file.text;
            m.file.name != crate::modules::PRELUDE_NAME
                && text.match_indices(member).any(|(at, _)| {
                    let before = text[..at].trim_end();
                    let after = text[at + member.len()..].trim_start();
                    let named_alone = !after.starts_with(crate::prelude::is_name_char);
                    named_alone
                        && (before.ends_with('!')
                            || before.ends_with("if (")
                            || (after.starts_with('?') && !after.starts_with("?."))
                            || after.starts_with("&&"))
                })
        })
    }

    /// Throws a new `class` error (the prelude's, where the program has
    /// it; else a `{ name, message }` object) with `message`.
    fn throw_error(&mut self, class: &str, message: &str) {
        self.throw_error_with(class, |cg| cg.string(message, swc_common::DUMMY_SP));
    }

    /// [`Codegen::throw_error`] with the message that `message` pushes.
    fn throw_error_with(&mut self, class: &str, message: impl FnOnce(&mut Self)) {
        let span = swc_common::DUMMY_SP;
        let has_class = self.program.modules.iter().any(|m| {
            m.file.name == crate::modules::PRELUDE_NAME
                && m.file.text.contains(&format!("function {class}("))
        });
        if has_class {
            self.f().push_value(mvm_snapshot::Value::UNDEFINED);
            self.global_function(class, span);
            message(self);
            self.f().op_u8(Op::New, 1);
        } else {
            // (Marked, unlisted, so that one uncaught reads as the error it
            // stands for: see `Vm::describe_error`.)
            self.f().op_u8(Op::NewObject, 3);
            self.string("name", span);
            self.string(class, span);
            self.f().op(Op::InitProp);
            self.string("message", span);
            message(self);
            self.f().op(Op::InitProp);
            self.string(&format!("{HIDDEN_KEY}@@error"), span);
            self.f().push_value(mvm_snapshot::Value::TRUE);
            self.f().op(Op::InitProp);
        }
        self.f().op(Op::Throw);
    }

    /// Names the next function compiled `name`, if names are kept.
    fn name_next(&mut self, name: &str) {
        // A private member's key is hidden (`\u{FFFF}name`, or
        // `\u{FFFF}name@2` where two classes share the name): its
        // function is named `#name` (`get #name`), as JavaScript names it.
        let name = match name.split_once(mvm_snapshot::HIDDEN_KEY) {
            Some((kind, private)) => {
                format!("{kind}#{}", private.split('@').next().unwrap_or(private))
            }
            None => name.to_string(),
        };
        self.next_name = self.keeps_names.then_some(name);
    }

    /// Names the next function compiled after the binding `name`, if the
    /// program reads that binding as a value anywhere (else its name can
    /// be neither read nor printed).
    fn name_next_binding(&mut self, name: &str) {
        match self.known.escaping.contains(name) {
            true => self.name_next(name),
            false => self.next_name = None,
        }
    }

    /// Names the next function compiled after a member's key, when the key
    /// is written out (a computed key leaves it unnamed).
    fn name_next_key(&mut self, key: &swc_ecma_ast::PropName) {
        match self.key_function_name(key) {
            Some(name) => self.name_next(&name),
            None => self.next_name = None,
        }
    }

    /// Compiles `e`; a function or class without a name of its own takes
    /// `name` (`{ run: function () {} }`), as JavaScript names it; a
    /// function so named after a binding (`const f = () => ...`) keeps
    /// it only if the binding is read as a value.
    fn expr_named(&mut self, e: &swc_ecma_ast::Expr, name: &str, binding: bool) {
        use swc_ecma_ast::{ClassExpr, Expr, FnExpr};
        // `export default function () {}` is named `default`.
        let (name, binding) = match name == crate::modules::DEFAULT {
            true => ("default", false),
            false => (name, binding),
        };
        match expr::unparenthesized(e) {
            Expr::Fn(FnExpr { ident: None, .. }) | Expr::Arrow(_) => {
                match binding {
                    true => self.name_next_binding(name),
                    false => self.name_next(name),
                }
                self.expr(e);
                self.next_name = None;
            }
            Expr::Class(ClassExpr { ident: None, class }) => self.class(class, Some(name), false),
            _ => self.expr(e),
        }
    }

    /// Starts a new function; returns its id.
    fn begin_function(&mut self) -> usize {
        let id = self.functions.len();
        self.functions.push(None);
        let mut code = FunctionCode::default();
        code.sloppy = self.sloppy_code;
        self.fns.push(FnState {
            id,
            code,
            targets: Vec::new(),
            tries: Vec::new(),
            async_slot: None,
            generator_slot: None,
            async_generator: false,
            class_constructor: false,
            arrow: false,
            block_functions: Vec::new(),
            user: false,
        });
        id
    }

    fn end_function(&mut self, span: Span) {
        let Some(mut state) = self.fns.pop() else {
            return;
        };
        // The name goes last in the pool (code refers to constants by
        // index, so it moves none), if there is room.
        let code = &mut state.code;
        match code.name.take() {
            Some(name) if code.consts.len() < 255 => {
                code.consts.push(Const::Str(name.clone().into_bytes()));
                code.name = Some(name);
            }
            _ => {}
        }
        if state.code.locals > 255 {
            self.error(
                span,
                "this function has more than 255 local variables",
                Some("split it into smaller functions"),
            );
        }
        if state.code.code.len() + 4 + 2 * state.code.consts.len() > mvm_snapshot::MAX_FUNCTION_SIZE
        {
            self.error(
                span,
                "this function compiles to more than 32 KiB of bytecode",
                Some("split it into smaller functions"),
            );
        }
        self.functions[state.id] = Some(state.code);
    }

    /// Creates the function value for function `id` where it is defined.
    /// One that captures nothing is its ROM function, unless it is defined
    /// in a function of the program's (not the library's) or in a loop,
    /// where each run of its definition makes a new value, as in
    /// JavaScript (`make() !== make()`, each with properties of its own):
    /// a closure.
    fn push_function(&mut self, id: usize, span: Span) {
        self.push_function_value(id, span, true);
    }

    /// [`Codegen::push_function`], with `as_value` false for a function
    /// the program only ever calls (a declaration whose name is never read
    /// as a value), whose identity nothing can see: it stays its ROM
    /// function, not a closure made at each call of the function around
    /// it.
    fn push_function_value(&mut self, id: usize, span: Span, as_value: bool) {
        // (In a function of the program's, or in a loop of a top level.)
        let runs_again = self
            .fns
            .last()
            .is_some_and(|s| s.user || s.targets.iter().any(|t| t.is_loop));
        let fresh = as_value && !self.in_prelude() && runs_again;
        if self.known.closures.contains(&id) {
            match self.f().constant(Const::Func(id)) {
                Some(i) => self.f().op_u8(Op::Closure, i),
                None => self.error(
                    span,
                    "this function's constant pool (255 entries) has no room for another closure",
                    Some("split it into smaller functions"),
                ),
            }
            return;
        }
        // (A new value only where the pool has room outside the places kept
        // for closures that capture: in a function with some 240 constants
        // already, it stays the one value, as before.)
        let room = usize::from(u8::MAX) - CLOSURE_ROOM;
        match fresh.then(|| self.f().constant_within(Const::Func(id), room)) {
            Some(Some(i)) => self.f().op_u8(Op::Closure, i),
            _ => self.push_const(Const::Func(id), span),
        }
    }

    fn new_local(&mut self) -> u8 {
        let f = self.f();
        let mut slot = f.next_local;
        // (The scratch slot, made once, stays the function's.)
        if f.scratch.is_some_and(|s| usize::from(s) == slot) {
            slot += 1;
        }
        f.next_local = slot + 1;
        f.locals = f.locals.max(f.next_local);
        f.statement_high = f.statement_high.max(f.next_local);
        let taken = slot.min(255) as u8;
        f.number_slots.retain(|s| *s != taken);
        slot.min(255) as u8
    }

    /// Frees the slots allocated since `mark` (`next_local` then), once a
    /// block, a loop or another statement with a scope of its own is
    /// compiled: nothing after it reads them (its bindings are out of
    /// scope, its temporaries done, what a closure captures lives in an
    /// environment), so the next block reuses them, and a function of a
    /// hundred `case` blocks needs the slots of one. (A `let` without a
    /// value stores `undefined`, so none reads what a slot held before.)
    pub(super) fn release_locals(&mut self, mark: usize) {
        let f = self.f();
        f.next_local = f.next_local.min(mark);
    }

    /// Enters a scope declaring `names` (name, mutable). Top-level
    /// declarations of the module become globals; the first `params` names
    /// are parameters, whose arguments arrive in local slots 0, 1, ...
    fn enter_scope(&mut self, names: &[(String, bool)], is_module_top: bool, params: usize) {
        let id = self.scope_count;
        self.scope_count += 1;
        let func = self.current_fn();
        let mut bindings: Vec<Binding> = Vec::new();
        let mut env_slots = 0u8;
        for (index, (name, mutable)) in names.iter().enumerate() {
            if let Some(b) = bindings.iter_mut().find(|b| &b.name == name) {
                b.mutable |= *mutable;
                continue;
            }
            let captured = self.known.captured.contains(&(id, name.clone()));
            // (A script's top-level `this` is a local the top level sets.)
            let storage = if name == THIS && !captured && !(is_module_top && self.script_this) {
                Storage::This
            } else if is_module_top && name != THIS {
                let slot =
                    if self.shared_globals.contains(name) && !self.own_top_names.contains(name) {
                        format!("global:{name}")
                    } else {
                        crate::modules::slot_name(self.module, name)
                    };
                Storage::Global(self.global_slot(&slot))
            } else if captured {
                env_slots += 1;
                Storage::Env {
                    scope: id,
                    slot: env_slots - 1,
                }
            } else if index < params {
                Storage::Local(index as u8)
            } else {
                Storage::Local(self.new_local())
            };
            bindings.push(Binding {
                name: name.clone(),
                mutable: *mutable,
                storage,
            });
        }
        let has_env = env_slots > 0;
        if has_env {
            self.f().op_u8(Op::ScopePush, env_slots);
            self.env_chain.push(id);
        }
        let owner = self.owner();
        self.scopes.push(Scope {
            id,
            func,
            bindings,
            has_env,
            owner,
        });
    }

    /// Marks the `let`, `const` and class names `stmts` declare in the
    /// scope just entered as not yet initialised (see `tdz`).
    fn enter_tdz(&mut self, stmts: &[swc_ecma_ast::Stmt]) {
        let Some(id) = self.scopes.last().map(|s| s.id) else {
            return;
        };
        for name in decls::tdz_names(stmts) {
            let key = (id, name);
            if self.known.closure_tdz.contains(&key) {
                if let Some(b) = self.resolve(&key.1) {
                    self.f().push_value(mvm_snapshot::Value::HOLE);
                    self.store_binding(&b, Span::default());
                }
            }
            self.lexical.insert(key.clone());
            self.tdz.push(key);
        }
    }

    /// The function whose code is running here: the innermost of the
    /// program's own, or the module's top level (whose parts, functions
    /// the compiler made, run as its own code).
    fn owner(&self) -> usize {
        match self.fns.iter().rev().find(|f| f.user) {
            Some(f) => f.id,
            None => self.fns.get(1).or(self.fns.first()).map_or(0, |f| f.id),
        }
    }

    /// The scope that declares `name` here: its id and its owner.
    fn scope_of(&self, name: &str) -> Option<(usize, usize)> {
        self.scopes
            .iter()
            .rev()
            .find(|s| s.bindings.iter().any(|b| b.name == name))
            .map(|s| (s.id, s.owner))
    }

    /// Records, in the first pass, what `dead_zone` needs to know of a
    /// use of `name` here: a function named may run now, and a binding
    /// of another function's is read.
    fn note_use(&mut self, name: &str) {
        if !self.first_pass {
            return;
        }
        let Some((scope, owner)) = self.scope_of(name) else {
            return;
        };
        let here = self.owner();
        let key = (scope, name.to_string());
        if owner != here && self.lexical.contains(&key) {
            self.found.dead_zone.read(here, key.clone());
        }
        let runnable = dead_zone::Runnable::Declared(key);
        self.found.dead_zone.edge(here, runnable.clone());
        if self.runs_later == Some(here) {
            return;
        }
        for dead in self.dead_here(here) {
            self.found.dead_zone.start(runnable.clone(), dead);
        }
    }

    /// The bindings of function `owner`'s own still in their dead zone.
    fn dead_here(&self, owner: usize) -> Vec<(usize, String)> {
        self.tdz
            .iter()
            .filter(|(s, _)| {
                self.scopes
                    .iter()
                    .any(|scope| scope.id == *s && scope.owner == owner)
            })
            .cloned()
            .collect()
    }

    /// Records, in the first pass, that function `id` is defined here
    /// (see `dead_zone`).
    fn note_definition(&mut self, parent: usize, id: usize) {
        let hoisted = std::mem::take(&mut self.hoisting_next);
        let defining = self.defining.take();
        if !self.first_pass {
            return;
        }
        let runnable = dead_zone::Runnable::Function(id);
        self.found.dead_zone.edge(parent, runnable.clone());
        // A binding's function, defined while other bindings are dead
        // (`const on = () => off(); const off = ...`), can start running
        // there only through that binding, where it is named.
        if let Some(binding) = defining {
            self.found.dead_zone.declare(binding, id);
            return;
        }
        if let Some((_, class)) = self.class_of.as_ref().filter(|(owner, _)| *owner == parent) {
            let class = dead_zone::Runnable::Declared(class.clone());
            self.found.dead_zone.edge_from(class, runnable);
            return;
        }
        if hoisted || self.runs_later == Some(parent) {
            return;
        }
        for dead in self.dead_here(parent) {
            if self.initializing.as_ref() != Some(&dead) {
                self.found.dead_zone.start(runnable.clone(), dead);
            }
        }
    }

    /// After a read of `name` (on the stack) by a function other than the
    /// one declaring it: where a closure may read it before its
    /// declaration has run, throws the dead zone's ReferenceError if the
    /// value is the hole (see `dead_zone`).
    fn check_closure_tdz(&mut self, name: &str) {
        if self.closure_may_see_hole(name) {
            self.throw_if_hole(name);
        }
    }

    /// Before an assignment to `name` by another function: as
    /// [`Codegen::check_closure_tdz`], for a write.
    fn check_closure_tdz_write(&mut self, name: &str, span: Span) {
        if !self.closure_may_see_hole(name) {
            return;
        }
        if let Some(b) = self.resolve(name) {
            self.load_binding(&b, span);
            self.throw_if_hole(name);
            self.f().op(Op::Pop);
        }
    }

    fn closure_may_see_hole(&self, name: &str) -> bool {
        self.scope_of(name).is_some_and(|(scope, owner)| {
            owner != self.owner() && self.known.closure_tdz.contains(&(scope, name.to_string()))
        })
    }

    /// Whether `name` is a binding of the current function's own that
    /// `zone` (`tdz` or `case_tdz`) lists for the scope declaring it.
    fn listed_in_own_scope(&self, name: &str, zone: &[(usize, String)]) -> bool {
        let here = self.owner();
        self.scope_of(name).is_some_and(|(id, owner)| {
            owner == here && zone.iter().any(|(s, n)| *s == id && n == name)
        })
    }

    /// The dead zone's ReferenceError for `name`, thrown when it runs.
    fn throw_dead_zone(&mut self, name: &str) {
        self.throw_error(
            "ReferenceError",
            &format!("Cannot access '{name}' before initialization"),
        );
    }

    /// Whether `name` is a binding of the current function read (or
    /// written) before its declaration: it then throws, as JavaScript
    /// does, a ReferenceError (which this emits).
    fn throw_if_tdz(&mut self, name: &str) -> bool {
        let dead = self.listed_in_own_scope(name, &self.tdz);
        if dead {
            self.throw_dead_zone(name);
        }
        dead
    }

    /// After a read of `name` (on the stack): where it is a `switch`
    /// case's binding read in a later case, throws the dead zone's
    /// ReferenceError if the value is the hole, the declaration not run.
    fn check_case_tdz(&mut self, name: &str) {
        if self.listed_in_own_scope(name, &self.case_tdz) {
            self.throw_if_hole(name);
        }
    }

    /// Throws the dead zone's ReferenceError for `name` if the value on
    /// the stack, left there, is the hole.
    fn throw_if_hole(&mut self, name: &str) {
        self.f().op(Op::Dup);
        self.f().push_value(mvm_snapshot::Value::HOLE);
        self.f().op(Op::StrictEq);
        let initialised = self.f().jump(Op::JumpIfFalse);
        self.f().op(Op::Pop);
        self.throw_dead_zone(name);
        self.f().patch_here(initialised);
    }

    /// Ends the dead zone of `names` (their declaration has run): of the
    /// binding each name resolves to here, the declaration's own; an
    /// outer binding of the same name stays dead (`{ let a; } a; let a;`,
    /// a loop's `let i` before a later one).
    fn end_tdz(&mut self, names: &[String]) {
        for name in names {
            let own = self
                .scopes
                .iter()
                .rev()
                .find(|scope| scope.bindings.iter().any(|b| &b.name == name))
                .map(|scope| scope.id);
            self.tdz.retain(|(s, n)| Some(*s) != own || n != name);
        }
    }

    /// Leaves the innermost scope; `pop_env` emits the `ScopePop` (not
    /// needed when the function returns anyway).
    fn exit_scope(&mut self, pop_env: bool) {
        if let Some(scope) = self.scopes.last() {
            let id = scope.id;
            self.tdz.retain(|(s, _)| *s != id);
            self.case_tdz.retain(|(s, _)| *s != id);
        }
        if let Some(scope) = self.scopes.pop() {
            if scope.has_env {
                if pop_env {
                    self.f().op(Op::ScopePop);
                }
                self.env_chain.pop();
            }
        }
    }

    /// The index of the global slot named `slot`, made on first use.
    fn global_slot(&mut self, slot: &str) -> u16 {
        let index = match self.globals.iter().position(|g| g == slot) {
            Some(i) => i,
            None => {
                self.globals.push(slot.to_string());
                self.globals.len() - 1
            }
        };
        index as u16
    }

    /// Hides (or, with `hide` false, shows again) the current scope's
    /// bindings of `names` from [`Codegen::resolve`].
    fn hide_bindings(&mut self, names: &[String], hide: bool) {
        let Some(scope) = self.scopes.last_mut() else {
            return;
        };
        for b in &mut scope.bindings {
            let name = b.name.strip_prefix('\0').unwrap_or(&b.name).to_string();
            if names.contains(&name) {
                b.name = if hide { format!("\0{name}") } else { name };
            }
        }
    }

    /// Finds `name`, recording captures on the way.
    fn resolve(&mut self, name: &str) -> Option<Binding> {
        let current = self.current_fn();
        let (scope_func, scope_id, binding) = self.scopes.iter().rev().find_map(|s| {
            s.bindings
                .iter()
                .find(|b| b.name == name)
                .map(|b| (s.func, s.id, b.clone()))
        })?;
        if scope_func != current && !matches!(binding.storage, Storage::Global(_)) {
            self.found.captured.insert((scope_id, name.to_string()));
            // Every function between the reference and the binding must
            // carry the scope chain.
            for state in self.fns.iter().rev() {
                if state.id == scope_func {
                    break;
                }
                self.found.closures.insert(state.id);
            }
        }
        Some(binding)
    }

    /// How many scope objects out from the current one `scope`'s is.
    fn env_depth(&self, scope: usize) -> Option<u8> {
        let pos = self.env_chain.iter().rposition(|s| *s == scope)?;
        u8::try_from(self.env_chain.len() - 1 - pos).ok()
    }

    /// Whether `this` here is the current call's own (read by `LoadThis`).
    fn this_is_own(&mut self) -> bool {
        self.resolve(THIS)
            .is_some_and(|b| matches!(b.storage, Storage::This))
    }

    fn load_binding(&mut self, b: &Binding, span: Span) {
        match b.storage {
            Storage::Global(i) => self.f().op_u16(Op::LoadGlobal, i),
            Storage::Local(i) => self.f().op_u8(Op::LoadLocal, i),
            Storage::This => self.f().op(Op::LoadThis),
            Storage::Env { scope, slot } => match self.env_depth(scope) {
                Some(d) => self.f().op_u8u8(Op::LoadScoped, d, slot),
                None => self.error(span, "internal: scope not in reach", None),
            },
        }
    }

    /// Stores the top of the stack into `b` (popping it).
    fn store_binding(&mut self, b: &Binding, span: Span) {
        match b.storage {
            Storage::Global(i) => self.f().op_u16(Op::StoreGlobal, i),
            Storage::Local(i) => self.f().op_u8(Op::StoreLocal, i),
            Storage::This => self.error(span, "cannot assign to `this`", None),
            Storage::Env { scope, slot } => match self.env_depth(scope) {
                Some(d) => self.f().op_u8u8(Op::StoreScoped, d, slot),
                None => self.error(span, "internal: scope not in reach", None),
            },
        }
    }

    /// Emits the exits of a `break`/`continue` to target `index` (in the
    /// current function's targets): handlers removed, `finally` blocks
    /// run, scope objects popped; then the jump.
    fn jump_out(&mut self, index: usize, is_continue: bool) {
        let (env_len, try_depth) = {
            let t = &self.state().targets[index];
            (t.env_len, t.try_depth)
        };
        let env_now = self.leave_tries(try_depth, if is_continue { index + 1 } else { index });
        for _ in env_len..env_now {
            self.f().op(Op::ScopePop);
        }
        let patch = self.f().jump(Op::Jump);
        let target = &mut self.state().targets[index];
        if is_continue {
            target.continues.push(patch);
        } else {
            target.breaks.push(patch);
        }
    }

    /// The iterators the `for..of` loops from jump target `from` on walk,
    /// outermost first, each with the count of try regions around its
    /// loop (its own, which closes it on a throw, the last of them).
    fn loop_iterators(&self, from: usize) -> Vec<(usize, LoopIterator)> {
        self.fns
            .last()
            .map(|f| {
                f.targets
                    .iter()
                    .skip(from)
                    .filter_map(|t| t.iterator.map(|walk| (t.try_depth, walk)))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Emits the `return()` of the iterators in `loops` inside more than
    /// `tries` try regions, innermost first, and forgets them.
    /// `handlers_stay`: the loops' handlers are still in force.
    fn close_loops_inside(
        &mut self,
        loops: &mut Vec<(usize, LoopIterator)>,
        tries: usize,
        handlers_stay: bool,
    ) {
        while let Some(&(depth, walk)) = loops.last() {
            if depth <= tries {
                break;
            }
            if handlers_stay {
                // (Its handler stays: what `return()` throws is not to
                // close it again.)
                self.f().push_value(mvm_snapshot::Value::TRUE);
                self.f().op_u8(Op::StoreLocal, walk.index);
            }
            self.close_iterator(walk.items, walk.awaits);
            loops.pop();
        }
    }

    /// Emits the `return()` of the iterator in local `items`, if it is
    /// one and has one; in a `for await` (`awaits`), its result awaited
    /// as JavaScript's async wrapper of a sync iterator does (twice; once
    /// without a `return()`), or once, an async iterator's. Stack-neutral.
    pub(super) fn close_iterator(&mut self, items: u8, awaits: Option<LoopAwait>) {
        {
            // An array's loop (it has a length) has nothing to close.
            self.f().op_u8(Op::LoadLocal, items);
            self.f().push_value(mvm_snapshot::Value::STR_LENGTH);
            self.f().op(Op::GetProp);
            self.f().push_value(mvm_snapshot::Value::UNDEFINED);
            let not_iterator = self.f().jump(Op::JumpUnlessStrictEq);
            self.f().op_u8(Op::LoadLocal, items);
            self.string("return", swc_common::DUMMY_SP);
            self.f().op(Op::GetProp);
            let no_return = self.f().jump(Op::JumpIfNullish);
            self.f().op_u8(Op::LoadLocal, items);
            self.f().op(Op::Swap);
            self.f().op_u8(Op::Call, 0);
            let mut awaited = None;
            if let Some((slot, async_walk)) = awaits {
                self.await_value(slot);
                awaited = async_walk.map(|flag| {
                    self.f().op_u8(Op::LoadLocal, flag);
                    self.f().jump(Op::JumpIfTrue)
                });
            }
            self.f().patch_here(no_return);
            if let Some((slot, _)) = awaits {
                self.await_value(slot);
            }
            if let Some(awaited) = awaited {
                self.f().patch_here(awaited);
            }
            self.f().op(Op::Pop);
            self.f().patch_here(not_iterator);
        }
    }

    /// Emits what leaving the try regions above `depth` takes, innermost
    /// first: pop the handler, then run the `finally` in the scope it was
    /// written in; and closes the iterators of the `for..of` loops from
    /// jump target `loops_from` on (`break`, `continue` to an outer loop,
    /// `return`: a generator's `finally` blocks run), each once its
    /// loop's handler is gone and before the `finally` of a `try` around
    /// the loop. Compile-time state is left as it was; returns how many
    /// scope objects are in force at run time afterwards.
    pub(super) fn leave_tries(&mut self, depth: usize, loops_from: usize) -> usize {
        let regions: Vec<TryRegion> = self.state().tries.clone();
        let mut loops = self.loop_iterators(loops_from);
        let mut env_now = self.env_chain.len();
        for (k, region) in regions.iter().enumerate().skip(depth).rev() {
            self.f().op(Op::TryPop);
            if let Some(finally) = &region.finally {
                for _ in region.env_len..env_now {
                    self.f().op(Op::ScopePop);
                }
                env_now = region.env_len;
                let saved_scopes = self.scopes.split_off(region.scopes_len);
                let saved_env = self.env_chain.split_off(region.env_len);
                // Only the regions around this one protect its finally,
                // and a `break` there ends a loop around it, not one the
                // jump is leaving inside the region.
                let saved_tries = self.state().tries.split_off(k);
                let targets = &mut self.state().targets;
                let inside = targets.iter().position(|t| t.try_depth > k);
                let saved_targets = targets.split_off(inside.unwrap_or(targets.len()));
                self.block(&finally.stmts);
                self.state().targets.extend(saved_targets);
                self.state().tries.extend(saved_tries);
                self.scopes.extend(saved_scopes);
                self.env_chain.extend(saved_env);
            }
            self.close_loops_inside(&mut loops, k, false);
        }
        // (The loops whose handlers stay: the one a `break` leaves.)
        self.close_loops_inside(&mut loops, 0, true);
        env_now
    }
}

/// Private names (`#state`) spelled more than once, in all of `texts`,
/// where they are not a member access (`.#state`): declarations, brand
/// checks (`#state in o`) and string keys such as the library's
/// `'#message'`. A name a single class declares and uses only as
/// `this.#name` is counted once; a false find only gives a class a key of
/// its own that it did not need.
fn shared_private_names(texts: &[String]) -> HashSet<String> {
    let mut seen = HashSet::new();
    let mut shared = HashSet::new();
    for text in texts {
        for (at, _) in text.match_indices('#') {
            let name: String = text[at + 1..]
                .chars()
                .take_while(|c| crate::prelude::is_name_char(*c))
                .collect();
            let before = text[..at].trim_end().chars().next_back();
            if name.is_empty() || before == Some('.') {
                continue;
            }
            if !seen.insert(name.clone()) {
                shared.insert(name);
            }
        }
    }
    shared
}

/// The names `text` gives getters and setters: `get NAME(` and `set
/// NAME(` (a false find costs only a field defined where it is assigned).
fn accessor_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for keyword in ["get ", "set "] {
        for (at, _) in text.match_indices(keyword) {
            let before = text.get(..at).and_then(|t| t.chars().next_back());
            if before.is_some_and(crate::prelude::is_name_char) {
                continue;
            }
            let rest = text
                .get(at + keyword.len()..)
                .unwrap_or_default()
                .trim_start();
            let name: String = rest
                .chars()
                .take_while(|c| crate::prelude::is_name_char(*c))
                .collect();
            let after = rest.get(name.len()..).unwrap_or_default().trim_start();
            if !name.is_empty() && after.starts_with('(') {
                names.push(name);
            }
        }
    }
    names
}
