//! The RISC-V IOMMU as an [`Architecture`] of the engine: what only the RISC-V IOMMU does.
//!
//! - `regs`: capabilities at reset (what the mock models of QEMU 10.0's), fctl (WARL), ddtp modes
//!   with the busy handshake, cqcsr/fqcsr enables with their cqon/fqon handshakes;
//! - `cmdq`: IOFENCE.C, IODIR.INVAL_DDT/INVAL_PDT and IOTINVAL.VMA/GVMA over the engine's
//!   head/tail queue consumer; an illegal command sets cmd_ill and stops the queue;
//! - `ddt`: the device directory (1, 2 or 3 levels, extended 64-byte device contexts, split
//!   from the generated directory layouts) walked by the engine's walker, and the
//!   device-context cache;
//! - `pdt`: process directories (PD8/PD17/PD20) and the process-context cache;
//! - `translate`: first-stage Sv39/Sv48/Sv57 and G-stage Sv39x4/Sv48x4 (geometry from the
//!   generated page-table formats), nested when both are on, and the IOTLB;
//! - `fq`: the fault record (CAUSE, TTYP, DID, iotval) and the fault queue with fqof.
//!
//! The register table is generated from `specs/riscv_iommu.iommu`
//! (`generated/riscv_iommu/mock/regfile.rs`); registers, entries, commands, records and
//! page-table descriptors are the generated types of `generated/riscv_iommu/core/`
//! ([`spec`]).

/// The register table generated from `specs/riscv_iommu.iommu` by the mock backend.
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../../generated/riscv_iommu/mock/regfile.rs"]
pub mod table;
crate::engine::impl_reg_row!(table);

/// The typed layer generated from `specs/riscv_iommu.iommu`.
#[rustfmt::skip] // generated code, formatted by its generator
#[allow(dead_code)] // the driver-side half (semantics, page requests) is not used here
#[path = "../../../generated/riscv_iommu/core/mod.rs"]
pub mod spec;

pub(crate) mod cmdq;
pub(crate) mod ddt;
pub(crate) mod dirwalk;
pub(crate) mod fq;
pub(crate) mod pdt;
pub(crate) mod regs;
pub(crate) mod translate;

use crate::engine::cache::{Cache, Keyed};
use crate::engine::dma::{self as engine_dma, Route, Term, Txn};
use crate::engine::mem::Memory;
use crate::engine::record::{EventFate, Misuse};
use crate::engine::regfile::Written;
use crate::engine::{Architecture, Engine, Mock};

use spec::entries::{DC, PC};
use spec::enums::FaultCause;
use spec::fq::FAULT;
use table::{RegSpec, REGISTERS};
use translate::Line;

/// A modelled RISC-V IOMMU with its memory. Clones refer to the same device.
pub type RiscvMock = Mock<Riscv>;

/// The engine running the RISC-V IOMMU.
pub(crate) type Model = Engine<Riscv>;

/// Why a transaction was terminated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// The IOMMU reported this fault cause (a record is offered to the fault queue).
    Fault(FaultCause),
    /// The output address is not RAM (no IOMMU record; the bus returns an error).
    BusError,
}

/// How a transaction went.
pub type Dma = engine_dma::Dma<FAULT, Cause>;

/// What a transaction resolved to: the device context and the translation it selects.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The requester's device_id.
    pub(crate) did: u32,
    /// The process ID of the transaction, if any.
    pub(crate) pid: Option<u32>,
    /// Its device context (with a process directory: the first stage of the process
    /// context it selects).
    pub(crate) dc: DC,
    /// The access.
    pub(crate) txn: Txn,
}

/// The RISC-V IOMMU's own state inside the engine.
pub struct Riscv {
    /// Device contexts by device_id, until IODIR.INVAL_DDT.
    pub(crate) dcs: Keyed<u32, DC>,
    /// Process contexts by device_id and process ID, until IODIR.INVAL_PDT.
    pub(crate) pcs: Keyed<(u32, u32), PC>,
    /// Translations, until IOTINVAL.
    pub(crate) tlb: Cache<Line>,
    /// Virtual nanoseconds before a register write takes effect.
    pub(crate) ack_delay_ns: u64,
    /// Fault injection: the next command times out (cmd_to).
    pub(crate) cq_timeout: bool,
    /// Fault injection: the command queue consumes nothing.
    pub(crate) cq_stalled: bool,
}

/// RAM of a default device: 256 MiB at 0x8000_0000, as on QEMU's `virt` machine.
pub const RAM: std::ops::Range<u64> = 0x8000_0000..0x9000_0000;

impl Default for RiscvMock {
    fn default() -> Self {
        Self::new()
    }
}

impl RiscvMock {
    /// A RISC-V IOMMU just out of reset (ddtp Off, queues off), with [`RAM`].
    pub fn new() -> Self {
        let arch = Riscv {
            dcs: Keyed::default(),
            pcs: Keyed::default(),
            tlb: Cache::new(256),
            ack_delay_ns: 0,
            cq_timeout: false,
            cq_stalled: false,
        };
        let mut m = Engine::new(arch, REGISTERS, Memory::new(RAM));
        regs::reset(&mut m);
        Mock::from_engine(m)
    }

    /// The value of register `R`, without side effects.
    pub fn reg<R: spec::support::Register>(&self) -> R {
        self.model().reg::<R>()
    }

    /// Makes the device act on enables and ddtp writes `ns` of virtual time after they are
    /// written (0: at once), so drivers must poll the busy and on bits.
    pub fn set_ack_delay_ns(&self, ns: u64) {
        self.model().arch.ack_delay_ns = ns;
    }

    /// Fault injection: the next command the queue runs times out, setting cqcsr.cmd_to and
    /// stopping the queue until software clears it.
    pub fn inject_command_timeout(&self) {
        self.model().arch.cq_timeout = true;
    }

    /// Fault injection: while `stalled`, the command queue consumes nothing (no error bit
    /// is set: the driver sees no progress).
    pub fn stall_command_queue(&self, stalled: bool) {
        self.model().arch.cq_stalled = stalled;
        if !stalled {
            cmdq::process(&mut self.model());
        }
    }

    /// Process contexts the device holds cached, by device_id and process ID.
    pub fn cached_process_contexts(&self) -> Vec<((u32, u32), PC)> {
        self.model().arch.pcs.sorted()
    }

    /// Device contexts the device holds cached, by device_id.
    pub fn cached_contexts(&self) -> Vec<(u32, DC)> {
        self.model().arch.dcs.sorted()
    }

    /// How many translations the IOTLB holds.
    pub fn cached_translations(&self) -> usize {
        self.model().arch.tlb.len()
    }
}

impl Architecture for Riscv {
    type Row = RegSpec;
    type Record = FAULT;
    type Cause = Cause;
    type Violation = Misuse;
    type Context = Ctx;

    const BUS_ERROR: Cause = Cause::BusError;

    fn ack_delay_ns(&self) -> u64 {
        self.ack_delay_ns
    }

    fn relax_step_ns(&self) -> u64 {
        1_000
    }

    fn orders_stores(&self, row: &RegSpec) -> bool {
        regs::orders_stores(row)
    }

    fn write_allowed(e: &mut Model, index: usize, value: u64) -> bool {
        regs::write_allowed(e, index, value)
    }

    fn written(e: &mut Model, w: Written) {
        regs::written(e, w);
    }

    fn complete(e: &mut Model, index: usize) {
        regs::complete(e, index);
    }

    fn tick(_: &mut Model) {}

    fn resolve(
        e: &mut Model,
        did: u32,
        process: Option<u32>,
        txn: Txn,
    ) -> Result<Route<Ctx>, Term<FAULT, Cause>> {
        ddt::resolve(e, did, process, txn)
    }

    fn access(ctx: &Ctx) -> Txn {
        ctx.txn
    }

    fn translate(e: &mut Model, ctx: &Ctx, txn: &Txn) -> Result<u64, Term<FAULT, Cause>> {
        translate::translate(e, ctx, txn)
    }

    fn record(e: &mut Model, record: FAULT) -> EventFate {
        fq::record(e, record)
    }
}
