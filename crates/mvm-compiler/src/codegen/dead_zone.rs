//! Which `let`, `const` and class bindings a closure may reach before
//! their declaration has run.
//!
//! A function's own reads of such a binding before its declaration are
//! known from the text (see `Codegen::throw_if_tdz`). Another function's
//! read is not: `function show() { return level; }` called before `let
//! level = 1;` reads a binding JavaScript has not initialised yet. The
//! first pass records a graph: which function may run which (it defines
//! it, or names a declared function), where a function may start running
//! while a binding is dead (it is defined, or a declared function is
//! named, before the declaration), and which functions read which
//! bindings of another's. A binding some reader of it can be reached from
//! such a start starts as the hole, and those readers check for it (see
//! `Codegen::check_closure_tdz`); every other read costs nothing.

use std::collections::{HashMap, HashSet};

/// A binding: its scope's id and its name.
pub(super) type BindingKey = (usize, String);

/// A function in the graph: by id, or by the declaration that binds it
/// (named before the pass has compiled it: `function a() { b(); }` above
/// `function b() {}`).
#[derive(Clone, PartialEq, Eq, Hash)]
pub(super) enum Runnable {
    Function(usize),
    Declared(BindingKey),
}

#[derive(Default, Clone)]
pub(super) struct DeadZoneGraph {
    /// `(runnable, runnable)`: running the first may run the other (it
    /// defines it, or names it; a class's name, its methods).
    edges: HashSet<(Runnable, Runnable)>,
    /// `(runnable, binding)`: it may start running while the binding is
    /// dead.
    starts: HashSet<(Runnable, BindingKey)>,
    /// `(function, binding)`: a function reads or assigns a binding of
    /// another function's (of an enclosing one, or of the top level).
    reads: HashSet<(usize, BindingKey)>,
    /// The function a declaration binds.
    declared: HashMap<BindingKey, usize>,
}

impl DeadZoneGraph {
    pub(super) fn edge(&mut self, from: usize, to: Runnable) {
        self.edges.insert((Runnable::Function(from), to));
    }

    pub(super) fn edge_from(&mut self, from: Runnable, to: Runnable) {
        self.edges.insert((from, to));
    }

    pub(super) fn start(&mut self, runnable: Runnable, dead: BindingKey) {
        self.starts.insert((runnable, dead));
    }

    pub(super) fn read(&mut self, reader: usize, binding: BindingKey) {
        self.reads.insert((reader, binding));
    }

    pub(super) fn declare(&mut self, binding: BindingKey, function: usize) {
        self.declared.insert(binding, function);
    }

    /// The bindings a reader of theirs may read while they are dead.
    pub(super) fn checked(&self) -> HashSet<BindingKey> {
        // (A declaration stands for the function it binds; a class's
        // binding, for none: a node of its own.)
        let node = |r: &Runnable| match r {
            Runnable::Declared(key) => match self.declared.get(key) {
                Some(f) => Runnable::Function(*f),
                None => r.clone(),
            },
            Runnable::Function(_) => r.clone(),
        };
        let mut next: HashMap<Runnable, Vec<Runnable>> = HashMap::new();
        for (from, to) in &self.edges {
            next.entry(node(from)).or_default().push(node(to));
        }
        let mut readers: HashMap<&BindingKey, HashSet<Runnable>> = HashMap::new();
        for (reader, binding) in &self.reads {
            readers
                .entry(binding)
                .or_default()
                .insert(Runnable::Function(*reader));
        }
        let mut starts: HashMap<&BindingKey, Vec<Runnable>> = HashMap::new();
        for (runnable, binding) in &self.starts {
            if readers.contains_key(binding) {
                starts.entry(binding).or_default().push(node(runnable));
            }
        }
        let mut checked = HashSet::new();
        for (binding, mut todo) in starts {
            let Some(readers) = readers.get(binding) else {
                continue;
            };
            let mut seen: HashSet<Runnable> = todo.iter().cloned().collect();
            while let Some(r) = todo.pop() {
                if readers.contains(&r) {
                    checked.insert(binding.clone());
                    break;
                }
                for g in next.get(&r).into_iter().flatten() {
                    if seen.insert(g.clone()) {
                        todo.push(g.clone());
                    }
                }
            }
        }
        checked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> BindingKey {
        (0, name.to_string())
    }

    #[test]
    fn a_reader_reached_from_a_start_is_checked() {
        let mut g = DeadZoneGraph::default();
        // `a` (1) is named while `x` is dead; it calls `b` (2), declared
        // later in the text, which reads `x`. `c` (3) reads `y`, but
        // nothing runs it early.
        g.start(Runnable::Declared(key("a")), key("x"));
        g.start(Runnable::Declared(key("a")), key("y"));
        g.declare(key("a"), 1);
        g.edge(1, Runnable::Declared(key("b")));
        g.declare(key("b"), 2);
        g.read(2, key("x"));
        g.read(3, key("y"));
        let checked = g.checked();
        assert!(checked.contains(&key("x")));
        assert!(!checked.contains(&key("y")));
    }
}
