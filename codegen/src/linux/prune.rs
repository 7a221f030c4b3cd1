//! The module's runtime copy as the module uses it: the runtime is a library (the userspace
//! tests, the mock and the bare-metal images use all of it), a kernel module carries only what
//! its code reaches. Over the files under `linux/runtime/` (the runtime, the lean generated layer,
//! `support.rs`), the items nothing reaches go:
//!
//! - the roots are the module's own files (the glue, the `iommu/` abstraction, the test module)
//!   and what no rule below removes (module declarations, macro invocations, `const _`); an
//!   invocation of a macro whose body only implements traits for the type it is given
//!   (`riscv_format!(Sv48, ..)`) is kept as those impls would be, when that type is;
//! - a free item (fn, const, static, type, trait, macro) is kept when its name appears in kept
//!   code; an associated fn or const of an inherent impl when its type is kept and a path names
//!   it (`Type::name`, `Self::name`, an alias of the type) or, for a method, a call `.name(` on
//!   a receiver of that type, or on a receiver the pass cannot type; an enum variant when its
//!   enum is kept and a path constructs it (all of them when none is constructed: the enum stays
//!   for a signature), the `match` arms and `matches!` alternatives that only match removed
//!   variants going with them ([`variants`]); a trait impl when its type and its trait are kept
//!   (or are not the runtime's), whole, or, for a runtime trait whose impls the pass all sees,
//!   item by item with the trait's items ([`traits`]);
//! - to a fixpoint from the roots (so items that only name each other go together);
//! - imports then keep only the names the kept code of their module uses (a re-export: a path
//!   through the module elsewhere), or, for a trait, whose methods it calls;
//! - both crates compile the copy, each from its own roots: what only the test module reaches
//!   is kept under `#[cfg(iommugen_test)]`, a `--cfg` its Kbuild gives the test module's object
//!   alone, and what only the driver reaches under `#[cfg(not(iommugen_test))]`, so that
//!   neither crate carries what it does not use;
//! - every `pub` becomes `pub(crate)`: the runtime is a private module of the module's crate.
//!
//! Receivers are typed without type inference, item by item: `self`, a field of `self` (the
//! struct's declared field types), a parameter or `let` with a declared type (through aliases,
//! renames and smart pointers: `KBox<T>` is `T`), `let x = Type::new(..)` and constructor
//! chains (`Type::new().with_a(..)?`), the payload of a tuple variant in a pattern, and a
//! method's result (`let x = recv.method(..)?`, `recv.method()?.name(`) by the runtime type its
//! inherent impl declares it returns (through `Result` and `Option`), a generic function's
//! call with a turbofish by the type given for the parameter it returns (`read::<H, R>(..)`),
//! the names of a tuple `let` by the elements of its tuple, the parameter of an `Option` or
//! `Result` combinator's closure (`.and_then(|c| ..)`) by its receiver's type, in the closure.
//! In a macro's arguments a bare name
//! may be spliced anywhere (a key `name: value` or a local binding is not); in a `macro_rules!`
//! body `$t::name` names any type's item, except in the items of a split trait's impl in an
//! expandable macro, named as each invocation expands them ([`macros`]; what one expansion names
//! counts where the type it gives the impl is kept). Where it cannot tell,
//! the pass keeps every candidate of the name: a kept item the module does not use is a `dead_code`
//! warning, a removed item it uses a compile error (the module build fails on both). Comments
//! above a removed item go with it.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Delimiter, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

use crate::{CodegenError, GeneratedFile};

mod arms;
mod assoc;
mod collect;
mod edit;
mod fields;
mod gather;
mod glue;
mod index;
mod live;
mod macros;
mod names;
mod reach;
mod receivers;
mod refs;
mod rewrite;
mod roots;
mod scopes;
mod trace;
mod traits;
mod tuples;
mod turbofish;
mod types;
mod units;
mod variants;

use assoc::*;
use collect::*;
use edit::*;
use fields::*;
use gather::*;
use glue::*;
use index::*;
use live::*;
use macros::*;
use names::*;
use reach::*;
use receivers::*;
use refs::*;
use rewrite::*;
use roots::*;
use scopes::*;
use traits::*;
use tuples::*;
use turbofish::*;
use types::*;
use units::*;
use variants::*;

/// The `--cfg` under which items only the test module reaches stay.
pub const TEST_CFG: &str = "iommugen_test";

/// Where the module's runtime copy is.
const RUNTIME_DIR: &str = "linux/runtime/";

/// Prunes the runtime copy among `files` (see the module doc). `is_test` tells the test
/// module's own files. The stages: [`gather()`] what the pass knows of the files, the [`Roots`]
/// in the module's own files, [`index()`] the runtime copy's units, [`live()`] what each crate
/// reaches, [`edit()`] the files.
pub fn prune(
    files: &mut [GeneratedFile],
    is_test: &dyn Fn(&str) -> bool,
) -> Result<(), CodegenError> {
    let runtime: Vec<usize> = (0..files.len())
        .filter(|&i| files[i].path.starts_with(RUNTIME_DIR) && files[i].path.ends_with(".rs"))
        .collect();
    let Gathered {
        parsed,
        glue,
        mut types,
        paths,
    } = gather(files, &runtime)?;
    let mut roots = Roots::of_glue(files, &glue, &types, is_test)?;
    let mut c = index(
        files, &runtime, &parsed, &glue, &mut types, &mut roots, is_test,
    );
    let live = live(&mut c, &roots, files, &runtime, &parsed, &types);
    edit(files, &runtime, &c, &live, &roots, &paths, is_test)
}

#[cfg(test)]
mod tests;
