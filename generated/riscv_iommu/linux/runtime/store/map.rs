// SPDX-License-Identifier: MIT OR Apache-2.0

//! [`VecMap`] and [`VecSet`]: ordered maps and sets as sorted [`TryVec`]s. Lookups are binary
//! searches; an insertion reserves room before it changes anything, so a failed allocation
//! leaves the collection as it was.

#[cfg(not(iommugen_test))]
use super::{AllocError, TryVec};

#[cfg(not(iommugen_test))]
/// An ordered map from `K` to `V`.
#[derive(Debug)]
pub(crate) struct VecMap<K, V> {
    entries: TryVec<(K, V)>,
}

#[cfg(not(iommugen_test))]
impl<K: Ord, V> VecMap<K, V> {
    /// An empty map (allocates nothing).
    pub(crate) const fn new() -> Self {
        VecMap {
            entries: TryVec::new(),
        }
    }

    fn find(&self, key: &K) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.cmp(key))
    }

    /// Whether the map is empty.
    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The value of `key`.
    pub(crate) fn get(&self, key: &K) -> Option<&V> {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    /// The value of `key`, mutably.
    pub(crate) fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        match self.find(key) {
            Ok(i) => Some(&mut self.entries[i].1),
            Err(_) => None,
        }
    }

    /// Whether `key` has a value.
    pub(crate) fn contains_key(&self, key: &K) -> bool {
        self.find(key).is_ok()
    }

    /// Sets the value of `key`, returning the previous one.
    pub(crate) fn try_insert(&mut self, key: K, value: V) -> Result<Option<V>, AllocError> {
        match self.find(&key) {
            Ok(i) => Ok(Some(core::mem::replace(&mut self.entries[i].1, value))),
            Err(i) => self.entries.try_insert(i, (key, value)).map(|()| None),
        }
    }

    /// The value of `key`, inserting `make()` first if there is none.
    pub(crate) fn try_get_or_insert_with(
        &mut self,
        key: K,
        make: impl FnOnce() -> V,
    ) -> Result<&mut V, AllocError> {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.entries.try_insert(i, (key, make()))?;
                i
            }
        };
        Ok(&mut self.entries[i].1)
    }

    /// The first entry whose key is greater than `key`.
    pub(crate) fn first_after(&self, key: &K) -> Option<(&K, &V)> {
        let i = match self.find(key) {
            Ok(i) => i + 1,
            Err(i) => i,
        };
        self.entries.get(i).map(|(k, v)| (k, v))
    }

    /// Makes room for `n` more entries, so the next `n` insertions cannot fail.
    pub(crate) fn try_reserve(&mut self, n: usize) -> Result<(), AllocError> {
        self.entries.try_reserve(n)
    }

    /// Removes `key`, returning its value.
    pub(crate) fn remove(&mut self, key: &K) -> Option<V> {
        let i = self.find(key).ok()?;
        self.entries.remove(i).map(|(_, v)| v)
    }

    /// Removes every entry, returning them in key order.
    pub(crate) fn take(&mut self) -> TryVec<(K, V)> {
        core::mem::take(&mut self.entries)
    }

    /// The values in key order.
    pub(crate) fn values(&self) -> impl Iterator<Item = &V> + '_ {
        self.entries.iter().map(|(_, v)| v)
    }
}

#[cfg(not(iommugen_test))]
impl<K, V> IntoIterator for VecMap<K, V> {
    type Item = (K, V);
    type IntoIter = <TryVec<(K, V)> as IntoIterator>::IntoIter;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

#[cfg(not(iommugen_test))]
impl<K: Ord, V> Default for VecMap<K, V> {
    fn default() -> Self {
        VecMap::new()
    }
}

#[cfg(not(iommugen_test))]
/// An ordered set of `K`: a [`VecMap`] to `()`.
#[derive(Debug)]
pub(crate) struct VecSet<K> {
    map: VecMap<K, ()>,
}

#[cfg(not(iommugen_test))]
impl<K: Ord> VecSet<K> {
    /// An empty set (allocates nothing).
    pub(crate) const fn new() -> Self {
        VecSet { map: VecMap::new() }
    }

    /// The first key greater than `key`.
    pub(crate) fn first_after(&self, key: &K) -> Option<&K> {
        self.map.first_after(key).map(|(k, ())| k)
    }

    /// Adds `key`; whether it was new.
    pub(crate) fn try_insert(&mut self, key: K) -> Result<bool, AllocError> {
        self.map.try_insert(key, ()).map(|old| old.is_none())
    }

    /// Removes `key`; whether it was there.
    pub(crate) fn remove(&mut self, key: &K) -> bool {
        self.map.remove(key).is_some()
    }
}

#[cfg(not(iommugen_test))]
impl<K: Ord> Default for VecSet<K> {
    fn default() -> Self {
        VecSet::new()
    }
}
