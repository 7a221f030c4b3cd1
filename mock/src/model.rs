//! The SMMUv3 model's state and its programming interface: MMIO reads and writes go through
//! the generic register file, then the model acts on the registers it knows (CR0 and its
//! acknowledgement, GBPA with UPDATE, IRQ_CTRL, GERRORN, the queue doorbells) and notes the
//! accesses real hardware would ignore. Handshakes complete after `Faults::ack_delay_ns` of
//! virtual time (immediately by default); deferred work runs on every HAL call (`tick`).

use iommugen_runtime::hal::DmaBuf;
use iommugen_runtime::spec::regs::{
    CmdqBase, CmdqCons, CmdqProd, Cr0, Cr0ack, Cr1, Cr2, EvtqBase, EvtqProd, Gbpa, Gerror,
    GerrorIrqCfg0, GerrorIrqCfg1, Gerrorn, IrqCtrl, IrqCtrlack, PriqBase, PriqProd, StrtabBase,
    StrtabBaseCfg,
};
use iommugen_runtime::spec::support::Register;

use crate::config::MockConfig;
use crate::faults::Faults;
use crate::mem::Memory;
use crate::regfile::{RegFile, Written};
use crate::report::{Irqs, LoggedEvent, Stats, Violation};
use crate::stream::ConfigCache;
use crate::table::{RegAccess, RegSpec, REGISTERS};
use crate::tlb::Tlb;

/// The whole device: registers, memory, caches, and what it reports.
pub(crate) struct Model {
    pub cfg: MockConfig,
    pub faults: Faults,
    pub regs: RegFile,
    pub mem: Memory,
    /// Virtual time in nanoseconds.
    pub now: u64,
    /// Register writes the device has yet to act on: (due time, register index).
    pending: Vec<(u64, usize)>,
    pub caches: ConfigCache,
    pub tlb: Tlb,
    pub events: Vec<LoggedEvent>,
    pub violations: Vec<Violation>,
    pub irqs: Irqs,
    pub stats: Stats,
    /// GBPA as last updated (the value in effect while SMMUEN is 0).
    pub gbpa: u64,
    /// CPU stores to memory since the last `wmb()`.
    stores_since_wmb: bool,
    /// Command consumption stopped at a CMD_SYNC held by `Faults::hang_sync`.
    pub cmdq_waiting: bool,
}

impl Model {
    pub fn new(cfg: MockConfig) -> Self {
        let ram = cfg.ram_base..cfg.ram_base.saturating_add(cfg.ram_size);
        let mut m = Model {
            faults: Faults::default(),
            regs: RegFile::new(REGISTERS),
            mem: Memory::new(ram),
            now: 0,
            pending: Vec::new(),
            caches: ConfigCache::default(),
            tlb: Tlb::new(cfg.tlb_capacity),
            events: Vec::new(),
            violations: Vec::new(),
            irqs: Irqs::default(),
            stats: Stats::default(),
            gbpa: 0,
            stores_since_wmb: false,
            cmdq_waiting: false,
            cfg,
        };
        for (offset, value) in m.cfg.id_registers() {
            m.regs.set_at(offset, value);
        }
        // GBPA resets with SHCFG = use incoming (as QEMU 10 reads 0x1000), ABORT as configured.
        let gbpa = Gbpa::from_bits(0)
            .with_shcfg(iommugen_runtime::spec::enums::GbpaShCfg::UseIncoming)
            .with_abort(m.cfg.gbpa_abort_at_reset);
        m.set_reg(gbpa);
        m.gbpa = u64::from(gbpa.bits());
        m
    }

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

    pub fn violation(&mut self, v: Violation) {
        self.violations.push(v);
    }

    /// Runs the work that is due: acknowledgements whose delay has passed, and a command
    /// queue released from a hung CMD_SYNC.
    pub fn tick(&mut self) {
        if self.pending.iter().any(|&(due, _)| due <= self.now) {
            let now = self.now;
            let (due, rest): (Vec<_>, Vec<_>) =
                self.pending.drain(..).partition(|&(d, _)| d <= now);
            self.pending = rest;
            for (_, index) in due {
                self.complete(index);
            }
        }
        if self.cmdq_waiting && !self.faults.hang_sync {
            self.process_cmdq();
        }
    }

    /// Advances virtual time.
    pub fn advance(&mut self, ns: u64) {
        self.now = self.now.saturating_add(ns);
        self.tick();
    }

    fn is_secure_bank(spec: &RegSpec) -> bool {
        // S_IDR1.SECURE_IMPL is 0: the Secure registers are RAZ/WI to Non-secure accesses.
        spec.name.starts_with("S_")
    }

    pub fn mmio_read(&mut self, offset: usize, width: u32) -> u64 {
        self.tick();
        let Some(slot) = self.regs.slot(offset) else {
            self.violation(Violation::UnknownRegister {
                offset,
                width,
                write: false,
            });
            return 0;
        };
        let Some(spec) = self.regs.spec(slot.index) else {
            return 0;
        };
        if Self::is_secure_bank(spec) || spec.access == RegAccess::WriteOnly {
            return 0;
        }
        let v = self.regs.value(slot.index);
        match (width, spec.width, slot.byte) {
            (w, rw, 0) if w == rw => v,
            (32, 64, 0) => v & 0xffff_ffff,
            (32, 64, 4) => v >> 32,
            _ => {
                self.violation(Violation::WrongWidth {
                    name: spec.name,
                    width,
                });
                0
            }
        }
    }

    pub fn mmio_write(&mut self, offset: usize, width: u32, value: u64) {
        self.tick();
        let Some(slot) = self.regs.slot(offset) else {
            self.violation(Violation::UnknownRegister {
                offset,
                width,
                write: true,
            });
            return;
        };
        let Some(spec) = self.regs.spec(slot.index) else {
            return;
        };
        if Self::is_secure_bank(spec) {
            return;
        }
        let cur = self.regs.value(slot.index);
        let full = match (width, spec.width, slot.byte) {
            (w, rw, 0) if w == rw => value,
            (32, 64, 0) => (cur & !0xffff_ffff) | (value & 0xffff_ffff),
            (32, 64, 4) => (cur & 0xffff_ffff) | ((value & 0xffff_ffff) << 32),
            _ => {
                self.violation(Violation::WrongWidth {
                    name: spec.name,
                    width,
                });
                return;
            }
        };
        if spec.access == RegAccess::ReadOnly {
            self.violation(Violation::ReadOnlyWrite {
                name: spec.name,
                value: full,
            });
            return;
        }
        if full & spec.res0 != 0 {
            self.violation(Violation::Res0Written {
                name: spec.name,
                bits: full & spec.res0,
            });
        }
        if !self.write_allowed(spec, full) {
            return;
        }
        if self.stores_since_wmb && (spec.offset == CmdqProd::OFFSET || spec.offset == Cr0::OFFSET)
        {
            self.violation(Violation::MissingBarrier { before: spec.name });
        }
        if let Some(w) = self.regs.software_write(slot.index, full) {
            self.after_write(spec, w);
        }
    }

    /// Refuses (and reports) writes the architecture forbids in the current state.
    fn write_allowed(&mut self, spec: &'static RegSpec, value: u64) -> bool {
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

    fn after_write(&mut self, spec: &'static RegSpec, w: Written) {
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

    /// Acts on a write now, or after the configured delay.
    fn schedule(&mut self, index: usize) {
        let delay = self.faults.ack_delay_ns;
        if delay == 0 {
            self.complete(index);
        } else if !self.pending.iter().any(|&(_, i)| i == index) {
            self.pending.push((self.now.saturating_add(delay), index));
        }
    }

    /// The device acts on the value of register `index` and acknowledges it.
    fn complete(&mut self, index: usize) {
        let off = self.regs.spec(index).map_or(usize::MAX, |s| s.offset);
        if off == Cr0::OFFSET {
            let before = self.enabled();
            self.regs.acknowledge(index);
            let after = self.enabled();
            if !before.cmdqen() && after.cmdqen() {
                self.process_cmdq();
            }
        } else if off == Gbpa::OFFSET {
            self.gbpa =
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
        if let Some(storm) = self.faults.gerror_storm.as_mut() {
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
            self.irqs.gerror += 1;
            let (addr, data) = (
                self.reg::<GerrorIrqCfg0>().addr(),
                self.reg::<GerrorIrqCfg1>().data(),
            );
            self.msi(addr, data);
        }
    }

    /// An MSI write, when the implementation has MSIs and an address is set.
    pub fn msi(&mut self, addr: u64, data: u32) {
        if self.cfg.msi && addr != 0 {
            self.mem.write_u32(addr, data);
        }
    }

    /// Applies new fault-injection settings.
    pub fn set_faults(&mut self, faults: Faults) {
        let storm_started =
            faults.gerror_storm.is_some() && faults.gerror_storm != self.faults.gerror_storm;
        self.faults = faults;
        if storm_started {
            let cmdq_err = Gerrorn::from_bits(0).with_cmdq_err(true).bits();
            if let Some(s) = self.faults.gerror_storm {
                self.raise_gerror(s.bits & !cmdq_err);
            }
        }
        self.tick();
    }

    /// A word the SMMU reads from memory for `what`: `None` (an external abort) outside RAM.
    pub fn dev_read(&mut self, pa: u64, what: &'static str) -> Option<u64> {
        if self.mem.is_freed(pa) {
            self.violation(Violation::FreedMemoryRead { pa, what });
        }
        self.mem.read(pa)
    }

    /// `n` words the SMMU reads from memory for `what` (one report if any was freed).
    pub fn dev_read_words(&mut self, pa: u64, n: usize, what: &'static str) -> Option<Vec<u64>> {
        if let Some(freed) = (0..n as u64)
            .map(|i| pa.wrapping_add(i * 8))
            .find(|&a| self.mem.is_freed(a))
        {
            self.violation(Violation::FreedMemoryRead { pa: freed, what });
        }
        self.mem.read_words(pa, n)
    }

    pub fn cpu_load(&mut self, buf: &DmaBuf, word: usize) -> u64 {
        if word >= buf.words() {
            self.violation(Violation::DmaBufOutOfRange {
                addr: buf.addr,
                word,
            });
            return 0;
        }
        self.mem.read(buf.word_addr(word)).unwrap_or(0)
    }

    /// A CPU store into a DMA buffer; returns (address, old value) when it happened.
    pub fn cpu_store(&mut self, buf: &DmaBuf, word: usize, value: u64) -> Option<(u64, u64)> {
        if word >= buf.words() {
            self.violation(Violation::DmaBufOutOfRange {
                addr: buf.addr,
                word,
            });
            return None;
        }
        self.cpu_store_at(buf.word_addr(word), value)
    }

    /// A CPU store at a physical address; returns (address, old value) when it happened.
    pub fn cpu_store_at(&mut self, pa: u64, value: u64) -> Option<(u64, u64)> {
        let old = self.mem.read(pa)?;
        self.mem.write(pa, value);
        self.stores_since_wmb = true;
        Some((pa, old))
    }

    pub fn wmb(&mut self) {
        self.stats.wmb += 1;
        self.stores_since_wmb = false;
    }
}
