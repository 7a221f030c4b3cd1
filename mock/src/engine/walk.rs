//! Multi-level table walks over a described geometry. A [`Level`] says which input-address
//! bits index its table, how much one entry spans, and whether it is the last level; a
//! [`TableFormat`] supplies the levels of one walk, reads descriptors (through another stage
//! when the tables live in a guest address space) and decodes each one into the next table or
//! a leaf. [`walk`] runs the loop, once for every format of any depth: page tables of either
//! stage and multi-level directories of contexts alike. [`resume`] finds the deepest level a
//! walk cache can start from.

use std::ops::Range;

/// One level of a walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Level {
    /// The architecture's number for the level.
    pub level: u32,
    /// Lowest input-address bit of the index.
    pub index_lsb: u32,
    /// Index bits resolved at this level (for this walk: a start level may resolve fewer,
    /// or more with concatenated tables).
    pub index_bits: u32,
    /// Bytes of input address one entry spans.
    pub span: u64,
    /// Bytes per descriptor.
    pub entry_bytes: u64,
    /// The last level (leaves only).
    pub last: bool,
    /// A leaf (block) is allowed here without being the last level.
    pub block: bool,
}

/// What a descriptor leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<L> {
    /// The next-level table at this address.
    Next(u64),
    /// The walk ends here.
    Leaf(L),
}

/// A table format as one walk sees it.
pub trait TableFormat {
    /// The result of a successful walk.
    type Leaf;
    /// Why a walk failed.
    type Fault;
    /// Level `i` of this walk (`None` past the last).
    fn level(&self, i: usize) -> Option<Level>;
    /// The fault when a walk runs past the last level.
    fn exhausted(&self) -> Self::Fault;
    /// Reads the descriptor at `addr`.
    fn read(&mut self, addr: u64) -> Result<u64, Self::Fault>;
    /// Decodes descriptor `raw` found at `level` for input address `ia`.
    fn step(&mut self, level: &Level, ia: u64, raw: u64) -> Result<Step<Self::Leaf>, Self::Fault>;
}

/// A mask of the low `bits` bits.
pub fn mask(bits: u32) -> u64 {
    if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    }
}

/// Walks from level `start`, whose table is at `table`, to the leaf of `ia`.
pub fn walk<F: TableFormat>(
    f: &mut F,
    start: usize,
    table: u64,
    ia: u64,
) -> Result<F::Leaf, F::Fault> {
    let (mut i, mut table) = (start, table);
    loop {
        let Some(l) = f.level(i) else {
            return Err(f.exhausted());
        };
        let index = (ia >> l.index_lsb) & mask(l.index_bits);
        let raw = f.read(table.wrapping_add(index * l.entry_bytes))?;
        match f.step(&l, ia, raw)? {
            Step::Next(next) => (i, table) = (i + 1, next),
            Step::Leaf(leaf) => return Ok(leaf),
        }
    }
}

/// The deepest level in `levels` whose table descriptor `cached` holds, searched from the
/// bottom: the walk resumes at the level after it with what was cached.
pub fn resume<T>(
    levels: Range<usize>,
    mut cached: impl FnMut(usize) -> Option<T>,
) -> Option<(usize, T)> {
    levels.rev().find_map(|j| cached(j).map(|t| (j + 1, t)))
}
