//! Modules: loading the import graph and resolving what each import and
//! export names.
//!
//! Modules are linked at build time. Each module's top-level bindings are
//! global slots named `"{module}:{name}"`; an import is simply a binding to
//! the exporting module's slot, so imports are live, as in JavaScript.
//! `import * as ns` reads a namespace object the exporting module builds at
//! the end of its top level. Every module's top level runs once, in
//! dependency order.

use crate::diag::{Diagnostic, SourceFile};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use swc_common::{sync::Lrc, FileName, SourceMap};
use swc_ecma_ast::*;
use swc_ecma_parser::{EsSyntax, Parser, StringInput, Syntax};

/// The file name the prelude module goes by (in source maps too).
pub(crate) const PRELUDE_NAME: &str = "<mvm prelude>";

/// One parsed module of the program.
pub struct ModuleSource {
    pub file: SourceFile,
    /// The byte position swc gave the file's first byte.
    pub base: u32,
    pub module: Module,
    pub path: PathBuf,
    /// Module index for each import/export source string, in the order
    /// they appear (see [`sources`]).
    pub deps: Vec<(String, usize)>,
}

/// The program: modules in the order their top levels run (dependencies
/// first); the entry module is last.
pub struct Program {
    pub modules: Vec<ModuleSource>,
}

/// The source strings a module imports or re-exports from.
pub fn sources(module: &Module) -> Vec<(String, swc_common::Span)> {
    let mut out = Vec::new();
    for item in &module.body {
        let ModuleItem::ModuleDecl(decl) = item else {
            continue;
        };
        let src = match decl {
            ModuleDecl::Import(i) => Some(&i.src),
            ModuleDecl::ExportAll(e) => Some(&e.src),
            ModuleDecl::ExportNamed(e) => e.src.as_ref(),
            _ => None,
        };
        if let Some(src) = src {
            out.push((src.value.to_string_lossy().into_owned(), src.span));
        }
    }
    out
}

/// Parses `text` (named `name`, at `path`) and every module it imports.
pub fn load(name: &str, text: &str, path: &Path) -> Result<Program, Vec<Diagnostic>> {
    load_needing(name, text, path, &[])
}

/// [`load`], the prelude also giving the `extra` globals.
pub fn load_needing(
    name: &str,
    text: &str,
    path: &Path,
    extra: &[&str],
) -> Result<Program, Vec<Diagnostic>> {
    let program = load_with(name, text, path, None)?;
    let texts: Vec<&str> = program
        .modules
        .iter()
        .map(|m| m.file.text.as_str())
        .collect();
    let prelude = crate::prelude::source(&texts, extra);
    if let Some(path) = std::env::var_os("MVM_DUMP_PRELUDE") {
        // For debugging the prelude: its text, whose lines traces name.
        let _ = std::fs::write(path, &prelude);
    }
    if prelude.is_empty() {
        return Ok(program);
    }
    load_with(name, text, path, Some(prelude))
}

fn load_with(
    name: &str,
    text: &str,
    path: &Path,
    prelude: Option<String>,
) -> Result<Program, Vec<Diagnostic>> {
    let cm: Lrc<SourceMap> = Default::default();
    let mut loader = Loader {
        cm,
        modules: Vec::new(),
        loading: Vec::new(),
        errors: Vec::new(),
    };
    if let Some(prelude) = prelude {
        loader.visit(
            PRELUDE_NAME.to_string(),
            prelude,
            PathBuf::from(PRELUDE_NAME),
        );
    }
    // (Normalized as an import's path is: `./main.js` imported back as
    // `../main.js` is one module.)
    loader.visit(name.to_string(), text.to_string(), normalize(path));
    if loader.errors.is_empty() {
        Ok(Program {
            modules: loader.modules,
        })
    } else {
        Err(loader.errors)
    }
}

struct Loader {
    cm: Lrc<SourceMap>,
    modules: Vec<ModuleSource>,
    /// Paths whose dependencies are being loaded (to stop cycles).
    loading: Vec<PathBuf>,
    errors: Vec<Diagnostic>,
}

impl Loader {
    /// Loads a module after its dependencies; returns its index.
    fn visit(&mut self, name: String, text: String, path: PathBuf) -> Option<usize> {
        let file = SourceFile::new(name.clone(), text.clone());
        let fm = self
            .cm
            .new_source_file(Lrc::new(FileName::Custom(name)), text);
        let base = fm.start_pos.0;
        let mut parser = Parser::new(
            Syntax::Es(EsSyntax {
                import_attributes: true,
                ..Default::default()
            }),
            StringInput::from(&*fm),
            None,
        );
        let parsed = parser.parse_module();
        let mut errors: Vec<Diagnostic> = parser
            .take_errors()
            .into_iter()
            .map(|e| crate::syntax_diagnostic(&file, base, e))
            .collect();
        if let Err(e) = &parsed {
            errors.push(crate::syntax_diagnostic(&file, base, e.clone()));
        }
        // (The parser may report one fault more than once: an unterminated
        // regular expression, three times.)
        let mut seen = std::collections::HashSet::new();
        errors.retain(|d| seen.insert((d.line, d.column, d.message.clone())));
        let module = match parsed {
            Ok(m) => m,
            Err(_) => {
                self.errors.extend(errors);
                return None;
            }
        };
        if !errors.is_empty() {
            self.errors.extend(errors);
            return None;
        }
        self.loading.push(path.clone());
        let mut deps = Vec::new();
        for (spec, span) in sources(&module) {
            let dep_error = |message: String, help: &str| {
                let start = span.lo.0.saturating_sub(base) as usize;
                let end = span.hi.0.saturating_sub(base) as usize;
                file.diagnostic(start, end, message, Some(help.to_string()))
            };
            if !(spec.starts_with("./") || spec.starts_with("../")) {
                self.errors.push(dep_error(
                    format!("cannot import `{spec}`: only relative paths are supported"),
                    "import other modules of the program with `./name.js`",
                ));
                continue;
            }
            let dir = path.parent().unwrap_or(Path::new("."));
            let mut dep_path = dir.join(&spec);
            if dep_path.extension().is_none() {
                dep_path.set_extension("js");
            }
            let dep_path = normalize(&dep_path);
            if let Some(i) = self.modules.iter().position(|m| m.path == dep_path) {
                deps.push((spec, i));
                continue;
            }
            if self.loading.contains(&dep_path) {
                // A cycle: the module is still loading; link it by path later.
                deps.push((spec, usize::MAX));
                continue;
            }
            match std::fs::read_to_string(&dep_path) {
                Ok(dep_text) => {
                    let dep_text = json_module(&dep_path, dep_text);
                    if let Some(i) =
                        self.visit(dep_path.display().to_string(), dep_text, dep_path.clone())
                    {
                        deps.push((spec, i));
                    }
                }
                Err(e) => self.errors.push(dep_error(
                    format!("cannot read `{}`: {e}", dep_path.display()),
                    "check the path; it is relative to the importing file",
                )),
            }
        }
        self.loading.pop();
        let index = self.modules.len();
        self.modules.push(ModuleSource {
            file,
            base,
            module,
            path,
            deps,
        });
        // Cyclic imports point back at a module loaded only now.
        let paths: Vec<PathBuf> = self.modules.iter().map(|m| m.path.clone()).collect();
        for m in &mut self.modules {
            for (spec, dep) in &mut m.deps {
                if *dep == usize::MAX {
                    let dir = m.path.parent().unwrap_or(Path::new("."));
                    let mut p = dir.join(spec.as_str());
                    if p.extension().is_none() {
                        p.set_extension("js");
                    }
                    let p = normalize(&p);
                    if let Some(i) = paths.iter().position(|q| *q == p) {
                        *dep = i;
                    }
                }
            }
        }
        Some(index)
    }
}

/// A `.json` file's text as a module whose default export is its value,
/// as `import config from './config.json' with { type: 'json' }` gives it
/// (on one line with the text, so that a fault's line is the file's).
/// Other files are as they are.
fn json_module(path: &Path, text: String) -> String {
    if path.extension().is_some_and(|e| e == "json") {
        format!("export default {text}\n;\n")
    } else {
        text
    }
}

/// `a/./b/../c` → `a/c`, without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// The global slot name of module `m`'s top-level binding `name`.
pub fn slot_name(m: usize, name: &str) -> String {
    format!("{m}:{name}")
}

/// The binding that holds a module's default export.
pub const DEFAULT: &str = "*default*";
/// The binding that holds a module's namespace object.
pub const NAMESPACE: &str = "*namespace*";

impl Program {
    pub fn dep(&self, m: usize, spec: &str) -> Option<usize> {
        self.modules
            .get(m)?
            .deps
            .iter()
            .find(|(s, _)| s == spec)
            .map(|(_, i)| *i)
    }

    /// The slot that module `m`'s export `name` reads.
    pub fn export_slot(
        &self,
        m: usize,
        name: &str,
        seen: &mut HashSet<(usize, String)>,
    ) -> Option<String> {
        if !seen.insert((m, name.to_string())) {
            return None;
        }
        let module = &self.modules.get(m)?.module;
        // `export *` sources, asked only when no export of the module's own
        // (or named re-export) has the name.
        let mut star_sources = Vec::new();
        for item in &module.body {
            let ModuleItem::ModuleDecl(decl) = item else {
                continue;
            };
            match decl {
                ModuleDecl::ExportDecl(d) if declared_names(&d.decl).iter().any(|n| n == name) => {
                    return Some(slot_name(m, name));
                }
                ModuleDecl::ExportDefaultExpr(_) if name == "default" => {
                    return Some(slot_name(m, DEFAULT))
                }
                ModuleDecl::ExportDefaultDecl(d) if name == "default" => {
                    let ident = match &d.decl {
                        DefaultDecl::Fn(f) => f.ident.as_ref(),
                        DefaultDecl::Class(c) => c.ident.as_ref(),
                        _ => None,
                    };
                    return Some(slot_name(m, ident.map_or(DEFAULT, |i| &i.sym)));
                }
                ModuleDecl::ExportNamed(e) => {
                    for spec in &e.specifiers {
                        let (orig, exported) = match spec {
                            ExportSpecifier::Named(n) => {
                                let orig = export_name(&n.orig);
                                let exported =
                                    n.exported.as_ref().map_or(orig.clone(), export_name);
                                (Some(orig), exported)
                            }
                            ExportSpecifier::Namespace(ns) => (None, export_name(&ns.name)),
                            ExportSpecifier::Default(d) => {
                                (Some("default".to_string()), d.exported.sym.to_string())
                            }
                        };
                        if exported != name {
                            continue;
                        }
                        return match (&e.src, orig) {
                            (Some(src), Some(orig)) => {
                                let dep = self.dep(m, &src.value.to_string_lossy())?;
                                self.export_slot(dep, &orig, seen)
                            }
                            (Some(src), None) => {
                                let dep = self.dep(m, &src.value.to_string_lossy())?;
                                Some(slot_name(dep, NAMESPACE))
                            }
                            (None, Some(orig)) => Some(self.local_slot(m, &orig, seen)),
                            (None, None) => None,
                        };
                    }
                }
                ModuleDecl::ExportAll(e) if name != "default" => {
                    star_sources.extend(self.dep(m, &e.src.value.to_string_lossy()));
                }
                _ => {}
            }
        }
        // Two `export *` sources with different bindings of the name
        // export neither, as in JavaScript.
        let mut found: Option<String> = None;
        for dep in star_sources {
            if let Some(slot) = self.export_slot(dep, name, &mut seen.clone()) {
                match &found {
                    Some(other) if *other != slot => return None,
                    _ => found = Some(slot),
                }
            }
        }
        found
    }

    /// The slot of module `m`'s binding `name`: an import's source slot, or
    /// its own.
    fn local_slot(&self, m: usize, name: &str, seen: &mut HashSet<(usize, String)>) -> String {
        self.import_slot(m, name, seen)
            .unwrap_or_else(|| slot_name(m, name))
    }

    /// Where module `m`'s imported binding `local` comes from, if it is one.
    /// `Some(None)`-like failures (no such export) come back as `None` from
    /// [`Program::imports`], which reports them.
    pub fn import_slot(
        &self,
        m: usize,
        local: &str,
        seen: &mut HashSet<(usize, String)>,
    ) -> Option<String> {
        self.imports(m)
            .into_iter()
            .find(|i| i.local == local)
            .and_then(|i| self.import_target(m, &i, seen))
    }

    fn import_target(
        &self,
        m: usize,
        i: &Import,
        seen: &mut HashSet<(usize, String)>,
    ) -> Option<String> {
        let dep = self.dep(m, &i.src)?;
        match &i.imported {
            None => Some(slot_name(dep, NAMESPACE)),
            Some(name) => self.export_slot(dep, name, seen),
        }
    }

    /// The imports of module `m`.
    pub fn imports(&self, m: usize) -> Vec<Import> {
        let mut out = Vec::new();
        let Some(source) = self.modules.get(m) else {
            return out;
        };
        for item in &source.module.body {
            let ModuleItem::ModuleDecl(ModuleDecl::Import(decl)) = item else {
                continue;
            };
            let src = decl.src.value.to_string_lossy().into_owned();
            for spec in &decl.specifiers {
                let (local, imported, span) = match spec {
                    ImportSpecifier::Named(n) => (
                        n.local.sym.to_string(),
                        Some(
                            n.imported
                                .as_ref()
                                .map_or(n.local.sym.to_string(), export_name),
                        ),
                        n.span,
                    ),
                    ImportSpecifier::Default(d) => {
                        (d.local.sym.to_string(), Some("default".to_string()), d.span)
                    }
                    ImportSpecifier::Namespace(ns) => (ns.local.sym.to_string(), None, ns.span),
                };
                out.push(Import {
                    local,
                    imported,
                    src: src.clone(),
                    span,
                });
            }
        }
        out
    }

    /// Every name module `m` exports (for namespace objects).
    pub fn export_names(&self, m: usize, seen: &mut HashSet<usize>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        if !seen.insert(m) {
            return out;
        }
        let Some(source) = self.modules.get(m) else {
            return out;
        };
        let add = |n: String, out: &mut Vec<String>| {
            if !out.contains(&n) {
                out.push(n);
            }
        };
        for item in &source.module.body {
            let ModuleItem::ModuleDecl(decl) = item else {
                continue;
            };
            match decl {
                ModuleDecl::ExportDecl(d) => declared_names(&d.decl)
                    .into_iter()
                    .for_each(|n| add(n, &mut out)),
                ModuleDecl::ExportDefaultExpr(_) | ModuleDecl::ExportDefaultDecl(_) => {
                    add("default".into(), &mut out)
                }
                ModuleDecl::ExportNamed(e) => {
                    for spec in &e.specifiers {
                        let name = match spec {
                            ExportSpecifier::Named(n) => n
                                .exported
                                .as_ref()
                                .map_or(export_name(&n.orig), export_name),
                            ExportSpecifier::Namespace(ns) => export_name(&ns.name),
                            ExportSpecifier::Default(d) => d.exported.sym.to_string(),
                        };
                        add(name, &mut out);
                    }
                }
                ModuleDecl::ExportAll(e) => {
                    if let Some(dep) = self.dep(m, &e.src.value.to_string_lossy()) {
                        for n in self.export_names(dep, seen) {
                            if n != "default" {
                                add(n, &mut out);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// Whether any module reads module `m` as a namespace object.
    pub fn needs_namespace(&self, m: usize) -> bool {
        (0..self.modules.len()).any(|other| {
            self.imports(other)
                .iter()
                .any(|i| i.imported.is_none() && self.dep(other, &i.src) == Some(m))
                || self.modules.get(other).is_some_and(|s| {
                    s.module.body.iter().any(|item| match item {
                        ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(e)) => {
                            e.specifiers
                                .iter()
                                .any(|sp| matches!(sp, ExportSpecifier::Namespace(_)))
                                && e.src
                                    .as_ref()
                                    .and_then(|s| self.dep(other, &s.value.to_string_lossy()))
                                    == Some(m)
                        }
                        _ => false,
                    })
                })
        })
    }
}

/// One imported binding.
pub struct Import {
    pub local: String,
    /// The export it names; `None` for `* as local`.
    pub imported: Option<String>,
    pub src: String,
    pub span: swc_common::Span,
}

fn export_name(n: &ModuleExportName) -> String {
    match n {
        ModuleExportName::Ident(i) => i.sym.to_string(),
        ModuleExportName::Str(s) => s.value.to_string_lossy().into_owned(),
    }
}

/// Names a declaration binds.
pub fn declared_names(decl: &Decl) -> Vec<String> {
    match decl {
        Decl::Fn(f) => vec![f.ident.sym.to_string()],
        Decl::Class(c) => vec![c.ident.sym.to_string()],
        // (`export const { a, b: [c] } = ...` declares `a` and `c`.)
        Decl::Var(v) => {
            let mut names = Vec::new();
            for d in &v.decls {
                crate::codegen::pat_idents(&d.name, &mut names);
            }
            names
        }
        _ => Vec::new(),
    }
}
