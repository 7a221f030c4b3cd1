//! The SMMUv3 programming interface behind the engine's register file: the model acts on the
//! registers it knows (CR0 and its acknowledgement, GBPA with UPDATE, IRQ_CTRL, GERRORN, the
//! queue doorbells), refuses the writes the architecture forbids in the current state, and
//! raises global errors with their interrupt or MSI. Handshakes complete after
//! `Faults::ack_delay_ns` of virtual time (immediately by default).

use iommugen_runtime::smmuv3::spec::regs::{
    CMDQ_BASE, CMDQ_CONS, CMDQ_PROD, CR0, CR0ACK, CR1, CR2, EVTQ_BASE, EVTQ_PROD, GBPA, GERROR,
    GERRORN, GERROR_IRQ_CFG0, GERROR_IRQ_CFG1, IRQ_CTRL, IRQ_CTRLACK, PRIQ_BASE, PRIQ_PROD,
    STRTAB_BASE, STRTAB_BASE_CFG,
};
use iommugen_runtime::smmuv3::spec::support::Register;

use super::faults::Faults;
use super::report::Violation;
use super::Model;
use crate::engine::regfile::Written;

impl Model {
    /// The current value of register `R`.
    pub fn reg<R: Register>(&self) -> R {
        R::from_raw(self.regs.value_at(R::OFFSET))
    }

    /// Device-side write of register `R`.
    pub fn set_reg<R: Register>(&mut self, value: R) {
        self.regs.set_at(R::OFFSET, value.to_raw());
    }

    /// The enables in effect: CR0 as acknowledged.
    pub fn enabled(&self) -> CR0ACK {
        self.reg::<CR0ACK>()
    }

    /// Refuses (and reports) writes the architecture forbids in the current state.
    pub(super) fn write_allowed(&mut self, index: usize, value: u64) -> bool {
        let Some(spec) = self.regs.spec(index) else {
            return true;
        };
        let en = self.enabled();
        let off = spec.offset;
        let blocked = match off {
            o if o == STRTAB_BASE::OFFSET || o == STRTAB_BASE_CFG::OFFSET || o == CR2::OFFSET => {
                en.SMMUEN()
            }
            o if o == CMDQ_BASE::OFFSET || o == CMDQ_CONS::OFFSET => en.CMDQEN(),
            o if o == EVTQ_BASE::OFFSET || o == EVTQ_PROD::OFFSET => en.EVENTQEN(),
            o if o == PRIQ_BASE::OFFSET || o == PRIQ_PROD::OFFSET => en.PRIQEN(),
            o if o == CR1::OFFSET => en.SMMUEN() || en.CMDQEN() || en.EVENTQEN() || en.PRIQEN(),
            o if o == GBPA::OFFSET => {
                let updating = self.reg::<GBPA>().Update();
                if updating || !GBPA::from_bits(value as u32).Update() {
                    self.violation(Violation::GbpaWithoutUpdate);
                    return false;
                }
                false
            }
            _ => false,
        };
        if blocked {
            self.violation(Violation::WriteWhileEnabled { name: spec.name });
        }
        !blocked
    }

    pub(super) fn written(&mut self, w: Written) {
        let Some(spec) = self.regs.spec(w.index) else {
            return;
        };
        let off = spec.offset;
        if off == CR0::OFFSET || off == IRQ_CTRL::OFFSET || off == GBPA::OFFSET {
            self.schedule(w.index);
        } else if off == GERRORN::OFFSET {
            self.after_gerrorn();
        } else if off == CMDQ_PROD::OFFSET {
            self.process_cmdq();
        } else if spec.acked_by.is_some() || w.new & spec.self_clearing != 0 {
            // Registers the model gives no meaning to still complete their handshakes.
            self.regs.acknowledge(w.index);
        }
    }

    /// The device acts on the value of register `index` and acknowledges it.
    pub(super) fn complete(&mut self, index: usize) {
        let off = self.regs.spec(index).map_or(usize::MAX, |s| s.offset);
        if off == CR0::OFFSET {
            let before = self.enabled();
            self.regs.acknowledge(index);
            let after = self.enabled();
            if !before.CMDQEN() && after.CMDQEN() {
                self.process_cmdq();
            }
        } else if off == GBPA::OFFSET {
            self.arch.gbpa =
                self.regs.value(index) & !u64::from(GBPA::from_bits(0).with_Update(true).bits());
            self.regs.acknowledge(index);
        } else {
            self.regs.acknowledge(index);
        }
    }

    fn after_gerrorn(&mut self) {
        let gerror = self.regs.at(GERROR::OFFSET).unwrap_or(usize::MAX);
        let active = self.regs.active(gerror);
        let cmdq_err = u64::from(GERRORN::from_bits(0).with_CMDQ_ERR(true).bits());
        if let Some(storm) = self.arch.faults.gerror_storm.as_mut() {
            let bits = u64::from(storm.bits) & !cmdq_err;
            if storm.repeats > 0 && bits & !active != 0 {
                storm.repeats -= 1;
                self.raise_gerror(bits as u32);
            }
        }
        if active & cmdq_err == 0 {
            self.process_cmdq();
        }
    }

    /// Makes GERROR bits active and signals the global error interrupt for the new ones.
    pub fn raise_gerror(&mut self, bits: u32) {
        let Some(gerror) = self.regs.at(GERROR::OFFSET) else {
            return;
        };
        let newly = self.regs.raise(gerror, u64::from(bits));
        if newly != 0 && self.reg::<IRQ_CTRLACK>().GERROR_IRQEN() {
            self.arch.irqs.gerror += 1;
            let (addr, data) = (
                self.reg::<GERROR_IRQ_CFG0>().ADDR(),
                self.reg::<GERROR_IRQ_CFG1>().DATA(),
            );
            self.msi(addr, data);
        }
    }

    /// An MSI write, when the implementation has MSIs and an address is set.
    pub fn msi(&mut self, addr: u64, data: u32) {
        if self.arch.cfg.msi && addr != 0 {
            self.mem.write_u32(addr, data);
        }
    }

    /// Applies new fault-injection settings.
    pub fn set_faults(&mut self, faults: Faults) {
        let storm_started =
            faults.gerror_storm.is_some() && faults.gerror_storm != self.arch.faults.gerror_storm;
        self.arch.faults = faults;
        if storm_started {
            let cmdq_err = GERRORN::from_bits(0).with_CMDQ_ERR(true).bits();
            if let Some(s) = self.arch.faults.gerror_storm {
                self.raise_gerror(s.bits & !cmdq_err);
            }
        }
        self.tick();
    }
}
