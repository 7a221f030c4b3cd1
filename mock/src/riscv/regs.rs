//! The RISC-V IOMMU's registers behind the engine's register file (RISC-V IOMMU 5): the
//! capabilities it reports at reset, fctl as WARL, ddtp modes with the busy handshake, the
//! command and fault queue enables with their on/busy handshakes (from the generated
//! `HANDSHAKES` table), queue bases refused while the queue is on, and the command queue run
//! when software writes cqt.

use super::spec::enums::IommuMode;
use super::spec::regs::{
    capabilities, cqb, cqcsr, cqh, cqt, ddtp, fctl, fqb, fqcsr, fqt, pqb, pqcsr, pqt,
};
use super::spec::support::{FieldInfo, Register};
use super::table::{RegSpec, HANDSHAKES};
use super::{cmdq, Model};
use crate::engine::regfile::Written;
use crate::engine::walk::mask;

impl Model {
    /// The current value of register `R`.
    pub fn reg<R: Register>(&self) -> R {
        R::from_raw(self.regs.value_at(R::OFFSET))
    }

    /// Device-side write of register `R`.
    pub fn set_reg<R: Register>(&mut self, value: R) {
        self.regs.set_at(R::OFFSET, value.to_raw());
    }

    /// Device-side set of the bits `bits` of register `R`.
    pub fn raise_bits<R: Register>(&mut self, bits: u64) {
        if let Some(i) = self.regs.at(R::OFFSET) {
            self.regs.update(i, bits, bits);
        }
    }
}

/// `value` placed in the field `name` of `fields` (a generated register's field list).
fn field(fields: &[FieldInfo], name: &str, value: u64) -> u64 {
    fields
        .iter()
        .find(|f| f.name == name)
        .map_or(0, |f| (value << f.lsb) & f.mask())
}

/// capabilities: what the mock models of what QEMU 10.0's riscv-iommu-pci reports
/// (docs/riscv.md): version 1.0, Sv39/48/57, Sv39x4/48x4, MSI_FLAT (extended device contexts),
/// ATS, PD8, 56-bit physical addresses. QEMU also reports Sv32, Sv32x4, Sv57x4, MSI_MRIF, HPM
/// and DBG, which the mock does not model.
pub fn capabilities() -> capabilities {
    let f = capabilities::FIELDS;
    let mut raw = field(f, "version", 0x10) | field(f, "PAS", 56);
    for name in [
        "Sv39", "Sv48", "Sv57", "Sv39x4", "Sv48x4", "MSI_FLAT", "ATS", "PD8",
    ] {
        raw |= field(f, name, 1);
    }
    capabilities::from_raw(raw)
}

/// The state after reset: the register file's reset values and the capabilities.
pub(super) fn reset(e: &mut Model) {
    e.set_reg(capabilities());
}

/// A doorbell: CPU stores into the command queue must be ordered before cqt.
pub(super) fn orders_stores(row: &RegSpec) -> bool {
    row.offset == cqt::OFFSET
}

/// Refuses writes the architecture ignores: queue bases while the queue is on, ddtp while
/// busy or with a reserved mode, a ddtp change between translating modes (it must go through
/// Off or Bare).
pub(super) fn write_allowed(e: &mut Model, index: usize, value: u64) -> bool {
    let Some(offset) = e.regs.spec(index).map(|r| r.offset) else {
        return true;
    };
    match offset {
        o if o == cqb::OFFSET => !e.reg::<cqcsr>().cqon(),
        o if o == fqb::OFFSET => !e.reg::<fqcsr>().fqon(),
        o if o == pqb::OFFSET => !e.reg::<pqcsr>().pqon(),
        o if o == ddtp::OFFSET => {
            let old = e.reg::<ddtp>();
            let new = ddtp::from_raw(value);
            let translating = |d: ddtp| {
                matches!(
                    d.iommu_mode(),
                    Ok(IommuMode::LVL1 | IommuMode::LVL2 | IommuMode::LVL3)
                )
            };
            !old.busy()
                && new.iommu_mode().is_ok()
                && !(translating(old) && translating(new) && old.iommu_mode() != new.iommu_mode())
        }
        _ => true,
    }
}

/// Acts on a software write the register file applied.
pub(super) fn written(e: &mut Model, w: Written) {
    let Some(offset) = e.regs.spec(w.index).map(|r| r.offset) else {
        return;
    };
    match offset {
        o if o == fctl::OFFSET => {
            // WARL: only little-endian accesses and 64-bit formats are implemented.
            let f = e.reg::<fctl>().with_BE(false).with_GXL(false);
            e.set_reg(f);
        }
        o if o == ddtp::OFFSET => {
            // A new directory: nothing cached from the old one is used again.
            e.arch.dcs.clear();
            e.arch.pcs.clear();
            e.arch.tlb.clear();
            e.schedule(w.index);
        }
        o if o == cqcsr::OFFSET || o == fqcsr::OFFSET || o == pqcsr::OFFSET => e.schedule(w.index),
        o if o == cqt::OFFSET => cmdq::process(e),
        _ => {}
    }
}

/// The device acts on a scheduled write: the busy bit clears and each on bit follows its
/// enable (the generated handshake table); a queue turned on starts from slot 0 with its
/// error bits clear.
pub(super) fn complete(e: &mut Model, index: usize) {
    let Some(offset) = e.regs.spec(index).map(|r| r.offset) else {
        return;
    };
    let Some(h) = HANDSHAKES.iter().find(|h| h.offset == offset) else {
        return;
    };
    let was = e.regs.value(index);
    let mut now = was & !h.busy;
    for a in h.acks {
        let m = mask(a.width);
        now = (now & !(m << a.on_lsb)) | (((was >> a.enable_lsb) & m) << a.on_lsb);
    }
    e.regs.set(index, now);
    if offset == cqcsr::OFFSET {
        let (before, after) = (cqcsr::from_raw(was), cqcsr::from_raw(now));
        if after.cqon() && !before.cqon() {
            let errors = cqcsr::from_raw(0)
                .clear_cqmf()
                .clear_cmd_to()
                .clear_cmd_ill()
                .clear_fence_w_ip()
                .bits();
            e.set_reg(cqcsr::from_raw(now & !u64::from(errors)));
            e.set_reg(cqh::from_raw(0));
        }
        // A queue stopped by an error goes on once software has cleared it.
        cmdq::process(e);
    } else if offset == fqcsr::OFFSET {
        let (before, after) = (fqcsr::from_raw(was), fqcsr::from_raw(now));
        if after.fqon() && !before.fqon() {
            let errors = fqcsr::from_raw(0).clear_fqmf().clear_fqof().bits();
            e.set_reg(fqcsr::from_raw(now & !u64::from(errors)));
            e.set_reg(fqt::from_raw(0));
        }
    } else if offset == pqcsr::OFFSET {
        // The page-request queue: enabled and reset like the fault queue; the model has no
        // ATS traffic, so no page request is ever written to it.
        let (before, after) = (pqcsr::from_raw(was), pqcsr::from_raw(now));
        if after.pqon() && !before.pqon() {
            let errors = pqcsr::from_raw(0).clear_pqmf().clear_pqof().bits();
            e.set_reg(pqcsr::from_raw(now & !u64::from(errors)));
            e.set_reg(pqt::from_raw(0));
        }
    }
}
