//! Tests of the pruning pass: reachability from the glue, methods by their type, imports,
//! test-only items, visibility.

use super::*;

fn file(path: &str, contents: &str) -> GeneratedFile {
    GeneratedFile {
        path: path.into(),
        contents: contents.into(),
    }
}

/// The runtime file `path` after pruning `files` (test files: `linux/test/`).
fn pruned(files: &[GeneratedFile], path: &str) -> String {
    let mut files = files.to_vec();
    prune(&mut files, &|p: &str| p.starts_with("linux/test/")).unwrap();
    files
        .into_iter()
        .find(|f| f.path == path)
        .map(|f| f.contents)
        .unwrap()
}

#[test]
fn only_what_the_glue_reaches_stays() {
    let rt = "\
/// Used.
pub fn used() -> u32 { helper() }
// Its helper.
fn helper() -> u32 { 1 }
/// Unused, and what only it names.
pub fn unused() -> u32 { lonely() + helper() }
fn lonely() -> u32 { 2 }
/// Two items that only name each other.
fn ping() { pong() }
fn pong() { ping() }
pub const LIMIT: u32 = 3;
";
    let files = [
        file("linux/root.rs", "fn f() { let _ = runtime::a::used(); }"),
        file("linux/runtime/a.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/a.rs");
    assert!(
        out.contains("fn used()") && out.contains("fn helper()"),
        "{out}"
    );
    assert!(out.contains("// Its helper."), "{out}");
    for gone in ["unused", "lonely", "ping", "pong", "LIMIT", "Two items"] {
        assert!(!out.contains(gone), "{gone} stays: {out}");
    }
    // Items are visible to the crate, not public.
    assert!(out.contains("pub(crate) fn used()"), "{out}");
}

#[test]
fn methods_go_by_their_type_and_calls() {
    let rt = "\
pub struct A { b: B }
pub struct B;
pub struct C;
impl A {
    pub fn new() -> Self { A { b: B } }
    pub fn go(&self) -> u32 { self.b.len() + self.own() }
    fn own(&self) -> u32 { 0 }
    pub fn spare(&self) -> u32 { 0 }
}
impl B {
    pub fn len(&self) -> u32 { 1 }
    pub fn other(&self) -> u32 { 2 }
}
impl C {
    pub fn len(&self) -> u32 { 3 }
}
impl core::fmt::Debug for B {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { Ok(()) }
}
impl core::fmt::Debug for C {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { Ok(()) }
}
";
    let glue = "fn f(v: &[u8]) { let a = runtime::A::new(); a.go(); let n = v.len(); }";
    let files = [
        file("linux/root.rs", glue),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    for kept in [
        "fn new()",
        "fn go(",
        "fn own(",
        "fn len(&self) -> u32 { 1 }",
        "for B",
    ] {
        assert!(out.contains(kept), "{kept} goes: {out}");
    }
    // `spare` and `other` are never called; `C` is never named (its `len` has the name of a
    // called method, but every `.len()` is on a type the pass can tell), nor its impls.
    for gone in ["spare", "other", "C"] {
        assert!(!out.contains(gone), "{gone} stays: {out}");
    }
}

#[test]
fn imports_keep_what_the_kept_code_uses() {
    let a = "\
use super::b::{Kept, Dropped};
#[allow(unused_imports)]
use super::b::Gone;
pub fn f() -> Kept { Kept }
fn g() -> Dropped { Dropped }
";
    let b = "pub struct Kept;\npub struct Dropped;\npub struct Gone;\n";
    let files = [
        file("linux/root.rs", "fn x() { runtime::a::f(); }"),
        file("linux/runtime/a.rs", a),
        file("linux/runtime/b.rs", b),
    ];
    let out = pruned(&files, "linux/runtime/a.rs");
    assert!(out.contains("use super::b::Kept;"), "{out}");
    assert!(!out.contains("Dropped") && !out.contains("Gone"), "{out}");
    assert!(!out.contains("allow(unused_imports)"), "{out}");
    let out = pruned(&files, "linux/runtime/b.rs");
    assert_eq!(out, "pub(crate) struct Kept;\n");
}

#[test]
fn each_crate_keeps_what_it_reaches() {
    let rt = "pub fn driver() {}\npub fn tested() {}\npub fn shared() {}\npub fn neither() {}\n";
    let files = [
        file(
            "linux/root.rs",
            "fn x() { runtime::driver(); runtime::shared(); }",
        ),
        file(
            "linux/test/kunit.rs",
            "fn t() { runtime::tested(); runtime::shared(); }",
        ),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    assert_eq!(
        out,
        format!(
            "#[cfg(not({TEST_CFG}))]\npub(crate) fn driver() {{}}\n#[cfg({TEST_CFG})]\n\
             pub(crate) fn tested() {{}}\npub(crate) fn shared() {{}}\n"
        )
    );
}

#[test]
fn gated_parts_imports_and_variants_per_crate() {
    let rt = "\
use core::fmt::Write;
use core::cell::Cell;
use core::cell::RefCell;
pub struct S;
impl S {
    pub fn both(&self) {}
    pub fn driver(&self) -> Cell<u8> { Cell::new(0) }
    pub fn tested(&self) -> RefCell<u8> { RefCell::new(0) }
    pub fn spare(&self) {}
}
#[repr(u8)]
pub enum E { A, B }
pub fn f(e: E) -> u8 { match e { E::A => 0, _ => 1 } }
";
    let files = [
        file(
            "linux/root.rs",
            "fn x() { let s = runtime::S; s.both(); s.driver(); runtime::f(runtime::E::A); }",
        ),
        file(
            "linux/test/kunit.rs",
            "fn t() { let s = runtime::S; s.both(); s.tested(); let _: runtime::E; }",
        ),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    // Imports split by the crate that uses them; one nobody uses goes.
    assert!(!out.contains("Write"), "{out}");
    assert!(
        out.contains(&format!("#[cfg(not({TEST_CFG}))]\nuse core::cell::Cell;"))
            && out.contains(&format!("#[cfg({TEST_CFG})]\nuse core::cell::RefCell;")),
        "{out}"
    );
    // Methods: each under its crate's cfg, the unused one gone.
    assert!(
        out.contains(&format!("#[cfg(not({TEST_CFG}))]\npub(crate) fn driver"))
            && out.contains(&format!("#[cfg({TEST_CFG})]\npub(crate) fn tested"))
            && out.contains("    pub(crate) fn both")
            && !out.contains("spare"),
        "{out}"
    );
    // `E` stays in both crates: the driver constructs `A` (its `B` goes), the tests construct
    // no variant (both stay for them, so the enum is not empty).
    assert!(
        out.contains("pub(crate) enum E")
            && out.contains("A,")
            && out.contains(&format!("#[cfg({TEST_CFG})]\nB")),
        "{out}"
    );
}

#[test]
fn enum_variants_trait_impls_and_macros() {
    let rt = "\
pub enum E { Used, Unused }
pub trait T { fn t(&self); }
pub trait Unreached { fn u(&self); }
impl T for E { fn t(&self) {} }
impl Unreached for E { fn u(&self) {} }
macro_rules! make { ($n:ident) => { pub fn $n() {} } }
make!(spliced);
pub struct R;
impl R { pub fn with_x(self) -> Self { self } pub fn with_y(self) -> Self { self } }
pub fn build() { m!(R, with_x); }
";
    let glue = "fn x() { let e = runtime::E::Used; runtime::T::t(&e); runtime::build(); }";
    let files = [
        file("linux/root.rs", glue),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    assert!(out.contains("Used,") || out.contains("Used }"), "{out}");
    assert!(!out.contains("Unused"), "{out}");
    assert!(out.contains("impl T for E"), "{out}");
    assert!(!out.contains("Unreached"), "{out}");
    // The macro and its invocation stay; a name passed to a macro keeps what it may name.
    assert!(
        out.contains("macro_rules! make") && out.contains("make!(spliced)"),
        "{out}"
    );
    assert!(
        out.contains("fn with_x") && !out.contains("fn with_y"),
        "{out}"
    );
}

#[test]
fn visibility_becomes_crate_wide() {
    assert_eq!(
        crate_visible("pub struct S { pub a: u8, pub(super) b: u8 }\npub(crate) fn f() {}\n")
            .unwrap(),
        "pub(crate) struct S { pub(crate) a: u8, pub(super) b: u8 }\npub(crate) fn f() {}\n"
    );
}

#[test]
fn bindings_tell_receivers() {
    let types = Types {
        known: BTreeSet::from(["A".to_string(), "P".to_string()]),
        payloads: BTreeMap::from([(("E".to_string(), "V".to_string()), "P".to_string())]),
        aliases: BTreeMap::from([("Alias".to_string(), "A".to_string())]),
        returns: BTreeMap::from([(("A".to_string(), "get".to_string()), "P".to_string())]),
        ..Types::default()
    };
    let mut vars = Vars::new();
    let code = "fn f(a: &mut A, d: &Device, g: Alias, h: H, k: KBox<A>) { let b = A::new(); \
                let c = x(); if let E::V(p) = e {} let (t, u) = y(); let q = b.get()?; let r = b.other(); \
                let s = S { f: a.f(), z }; }";
    bindings(code.parse().unwrap(), &types, None, &mut vars);
    let ty = |n: &str| {
        vars.get(n)
            .cloned()
            .flatten()
            .map(|s| s.into_iter().collect::<Vec<_>>())
    };
    assert_eq!(ty("a"), Some(vec!["A".to_string()]));
    assert_eq!(ty("d"), Some(vec!["Device".to_string()]));
    assert_eq!(ty("g"), Some(vec!["A".to_string()]));
    assert_eq!(ty("h"), Some(vec!["H".to_string()]));
    assert_eq!(ty("b"), Some(vec!["A".to_string()]));
    // A smart pointer's methods are its target's.
    assert_eq!(ty("k"), Some(vec!["A".to_string()]));
    assert_eq!(ty("p"), Some(vec!["P".to_string()]));
    // A method's return type, through `?`; a method whose return type the pass does not know
    // tells nothing.
    assert_eq!(ty("q"), Some(vec!["P".to_string()]));
    // A struct literal's receiver (`a.f()`) is no binding of a pattern.
    assert_eq!(ty("a"), Some(vec!["A".to_string()]));
    for unknown in ["c", "t", "u", "r"] {
        assert_eq!(ty(unknown), None, "{unknown}");
    }
}

/// The owner `qualified_owner` finds for `path` (whose first `>` closes the generic part).
fn owner(path: &str) -> String {
    let tts: Vec<TokenTree> = path.parse::<TokenStream>().unwrap().into_iter().collect();
    let gt = tts
        .iter()
        .position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == '>'))
        .unwrap();
    qualified_owner(&tts, gt)
}

#[test]
fn qualified_paths_name_their_trait() {
    assert_eq!(
        owner("<Self as kernel::ModuleMetadata>::NAME"),
        "ModuleMetadata"
    );
    assert_eq!(owner("Foo::<u8>::new"), "Foo");
}

#[test]
fn macro_arguments_and_bodies() {
    let rt = "\
pub struct R;
impl R { pub fn keyed(&self) {} pub fn local(&self) {} pub fn spliced(&self) {} pub fn via(&self) {} pub fn named(&self) {} }
macro_rules! call { ($t:ty, $m:ident) => { <$t>::via(); R::named(); R.$m(); }; }
pub fn f(local: u8) { call!(R, spliced); m!(keyed: 1, local); }
";
    let files = [
        file(
            "linux/root.rs",
            "fn x() { runtime::f(0); let r = runtime::R; }",
        ),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    // A name passed to a macro the body uses, and what the body names through `$t`, stay.
    assert!(
        out.contains("fn spliced") && out.contains("fn via") && out.contains("fn named"),
        "{out}"
    );
    // A key (`keyed: 1`) and a local binding passed to a macro name no method.
    assert!(
        !out.contains("fn keyed") && !out.contains("fn local"),
        "{out}"
    );
}

#[test]
fn a_re_export_stays_for_the_crate_whose_code_goes_through_it() {
    let a = "pub use super::b::X;\n";
    let b = "pub struct X;\n";
    let files = [
        file("linux/root.rs", "use runtime::a::X;\nfn f() { let _ = X; }"),
        file("linux/test/kunit.rs", "fn t() { let _ = runtime::b::X; }"),
        file("linux/runtime/a.rs", a),
        file("linux/runtime/b.rs", b),
    ];
    assert_eq!(
        pruned(&files, "linux/runtime/a.rs"),
        format!("#[cfg(not({TEST_CFG}))]\npub(crate) use super::b::X;\n")
    );
    assert_eq!(
        pruned(&files, "linux/runtime/b.rs"),
        "pub(crate) struct X;\n"
    );
}

#[test]
fn relative_imports_name_their_module() {
    assert_eq!(
        resolve_relative("linux/runtime/smmuv3/spec/cmdq.rs", "super::support::X"),
        ["spec", "support", "X"]
    );
    assert_eq!(
        resolve_relative("linux/runtime/smmuv3/spec.rs", "super::super::support"),
        ["runtime", "support"]
    );
    assert_eq!(
        resolve_relative("linux/runtime/queue.rs", "self::command::Q"),
        ["queue", "command", "Q"]
    );
    assert_eq!(
        resolve_relative("linux/runtime/a.rs", "core::cell::Cell"),
        ["core", "cell", "Cell"]
    );
}

#[test]
fn a_method_s_return_type_types_its_result() {
    let rt = "\
pub struct A;
pub struct P;
pub struct Q;
impl A {
    pub fn new() -> Self { A }
    pub fn get(&self) -> Result<P, ()> { Ok(P) }
}
impl P { pub fn bits(&self) -> u32 { 0 } }
impl Q { pub fn bits(&self) -> u32 { 1 } }
";
    let glue = "fn f() -> Result<(), ()> { let a = runtime::A::new(); let p = a.get()?; \
                let n = p.bits(); let m = a.get()?.bits(); Ok(()) }";
    let files = [
        file("linux/root.rs", glue),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    assert!(out.contains("{ 0 }") && !out.contains("{ 1 }"), "{out}");
}

#[test]
fn expanded_macros_and_inferred_receivers() {
    let rt = "\
pub struct A;
impl A { pub fn new() -> A { A } pub fn bits(&self) -> u64 { 0 } pub fn with_x(self) -> A { self } }
pub struct B;
impl B { pub fn new() -> B { B } pub fn bits(&self) -> u64 { 1 } }
pub struct M { a: A, b: B }
impl M {
    pub fn len(&self) -> usize { 0 }
    pub fn map(&mut self, x: u64, y: u64) -> u64 { x + y }
    pub fn take(self) -> B { self.b }
}
macro_rules! enc { ($ty:ty) => {{ let d = <$ty>::new(); d.bits() }}; }
pub fn f() -> u64 { enc!(A) }
pub fn g(m: M) -> usize {
    let M { a, .. } = m;
    let make = || A::new().with_x();
    let v: [u8; 1] = [1];
    make().bits() + a.bits() + (0..3).len() as u64 + v.len() as u64;
    Some(1).map(|x| x + 1);
    0
}
pub fn check() {}
";
    let files = [
        file(
            "linux/root.rs",
            "fn check() {} fn x(m: runtime::M) { runtime::f(); runtime::g(m); check(); let _ = pci::Driver; }",
        ),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    // `d.bits()` in the macro's body is `A`'s (the argument), not `B`'s: `B`'s impl goes.
    assert!(out.contains("fn bits(&self) -> u64 { 0 }"), "{out}");
    assert!(!out.contains("impl B"), "{out}");
    // `(0..3).len()`, an array's `len()` and `Option::map(f)` (one argument, where `M::map`
    // takes two) are not `M`'s; a closure's call has its body's type.
    assert!(!out.contains("fn len") && !out.contains("fn map"), "{out}");
    assert!(out.contains("fn with_x"), "{out}");
    // The root's own `check` is not the runtime's.
    assert!(!out.contains("fn check"), "{out}");
}

mod cuts;

#[test]
fn unread_fields_go_with_their_plain_initializers() {
    let rt = "\
pub struct Table;
pub struct Q { pub used: u32, pub flag: bool, pub table: Table, pub kept: u32 }
impl Q {
    pub fn new(kept: u32) -> Q { Q { used: 0, flag: false, table: Table, kept } }
    pub fn used(&self) -> u32 { self.used }
}
";
    let files = [
        file(
            "linux/root.rs",
            "fn x() { let q = runtime::Q::new(1); q.used(); }",
        ),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    // `flag` and `table` nothing reads go, and so does `Table`, which only `table` named;
    // `kept`, initialized from a binding, stays (its removal would leave `kept` unused).
    assert!(!out.contains("flag") && !out.contains("table"), "{out}");
    assert!(!out.contains("struct Table"), "{out}");
    assert!(
        out.contains("pub(crate) kept: u32") && out.contains("used: 0"),
        "{out}"
    );
}

#[test]
fn a_macro_invocation_names_no_function() {
    let rt = "\
pub fn write(x: u32) -> u32 { x }
macro_rules! twice { ($x:expr) => { $x * 2 }; }
pub fn f() -> u32 { twice!(1) }
";
    let files = [
        file(
            "linux/root.rs",
            "fn x() { runtime::f(); write!(s, \"{}\", 1); }",
        ),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    // `write!` is the formatting macro, not the runtime's `write`; `twice!` keeps the macro.
    assert!(
        !out.contains("fn write") && out.contains("macro_rules! twice"),
        "{out}"
    );
}
mod typing;
