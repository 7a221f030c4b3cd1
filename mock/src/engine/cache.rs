//! Caches, keyed by tags the architecture defines. [`Cache`] holds address-range entries (an
//! IOTLB of translations, a walk cache of table descriptors): lookup by input address and a
//! tag predicate, FIFO eviction beyond a capacity, invalidation by tag predicate and an
//! optional input-address range. [`Keyed`] holds configuration structures by key (device or
//! stream contexts, directory entries) until an invalidation removes them. Nothing leaves a
//! cache but by invalidation or eviction: stale entries are what a missing invalidation looks
//! like.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// An entry of an address-range cache: it covers `size` bytes of input address from `ia`.
pub trait Cached: Copy {
    /// First input address covered.
    fn ia(&self) -> u64;
    /// Bytes covered.
    fn size(&self) -> u64;
}

fn overlaps(a: u64, size: u64, range: (u64, u64)) -> bool {
    a < range.1 && a.saturating_add(size) > range.0
}

/// An address-range cache with FIFO eviction.
#[derive(Debug, Clone)]
pub struct Cache<E> {
    entries: VecDeque<E>,
    capacity: usize,
}

impl<E: Cached> Cache<E> {
    /// An empty cache keeping at most `capacity` entries (at least 1).
    pub fn new(capacity: usize) -> Self {
        Cache {
            entries: VecDeque::new(),
            capacity: capacity.max(1),
        }
    }

    /// The first entry covering `ia` whose tag `hits`.
    pub fn lookup(&self, ia: u64, hits: impl Fn(&E) -> bool) -> Option<E> {
        self.entries
            .iter()
            .find(|e| ia >= e.ia() && ia - e.ia() < e.size() && hits(e))
            .copied()
    }

    /// Adds an entry, evicting the oldest beyond the capacity.
    pub fn insert(&mut self, e: E) {
        if self.entries.len() >= self.capacity {
            self.entries.pop_front();
        }
        self.entries.push_back(e);
    }

    /// Removes the entries `covered` selects that overlap `range` (all of them for `None`);
    /// returns how many went.
    pub fn invalidate(&mut self, range: Option<(u64, u64)>, covered: impl Fn(&E) -> bool) -> usize {
        let before = self.entries.len();
        self.entries
            .retain(|e| !(covered(e) && range.is_none_or(|r| overlaps(e.ia(), e.size(), r))));
        before - self.entries.len()
    }

    /// Drops everything.
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the cache is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = &E> {
        self.entries.iter()
    }
}

/// A configuration cache: structures by key.
#[derive(Debug, Clone)]
pub struct Keyed<K, V> {
    map: HashMap<K, V>,
}

impl<K, V> Default for Keyed<K, V> {
    fn default() -> Self {
        Keyed {
            map: HashMap::new(),
        }
    }
}

impl<K: Eq + Hash + Ord + Copy, V: Copy> Keyed<K, V> {
    /// The structure cached for `key`.
    pub fn get(&self, key: &K) -> Option<&V> {
        self.map.get(key)
    }

    /// Caches a structure.
    pub fn insert(&mut self, key: K, value: V) {
        self.map.insert(key, value);
    }

    /// Drops the structure of `key`.
    pub fn remove(&mut self, key: &K) {
        self.map.remove(key);
    }

    /// Keeps only the structures whose key `keep` accepts.
    pub fn retain(&mut self, mut keep: impl FnMut(&K) -> bool) {
        self.map.retain(|k, _| keep(k));
    }

    /// Drops everything.
    pub fn clear(&mut self) {
        self.map.clear();
    }

    /// Number of structures.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether nothing is cached.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The contents, sorted by key.
    pub fn sorted(&self) -> Vec<(K, V)> {
        let mut v: Vec<(K, V)> = self.map.iter().map(|(k, v)| (*k, *v)).collect();
        v.sort_by_key(|x| x.0);
        v
    }
}
