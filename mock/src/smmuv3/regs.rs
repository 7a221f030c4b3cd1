//! The SMMUv3 programming interface behind the engine's register file: the model acts on the
//! registers it knows (CR0 and its acknowledgement, GBPA with UPDATE, IRQ_CTRL, GERRORN, the
//! queue doorbells), refuses the writes the architecture forbids in the current state, and
//! raises global errors with their interrupt or MSI. Handshakes complete after
//! `Faults::ack_delay_ns` of virtual time (immediately by default).

use iommugen_runtime::smmuv3::spec::regs::{
    CmdqBase, CmdqCons, CmdqProd, Cr0, Cr0ack, Cr1, Cr2, EvtqBase, EvtqProd, Gbpa, Gerror,
    GerrorIrqCfg0, GerrorIrqCfg1, Gerrorn, IrqCtrl, IrqCtrlack, PriqBase, PriqProd, StrtabBase,
    StrtabBaseCfg,
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
    pub fn enabled(&self) -> Cr0ack {
        self.reg::<Cr0ack>()
    }

    /// Refuses (and reports) writes the architecture forbids in the current state.
    pub(super) fn write_allowed(&mut self, index: usize, value: u64) -> bool {
        let Some(spec) = self.regs.spec(index) else {
            return true;
        };
        let en = self.enabled();
        let off = spec.offset;
        let blocked = match off {
            o if o == StrtabBase::OFFSET || o == StrtabBaseCfg::OFFSET || o == Cr2::OFFSET => {
                en.smmuen()
            }
            o if o == CmdqBase::OFFSET || o == CmdqCons::OFFSET => en.cmdqen(),
            o if o == EvtqBase::OFFSET || o == EvtqProd::OFFSET => en.eventqen(),
            o if o == PriqBase::OFFSET || o == PriqProd::OFFSET => en.priqen(),
            o if o == Cr1::OFFSET => en.smmuen() || en.cmdqen() || en.eventqen() || en.priqen(),
            o if o == Gbpa::OFFSET => {
                let updating = self.reg::<Gbpa>().update();
                if updating || !Gbpa::from_bits(value as u32).update() {
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
        if off == Cr0::OFFSET || off == IrqCtrl::OFFSET || off == Gbpa::OFFSET {
            self.schedule(w.index);
        } else if off == Gerrorn::OFFSET {
            self.after_gerrorn();
        } else if off == CmdqProd::OFFSET {
            self.process_cmdq();
        } else if spec.acked_by.is_some() || w.new & spec.self_clearing != 0 {
            // Registers the model gives no meaning to still complete their handshakes.
            self.regs.acknowledge(w.index);
        }
    }

    /// The device acts on the value of register `index` and acknowledges it.
    pub(super) fn complete(&mut self, index: usize) {
        let off = self.regs.spec(index).map_or(usize::MAX, |s| s.offset);
        if off == Cr0::OFFSET {
            let before = self.enabled();
            self.regs.acknowledge(index);
            let after = self.enabled();
            if !before.cmdqen() && after.cmdqen() {
                self.process_cmdq();
            }
        } else if off == Gbpa::OFFSET {
            self.arch.gbpa =
                self.regs.value(index) & !u64::from(Gbpa::from_bits(0).with_update(true).bits());
            self.regs.acknowledge(index);
        } else {
            self.regs.acknowledge(index);
        }
    }

    fn after_gerrorn(&mut self) {
        let gerror = self.regs.at(Gerror::OFFSET).unwrap_or(usize::MAX);
        let active = self.regs.active(gerror);
        let cmdq_err = u64::from(Gerrorn::from_bits(0).with_cmdq_err(true).bits());
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
        let Some(gerror) = self.regs.at(Gerror::OFFSET) else {
            return;
        };
        let newly = self.regs.raise(gerror, u64::from(bits));
        if newly != 0 && self.reg::<IrqCtrlack>().gerror_irqen() {
            self.arch.irqs.gerror += 1;
            let (addr, data) = (
                self.reg::<GerrorIrqCfg0>().addr(),
                self.reg::<GerrorIrqCfg1>().data(),
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
            let cmdq_err = Gerrorn::from_bits(0).with_cmdq_err(true).bits();
            if let Some(s) = self.arch.faults.gerror_storm {
                self.raise_gerror(s.bits & !cmdq_err);
            }
        }
        self.tick();
    }
}
