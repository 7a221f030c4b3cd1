//! Tests of the finer typing: the impl items of an expanded macro typed per invocation, a
//! turbofish call's type, a tuple `let`.

use super::*;

#[test]
fn a_macro_s_impl_items_are_typed_by_each_invocation() {
    let rt = "\
pub struct R1;
impl R1 { pub fn from_bits(x: u64) -> R1 { R1 } pub fn busy(&self) -> bool { true } }
pub struct R2;
impl R2 { pub fn from_bits(x: u64) -> R2 { R2 } pub fn busy(&self) -> bool { false } }
pub enum E { A }
impl E { pub fn from_bits(x: u64) -> Option<E> { None } }
pub trait Q { fn make() -> Self; fn check(r: &Self) -> bool; fn spare(r: &Self) -> bool; }
pub struct W;
impl W { pub fn busy(&self) -> bool { true } }
macro_rules! q {
    ($ty:ty, $r:ident) => {
        impl Q for $ty {
            fn make() -> $ty { $r::from_bits(0) }
            fn check(r: &$ty) -> bool { r.busy() }
            fn spare(r: &$ty) -> bool { let w = W; w.busy() }
        }
    };
}
q!(R1, R1);
pub fn f<T: Q>() -> bool { T::check(&T::make()) }
";
    let files = [
        file("linux/root.rs", "fn x() { runtime::f::<runtime::R1>(); }"),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    // `$r::from_bits` with `R1` passed is `R1`'s, not any type's: `E`'s and `R2`'s go; so does
    // what only the removed `spare` named.
    assert!(out.contains("fn from_bits(x: u64) -> R1"), "{out}");
    assert!(
        !out.contains("Option<E>") && !out.contains("impl R2"),
        "{out}"
    );
    assert!(
        out.contains("fn busy(&self) -> bool { true } }\npub(crate) trait"),
        "{out}"
    );
    assert!(
        !out.contains("fn spare") && !out.contains("impl W"),
        "{out}"
    );
}

#[test]
fn turbofish_calls_and_tuple_lets_type_receivers() {
    let rt = "\
pub struct A;
impl A { pub fn done(&self) -> bool { true } pub fn index(&self) -> u32 { 0 } }
pub struct B;
impl B { pub fn done(&self) -> bool { false } pub fn index(&self) -> u32 { 1 } }
pub struct S { a: A, n: u32 }
pub fn read<H, T: Default>(h: &H) -> T { T::default() }
impl S {
    pub fn f(&self) -> bool {
        let (a, n) = (self.a, self.n);
        read::<u8, A>(&0).done() && a.index() == n
    }
}
";
    let files = [
        file("linux/root.rs", "fn x(s: runtime::S) { s.f(); }"),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    assert!(out.contains("impl A"), "{out}");
    assert!(!out.contains("impl B"), "{out}");
}

#[test]
fn destructured_fields_type_receivers() {
    let rt = "\
pub struct V;
impl V { pub fn take(&mut self) -> u32 { 0 } }
pub struct P;
impl P { pub fn take(&mut self) -> u32 { 1 } pub fn find(&self) -> u32 { 2 } }
pub struct G { size: u32 }
pub trait F { const GRANULES: &'static [G]; }
pub struct I<H: Hal> { h: H, pub(super) v: V, n: u32 }
impl<H: Hal> I<H> {
    pub fn shutdown<T: F>(mut self) -> u32 {
        let I { h, mut v, .. } = self;
        let mut words = [0u64; 4];
        let _ = T::GRANULES.iter().find(|g| g.size == 1);
        words.iter_mut().take(2).count() as u32 + v.take()
    }
}
";
    let files = [
        file("linux/root.rs", "fn x(s: runtime::I<u8>) { s.shutdown(); }"),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    // `v` is `V` (`mut v` of a typed struct pattern), `words` an array, `T::GRANULES` a slice:
    // no `take` or `find` of `P`'s.
    assert!(out.contains("impl V"), "{out}");
    assert!(!out.contains("impl P"), "{out}");
}

#[test]
fn a_name_names_its_own_module_s_item() {
    let a = "\
pub const LIMIT: u32 = 1;
pub struct Pointer(u64);
impl Pointer { pub fn new() -> Self { Pointer(0) } }
impl Default for Pointer { fn default() -> Self { Pointer::new() } }
pub fn used() -> u32 { 0 }
";
    // `c` imports `a`'s `LIMIT` by name.
    let c = "use super::a::LIMIT;\npub fn g() -> u32 { LIMIT }\n";
    let b = "\
pub const LIMIT: u32 = super::a::LIMIT;
pub const OWN: u32 = 2;
pub struct Pointer(u64);
impl Pointer { pub fn new() -> Self { Pointer(1) } }
impl Default for Pointer { fn default() -> Self { Pointer::new() } }
";
    let files = [
        file(
            "linux/root.rs",
            "fn x() { runtime::a::used(); runtime::c::g(); let _ = runtime::a::Pointer::default(); }",
        ),
        file("linux/runtime/mod.rs", "pub mod a;\npub mod b;\npub mod c;\n"),
        file("linux/runtime/a.rs", a),
        file("linux/runtime/b.rs", b),
        file("linux/runtime/c.rs", c),
    ];
    // `a`'s `LIMIT` and `Pointer` stay; `b`'s, which only `b` names, go.
    let out = pruned(&files, "linux/runtime/a.rs");
    assert!(
        out.contains("const LIMIT") && out.contains("impl Default for Pointer"),
        "{out}"
    );
    let out = pruned(&files, "linux/runtime/b.rs");
    assert!(!out.contains("LIMIT") && !out.contains("Pointer"), "{out}");
}

#[test]
fn the_module_s_own_type_of_a_runtime_type_s_name_is_its_own() {
    let rt = "\
pub struct Iommu;
impl Iommu { pub fn new() -> Iommu { Iommu } pub fn unmap(&self) {} pub fn probe(&self) {} }
impl Iommu { pub fn with(&self) {} }
pub fn make() -> Iommu { Iommu::new() }
";
    // Another glue file imports `ops.rs`'s `Iommu`.
    let main = "use ops::Iommu;\nfn z(i: &Iommu) { i.with(); Iommu::with(i); }\n";
    let ops = "\
struct Iommu;
impl Iommu {
    fn unmap(&self) {}
    fn go(&self) { self.unmap(); Iommu::unmap(self); Self::unmap(self); let me: &Iommu = self; me.unmap(); }
}
fn y() { Iommu.go() }
";
    let files = [
        file("linux/root.rs", "fn x() { runtime::make().probe(); }"),
        file("linux/ops.rs", ops),
        file("linux/main.rs", main),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    // `ops.rs`'s `Iommu` is its own: its `unmap` calls and paths are not the runtime's.
    assert!(out.contains("fn new") && out.contains("fn probe"), "{out}");
    assert!(
        !out.contains("fn unmap") && !out.contains("fn with"),
        "{out}"
    );
}

#[test]
fn a_renamed_import_s_paths_name_the_type_s_items() {
    let rt = "pub struct Iommu;\nimpl Iommu { pub fn with_queue() {} pub fn other() {} }\n";
    let glue = "use runtime::Iommu as Riscv;\nfn x() { Riscv::with_queue(); }\n";
    let files = [
        file("linux/root.rs", glue),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    assert!(
        out.contains("fn with_queue") && !out.contains("fn other"),
        "{out}"
    );
}

#[test]
fn an_impl_macro_s_invocation_goes_with_its_type() {
    let rt = "\
pub trait F { const BITS: u32; }
pub mod m1 { pub const BITS: u32 = 39; }
pub mod m2 { pub const BITS: u32 = 48; }
pub enum A {}
pub enum B {}
macro_rules! fmt {
    ($ty:ident, $m:ident) => {
        impl F for $ty {
            const BITS: u32 = $m::BITS;
        }
    };
}
fmt!(A, m1);
fmt!(B, m2);
pub fn bits<T: F>() -> u32 { T::BITS }
";
    let files = [
        file("linux/root.rs", "fn x() { runtime::bits::<runtime::A>(); }"),
        file(
            "linux/test/kunit.rs",
            "fn t() { runtime::bits::<runtime::B>(); }",
        ),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    // Each invocation and what only its expansion names (`m1::BITS`, `m2::BITS`) stay in the
    // crate that names its type.
    assert!(
        out.contains(&format!("#[cfg(not({TEST_CFG}))]\nfmt!(A, m1);")),
        "{out}"
    );
    assert!(
        out.contains(&format!("#[cfg({TEST_CFG})]\nfmt!(B, m2);")),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "mod m1 {{ #[cfg(not({TEST_CFG}))]\npub(crate) const BITS: u32 = 39;"
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "mod m2 {{ #[cfg({TEST_CFG})]\npub(crate) const BITS: u32 = 48;"
        )),
        "{out}"
    );
}

#[test]
fn a_combinator_s_closure_parameter_has_the_receiver_s_type() {
    let rt = "\
pub struct P;
impl P { pub fn new() -> P { P } pub fn with_a(self) -> Result<P, ()> { Ok(self) } pub fn with_b(self) -> P { self } }
pub struct D;
impl D { pub fn new() -> D { D } pub fn with_b(self) -> D { self } }
";
    // `c` is a `P` in the closure, though a pattern makes it unknown elsewhere in the test.
    let test =
        "fn t() { let d = D::new(); let c = P::new().with_a().and_then(|c| Ok(c.with_b())); \
                assert!(matches!(c, Ok(c) if true)); }";
    let files = [
        file("linux/root.rs", "fn x() {}"),
        file("linux/test/kunit.rs", test),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    assert!(out.contains("fn with_b(self) -> P"), "{out}");
    assert!(!out.contains("fn with_b(self) -> D"), "{out}");
}

#[test]
fn a_kernel_trait_s_impl_and_a_suite_s_items_name_nothing_of_the_runtime() {
    let rt = "\
pub trait Driver { fn probe(&self); }
pub fn probe() {}
pub const VA_BITS: u32 = 48;
pub fn used() {}
";
    let test = "\
struct Edu;
impl pci::Driver for Edu { fn probe() { probe() } }
fn probe() { runtime::used(); }
mod suite { const VA_BITS: u32 = 39; fn f() -> u32 { VA_BITS } }
";
    let files = [
        file("linux/root.rs", "fn x() {}"),
        file("linux/test/edu.rs", test),
        file("linux/runtime/mod.rs", rt),
    ];
    let out = pruned(&files, "linux/runtime/mod.rs");
    assert!(out.contains("fn used()"), "{out}");
    assert!(
        !out.contains("fn probe() {}") && !out.contains("VA_BITS"),
        "{out}"
    );
}
