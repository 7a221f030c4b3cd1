//! The RISC-V IOMMU as a PCI function (1b36:0014, registers in a 64-bit BAR0): found and
//! placed on the bus, its registers read and written through the generated register types,
//! the busy handshakes polled with a deadline, the fault queue brought up and drained.

#![allow(unsafe_code)]

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::hal::{self, DmaPage, Mmio};
use crate::pci::{self, Function};
use crate::spec::fq::Fault;
use crate::spec::regs::{Ddtp, Fqb, Fqcsr, Fqh, Fqt};
use crate::spec::support::Register;

/// PCI vendor and device ID of QEMU's riscv-iommu-pci.
pub const VENDOR: u16 = 0x1b36;
/// PCI device ID.
pub const DEVICE: u16 = 0x0014;
/// Where its BAR0 goes: the top of the 32-bit PCI window, away from the edu BARs.
const BAR_ADDR: u64 = hal::PCI_MMIO_BASE + 0x3000_0000;
/// Longest wait for a busy bit or an enable handshake.
const TIMEOUT_NS: u64 = 100_000_000;

/// The IOMMU, its registers mapped.
pub struct Iommu {
    regs: Mmio,
    /// Where it sits on the bus.
    pub function: Function,
}

impl Iommu {
    /// Finds the IOMMU on bus 0, places its BAR0 and enables memory decoding.
    pub fn probe() -> Result<Iommu, String> {
        let f = pci::scan_bus(0)
            .into_iter()
            .find(|f| f.vendor == VENDOR && f.device == DEVICE)
            .ok_or(
                "no riscv-iommu-pci (1b36:0014) on bus 0: run QEMU with -device riscv-iommu-pci",
            )?;
        let size = f.assign_mem64_bar_low(0, BAR_ADDR)?;
        f.enable();
        // SAFETY: BAR0 was just placed at BAR_ADDR in the 32-bit PCI window, which the `virt`
        // machine maps 1:1, with decoding on; no other BAR is there.
        let regs = unsafe { Mmio::new(BAR_ADDR as usize, size as usize) };
        Ok(Iommu { regs, function: f })
    }

    /// Reads register `R`.
    pub fn read<R: Register>(&self) -> R {
        R::from_raw(if R::WIDTH == 64 {
            self.regs.read64(R::OFFSET)
        } else {
            u64::from(self.regs.read32(R::OFFSET))
        })
    }

    /// Writes register `R`.
    pub fn write<R: Register>(&self, v: R) {
        if R::WIDTH == 64 {
            self.regs.write64(R::OFFSET, v.to_raw());
        } else {
            self.regs.write32(R::OFFSET, v.to_raw() as u32);
        }
    }

    /// Polls register `R` until `done` holds, for at most 100 ms.
    pub fn poll<R: Register>(&self, what: &str, done: impl Fn(R) -> bool) -> Result<R, String> {
        let start = hal::now_ns();
        loop {
            let v = self.read::<R>();
            if done(v) {
                return Ok(v);
            }
            if hal::now_ns() - start > TIMEOUT_NS {
                return Err(format!(
                    "{what}: {} still {:#x} after 100 ms",
                    R::NAME,
                    v.to_raw()
                ));
            }
        }
    }

    /// Writes ddtp (mode and root), after and until its busy bit is clear.
    pub fn set_ddtp(&self, ddtp: Ddtp) -> Result<Ddtp, String> {
        self.poll::<Ddtp>("before the ddtp write", |d| !d.busy())?;
        self.write(ddtp);
        self.poll::<Ddtp>("ddtp write", |d| !d.busy())
    }
}

/// The fault queue: `2^log2` records of 32 bytes in DMA memory.
pub struct FaultQueue {
    page: DmaPage,
    entries: u32,
}

impl FaultQueue {
    /// Allocates the queue, programs fqb and enables it (fqcsr.fqen, until fqon).
    pub fn enable(iommu: &Iommu, log2: u32) -> Result<FaultQueue, String> {
        let entries = 1u32 << log2;
        let bytes = (entries as usize * 32).max(4096);
        let page = DmaPage::alloc(bytes, bytes)?;
        let fqb = Fqb::from_raw(0)
            .with_log2sz_1((log2 - 1) as u8)
            .map_err(|e| format!("fqb: {e:?}"))?
            .with_ppn(page.addr)
            .map_err(|e| format!("fqb: {e:?}"))?;
        iommu.write(fqb);
        iommu.write(Fqh::from_raw(0));
        iommu.write(Fqcsr::from_raw(0).with_fqen(true));
        iommu.poll::<Fqcsr>("fault queue enable", |c| c.fqon() && !c.busy())?;
        Ok(FaultQueue { page, entries })
    }

    /// Reads every record the IOMMU wrote since the last drain and moves fqh past them.
    pub fn drain(&self, iommu: &Iommu) -> Vec<Fault> {
        let mut out = Vec::new();
        let tail = iommu.read::<Fqt>().to_raw() as u32 % self.entries;
        let mut head = iommu.read::<Fqh>().to_raw() as u32 % self.entries;
        while head != tail {
            let w = head as usize * 4;
            let mut rec = [0u64; 4];
            for (i, r) in rec.iter_mut().enumerate() {
                *r = self.page.read(w + i);
            }
            out.push(Fault(rec));
            head = (head + 1) % self.entries;
        }
        iommu.write(Fqh::from_raw(u64::from(head)));
        out
    }

    /// Turns the queue off and frees its memory.
    pub fn disable(self, iommu: &Iommu) -> Result<(), String> {
        iommu.write(Fqcsr::from_raw(0));
        iommu.poll::<Fqcsr>("fault queue disable", |c| !c.fqon() && !c.busy())?;
        self.page.free();
        Ok(())
    }
}

/// The command queue: `2^log2` commands of 16 bytes in DMA memory.
pub struct CommandQueue {
    page: DmaPage,
    entries: u32,
    tail: u32,
}

impl CommandQueue {
    /// Allocates the queue, programs cqb and enables it (cqcsr.cqen, until cqon).
    pub fn enable(iommu: &Iommu, log2: u32) -> Result<CommandQueue, String> {
        use crate::spec::regs::{Cqb, Cqcsr, Cqt};
        let entries = 1u32 << log2;
        let bytes = (entries as usize * 16).max(4096);
        let page = DmaPage::alloc(bytes, bytes)?;
        let cqb = Cqb::from_raw(0)
            .with_log2sz_1((log2 - 1) as u8)
            .map_err(|e| format!("cqb: {e:?}"))?
            .with_ppn(page.addr)
            .map_err(|e| format!("cqb: {e:?}"))?;
        iommu.write(cqb);
        iommu.write(Cqt::from_raw(0));
        iommu.write(Cqcsr::from_raw(0).with_cqen(true));
        iommu.poll::<Cqcsr>("command queue enable", |c| c.cqon() && !c.busy())?;
        Ok(CommandQueue {
            page,
            entries,
            tail: 0,
        })
    }

    /// Queues `commands` (two words each), then IOFENCE.C, and waits (100 ms at most) until
    /// the IOMMU has consumed all of them; a command error (cqcsr.cmd_ill, cmd_to, cqmf) fails.
    pub fn submit(&mut self, iommu: &Iommu, commands: &[[u64; 2]]) -> Result<(), String> {
        use crate::spec::cq::IofenceC;
        use crate::spec::regs::{Cqcsr, Cqh, Cqt};
        let fence = IofenceC::new().0;
        for c in commands.iter().chain(core::iter::once(&fence)) {
            let slot = (self.tail % self.entries) as usize * 2;
            self.page.write(slot, c[0]);
            self.page.write(slot + 1, c[1]);
            self.tail = (self.tail + 1) % self.entries;
        }
        hal::dsb_sy();
        iommu.write(Cqt::from_raw(u64::from(self.tail)));
        let tail = self.tail;
        iommu
            .poll::<Cqh>("command completion", |h| h.to_raw() as u32 == tail)
            .map_err(|e| {
                let csr = iommu.read::<Cqcsr>();
                format!(
                    "{e} (cqcsr {:#x}: cmd_ill {}, cmd_to {}, cqmf {})",
                    csr.to_raw(),
                    csr.cmd_ill(),
                    csr.cmd_to(),
                    csr.cqmf()
                )
            })?;
        Ok(())
    }

    /// Overwrites the command at index `at` (to fix a command the IOMMU refused).
    pub fn replace(&mut self, at: u32, command: [u64; 2]) {
        let slot = (at % self.entries) as usize * 2;
        self.page.write(slot, command[0]);
        self.page.write(slot + 1, command[1]);
        hal::dsb_sy();
    }

    /// Writes cqt again (its value unchanged) and waits (100 ms at most) until the IOMMU has
    /// consumed every queued command: after software cleared a command error, QEMU resumes
    /// the queue on the next cqt write.
    pub fn resume(&self, iommu: &Iommu) -> Result<(), String> {
        use crate::spec::regs::{Cqh, Cqt};
        iommu.write(Cqt::from_raw(u64::from(self.tail)));
        let tail = self.tail;
        iommu
            .poll::<Cqh>("command completion", |h| h.to_raw() as u32 == tail)
            .map(|_| ())
    }

    /// Turns the queue off and frees its memory.
    pub fn disable(self, iommu: &Iommu) -> Result<(), String> {
        use crate::spec::regs::Cqcsr;
        iommu.write(Cqcsr::from_raw(0));
        iommu.poll::<Cqcsr>("command queue disable", |c| !c.cqon() && !c.busy())?;
        self.page.free();
        Ok(())
    }
}
