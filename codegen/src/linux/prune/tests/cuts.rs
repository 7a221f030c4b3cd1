//! Tests of the finer units: the items of the runtime's traits, the variants only matched and
//! the arms that match them.

use super::*;

#[test]
fn trait_items_go_from_the_trait_and_every_impl() {
    let rt = "\
pub trait T {
    const NAME: &'static str;
    const USED: u32;
    type Out;
    fn m(&self) -> u32;
    fn spare(&self) -> u32;
    fn provided(&self) -> u32 { 0 }
}
pub struct S;
impl S { pub const NAME: &'static str = \"inherent\"; }
impl T for S {
    const NAME: &'static str = S::NAME;
    const USED: u32 = 1;
    type Out = u8;
    fn m(&self) -> u32 { Self::USED }
    fn spare(&self) -> u32 { 2 }
}
pub fn through_bound<R: T>(r: &R) -> u32 { r.m() + R::USED }
pub fn by_name() -> &'static str { S::NAME }
";
    let glue = "fn f() -> u32 { let _ = <Self as kernel::ModuleMetadata>::NAME; \
                runtime::by_name(); runtime::through_bound(&runtime::S) }";
    let files = [
        file("linux/root.rs", glue),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    // `S::NAME` is the inherent const, `<Self as ModuleMetadata>::NAME` another trait's: the
    // trait's `NAME` goes, from the trait and the impl; so do `Out`, `spare` and `provided`.
    assert_eq!(out.matches("const NAME").count(), 1, "{out}");
    assert!(
        out.contains("pub(crate) const NAME: &'static str = \"inherent\""),
        "{out}"
    );
    for gone in ["Out", "spare", "provided", "S::NAME;"] {
        assert!(!out.contains(gone), "{gone} stays: {out}");
    }
    // `USED` through the bound of `R`, `m` called.
    assert_eq!(out.matches("const USED").count(), 2, "{out}");
    assert_eq!(out.matches("fn m(").count(), 2, "{out}");
}

#[test]
fn trait_items_in_a_macro_s_impls_and_the_glue_s() {
    let rt = "\
pub trait T { const NAME: &'static str; const KEPT: u32; fn unused(&self); }
pub trait G { fn used_by_glue(&self); fn spare(&self); }
pub enum A {}
macro_rules! make {
    ($ty:ident, $n:literal) => {
        impl T for $ty {
            const NAME: &'static str = $n;
            #[inline]
            const KEPT: u32 = 1;
            fn unused(&self) {}
        }
    };
}
make!(A, \"a\");
pub fn f<X: T>() -> u32 { X::KEPT }
";
    let glue = "struct K; impl runtime::G for K { fn used_by_glue(&self) {} fn spare(&self) {} } \
                fn x() { runtime::f::<runtime::A>(); let _: &dyn runtime::G; }";
    let files = [
        file("linux/root.rs", glue),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    // Out of the trait and of the impl in the macro's body.
    assert!(!out.contains("NAME") && !out.contains("unused"), "{out}");
    assert_eq!(out.matches("const KEPT").count(), 2, "{out}");
    // What the glue's impl defines stays in the trait.
    assert!(
        out.contains("fn used_by_glue(&self);") && out.contains("fn spare(&self);"),
        "{out}"
    );
}

#[test]
fn trait_items_stay_when_an_impl_is_out_of_sight() {
    // An impl inside a function body, and one whose trait is a macro's metavariable.
    for hidden in [
        "pub fn g() { struct L; impl T for L { const NAME: &'static str = \"l\"; } }",
        "macro_rules! any { ($t:ident) => { impl $t for u8 {} }; }",
    ] {
        let rt = format!(
            "pub trait T {{ const NAME: &'static str; }}\npub struct S;\n\
             impl T for S {{ const NAME: &'static str = \"s\"; }}\n{hidden}\n"
        );
        let files = [
            file(
                "linux/root.rs",
                "fn x(_: &dyn runtime::T) { runtime::g(); let _: runtime::S; }",
            ),
            file("linux/runtime/mod.rs", &rt),
        ];
        let out = pruned(&files, "linux/runtime/mod.rs");
        assert!(
            out.contains("pub(crate) trait T { const NAME: &'static str; }"),
            "{out}"
        );
        assert!(out.contains("impl T for S { const NAME"), "{out}");
    }
}

/// A runtime whose enum `E` the glue `glue` (and the test module `test`) use.
fn variants(rt: &str, glue: &str, test: &str) -> String {
    let mut files = vec![
        file("linux/root.rs", glue),
        file("linux/runtime/mod.rs", rt),
    ];
    if !test.is_empty() {
        files.push(file("linux/test/kunit.rs", test));
    }
    pruned(&files, "linux/runtime/mod.rs")
}

#[test]
fn variants_only_matched_go_with_their_arms() {
    let rt = "\
pub enum E { A, B, C(Payload) }
pub struct Payload;
impl E {
    pub fn code(&self) -> u32 {
        match self {
            Self::A => 0,
            // Only the arm of B names it.
            Self::B => only_b(),
            Self::C(_) => 2,
        }
    }
    pub fn a_or_b(&self) -> bool { matches!(self, E::A | E::B) }
    pub fn is_b(&self) -> bool { matches!(self, E::B) }
}
fn only_b() -> u32 { 1 }
pub fn kind(e: &E) -> u32 {
    match e {
        E::B | E::C(_) => 1,
        E::A => 0,
    }
}
";
    let glue = "fn x() { let e = runtime::E::A; e.code(); e.a_or_b(); e.is_b(); \
                runtime::kind(&e); }";
    let out = variants(rt, glue, "");
    // B and C are never constructed: they go, with the arms that only match them and what
    // only those arms name.
    for gone in ["B", "C", "Payload", "only_b", "=> 1", "=> 2"] {
        assert!(!out.contains(gone), "{gone}: {out}");
    }
    assert!(out.contains("pub(crate) enum E { A, "), "{out}");
    assert!(out.contains("matches!(self, E::A)"), "{out}");
    assert!(out.contains("fn is_b(&self) -> bool { false }"), "{out}");
    assert!(out.contains("E::A => 0,\n    }"), "{out}");
}

#[test]
fn variants_constructed_by_what_a_match_looks_at_stay() {
    let rt = "\
pub enum E { A, B }
impl E { pub fn decode(x: u32) -> E { if x == 0 { Self::A } else { Self::B } } }
pub fn is_b(x: u32) -> bool { matches!(E::decode(x), E::B) }
";
    let out = variants(rt, "fn x() { runtime::is_b(1); }", "");
    assert_eq!(out, crate_visible(rt).unwrap());
}

#[test]
fn variants_the_glue_matches_stay() {
    // The glue is not rewritten: a variant it matches stays, with the runtime's arms.
    let rt = "pub enum E { A, B }\npub fn f(e: &E) -> u32 { match e { E::A => 0, E::B => 1 } }\n";
    let glue =
        "fn x(e: runtime::E) -> bool { runtime::f(&runtime::E::A); matches!(e, runtime::E::B) }";
    let out = variants(rt, glue, "");
    assert_eq!(out, crate_visible(rt).unwrap());
}

#[test]
fn variants_in_patterns_the_pass_does_not_rewrite_stay() {
    // `if let`, a nested or-pattern, a `matches!` on something not `self`, a `match` that
    // would lose all its arms: B stays.
    for code in [
        "pub fn f(e: E) -> u32 { if let E::B = e { 1 } else { 0 } }",
        "pub fn f(e: Option<E>) -> u32 { match e { Some(E::A | E::B) => 1, _ => 0 } }",
        "pub fn f(e: E) -> bool { matches!(e, E::B) }",
        "pub fn f(e: E) -> u32 { match e { E::B => 1 } }",
        // `!false` would be a lint.
        "impl E { pub fn f(&self) -> bool { !matches!(self, E::B) } }",
    ] {
        let rt = format!("pub enum E {{ A, B }}\n{code}\n");
        let glue = "fn x() { runtime::f(runtime::E::A); runtime::E::A.f(); }";
        let out = variants(&rt, glue, "");
        assert!(out.contains("pub(crate) enum E { A, B }"), "{code}: {out}");
        assert!(
            out.contains(&code.replace("pub fn", "pub(crate) fn")),
            "{out}"
        );
    }
}

#[test]
fn variants_only_the_tests_construct_are_gated_with_their_arms() {
    let rt = "\
pub enum E { A, B, C }
pub fn code(e: E) -> u32 {
    match e {
        E::A => 0,
        E::B => 1,
        E::C => 2,
    }
}
";
    let out = variants(
        rt,
        "fn x() { runtime::code(runtime::E::A); }",
        "fn t() { runtime::code(runtime::E::B); }",
    );
    // B: constructed by the tests alone, gated like its arm; C: by nobody, gone.
    assert!(out.contains(&format!("#[cfg({TEST_CFG})]\nB,")), "{out}");
    assert!(
        out.contains(&format!("#[cfg({TEST_CFG})] E::B => 1,")),
        "{out}"
    );
    assert!(!out.contains('C'), "{out}");
    // An alternative one crate has and the other does not cannot be gated: B stays for it, in
    // both crates.
    let rt = "pub enum E { A, B }\npub fn either(e: E) -> u32 { match e { E::A | E::B => 0 } }\n";
    let out = variants(
        rt,
        "fn x() { runtime::either(runtime::E::A); }",
        "fn t() { runtime::either(runtime::E::B); }",
    );
    assert_eq!(out, crate_visible(rt).unwrap());
}

#[test]
fn a_catch_all_arm_keeps_a_variant_to_match() {
    // `_` still matches C: B's arm goes.
    let rt = "pub enum E { A, B, C }\n\
              pub fn f(e: E) -> u32 { match e { E::A => 0, E::B => 1, _ => 2 } }\n";
    let out = variants(
        rt,
        "fn x() { runtime::f(runtime::E::A); runtime::f(runtime::E::C); }",
        "",
    );
    assert!(
        out.contains("match e { E::A => 0,  _ => 2 }") && !out.contains('B'),
        "{out}"
    );
    // `_` would match nothing without B, only matched elsewhere: B stays, and its `matches!`.
    let rt = "pub enum E { A, B }\n\
              pub fn f(e: E) -> u32 { match e { E::A => 0, _ => 1 } }\n\
              impl E { pub fn is_b(&self) -> bool { matches!(self, E::B) } }\n";
    let out = variants(
        rt,
        "fn x() { runtime::f(runtime::E::A); runtime::E::A.is_b(); }",
        "",
    );
    assert_eq!(out, crate_visible(rt).unwrap());
}
