//! [`TryVec`] over Rust's `alloc::vec::Vec`: growth reserves first (`try_reserve`), so a failed
//! allocation is an [`AllocError`], never an abort. The Linux module replaces this file with one
//! over the kernel's `KVec`; both offer exactly the methods below.

use alloc::vec::Vec;
use core::ops::{Deref, DerefMut};

use super::AllocError;

/// A growable array whose every allocation is fallible.
#[derive(Debug, PartialEq, Eq)]
pub struct TryVec<T>(Vec<T>);

impl<T> TryVec<T> {
    /// An empty vector (allocates nothing).
    pub const fn new() -> Self {
        TryVec(Vec::new())
    }

    /// An empty vector with room for `n` values.
    pub fn try_with_capacity(n: usize) -> Result<Self, AllocError> {
        let mut v = TryVec::new();
        v.try_reserve(n)?;
        Ok(v)
    }

    /// Makes room for `n` more values, so the next `n` pushes or inserts cannot fail.
    pub fn try_reserve(&mut self, n: usize) -> Result<(), AllocError> {
        self.0.try_reserve(n).map_err(|_| AllocError::of::<T>(n))
    }

    /// Appends `v`.
    pub fn try_push(&mut self, v: T) -> Result<(), AllocError> {
        self.try_reserve(1)?;
        self.0.push(v);
        Ok(())
    }

    /// Inserts `v` at `index` (at most `len()`), shifting the rest up.
    pub fn try_insert(&mut self, index: usize, v: T) -> Result<(), AllocError> {
        self.try_reserve(1)?;
        self.0.insert(index.min(self.0.len()), v);
        Ok(())
    }

    /// Removes and returns the value at `index`, shifting the rest down.
    pub fn remove(&mut self, index: usize) -> Option<T> {
        (index < self.0.len()).then(|| self.0.remove(index))
    }

    /// How many values fit without allocating.
    pub fn capacity(&self) -> usize {
        self.0.capacity()
    }

    /// Removes the last value.
    pub fn pop(&mut self) -> Option<T> {
        self.0.pop()
    }

    /// Keeps the values `keep` accepts, in order.
    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.0.retain(keep);
    }

    /// Drops the values from `len` on.
    pub fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }

    /// Drops every value (keeps the allocation).
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

impl<T: Clone> TryVec<T> {
    /// `n` copies of `value`.
    pub fn try_from_elem(value: T, n: usize) -> Result<Self, AllocError> {
        let mut v = TryVec::try_with_capacity(n)?;
        v.0.resize(n, value);
        Ok(v)
    }

    /// Appends copies of `values`.
    pub fn try_extend_from_slice(&mut self, values: &[T]) -> Result<(), AllocError> {
        self.try_reserve(values.len())?;
        self.0.extend_from_slice(values);
        Ok(())
    }
}

impl<T> Default for TryVec<T> {
    fn default() -> Self {
        TryVec::new()
    }
}

impl<T> Deref for TryVec<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<T> DerefMut for TryVec<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        &mut self.0
    }
}

impl<T> IntoIterator for TryVec<T> {
    type Item = T;
    type IntoIter = alloc::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a TryVec<T> {
    type Item = &'a T;
    type IntoIter = core::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
