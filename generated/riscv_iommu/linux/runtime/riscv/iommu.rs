// SPDX-License-Identifier: MIT OR Apache-2.0

//! The RISC-V IOMMU driver object: bring-up (probe, fctl, the three queues, the device
//! directory and `ddtp` with its busy handshake), the commands the driver issues (IODIR after
//! every directory change, IOTINVAL.VMA/GVMA), the fault and page-request queues drained, the
//! `ddtp` modes, the interrupts (`icvec`, the fault and page-request queues' enables, `ipsr`),
//! and shutdown, which turns the IOMMU off and frees everything it allocated.
//!
//! The command queue is reached through [`Guarded`]: an [`Iommu`] built by [`Iommu::new`] holds
//! it itself, one built by [`Iommu::with_queue`] reaches it behind the environment's lock,
//! shared with the paging domains whose translation tables the environment keeps
//! ([`Iommu::alloc_detached_domain`]): an IOFENCE.C is then waited for with no lock held.

#[cfg(not(iommugen_test))]
use super::super::attach::{Devices, DomainId};
#[cfg(not(iommugen_test))]
use super::super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::super::hal::Hal;
#[cfg(not(iommugen_test))]
use super::super::mmio::{read, write};
#[cfg(not(iommugen_test))]
use super::super::poll::poll;
#[cfg(not(iommugen_test))]
use super::super::queue::command;
#[cfg(not(iommugen_test))]
use super::super::shared::Guarded;
#[cfg(not(iommugen_test))]
use super::super::store::VecMap;
#[cfg(not(iommugen_test))]
use super::cq::{Command, CommandQueue, Completion, HANDSHAKE_US};
#[cfg(not(iommugen_test))]
use super::dir::Directory;
#[cfg(not(iommugen_test))]
use super::domain::{Domain, Ids};
#[cfg(not(iommugen_test))]
use super::features::{probe, Caps};
#[cfg(not(iommugen_test))]
use super::fq::{Drained, FaultQueue, PageRequestQueue};
#[cfg(not(iommugen_test))]
use super::spec::cq::{ATS_PRGR, IODIR_INVAL_DDT, IODIR_INVAL_PDT, IOTINVAL_GVMA, IOTINVAL_VMA};
#[cfg(not(iommugen_test))]
use super::spec::directories::{ddt, DirLayout};
#[cfg(not(iommugen_test))]
use super::spec::enums::{IommuMode, PrgResponseCode};
#[cfg(not(iommugen_test))]
use super::spec::fq::FAULT;
#[cfg(not(iommugen_test))]
use super::spec::pq::PAGE_REQUEST;
#[cfg(not(iommugen_test))]
use super::spec::regs::{ddtp, icvec, ipsr};

#[cfg(not(iommugen_test))]
/// How the driver sets the IOMMU up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Config {
    /// Levels of the device directory (1, 2 or 3): how many device_id bits it covers.
    pub(crate) ddt_levels: u32,
    /// log2 of the command queue's size.
    pub(crate) cq_log2: u32,
    /// log2 of the fault queue's size.
    pub(crate) fq_log2: u32,
    /// log2 of the page-request queue's size (used when the IOMMU has ATS).
    pub(crate) pq_log2: u32,
    /// How a batch's completion is seen: `cqh` polled, or the IOFENCE.C's own write over its
    /// slot (AV = 1), which spares the register read once it has happened.
    pub(crate) completion: Completion,
    /// The interrupt vector of each cause, if the driver takes interrupts (else it polls):
    /// written to `icvec`, and the fault and page-request queues interrupt when the IOMMU
    /// writes a record (`fie`, `pie`).
    pub(crate) vectors: Option<Vectors>,
}

#[cfg(not(iommugen_test))]
impl Default for Config {
    fn default() -> Self {
        Config {
            ddt_levels: 3,
            cq_log2: 8,
            fq_log2: 7,
            pq_log2: 6,
            completion: Completion::Memory,
            vectors: None,
        }
    }
}

#[cfg(not(iommugen_test))]
/// The vector each interrupt cause signals (`icvec`, RISC-V IOMMU 5.27): command queue, fault
/// queue, performance monitoring, page-request queue. The fields are WARL: an IOMMU with fewer
/// vectors keeps fewer bits, so the driver reads back what it got ([`Iommu::vectors`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Vectors {
    pub(crate) civ: u8,
    pub(crate) fiv: u8,
    pub(crate) pmiv: u8,
    pub(crate) piv: u8,
}

#[cfg(not(iommugen_test))]
impl Vectors {
    /// Causes spread over `count` vectors as the cause's number modulo `count` (command queue
    /// 0, fault queue 1, performance monitoring 2, page requests 3), at most 16.
    pub(crate) fn spread(count: u8) -> Vectors {
        let n = count.clamp(1, 16);
        Vectors {
            civ: 0,
            fiv: 1 % n,
            pmiv: 2 % n,
            piv: 3 % n,
        }
    }
}

#[cfg(not(iommugen_test))]
/// The interrupts that were pending (`ipsr`, 5.18), now acknowledged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Pending {
    /// `cip`: the command queue.
    pub(crate) command: bool,
    /// `fip`: the fault queue.
    pub(crate) fault: bool,
    /// `pmip`: performance monitoring.
    pub(crate) pm: bool,
    /// `pip`: the page-request queue.
    pub(crate) page_request: bool,
}

#[cfg(not(iommugen_test))]
/// What DMA without a directory walk does, or that the directory is walked (`ddtp`, 5.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DdtMode {
    /// Every transaction is refused (cause 256).
    Off,
    /// The device directory decides.
    Translate,
}

#[cfg(not(iommugen_test))]
/// What the driver has done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Stats {
    /// Device contexts written (hitless transitions).
    pub(crate) dc_writes: u64,
    /// Process contexts written.
    pub(crate) pc_writes: u64,
    /// IODIR commands issued.
    pub(crate) iodir: u64,
    /// IOTINVAL commands issued.
    pub(crate) iotinval: u64,
    /// Page requests answered.
    pub(crate) page_requests: u64,
}

#[cfg(not(iommugen_test))]
/// A RISC-V IOMMU, driven. `Q` holds its command queue: the queue itself (the default), or a
/// handle to it behind a lock ([`Iommu::with_queue`]).
pub(crate) struct Iommu<H: Hal, Q: Guarded<H, CommandQueue> = CommandQueue> {
    pub(super) hal: H,
    /// What the IOMMU offers.
    pub(crate) caps: Caps,
    pub(super) cq: Q,
    pub(super) fq: FaultQueue,
    pub(super) pq: Option<PageRequestQueue>,
    pub(super) ddt: Directory,
    pub(super) mode: DdtMode,
    pub(super) domains: VecMap<u32, Domain>,
    pub(super) next_domain: u32,
    pub(super) pscids: Ids,
    pub(super) gscids: Ids,
    pub(super) devices: Devices,
    /// Each device's process directory, once it needed one.
    pub(super) pdts: VecMap<u32, Directory>,
    /// Two-stage attachments outside the API: (first-stage domain, G-stage domain).
    pub(super) nested: VecMap<u32, (DomainId, DomainId)>,
    /// What the driver has done.
    pub(crate) stats: Stats,
}

#[cfg(not(iommugen_test))]
/// The device-directory layout for `levels` levels of base or extended contexts.
fn ddt_layout(extended: bool, levels: u32) -> Result<&'static DirLayout> {
    let mode = match levels {
        1 => IommuMode::LVL1,
        2 => IommuMode::LVL2,
        3 => IommuMode::LVL3,
        _ => {
            return Err(Error::InvalidArgument {
                what: "device directory levels (1, 2 or 3)",
            })
        }
    };
    let format = if extended { ddt::EXTENDED } else { ddt::BASE };
    format.layout(mode as u64).ok_or(Error::Unsupported {
        what: "device directory mode missing from the generated layouts",
    })
}

#[cfg(not(iommugen_test))]
/// Writes `ddtp` once `busy` is clear and waits for `busy` to clear again (5.2).
fn set_ddtp<H: Hal>(hal: &H, value: ddtp) -> Result<()> {
    let idle = || (!read::<H, ddtp>(hal).busy()).then_some(());
    poll(hal, "ddtp.busy", HANDSHAKE_US, idle)?;
    write(hal, value);
    poll(hal, "ddtp.busy after the write", HANDSHAKE_US, idle)?;
    let now: ddtp = read(hal);
    if now.iommu_mode_bits() != value.iommu_mode_bits() {
        return Err(Error::Unsupported {
            what: "ddtp.iommu_mode: the IOMMU did not take the mode written",
        });
    }
    Ok(())
}

#[cfg(not(iommugen_test))]
impl<H: Hal, Q: Guarded<H, CommandQueue>> Iommu<H, Q> {
    /// [`Iommu::new`] with the command queue held by `Q`: `queue` gets the HAL and the queue's
    /// log2 size and returns the holder (for instance a lock around a [`CommandQueue`] made
    /// with [`CommandQueue::new`], with a HAL of its own).
    pub(crate) fn with_queue(
        hal: H,
        config: Config,
        queue: impl FnOnce(&H, u32) -> Result<Q>,
    ) -> Result<Self> {
        let caps = probe(&hal)?;
        let layout = ddt_layout(caps.extended, config.ddt_levels)?;
        // Whatever ran before: off, so nothing walks memory being replaced.
        set_ddtp(&hal, ddtp::from_bits(0).with_iommu_mode(IommuMode::Off))?;
        let irqs = match config.vectors {
            Some(v) => {
                let icvec = icvec::from_bits(0)
                    .with_civ(v.civ)?
                    .with_fiv(v.fiv)?
                    .with_pmiv(v.pmiv)?
                    .with_piv(v.piv)?;
                write(&hal, icvec);
                true
            }
            None => false,
        };
        let mut cq = queue(&hal, config.cq_log2)?;
        cq.with(&hal, |h, q: &mut CommandQueue| {
            q.set_completion(config.completion);
            q.enable(h)
        })?;
        let mut fq = FaultQueue::new(&hal, config.fq_log2)?;
        fq.enable(&hal, irqs)?;
        let pq = if caps.ats {
            let mut pq = PageRequestQueue::new(&hal, config.pq_log2)?;
            pq.enable(&hal, irqs)?;
            Some(pq)
        } else {
            None
        };
        let ddt = Directory::new(&hal, layout)?;
        let mut iommu = Iommu {
            hal,
            caps,
            cq,
            fq,
            pq,
            ddt,
            mode: DdtMode::Off,
            domains: VecMap::new(),
            next_domain: 1,
            pscids: Ids::default(),
            gscids: Ids::default(),
            devices: VecMap::new(),
            pdts: VecMap::new(),
            nested: VecMap::new(),
            stats: Stats::default(),
        };
        iommu.set_mode(DdtMode::Translate)?;
        iommu.invalidate_all()?;
        Ok(iommu)
    }

    /// The HAL.
    pub(crate) fn hal(&self) -> &H {
        &self.hal
    }

    /// What holds the command queue (for an environment that shares it: a handle to the lock
    /// the paging domains' invalidations take too).
    pub(crate) fn queue(&self) -> &Q {
        &self.cq
    }

    /// Sets `ddtp`: Off, Bare, or the device directory (after which every cached device
    /// context is dropped, as the directory may have changed meanwhile).
    pub(crate) fn set_mode(&mut self, mode: DdtMode) -> Result<()> {
        let ddtp = match mode {
            DdtMode::Off => ddtp::from_bits(0).with_iommu_mode(IommuMode::Off),
            DdtMode::Translate => {
                let m = match self.ddt.layout().levels.len() {
                    1 => IommuMode::LVL1,
                    2 => IommuMode::LVL2,
                    _ => IommuMode::LVL3,
                };
                ddtp::from_bits(0)
                    .with_iommu_mode(m)
                    .with_PPN(self.ddt.root())?
            }
        };
        set_ddtp(&self.hal, ddtp)?;
        self.mode = mode;
        if mode == DdtMode::Translate {
            self.submit(&[IODIR_INVAL_DDT::new().0])?;
            self.stats.iodir += 1;
        }
        Ok(())
    }

    /// Drops every cached device context and translation.
    pub(crate) fn invalidate_all(&mut self) -> Result<()> {
        self.stats.iodir += 1;
        self.stats.iotinval += 2;
        self.submit(&[
            IODIR_INVAL_DDT::new().0,
            IOTINVAL_VMA::new().0,
            IOTINVAL_GVMA::new().0,
        ])
    }

    /// The vectors `icvec` holds (what the IOMMU kept of [`Config::vectors`]).
    pub(crate) fn vectors(&self) -> Vectors {
        let v: icvec = read(&self.hal);
        Vectors {
            civ: v.civ(),
            fiv: v.fiv(),
            pmiv: v.pmiv(),
            piv: v.piv(),
        }
    }

    /// Reads `ipsr` and clears the pending bits it found (write 1 to clear), before the
    /// caller drains the queues: a record written after the clear raises the interrupt again.
    pub(crate) fn take_pending(&mut self) -> Pending {
        let p: ipsr = read(&self.hal);
        let mut clear = ipsr::from_bits(0);
        if p.cip() {
            clear = clear.clear_cip();
        }
        if p.fip() {
            clear = clear.clear_fip();
        }
        if p.pmip() {
            clear = clear.clear_pmip();
        }
        if p.pip() {
            clear = clear.clear_pip();
        }
        if clear.bits() != 0 {
            write(&self.hal, clear);
        }
        Pending {
            command: p.cip(),
            fault: p.fip(),
            pm: p.pmip(),
            page_request: p.pip(),
        }
    }

    /// Runs commands and waits for their completion (an IOFENCE.C after them).
    pub(crate) fn submit(&mut self, cmds: &[Command]) -> Result<()> {
        command::submit(&self.hal, &mut self.cq, cmds.iter().map(|c| Ok(*c)))
    }

    /// IODIR.INVAL_DDT for `did` (or all devices).
    pub(super) fn iodir_ddt(&mut self, did: Option<u32>) -> Result<()> {
        let cmd = match did {
            Some(d) => IODIR_INVAL_DDT::new().with_DV(true).with_DID(d)?,
            None => IODIR_INVAL_DDT::new(),
        };
        self.stats.iodir += 1;
        self.submit(&[cmd.0])
    }

    /// IODIR.INVAL_PDT for process `pid` of `did`.
    pub(super) fn iodir_pdt(&mut self, did: u32, pid: u32) -> Result<()> {
        let cmd = IODIR_INVAL_PDT::new()
            .with_DV(true)
            .with_DID(did)?
            .with_PID(pid)?;
        self.stats.iodir += 1;
        self.submit(&[cmd.0])
    }

    /// Consumes the fault queue's records, oldest first, clearing overflow (fqof) and memory
    /// faults (fqmf) once consumed.
    pub(crate) fn drain_faults(&mut self, f: impl FnMut(FAULT)) -> Drained {
        self.fq.drain(&self.hal, f)
    }

    /// Consumes the page-request queue. The driver serves no page requests: each group's last
    /// request (L = 1) is answered with ATS.PRGR, response Invalid Request, so the device stops
    /// waiting. Returns what was drained (nothing without ATS).
    pub(crate) fn drain_page_requests(
        &mut self,
        mut f: impl FnMut(PAGE_REQUEST),
    ) -> Result<Drained> {
        let Some(pq) = self.pq.as_mut() else {
            return Ok(Drained::default());
        };
        let mut answers: super::super::store::TryVec<Command> = super::super::store::TryVec::new();
        let mut error = None;
        let d = pq.drain(&self.hal, |r: PAGE_REQUEST| {
            if r.L() {
                let did = r.DID();
                let cmd = ATS_PRGR::new()
                    .with_RID(did as u16)
                    .with_DSV(did >> 16 != 0)
                    .with_DSEG((did >> 16) as u8)
                    .with_PV(r.PV())
                    .with_PID(r.PID())
                    .and_then(|c| c.with_PRG_INDEX(r.PRGI()))
                    .map(|c| c.with_RESP_CODE(PrgResponseCode::InvalidRequest));
                match cmd {
                    Ok(c) => {
                        if let Err(e) = answers.try_push(c.0) {
                            error.get_or_insert(Error::from(e));
                        }
                    }
                    Err(e) => {
                        error.get_or_insert(Error::from(e));
                    }
                }
            }
            f(r);
        });
        if let Some(e) = error {
            return Err(e);
        }
        self.stats.page_requests += answers.len() as u64;
        if !answers.is_empty() {
            self.submit(&answers)?;
        }
        Ok(d)
    }

    /// Turns the IOMMU off (ddtp Off, queues off) and frees everything the driver allocated:
    /// page tables of the domains it keeps, process directories, the device directory and the
    /// queues. Once the command queue is off it is stopped ([`CommandQueue::stop`]): a later
    /// invalidation through a shared handle ([`Iommu::queue`]) waits for no IOFENCE.C the
    /// IOMMU would never complete. Returns the HAL.
    pub(crate) fn shutdown(mut self) -> Result<H> {
        set_ddtp(
            &self.hal,
            ddtp::from_bits(0).with_iommu_mode(IommuMode::Off),
        )?;
        self.mode = DdtMode::Off;
        self.cq.with(&self.hal, |h, q: &mut CommandQueue| {
            let off = q.disable(h);
            q.stop();
            off
        })?;
        self.fq.disable(&self.hal)?;
        if let Some(pq) = self.pq.as_mut() {
            pq.disable(&self.hal)?;
        }
        let Iommu {
            hal,
            mut cq,
            fq,
            pq,
            ddt,
            mut domains,
            mut pdts,
            ..
        } = self;
        for (_, d) in pdts.take() {
            d.destroy(&hal);
        }
        for (_, d) in domains.take() {
            d.destroy(&hal);
        }
        ddt.destroy(&hal);
        cq.with(&hal, |h, q: &mut CommandQueue| q.free(h));
        fq.free(&hal);
        if let Some(pq) = pq {
            pq.free(&hal);
        }
        Ok(hal)
    }
}
