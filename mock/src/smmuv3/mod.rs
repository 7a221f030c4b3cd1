//! The Arm SMMUv3 as an [`Architecture`] of the engine: what only the SMMUv3 does.
//!
//! - `regs`: CR0/CR0ACK, GBPA with UPDATE, IRQ_CTRL, GERROR/GERRORN, writes refused while an
//!   enable is set, the Secure bank hidden;
//! - `cmdq`: what each command does (CFGI_* and TLBI_* scopes, CMD_SYNC, CERROR_ILL/ABT)
//!   over the engine's wrap-bit queue consumer;
//! - `evtq`: which event record a fault writes, and the event queue's overflow flags;
//! - `stream`: stream table and CD table formats, STE/CD decoding and legality, the
//!   configuration cache's keys and what CFGI removes;
//! - `walk` and `translate`: the VMSAv8-64 stage 1 and stage 2 formats over the engine's
//!   walker, permissions, nested translation; `tlb`: IOTLB and walk-cache tags and the TLBI
//!   scopes;
//! - [`config`], [`faults`], [`report`]: implementation choices, fault-injection switches and
//!   what the model reports; `handle`: the SMMUv3 methods of [`MockSmmu`].
//!
//! The register table is generated from `specs/smmuv3.iommu`
//! (`generated/smmuv3/mock/regfile.rs`), commands and events are the generated types.

/// The register table generated from `specs/smmuv3.iommu` by the mock backend.
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../../generated/smmuv3/mock/regfile.rs"]
pub mod table;
crate::engine::impl_reg_row!(table);

pub mod config;
pub mod dma;
pub mod faults;
pub mod report;

pub(crate) mod cmdq;
pub(crate) mod evtq;
pub(crate) mod handle;
pub(crate) mod peek;
pub(crate) mod regs;
pub(crate) mod stream;
pub(crate) mod tlb;
pub(crate) mod translate;
pub(crate) mod walk;

use iommugen_runtime::smmuv3::spec::enums::GbpaShCfg;
use iommugen_runtime::smmuv3::spec::evtq::EVTQ_Event;
use iommugen_runtime::smmuv3::spec::regs::{CMDQ_PROD, CR0, GBPA};

use crate::engine::dma::{Route, Term, Txn};
use crate::engine::mem::Memory;
use crate::engine::record::EventFate;
use crate::engine::regfile::Written;
use crate::engine::{Architecture, Engine, Mock};

use config::MockConfig;
use dma::Cause;
use faults::Faults;
use report::{Irqs, Stats, Violation};
use stream::{ConfigCache, Ctx};
use table::{RegSpec, REGISTERS};
use tlb::Tlb;

/// A modelled SMMUv3 with its memory. Clones refer to the same device.
pub type MockSmmu = Mock<Smmuv3>;

/// The engine running the SMMUv3.
pub(crate) type Model = Engine<Smmuv3>;

/// The SMMUv3's own state inside the engine.
pub struct Smmuv3 {
    pub(crate) cfg: MockConfig,
    pub(crate) faults: Faults,
    pub(crate) caches: ConfigCache,
    pub(crate) tlb: Tlb,
    pub(crate) irqs: Irqs,
    pub(crate) stats: Stats,
    /// GBPA as last updated (the value in effect while SMMUEN is 0).
    pub(crate) gbpa: u64,
    /// Command consumption stopped at a CMD_SYNC held by `Faults::hang_sync`.
    pub(crate) cmdq_waiting: bool,
}

/// A device implementing `cfg`, just out of reset.
pub(crate) fn model(cfg: MockConfig) -> Model {
    let ram = cfg.ram_base..cfg.ram_base.saturating_add(cfg.ram_size);
    let arch = Smmuv3 {
        faults: Faults::default(),
        caches: ConfigCache::default(),
        tlb: Tlb::new(cfg.tlb_capacity),
        irqs: Irqs::default(),
        stats: Stats::default(),
        gbpa: 0,
        cmdq_waiting: false,
        cfg,
    };
    let mut m = Engine::new(arch, REGISTERS, Memory::new(ram));
    for (offset, value) in m.arch.cfg.id_registers() {
        m.regs.set_at(offset, value);
    }
    // GBPA resets with SHCFG = use incoming (as QEMU 10 reads 0x1000), ABORT as configured.
    let gbpa = GBPA::from_bits(0)
        .with_SHCFG(GbpaShCfg::UseIncoming)
        .with_ABORT(m.arch.cfg.gbpa_abort_at_reset);
    m.set_reg(gbpa);
    m.arch.gbpa = u64::from(gbpa.bits());
    m
}

impl Architecture for Smmuv3 {
    type Row = RegSpec;
    type Record = EVTQ_Event;
    type Cause = Cause;
    type Violation = Violation;
    type Context = Ctx;

    const BUS_ERROR: Cause = Cause::BusError;

    fn hidden(&self, row: &RegSpec) -> bool {
        // S_IDR1.SECURE_IMPL is 0: the Secure registers are RAZ/WI to Non-secure accesses.
        row.name.starts_with("S_")
    }

    fn ack_delay_ns(&self) -> u64 {
        self.faults.ack_delay_ns
    }

    fn relax_step_ns(&self) -> u64 {
        self.cfg.relax_step_ns
    }

    fn orders_stores(&self, row: &RegSpec) -> bool {
        row.offset == CMDQ_PROD::OFFSET || row.offset == CR0::OFFSET
    }

    fn write_allowed(e: &mut Model, index: usize, value: u64) -> bool {
        e.write_allowed(index, value)
    }

    fn written(e: &mut Model, w: Written) {
        e.written(w);
    }

    fn complete(e: &mut Model, index: usize) {
        e.complete(index);
    }

    fn tick(e: &mut Model) {
        if e.arch.cmdq_waiting && !e.arch.faults.hang_sync {
            e.process_cmdq();
        }
    }

    fn resolve(
        e: &mut Model,
        sid: u32,
        pasid: Option<u32>,
        txn: Txn,
    ) -> Result<Route<Ctx>, Term<EVTQ_Event, Cause>> {
        e.resolve(sid, pasid, txn)
    }

    fn access(ctx: &Ctx) -> Txn {
        ctx.txn
    }

    fn translate(e: &mut Model, ctx: &Ctx, txn: &Txn) -> Result<u64, Term<EVTQ_Event, Cause>> {
        e.translate(ctx, txn)
    }

    fn record(e: &mut Model, record: EVTQ_Event) -> EventFate {
        e.write_event(&record)
    }
}
