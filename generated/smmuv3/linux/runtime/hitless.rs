// SPDX-License-Identifier: MIT OR Apache-2.0

//! The hitless entry writer: moves a live STE or CD from its current value to a target value
//! with 64-bit stores, so that whenever the SMMU reads the entry it sees either the old or the
//! new configuration (never a mix), unless no such order of stores exists, in which case the
//! entry is made invalid for the duration of the update ("breaking").
//!
//! Which bits the SMMU reads depends on the entry's own value: that is the spec's `used` rules,
//! generated as `used_bits()`. Some used bits may also change in any order without harm (STE.MEV;
//! STE.EATS between Abort and FullAts): the spec's `update_safe` rules, generated as
//! `update_safe()`. The algorithm, for any layout with such rules:
//! 1. bits the current value does not use, and update-safe bits both values use, can be written
//!    freely: give them their target values;
//! 2. if the bits the target uses now differ in one 64-bit word only, store that word (one
//!    single-copy-atomic write switches configurations), then clear what the target no longer
//!    uses;
//! 3. if they differ in two or more words, store zero in the word holding the validity field,
//!    write the other words, then store the validity word.
//!
//! After each step that changed memory the store's `sync` is called (CFGI + CMD_SYNC), so a
//! transition costs 0 to 3 syncs.

use super::error::Result;
use super::support::UsedBits;

/// Where an entry lives, and how to make the SMMU re-read it.
pub(crate) trait EntryStore {
    /// Reads word `i` of the entry.
    fn read(&self, i: usize) -> u64;
    /// Writes word `i` of the entry (a single 64-bit store).
    fn write(&mut self, i: usize, value: u64);
    /// Makes the SMMU drop any cached copy of the entry and waits for that to complete.
    fn sync(&mut self) -> Result<()>;
}

/// What one transition cost.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Transition {
    /// Syncs issued.
    pub(crate) syncs: u32,
    /// Whether the entry was made invalid on the way (the update was not hitless).
    pub(crate) breaking: bool,
}

fn read_entry<L: UsedBits, S: EntryStore>(store: &S) -> L {
    let mut e = L::default();
    for (i, w) in e.words_mut().iter_mut().enumerate() {
        *w = store.read(i);
    }
    e
}

/// Stores the words of `value` in `range` that differ from memory, then syncs if any did.
fn store_words<L: UsedBits, S: EntryStore>(
    store: &mut S,
    value: &L,
    range: core::ops::Range<usize>,
    t: &mut Transition,
) -> Result<()> {
    let mut changed = false;
    for i in range {
        let v = value.words()[i];
        if store.read(i) != v {
            store.write(i, v);
            changed = true;
        }
    }
    if changed {
        store.sync()?;
        t.syncs += 1;
    }
    Ok(())
}

/// The word that holds the fields used even by an all-zero entry (the validity bit).
fn validity_word<L: UsedBits>() -> usize {
    let used = L::default().used_bits();
    used.words().iter().position(|&w| w != 0).unwrap_or(0)
}

/// Moves the entry in `store` to `target` without the SMMU observing a mix of the two, or
/// through an invalid entry when that is impossible. See the module documentation.
pub(crate) fn write_entry<L: UsedBits, S: EntryStore>(
    store: &mut S,
    target: &L,
) -> Result<Transition> {
    let cur: L = read_entry(store);
    let cur_used = cur.used_bits();
    let target_used = target.used_bits();
    let safe = cur.update_safe(target);
    let n = L::WORDS;

    // Step 1: every bit the current value ignores takes its target value, and so does every
    // update-safe bit. Safety is only claimed for bits both values use: a bit one of them
    // ignores is ordered as an unused bit.
    let mut step = cur;
    let mut differ: u64 = 0;
    for i in 0..n {
        let (c, t) = (cur.words()[i], target.words()[i]);
        let free_to_change = safe.words()[i] & cur_used.words()[i] & target_used.words()[i];
        let u = cur_used.words()[i] & !free_to_change;
        step.words_mut()[i] = (c & u) | (t & !u);
        // Does this word still disagree with the target on a bit the target uses?
        if (step.words()[i] ^ t) & target_used.words()[i] != 0 {
            differ |= 1 << i;
        }
    }

    let mut t = Transition::default();
    match differ.count_ones() {
        0 => {
            // The configuration does not change: just tidy the unused bits.
            store_words(store, target, 0..n, &mut t)?;
        }
        1 => {
            let critical = differ.trailing_zeros() as usize;
            // The critical word is written whole in the next step.
            step.words_mut()[critical] = cur.words()[critical];
            store_words(store, &step, 0..n, &mut t)?;
            store_words(store, target, critical..critical + 1, &mut t)?;
            store_words(store, target, 0..n, &mut t)?;
        }
        _ => {
            t.breaking = true;
            let v = validity_word::<L>();
            let mut invalid = cur;
            invalid.words_mut()[v] = 0;
            store_words(store, &invalid, v..v + 1, &mut t)?;
            let mut rest = *target;
            rest.words_mut()[v] = 0;
            store_words(store, &rest, 0..n, &mut t)?;
            store_words(store, target, v..v + 1, &mut t)?;
        }
    }
    Ok(t)
}

#[cfg(iommugen_test)]
/// An entry held in an array, for computing transitions without hardware: `sync` counts and
/// calls an observer with the entry's words.
pub(crate) struct ArrayStore<'a, const N: usize> {
    /// The entry.
    pub(crate) words: [u64; N],
    /// Called with the words after every store (`false`) and every sync (`true`).
    pub(crate) observe: &'a mut dyn FnMut(&[u64; N], bool),
}

#[cfg(iommugen_test)]
impl<const N: usize> EntryStore for ArrayStore<'_, N> {
    fn read(&self, i: usize) -> u64 {
        self.words[i]
    }

    fn write(&mut self, i: usize, value: u64) {
        self.words[i] = value;
        (self.observe)(&self.words, false);
    }

    fn sync(&mut self) -> Result<()> {
        (self.observe)(&self.words, true);
        Ok(())
    }
}
