//! One walk of a directory (RISC-V IOMMU 2.1-2.2): the device directory and each process
//! directory have the same shape, non-leaf entries of a valid bit and the next table's page
//! (DDTE, PDTE) and a context at the leaf level, with the levels of a generated
//! [`DirLayout`]. [`DirKind`] says which directory it is: its entry types and fault causes;
//! the engine's walker runs the levels.

use core::marker::PhantomData;

use super::spec::directories::DirLayout;
use super::spec::entries::{DC, DDTE, PC, PDTE};
use super::spec::enums::FaultCause;
use super::spec::fq::FAULT;
use super::{fq, Cause, Model};
use crate::engine::dma::{Term, Txn};
use crate::engine::walk::{self, Level, Step, TableFormat};

type Fail = Term<FAULT, Cause>;

/// What a directory holds.
pub(crate) trait DirKind {
    /// The leaf context.
    type Leaf;
    /// What its reads are, for the memory model's reports: a non-leaf entry, a context.
    const WHAT: (&'static str, &'static str);
    /// The faults of a walk: load access fault, entry not valid, entry misconfigured.
    const CAUSES: [FaultCause; 3];
    /// The next table of a non-leaf entry; `Err(1)` when it is not valid, `Err(2)` when it is
    /// misconfigured (indexes into [`DirKind::CAUSES`]).
    fn next(raw: u64) -> Result<u64, usize>;
    /// Words of the leaf context.
    const WORDS: usize;
    /// The leaf context from its words.
    fn leaf(words: &[u64]) -> Self::Leaf;
}

/// The device directory: DDTEs and extended device contexts.
pub(crate) enum Devices {}
/// A process directory: PDTEs and process contexts.
pub(crate) enum Processes {}

impl DirKind for Devices {
    type Leaf = DC;
    const WHAT: (&'static str, &'static str) = ("device directory", "device context");
    const CAUSES: [FaultCause; 3] = [
        FaultCause::DdtEntryLoadAccessFault,
        FaultCause::DdtEntryNotValid,
        FaultCause::DdtEntryMisconfigured,
    ];
    fn next(raw: u64) -> Result<u64, usize> {
        let d = DDTE([raw]);
        match (d.V(), d.validate().is_ok()) {
            (false, _) => Err(1),
            (true, false) => Err(2),
            (true, true) => Ok(d.PPN()),
        }
    }
    const WORDS: usize = DC::WORDS;
    fn leaf(words: &[u64]) -> DC {
        let mut dc = DC::new();
        dc.0.copy_from_slice(&words[..DC::WORDS]);
        dc
    }
}

impl DirKind for Processes {
    type Leaf = PC;
    const WHAT: (&'static str, &'static str) = ("process directory", "process context");
    const CAUSES: [FaultCause; 3] = [
        FaultCause::PdtEntryLoadAccessFault,
        FaultCause::PdtEntryNotValid,
        FaultCause::PdtEntryMisconfigured,
    ];
    fn next(raw: u64) -> Result<u64, usize> {
        let d = PDTE([raw]);
        match (d.V(), d.validate().is_ok()) {
            (false, _) => Err(1),
            (true, false) => Err(2),
            (true, true) => Ok(d.PPN()),
        }
    }
    const WORDS: usize = PC::WORDS;
    fn leaf(words: &[u64]) -> PC {
        PC([words[0], words[1]])
    }
}

/// One walk of a directory of kind `K` for `id`, faults naming `did` and `pid`.
pub(crate) struct DirWalk<'a, K: DirKind> {
    pub(crate) e: &'a mut Model,
    pub(crate) layout: &'static DirLayout,
    pub(crate) did: u32,
    pub(crate) pid: Option<u32>,
    pub(crate) txn: Txn,
    /// Address of the descriptor read last (a leaf's first word).
    at: u64,
    _kind: PhantomData<K>,
}

impl<'a, K: DirKind> DirWalk<'a, K> {
    /// Walks `layout` from the root table at `root` for `id`.
    pub(crate) fn run(
        e: &'a mut Model,
        layout: &'static DirLayout,
        (did, pid): (u32, Option<u32>),
        txn: Txn,
        root: u64,
        id: u64,
    ) -> Result<K::Leaf, Fail> {
        let mut w = DirWalk::<K> {
            e,
            layout,
            did,
            pid,
            txn,
            at: 0,
            _kind: PhantomData,
        };
        walk::walk(&mut w, 0, root, id)
    }

    fn fail(&self, cause: usize) -> Fail {
        fq::fault(K::CAUSES[cause], self.did, self.pid, &self.txn, 0)
    }
}

impl<K: DirKind> TableFormat for DirWalk<'_, K> {
    type Leaf = K::Leaf;
    type Fault = Fail;

    fn level(&self, i: usize) -> Option<Level> {
        self.layout.levels.get(i).map(|l| Level {
            level: (self.layout.levels.len() - 1 - i) as u32,
            index_lsb: l.index_lsb,
            index_bits: l.index_msb - l.index_lsb + 1,
            span: 1u64 << l.index_lsb,
            entry_bytes: u64::from(l.entry_bytes),
            last: l.leaf,
            block: false,
        })
    }

    fn exhausted(&self) -> Fail {
        self.fail(2)
    }

    fn read(&mut self, addr: u64) -> Result<u64, Fail> {
        self.at = addr;
        match self.e.dev_read(addr, K::WHAT.0) {
            Some(v) => Ok(v),
            None => Err(self.fail(0)),
        }
    }

    fn step(&mut self, level: &Level, _: u64, raw: u64) -> Result<Step<K::Leaf>, Fail> {
        if !level.last {
            return K::next(raw).map(Step::Next).map_err(|c| self.fail(c));
        }
        match self.e.dev_read_words(self.at, K::WORDS, K::WHAT.1) {
            Some(words) => Ok(Step::Leaf(K::leaf(&words))),
            None => Err(self.fail(0)),
        }
    }
}
