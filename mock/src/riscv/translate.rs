//! Translation (RISC-V IOMMU 2.3, the privileged spec's virtual-memory formats): the first
//! stage (Sv39/Sv48/Sv57 at DC.fsc) and the G-stage (Sv39x4/Sv48x4 at DC.iohgatp), each on its
//! own or nested (first-stage tables are then read through the G-stage). The geometry of each
//! walk comes from the generated formats' `GRANULE_4K` levels; descriptors are decoded with
//! the generated `Pointer`/`Leaf` types (the layout is the same in every format of a stage).
//! A leaf needs V, A, R for reads, W and D for writes, X for instruction fetches, and U in the
//! G-stage; the model sets no A/D bits (no AMO_HWAD). First-stage faults are page faults
//! (12/13/15), G-stage faults guest-page faults (20/21/23) with the guest-physical address
//! in iotval2 (bit 0 set for an implicit access of a first-stage walk). Translations are
//! cached in the IOTLB, tagged by GSCID and PSCID, until IOTINVAL.

use super::spec::enums::{DcFscMode, FaultCause, IohgatpMode};
use super::spec::fq::FAULT;
use super::spec::pagetables::{sv39, sv39x4, sv48, sv48x4, sv57};
use super::spec::support::GranuleInfo;
use super::{fq, Cause, Ctx, Model};
use crate::engine::cache::Cached;
use crate::engine::dma::{Term, Txn};
use crate::engine::walk::{self, Level, Step, TableFormat};

type Fail = Term<FAULT, Cause>;

/// A cached translation of one 4 KiB page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// The G-stage address space (None: no G-stage).
    pub gscid: Option<u16>,
    /// The first-stage address space (None: no first stage).
    pub pscid: Option<u32>,
    /// Input page address.
    pub ia: u64,
    /// Output page address.
    pub pa: u64,
    /// Guest-physical page address (the first stage's output).
    pub gpa: u64,
    /// What the first stage allows (everything without one).
    pub fs: Perm,
    /// What the G-stage allows (everything without one).
    pub g: Perm,
}

/// What a leaf allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Perm {
    /// Reads.
    pub r: bool,
    /// Writes.
    pub w: bool,
    /// Instruction fetches.
    pub x: bool,
}

impl Perm {
    const ALL: Perm = Perm {
        r: true,
        w: true,
        x: true,
    };

    /// Whether `txn` is allowed.
    fn allows(&self, txn: &Txn) -> bool {
        if txn.write {
            self.w
        } else if txn.instruction {
            self.x
        } else {
            self.r
        }
    }
}

impl Cached for Line {
    fn ia(&self) -> u64 {
        self.ia
    }
    fn size(&self) -> u64 {
        0x1000
    }
}

/// A leaf found by one stage: where the page is and what it allows.
#[derive(Debug, Clone, Copy)]
struct Found {
    pa: u64,
    perm: Perm,
}

/// The access kind a fault is reported for.
fn cause(txn: &Txn, guest: bool) -> FaultCause {
    match (guest, txn.write, txn.instruction) {
        (false, true, _) => FaultCause::WritePageFault,
        (false, false, true) => FaultCause::InstructionPageFault,
        (false, false, false) => FaultCause::ReadPageFault,
        (true, true, _) => FaultCause::WriteGuestPageFault,
        (true, false, true) => FaultCause::InstructionGuestPageFault,
        (true, false, false) => FaultCause::ReadGuestPageFault,
    }
}

/// One stage's walk of `ia` from `root`.
struct StageWalk<'a> {
    e: &'a mut Model,
    granule: &'static GranuleInfo,
    guest: bool,
    /// The G-stage the tables of a first-stage walk are read through.
    via: Option<(u64, &'static GranuleInfo)>,
    ctx: &'a Ctx,
    txn: Txn,
}

impl StageWalk<'_> {
    fn fail(&self, iotval2: u64) -> Fail {
        fq::fault(
            cause(&self.txn, self.guest),
            self.ctx.did,
            self.ctx.pid,
            &self.txn,
            iotval2,
        )
    }

    /// The fault for input address `ia` of this stage.
    fn fault_at(&self, ia: u64) -> Fail {
        self.fail(if self.guest { ia >> 2 } else { 0 })
    }
}

impl TableFormat for StageWalk<'_> {
    type Leaf = Found;
    type Fault = Fail;

    fn level(&self, i: usize) -> Option<Level> {
        let levels = self.granule.levels;
        levels.get(i).map(|l| Level {
            level: l.level,
            index_lsb: l.index_lsb,
            index_bits: l.index_msb - l.index_lsb + 1,
            span: l.entry_span,
            entry_bytes: 8,
            last: l.last,
            block: l.leaf && !l.last,
        })
    }

    fn exhausted(&self) -> Fail {
        self.fail(0)
    }

    fn read(&mut self, addr: u64) -> Result<u64, Fail> {
        let pa = match self.via {
            Some((root, granule)) => {
                // An implicit read of a first-stage table through the G-stage.
                let read = Txn {
                    write: false,
                    instruction: false,
                    ..self.txn
                };
                let mut g = StageWalk {
                    e: &mut *self.e,
                    granule,
                    guest: true,
                    via: None,
                    ctx: self.ctx,
                    txn: read,
                };
                match stage(&mut g, root, addr) {
                    // The leaf's page, and the descriptor's offset in it.
                    Ok(f) if f.perm.r => f.pa | (addr & 0xfff),
                    _ => {
                        let t = fq::fault(
                            cause(&self.txn, true),
                            self.ctx.did,
                            self.ctx.pid,
                            &self.txn,
                            addr >> 2 | 1,
                        );
                        return Err(t);
                    }
                }
            }
            None => addr,
        };
        self.e.dev_read(pa, "page table").ok_or(fq::fault(
            FaultCause::PtDataCorruption,
            self.ctx.did,
            self.ctx.pid,
            &self.txn,
            0,
        ))
    }

    fn step(&mut self, level: &Level, ia: u64, raw: u64) -> Result<Step<Found>, Fail> {
        let (v, r, w, x, u, a, d, ppn) = if self.guest {
            let l = sv39x4::Leaf(raw);
            (l.V(), l.R(), l.W(), l.X(), l.U(), l.A(), l.D(), l.PPN())
        } else {
            let l = sv39::Leaf(raw);
            (l.V(), l.R(), l.W(), l.X(), true, l.A(), l.D(), l.PPN())
        };
        if !v || (w && !r) {
            return Err(self.fault_at(ia));
        }
        if !(r || w || x) {
            if level.last {
                return Err(self.fault_at(ia));
            }
            let next = if self.guest {
                sv39x4::Pointer(raw).PPN()
            } else {
                sv39::Pointer(raw).PPN()
            };
            return Ok(Step::Next(next));
        }
        let offset = ia & (level.span - 1);
        if ppn & (level.span - 1) != 0 || !u || !a {
            return Err(self.fault_at(ia));
        }
        Ok(Step::Leaf(Found {
            pa: ppn | (offset & !0xfff),
            perm: Perm { r, w: w && d, x },
        }))
    }
}

/// Walks one stage from `root`, after checking that `ia` fits the format.
fn stage(w: &mut StageWalk<'_>, root: u64, ia: u64) -> Result<Found, Fail> {
    let top = w.granule.levels[0];
    let bits = top.index_msb + 1;
    let fits = if w.guest {
        ia >> bits == 0
    } else {
        // Sign-extended from the highest translated bit.
        let high = (ia as i64) >> (bits - 1);
        high == 0 || high == -1
    };
    if !fits {
        return Err(w.fault_at(ia));
    }
    walk::walk(w, 0, root, ia)
}

/// The first-stage format DC.fsc selects.
fn first_stage(mode: DcFscMode) -> Option<&'static GranuleInfo> {
    match mode {
        DcFscMode::Sv39 => Some(&sv39::GRANULE_4K),
        DcFscMode::Sv48 => Some(&sv48::GRANULE_4K),
        DcFscMode::Sv57 => Some(&sv57::GRANULE_4K),
        _ => None,
    }
}

/// The G-stage format DC.iohgatp selects.
fn g_stage(mode: IohgatpMode) -> Option<&'static GranuleInfo> {
    match mode {
        IohgatpMode::Sv39x4 => Some(&sv39x4::GRANULE_4K),
        IohgatpMode::Sv48x4 => Some(&sv48x4::GRANULE_4K),
        _ => None,
    }
}

/// Walks both stages for the page of `txn.iova`.
fn translate_page(e: &mut Model, ctx: &Ctx, txn: &Txn) -> Result<Line, Fail> {
    let dc = ctx.dc;
    let fs = dc.fsc_MODE().ok().and_then(first_stage);
    let gs = dc.iohgatp_MODE().ok().and_then(g_stage);
    let g = gs.map(|granule| (dc.iohgatp_PPN(), granule));
    let page = txn.iova & !0xfff;
    let mut line = Line {
        gscid: g.map(|_| dc.iohgatp_GSCID()),
        pscid: fs.map(|_| dc.PSCID()),
        ia: page,
        pa: page,
        gpa: page,
        fs: Perm::ALL,
        g: Perm::ALL,
    };
    if let Some(granule) = fs {
        let mut w = StageWalk {
            e: &mut *e,
            granule,
            guest: false,
            via: g,
            ctx,
            txn: *txn,
        };
        let f = stage(&mut w, dc.fsc_PPN(), page)?;
        (line.pa, line.fs) = (f.pa, f.perm);
    }
    if let Some((root, granule)) = g {
        let mut w = StageWalk {
            e,
            granule,
            guest: true,
            via: None,
            ctx,
            txn: *txn,
        };
        let f = stage(&mut w, root, line.pa)?;
        // The guest-physical page, for iotval2 of a later G-stage permission fault.
        line.gpa = line.pa;
        (line.pa, line.g) = (f.pa, f.perm);
    }
    Ok(line)
}

/// Translates one access: from the IOTLB, or by walking and caching the result.
pub(crate) fn translate(e: &mut Model, ctx: &Ctx, txn: &Txn) -> Result<u64, Fail> {
    let dc = ctx.dc;
    let gscid = (dc.iohgatp_MODE() != Ok(IohgatpMode::Bare)).then(|| dc.iohgatp_GSCID());
    let pscid = (dc.fsc_MODE() != Ok(DcFscMode::Bare)).then(|| dc.PSCID());
    let line = match e
        .arch
        .tlb
        .lookup(txn.iova, |l| l.gscid == gscid && l.pscid == pscid)
    {
        Some(l) => l,
        None => {
            let l = translate_page(e, ctx, txn)?;
            e.arch.tlb.insert(l);
            l
        }
    };
    if !line.fs.allows(txn) {
        return Err(fq::fault(cause(txn, false), ctx.did, ctx.pid, txn, 0));
    }
    if !line.g.allows(txn) {
        let iotval2 = line.gpa >> 2;
        return Err(fq::fault(cause(txn, true), ctx.did, ctx.pid, txn, iotval2));
    }
    Ok(line.pa | (txn.iova & 0xfff))
}
