// SPDX-License-Identifier: MIT OR Apache-2.0

//! Fallible collections for the runtime's bookkeeping (devices, domains, PASIDs, table
//! shadows, command batches).
//!
//! Every allocation can fail and reports [`AllocError`], which becomes
//! `Error::Hal(HalError::HeapExhausted)`: a driver under memory pressure gets an error back, never
//! an abort. [`TryVec`] is the only type that allocates; it lives in `vec.rs`, the one file of
//! the runtime that names an allocator, so each target supplies its own (Rust's `alloc` here,
//! the kernel's `KVec` in the Linux module). [`VecMap`] and [`VecSet`] are sorted vectors over
//! it: the runtime's collections are small and read far more often than they change.

mod map;
mod vec;

#[cfg(not(iommugen_test))]
pub(crate) use map::{VecMap, VecSet};
pub(crate) use vec::TryVec;

use super::error::Error;
use super::hal::HalError;

/// An allocation failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct AllocError {
    /// Bytes requested (an estimate for growth requests).
    pub(crate) bytes: usize,
}

impl AllocError {
    /// The failure to allocate room for `n` more values of `T`.
    pub(crate) fn of<T>(n: usize) -> Self {
        AllocError {
            bytes: n.saturating_mul(core::mem::size_of::<T>()),
        }
    }
}

impl From<AllocError> for HalError {
    fn from(e: AllocError) -> Self {
        HalError::HeapExhausted { bytes: e.bytes }
    }
}

impl From<AllocError> for Error {
    fn from(e: AllocError) -> Self {
        Error::Hal(e.into())
    }
}
